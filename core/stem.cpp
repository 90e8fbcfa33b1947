#include "core/stem.h"

#include <algorithm>
#include <iterator>

namespace trellis {

// [SECTION] Stop words

// Folded, apostrophes removed, sorted for a binary search.
static const std::string_view kStopWords[] = {
    "a", "about", "above", "actually", "after", "again", "against", "all", "almost", "also", "am",
    "an", "and", "any", "are", "arent", "around", "as", "at", "be", "because", "been", "before",
    "being", "below", "between", "both", "but", "by", "can", "cant", "could", "couldnt", "did",
    "didnt", "do", "does", "doesnt", "doing", "done", "dont", "down", "during", "each", "even",
    "ever", "every", "few", "for", "from", "further", "get", "gets", "getting", "got", "had",
    "hadnt", "has", "hasnt", "have", "havent", "having", "he", "hed", "her", "here", "hers",
    "herself", "hes", "him", "himself", "his", "how", "i", "id", "if", "ill", "im", "in", "into",
    "is", "isnt", "it", "its", "itself", "ive", "just", "kind", "last", "less", "let", "lets",
    "like", "lot", "lots", "made", "make", "many", "may", "me", "might", "more", "most", "much",
    "must", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only",
    "or", "other", "ought", "our", "ours", "ourselves", "out", "over", "own", "quite", "rather",
    "really", "same", "she", "shed", "shes", "should", "shouldnt", "so", "some", "still", "such",
    "than", "that", "thats", "the", "their", "theirs", "them", "themselves", "then", "there",
    "theres", "these", "they", "theyd", "theyll", "theyre", "theyve", "thing", "things", "this",
    "those", "though", "through", "to", "today", "too", "under", "until", "up", "upon", "us",
    "very", "was", "wasnt", "we", "wed", "well", "went", "were", "werent", "weve", "what",
    "whats", "when", "where", "which", "while", "who", "whom", "whos", "why", "will", "with",
    "without", "wont", "would", "wouldnt", "yet", "you", "youd", "youll", "your", "youre",
    "yours", "yourself", "yourselves", "youve",
};

bool IsStopWord(std::string_view folded_word)
{
    return std::binary_search(std::begin(kStopWords), std::end(kStopWords), folded_word);
}

// [SECTION] Stemming

static bool IsVowelAt(std::string_view word, size_t i)
{
    const char c = word[i];
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || (c == 'y' && i > 0);
}

static bool HasVowel(std::string_view word)
{
    for (size_t i = 0; i < word.size(); i++)
        if (IsVowelAt(word, i))
            return true;
    return false;
}

// Drops `suffix` when the word ends with it and at least three letters would remain.
static bool DropSuffix(std::string& word, std::string_view suffix, std::string_view replacement = {})
{
    if (word.size() < suffix.size() + 3 - replacement.size() || !word.ends_with(suffix))
        return false;
    word.resize(word.size() - suffix.size());
    word += replacement;
    return true;
}

static void StripPlural(std::string& word)
{
    if (DropSuffix(word, "sses", "ss") || DropSuffix(word, "ies", "i"))
        return;
    if (word.ends_with("ss") || word.ends_with("us") || word.ends_with("is"))
        return;
    DropSuffix(word, "s");
}

static void StripIngEd(std::string& word)
{
    if (word.ends_with("eed"))
        return;
    for (std::string_view suffix : {std::string_view("ing"), std::string_view("ed")})
    {
        if (!word.ends_with(suffix) || word.size() < suffix.size() + 3)
            continue;
        const std::string_view rest = std::string_view(word).substr(0, word.size() - suffix.size());
        if (!HasVowel(rest))
            return;
        word.resize(rest.size());
        const char last = word.back();
        if (last == word[word.size() - 2] && !IsVowelAt(word, word.size() - 1) && last != 'l' && last != 's' && last != 'z')
            word.pop_back();
        return;
    }
}

std::string StemWord(std::string_view folded_word)
{
    std::string word(folded_word);
    if (word.size() <= 3 || !std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
        return word;
    StripPlural(word);
    StripIngEd(word);
    if (word.size() >= 3 && word.back() == 'y' && !IsVowelAt(word, word.size() - 2))
        word.back() = 'i';
    DropSuffix(word, "e");
    return word;
}

} // namespace trellis
