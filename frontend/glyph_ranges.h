// The text the UI can draw. assets/make_fonts.py subsets the UI fonts to these same ranges (it reads
// the "0x...., 0x...." pairs below), so the font files hold exactly what the atlas bakes.
#pragma once

#include "imgui.h"

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
