// The text the UI can draw. assets/make_fonts.py subsets the UI fonts to these same ranges (it reads
// the "0x...., 0x...." pairs of each array below), so the font files hold exactly what the atlas
// bakes.
#pragma once

#include "imgui.h"

// The regular face: every letter the UI draws.
static const ImWchar kTextGlyphRanges[] =
{
    0x0020, 0x024F,     // Basic Latin, Latin-1 Supplement, Latin Extended-A and -B
    0x0300, 0x036F,     // Combining Diacritical Marks
    0x0370, 0x03FF,     // Greek and Coptic
    0x0400, 0x04FF,     // Cyrillic
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
