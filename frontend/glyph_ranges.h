// The text the UI can draw. assets/make_fonts.py subsets the UI fonts to these same ranges (it reads
// the "0x...., 0x...." pairs of each array below), so the font files hold exactly what the atlas
// bakes.
#pragma once

#include "imgui.h"

// The regular face: every letter the UI draws. Every block is download size on a first visit:
// leaving out the rest of Latin Extended-B, the Coptic letters and historic Cyrillic saved 13 KB
// (brotli), and kept the letters of the languages written with these scripts today.
static const ImWchar kTextGlyphRanges[] =
{
    0x0020, 0x017F,     // Basic Latin, Latin-1 Supplement, Latin Extended-A
    0x018F, 0x018F,     // schwa (Azerbaijani)
    0x01A0, 0x01B0,     // o and u with horn (Vietnamese)
    0x01CD, 0x01DC,     // vowels with caron (Pinyin tones)
    0x0218, 0x021B,     // s and t with comma below (Romanian)
    0x0300, 0x0328,     // the common combining accents
    0x0370, 0x03CF,     // Greek (without the Coptic letters and symbols above it)
    0x0400, 0x045F,     // Cyrillic: Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian
    0x0490, 0x04FF,     // Cyrillic for Ukrainian's ghe with upturn and the languages of Central Asia
    0x2010, 0x2027,     // dashes, quotes, bullet, ellipsis
    0x2030, 0x203A,     // per mille, primes, angle quotes
    0x20AC, 0x20AC,     // euro sign
    0x2122, 0x2122,     // trade mark
    0x2190, 0x2193,     // arrows
    0,
};

// The bold face (screen titles): Western European letters and the punctuation only. fonts.cpp
// merges the regular face's other letters into the title font, so a title in Greek or Cyrillic
// still draws, in regular weight. Bold copies of those letters would add 24 KB (brotli) to every
// first visit.
static const ImWchar kHeadingGlyphRanges[] =
{
    0x0020, 0x00FF,     // Basic Latin, Latin-1 Supplement
    0x2010, 0x2027,     // dashes, quotes, bullet, ellipsis
    0x2030, 0x203A,     // per mille, primes, angle quotes
    0x20AC, 0x20AC,     // euro sign
    0x2122, 0x2122,     // trade mark
    0x2190, 0x2193,     // arrows
    0,
};
