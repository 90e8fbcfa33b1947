// [SECTION] UTF-8
// [SECTION] Latin letters with accents
// [SECTION] Marks that carry no letter
// [SECTION] Greek, Cyrillic and fullwidth letters
// [SECTION] Folding
#include "core/text_fold.h"

#include <algorithm>
#include <iterator>

namespace trellis {

// [SECTION] UTF-8

size_t DecodeUtf8(std::string_view s, size_t pos, char32_t* out)
{
    const unsigned char lead = static_cast<unsigned char>(s[pos]);
    size_t length;
    char32_t c;
    if (lead < 0x80)               { *out = lead; return 1; }
    else if ((lead >> 5) == 0x6)   { length = 2; c = lead & 0x1F; }
    else if ((lead >> 4) == 0xE)   { length = 3; c = lead & 0x0F; }
    else if ((lead >> 3) == 0x1E)  { length = 4; c = lead & 0x07; }
    else                           return 0;
    if (pos + length > s.size())
        return 0;
    for (size_t i = 1; i < length; i++)
    {
        const unsigned char next = static_cast<unsigned char>(s[pos + i]);
        if ((next >> 6) != 0x2)
            return 0;
        c = (c << 6) | (next & 0x3F);
    }
    static const char32_t smallest[] = { 0, 0, 0x80, 0x800, 0x10000 };
    if (c < smallest[length] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    *out = c;
    return length;
}

static void AppendUtf8(char32_t c, std::string& out)
{
    if (c < 0x80)
        out.push_back(static_cast<char>(c));
    else if (c < 0x800)
    {
        out.push_back(static_cast<char>(0xC0 | (c >> 6)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
    else if (c < 0x10000)
    {
        out.push_back(static_cast<char>(0xE0 | (c >> 12)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
    else
    {
        out.push_back(static_cast<char>(0xF0 | (c >> 18)));
        out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
}

// [SECTION] Latin letters with accents

// Runs of consecutive code points that fold to the same ASCII letters, sorted by First.
struct LatinRun
{
    char32_t    First;
    int         Count;
    const char* Base;
};

static const LatinRun kLatinRuns[] = {
    // Latin-1 Supplement: À-Ö, Ø-ö, ø-ÿ (× and ÷ are not letters).
    { 0x00C0, 6, "a" }, { 0x00C6, 1, "ae" }, { 0x00C7, 1, "c" }, { 0x00C8, 4, "e" }, { 0x00CC, 4, "i" },
    { 0x00D0, 1, "d" }, { 0x00D1, 1, "n" }, { 0x00D2, 5, "o" }, { 0x00D8, 1, "o" }, { 0x00D9, 4, "u" },
    { 0x00DD, 1, "y" }, { 0x00DE, 1, "th" }, { 0x00DF, 1, "ss" },
    { 0x00E0, 6, "a" }, { 0x00E6, 1, "ae" }, { 0x00E7, 1, "c" }, { 0x00E8, 4, "e" }, { 0x00EC, 4, "i" },
    { 0x00F0, 1, "d" }, { 0x00F1, 1, "n" }, { 0x00F2, 5, "o" }, { 0x00F8, 1, "o" }, { 0x00F9, 4, "u" },
    { 0x00FD, 1, "y" }, { 0x00FE, 1, "th" }, { 0x00FF, 1, "y" },
    // Latin Extended-A: Ā-ſ.
    { 0x0100, 6, "a" }, { 0x0106, 8, "c" }, { 0x010E, 4, "d" }, { 0x0112, 10, "e" }, { 0x011C, 8, "g" },
    { 0x0124, 4, "h" }, { 0x0128, 10, "i" }, { 0x0132, 2, "ij" }, { 0x0134, 2, "j" }, { 0x0136, 3, "k" },
    { 0x0139, 10, "l" }, { 0x0143, 9, "n" }, { 0x014C, 6, "o" }, { 0x0152, 2, "oe" }, { 0x0154, 6, "r" },
    { 0x015A, 8, "s" }, { 0x0162, 6, "t" }, { 0x0168, 12, "u" }, { 0x0174, 2, "w" }, { 0x0176, 3, "y" },
    { 0x0179, 6, "z" }, { 0x017F, 1, "s" },
    // Latin Extended-B: Vietnamese horned letters, pinyin tones, Romanian comma-below letters.
    { 0x01A0, 2, "o" }, { 0x01AF, 2, "u" }, { 0x01CD, 2, "a" }, { 0x01CF, 2, "i" }, { 0x01D1, 2, "o" },
    { 0x01D3, 10, "u" }, { 0x0218, 2, "s" }, { 0x021A, 2, "t" },
    // Latin Extended Additional: letters with dots and rings below, and Vietnamese.
    { 0x1E00, 2, "a" }, { 0x1E02, 6, "b" }, { 0x1E08, 2, "c" }, { 0x1E0A, 10, "d" }, { 0x1E14, 10, "e" },
    { 0x1E1E, 2, "f" }, { 0x1E20, 2, "g" }, { 0x1E22, 10, "h" }, { 0x1E2C, 4, "i" }, { 0x1E30, 6, "k" },
    { 0x1E36, 8, "l" }, { 0x1E3E, 6, "m" }, { 0x1E44, 8, "n" }, { 0x1E4C, 8, "o" }, { 0x1E54, 4, "p" },
    { 0x1E58, 8, "r" }, { 0x1E60, 10, "s" }, { 0x1E6A, 8, "t" }, { 0x1E72, 10, "u" }, { 0x1E7C, 4, "v" },
    { 0x1E80, 10, "w" }, { 0x1E8A, 4, "x" }, { 0x1E8E, 2, "y" }, { 0x1E90, 6, "z" }, { 0x1E96, 1, "h" },
    { 0x1E97, 1, "t" }, { 0x1E98, 1, "w" }, { 0x1E99, 1, "y" }, { 0x1E9A, 1, "a" }, { 0x1E9B, 1, "s" },
    { 0x1E9E, 1, "ss" },
    { 0x1EA0, 24, "a" }, { 0x1EB8, 16, "e" }, { 0x1EC8, 4, "i" }, { 0x1ECC, 24, "o" }, { 0x1EE4, 14, "u" },
    { 0x1EF2, 8, "y" },
};

static const char* LatinBase(char32_t c)
{
    auto after = std::upper_bound(std::begin(kLatinRuns), std::end(kLatinRuns), c,
                                  [](char32_t value, const LatinRun& run) { return value < run.First; });
    if (after == std::begin(kLatinRuns))
        return nullptr;
    const LatinRun& run = *(after - 1);
    return c < run.First + static_cast<char32_t>(run.Count) ? run.Base : nullptr;
}

// [SECTION] Marks that carry no letter

struct CodeRange
{
    char32_t First;
    char32_t Last;
};

static const CodeRange kDroppedMarks[] = {
    { 0x0300, 0x036F },     // combining diacritical marks: "e" + U+0301 is é typed in two parts
    { 0x0591, 0x05BD }, { 0x05BF, 0x05BF }, { 0x05C1, 0x05C2 }, { 0x05C4, 0x05C5 }, { 0x05C7, 0x05C7 },   // Hebrew points
    { 0x0610, 0x061A }, { 0x0640, 0x0640 }, { 0x064B, 0x065F }, { 0x0670, 0x0670 },   // Arabic vowels, tatweel
    { 0x06D6, 0x06DC }, { 0x06DF, 0x06E4 }, { 0x06E7, 0x06E8 }, { 0x06EA, 0x06ED },
    { 0x1AB0, 0x1AFF }, { 0x1DC0, 0x1DFF }, { 0x20D0, 0x20FF },   // more combining marks
    { 0xFE00, 0xFE0F },     // variation selectors: "❤️" and "❤" are the same heart
    { 0xFE20, 0xFE2F },
};

static bool IsDroppedMark(char32_t c)
{
    for (const CodeRange& range : kDroppedMarks)
        if (c >= range.First && c <= range.Last)
            return true;
    return false;
}

// [SECTION] Greek, Cyrillic and fullwidth letters

static char32_t FoldGreek(char32_t c)
{
    switch (c)
    {
    case 0x0386: case 0x03AC:                             return 0x03B1;   // ά → α
    case 0x0388: case 0x03AD:                             return 0x03B5;   // έ → ε
    case 0x0389: case 0x03AE:                             return 0x03B7;   // ή → η
    case 0x038A: case 0x0390: case 0x03AA: case 0x03AF: case 0x03CA: return 0x03B9;   // ί ΐ ϊ → ι
    case 0x038C: case 0x03CC:                             return 0x03BF;   // ό → ο
    case 0x038E: case 0x03AB: case 0x03B0: case 0x03CB: case 0x03CD: return 0x03C5;   // ύ ϋ ΰ → υ
    case 0x038F: case 0x03CE:                             return 0x03C9;   // ώ → ω
    case 0x03C2:                                          return 0x03C3;   // final ς → σ
    }
    if (c >= 0x0391 && c <= 0x03A9)
        return c + 0x20;
    return c;
}

static char32_t FoldCyrillic(char32_t c)
{
    if (c >= 0x0400 && c <= 0x040F)
        c += 0x50;                  // Ѐ-Џ → ѐ-џ
    else if (c >= 0x0410 && c <= 0x042F)
        c += 0x20;                  // А-Я → а-я
    else if ((c >= 0x0460 && c <= 0x0481) || (c >= 0x048A && c <= 0x04BF) || (c >= 0x04D0 && c <= 0x052F))
        c |= 1;                     // upper case at even code points, lower case right after
    else if (c >= 0x04C1 && c <= 0x04CE && (c & 1))
        c += 1;
    else if (c == 0x04C0)
        c = 0x04CF;
    // Accented forms of е and и fold to the plain letter; й stays a letter of its own.
    if (c == 0x0450 || c == 0x0451)
        return 0x0435;
    if (c == 0x045D)
        return 0x0438;
    return c;
}

static void AppendFolded(char32_t c, std::string& out)
{
    if (c < 0x80)
    {
        out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c));
        return;
    }
    if (const char* latin = LatinBase(c))
    {
        out += latin;
        return;
    }
    if (IsDroppedMark(c))
        return;
    if (c >= 0xFF21 && c <= 0xFF3A)
        c = 'a' + (c - 0xFF21);     // fullwidth Ａ-Ｚ, as typed with a CJK keyboard
    else if (c >= 0xFF41 && c <= 0xFF5A)
        c = 'a' + (c - 0xFF41);
    else if (c >= 0x0370 && c <= 0x03FF)
        c = FoldGreek(c);
    else if (c >= 0x0400 && c <= 0x052F)
        c = FoldCyrillic(c);
    AppendUtf8(c, out);
}

// [SECTION] Folding

static void Fold(std::string_view in, std::string& out, std::vector<uint32_t>* offsets)
{
    out.reserve(in.size());
    size_t pos = 0;
    while (pos < in.size())
    {
        char32_t c;
        size_t length = DecodeUtf8(in, pos, &c);
        if (length == 0)
        {
            out.push_back(in[pos]);
            length = 1;
        }
        else
        {
            AppendFolded(c, out);
        }
        if (offsets)
            offsets->resize(out.size(), static_cast<uint32_t>(pos));
        pos += length;
    }
    if (offsets)
        offsets->push_back(static_cast<uint32_t>(in.size()));
}

std::string FoldForSearch(std::string_view utf8)
{
    std::string out;
    Fold(utf8, out, nullptr);
    return out;
}

FoldedText FoldWithOffsets(std::string_view utf8)
{
    FoldedText folded;
    Fold(utf8, folded.Text, &folded.SourceOffsets);
    return folded;
}

} // namespace trellis
