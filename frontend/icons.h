// Icons from Fork Awesome (Debian's fonts-fork-awesome). The build subsets the icon font to the
// code points named here (assets/make_fonts.py reads the "U+" comments), so add an icon here and it
// is in the next build.
#pragma once

#define ICON_HOME       "\xef\x80\x95"  // U+F015
#define ICON_GOALS      "\xef\x85\x80"  // U+F140 bullseye
#define ICON_JOURNAL    "\xef\x80\xad"  // U+F02D book
#define ICON_PLAN       "\xef\x82\xae"  // U+F0AE tasks
#define ICON_ONE_ON_ONE "\xef\x82\x86"  // U+F086 comments
#define ICON_PLUS       "\xef\x81\xa7"  // U+F067
#define ICON_CHECK      "\xef\x80\x8c"  // U+F00C
#define ICON_WARNING    "\xef\x81\xb1"  // U+F071
#define ICON_CALENDAR   "\xef\x81\xb3"  // U+F073

// The code point block the icons come from, for the font atlas.
#define ICON_RANGE_MIN  0xF000
#define ICON_RANGE_MAX  0xF2FF
