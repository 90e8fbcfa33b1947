#include <gtest/gtest.h>

#include "core/text_fold.h"

using trellis::FoldForSearch;
using trellis::FoldWithOffsets;

TEST(TextFold, LowerCasesAscii)
{
    EXPECT_EQ(FoldForSearch("Hello, World! 123 [A-Z]"), "hello, world! 123 [a-z]");
    EXPECT_EQ(FoldForSearch(""), "");
}

TEST(TextFold, StripsLatinAccentsAndExpandsLigatures)
{
    EXPECT_EQ(FoldForSearch("Éé èÈ êË"), "ee ee ee");
    EXPECT_EQ(FoldForSearch("Straße"), "strasse");
    EXPECT_EQ(FoldForSearch("ẞ"), "ss");
    EXPECT_EQ(FoldForSearch("Ångström"), "angstrom");
    EXPECT_EQ(FoldForSearch("ÆØÅ æøå"), "aeoa aeoa");
    EXPECT_EQ(FoldForSearch("Œuvre"), "oeuvre");
    EXPECT_EQ(FoldForSearch("Łódź Kraków"), "lodz krakow");
    EXPECT_EQ(FoldForSearch("İstanbul ışık"), "istanbul isik");
    EXPECT_EQ(FoldForSearch("Þór"), "thor");
    EXPECT_EQ(FoldForSearch("Čeština Šárka Žďár"), "cestina sarka zdar");
    EXPECT_EQ(FoldForSearch("Ştefan Ștefan Țara"), "stefan stefan tara");
    EXPECT_EQ(FoldForSearch("Việt Nam Phở Đà Nẵng"), "viet nam pho da nang");
    EXPECT_EQ(FoldForSearch("Ñandú Ÿ ÿ"), "nandu y y");
    EXPECT_EQ(FoldForSearch("× ÷"), "× ÷");       // signs, not letters
}

TEST(TextFold, CombiningAccentsAreDropped)
{
    EXPECT_EQ(FoldForSearch("Cafe\xCC\x81"), FoldForSearch("Café"));          // e + U+0301
    EXPECT_EQ(FoldForSearch("A\xCC\x8A"), "a");                                 // A + ring above
}

TEST(TextFold, FoldsGreekCaseAndAccents)
{
    EXPECT_EQ(FoldForSearch("ΑΘΗΝΑ"), "αθηνα");
    EXPECT_EQ(FoldForSearch("Αθήνα"), "αθηνα");
    EXPECT_EQ(FoldForSearch("ΟΔΥΣΣΕΥΣ"), FoldForSearch("Οδυσσεύς"));          // final sigma
    EXPECT_EQ(FoldForSearch("ΪΫ ϊϋ ΐΰ"), "ιυ ιυ ιυ");
    EXPECT_EQ(FoldForSearch("Ώρα"), "ωρα");
}

TEST(TextFold, FoldsCyrillicCase)
{
    EXPECT_EQ(FoldForSearch("МОСКВА"), "москва");
    EXPECT_EQ(FoldForSearch("Ёлка ёлка"), "елка елка");
    EXPECT_EQ(FoldForSearch("ЙОГУРТ"), "йогурт");                              // й stays й
    EXPECT_EQ(FoldForSearch("ЇЖАК Ґанок Ў"), "їжак ґанок ў");
    EXPECT_EQ(FoldForSearch("ҚАЗАҚ ӘЛІППЕСІ"), "қазақ әліппесі");
}

TEST(TextFold, KeepsOtherScriptsAndDropsTheirMarks)
{
    EXPECT_EQ(FoldForSearch("学习中文 📚 日本語"), "学习中文 📚 日本語");
    EXPECT_EQ(FoldForSearch("مَرْحَبًا"), "مرحبا");
    EXPECT_EQ(FoldForSearch("שָׁלוֹם"), "שלום");
    EXPECT_EQ(FoldForSearch("❤️"), "❤");                                      // variation selector
    EXPECT_EQ(FoldForSearch("👩🏽‍💻"), "👩🏽‍💻");                                // ZWJ sequences stay whole
    EXPECT_EQ(FoldForSearch("ＡＢＣｄｅ"), "abcde");                          // fullwidth Latin
}

TEST(TextFold, KeepsInvalidUtf8Bytes)
{
    EXPECT_EQ(FoldForSearch("\xFF" "ABC" "\xC3"), "\xFF" "abc" "\xC3");
    EXPECT_EQ(FoldForSearch("\xC0\xAF"), "\xC0\xAF");                           // overlong "/"
    EXPECT_EQ(FoldForSearch("\xED\xA0\x80"), "\xED\xA0\x80");                   // a lone surrogate
}

TEST(TextFold, MapsEveryFoldedByteBackToItsCharacter)
{
    const auto folded = FoldWithOffsets("Aß€");
    EXPECT_EQ(folded.Text, "ass€");
    EXPECT_EQ(folded.SourceOffsets, (std::vector<uint32_t>{0, 1, 1, 3, 3, 3, 6}));
    const auto marks = FoldWithOffsets("e\xCC\x81x");
    EXPECT_EQ(marks.Text, "ex");
    EXPECT_EQ(marks.SourceOffsets, (std::vector<uint32_t>{0, 3, 4}));
    EXPECT_EQ(FoldWithOffsets("").SourceOffsets, (std::vector<uint32_t>{0}));
}

TEST(TextFold, FoldsAMegabyte)
{
    std::string big;
    for (int i = 0; i < 100000; i++)
        big += "Ére 漢 ";
    const std::string folded = FoldForSearch(big);
    EXPECT_EQ(folded.size(), big.size() - 100000);                              // É is two bytes, e one
    EXPECT_EQ(folded.substr(0, 11), "ere 漢 ere");
}
