// Sizes and colours. Every size is in CSS pixels (the frontend works in CSS pixels; fonts are
// rasterised at the device pixel ratio so text stays crisp).
#pragma once

struct UiMetrics
{
    float BodyFontPx      = 18.0f;  // body text; phones need at least 16
    float HeadingFontPx   = 26.0f;  // screen titles
    float TouchTargetPx   = 48.0f;  // minimum height of anything tappable; 44 is the floor
    float TabBarPx        = 64.0f;  // bottom tab bar height (icon above label)
    float PagePaddingPx   = 16.0f;  // space between the screen edge and the content
    float CardRoundingPx  = 12.0f;  // corner radius of cards and buttons
    float ItemSpacingPx   = 12.0f;  // vertical space between stacked items

    // Wider windows (a desktop, a tablet, a phone on its side).
    float WideLayoutPx    = 900.0f; // from this width: the tabs as a side rail, a list and its item side by side
    float RailWidthPx     = 88.0f;  // the side rail's width; a phone on its side gets it too (height matters more)
    float MaxColumnPx     = 720.0f; // the widest a column of text and cards grows; wider windows centre it
    float ListPanePx      = 400.0f; // the list beside an open item, in the two-pane layout

    float TextScale       = 1.0f;   // the text size chosen in Settings (1 = 100 %): see ScaledMetrics()
};

// The metrics at a text size of `text_scale` (1 = 100 %, from 0.85 to 2): text grows, and so does
// what holds a line of it (a touch target, the tab bar), never below the sizes of `base`; margins,
// spacing and the widths that choose a layout stay, so a large text keeps the room to wrap in.
UiMetrics ScaledMetrics(const UiMetrics& base, float text_scale);

enum class ThemeMode
{
    Light,
    Dark,
};

// Sets ImGui's style: metrics for a touch screen and the palette of `mode`.
void ApplyTheme(ThemeMode mode, const UiMetrics& metrics);

// Colours the screens use beyond ImGui's own (valid after ApplyTheme()).
struct ThemeColors
{
    unsigned int Accent;        // primary buttons, progress, the active tab
    unsigned int AccentText;    // text on the accent colour
    unsigned int Card;          // card background
    unsigned int MutedText;     // secondary text
    unsigned int Danger;        // errors
};
const ThemeColors& GetThemeColors();
