// English words reduced to what they are about, for finding themes in a journal: stop words (words
// that carry no theme) and a small suffix-stripping stemmer, so "mentor", "mentors", "mentored"
// and "mentoring" count as one word.
//
// Both take words already folded by core/text_fold.h (lower case, accents stripped) with
// apostrophes removed ("don't" is "dont"). Neither knows any language but English; words in
// other scripts pass through unchanged.
#pragma once

#include <string>
#include <string_view>

namespace trellis {

// True for the English words that say nothing about a theme: articles, pronouns, auxiliaries,
// prepositions, conjunctions, and fillers a journal is full of ("today", "really", "lot").
bool IsStopWord(std::string_view folded_word);

// The stem of a folded English word: not a dictionary word, only a key that the forms of one word
// share. Words that are not all ASCII letters a-z, and words of three letters or fewer, are their
// own stem. Otherwise, in order (a step applies only when at least three letters remain):
//   1. Plurals and third person: "-sses" → "-ss", "-ies" → "-i"; a final "s" goes unless it ends
//      "-ss", "-us" or "-is" ("mentors" → "mentor", "status" stays).
//   2. "-ing" and "-ed" go when what remains has a vowel ("mentoring", "mentored" → "mentor"); a
//      doubled final consonant left behind is halved ("planned" → "plan") except ll, ss, zz.
//      Words in "-eed" keep it ("agreed", "need").
//   3. A final "y" after a consonant becomes "i" ("study" → "studi", like "studies").
//   4. A final "e" goes ("code" → "cod", like "coding" and "coded").
// It conflates a few unrelated words ("hoping" and "hopping" → "hop"); for counting themes in one
// person's journal that costs less than missing the forms of a word.
std::string StemWord(std::string_view folded_word);

} // namespace trellis
