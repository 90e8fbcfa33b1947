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
#define ICON_MINUS      "\xef\x81\xa8"  // U+F068
#define ICON_CHECK      "\xef\x80\x8c"  // U+F00C
#define ICON_WARNING    "\xef\x81\xb1"  // U+F071
#define ICON_CALENDAR   "\xef\x81\xb3"  // U+F073
#define ICON_TIMES      "\xef\x80\x8d"  // U+F00D
#define ICON_SEARCH     "\xef\x80\x82"  // U+F002
#define ICON_TRASH      "\xef\x87\xb8"  // U+F1F8
#define ICON_LOCK       "\xef\x80\xa3"  // U+F023
#define ICON_LEFT       "\xef\x81\x93"  // U+F053 chevron-left
#define ICON_RIGHT      "\xef\x81\x94"  // U+F054 chevron-right
#define ICON_ARROW_UP   "\xef\x81\xa2"  // U+F062 move up (Noto Sans has no arrows)
#define ICON_ARROW_DOWN "\xef\x81\xa3"  // U+F063 a level lower than before
#define ICON_ARROW_RIGHT "\xef\x81\xa1" // U+F061 from one role to the next
#define ICON_HEART      "\xef\x80\x84"  // U+F004
#define ICON_BOLT       "\xef\x83\xa7"  // U+F0E7
#define ICON_DOWNLOAD   "\xef\x80\x99"  // U+F019
#define ICON_UPLOAD     "\xef\x82\x93"  // U+F093
#define ICON_SHARE      "\xef\x87\xa0"  // U+F1E0 share-alt
#define ICON_INFO       "\xef\x81\x9a"  // U+F05A info-circle
#define ICON_COG        "\xef\x80\x93"  // U+F013 settings
#define ICON_USERS      "\xef\x83\x80"  // U+F0C0 team
#define ICON_ROAD       "\xef\x80\x98"  // U+F018 career path
#define ICON_COPY       "\xef\x83\x85"  // U+F0C5
#define ICON_FILE       "\xef\x85\x9b"  // U+F15B
#define ICON_COMMENT    "\xef\x81\xb5"  // U+F075 a comment on a record
#define ICON_REPLY      "\xef\x84\x92"  // U+F112 an answer to a comment
#define ICON_UNDO       "\xef\x83\xa2"  // U+F0E2 rotate-left
#define ICON_REDO       "\xef\x80\x9e"  // U+F01E rotate-right
#define ICON_LINK       "\xef\x83\x81"  // U+F0C1 a link between two records

// The code point block the icons come from, for the font atlas.
#define ICON_RANGE_MIN  0xF000
#define ICON_RANGE_MAX  0xF2FF
