#include <gtest/gtest.h>

#include "core/stem.h"

using namespace trellis;

TEST(Stem, TheFormsOfAWordShareAStem)
{
    for (const char* word : {"mentor", "mentors", "mentored", "mentoring"})
        EXPECT_EQ(StemWord(word), "mentor") << word;
    for (const char* word : {"code", "codes", "coded", "coding"})
        EXPECT_EQ(StemWord(word), "cod") << word;
    for (const char* word : {"plan", "plans", "planned", "planning"})
        EXPECT_EQ(StemWord(word), "plan") << word;
    for (const char* word : {"study", "studies", "studied", "studying"})
        EXPECT_EQ(StemWord(word), "studi") << word;
    for (const char* word : {"meeting", "meetings"})
        EXPECT_EQ(StemWord(word), "meet") << word;
    EXPECT_EQ(StemWord("classes"), "class");
    EXPECT_EQ(StemWord("needs"), "need");
    EXPECT_EQ(StemWord("needed"), "need");
}

TEST(Stem, LeavesWhatIsNoSuffixAlone)
{
    EXPECT_EQ(StemWord("status"), "status");       // -us is no plural
    EXPECT_EQ(StemWord("analysis"), "analysis");   // nor -is
    EXPECT_EQ(StemWord("class"), "class");
    EXPECT_EQ(StemWord("falling"), "fall");        // ll is not halved
    EXPECT_EQ(StemWord("string"), "string");       // "str" has no vowel: -ing is part of the word
    EXPECT_EQ(StemWord("agreed"), "agreed");       // -eed stays
    EXPECT_EQ(StemWord("days"), "day");            // y after a vowel stays
    EXPECT_EQ(StemWord("bus"), "bus");             // three letters or fewer: its own stem
    EXPECT_EQ(StemWord("ties"), "tie");            // "-ies" would leave two letters; the final s goes
}

TEST(Stem, OnlyStemsPlainLowerCaseLatinWords)
{
    EXPECT_EQ(StemWord("команды"), "команды");
    EXPECT_EQ(StemWord("设计"), "设计");
    EXPECT_EQ(StemWord("ux2024s"), "ux2024s");
    EXPECT_EQ(StemWord(""), "");
}

TEST(StopWords, AreFoldedWordsWithoutApostrophes)
{
    for (const char* word : {"the", "and", "i", "dont", "im", "today", "with", "yourselves"})
        EXPECT_TRUE(IsStopWord(word)) << word;
    for (const char* word : {"mentor", "The", "don't", "team", ""})
        EXPECT_FALSE(IsStopWord(word)) << word;
}
