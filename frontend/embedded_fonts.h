// The UI fonts, subset at build time and compiled into the program (assets/make_fonts.py writes
// the definitions): no font file to fetch, no file system needed to draw text.
#pragma once

struct EmbeddedFont
{
    const unsigned char*    Data;
    int                     Size;   // bytes
};

extern const EmbeddedFont kUiFont;      // Noto Sans Regular
extern const EmbeddedFont kUiBoldFont;  // Noto Sans Bold, Western European letters only
extern const EmbeddedFont kIconFont;    // Fork Awesome
