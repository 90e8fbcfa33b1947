// The UI fonts, baked at the device pixel ratio so text is crisp; ImGui then scales them back to
// CSS pixels (io.FontGlobalScale), so layout stays in CSS pixels on every screen.
#pragma once

#include "imgui.h"
#include "theme.h"

#include <string_view>

// The code points the atlas bakes: the UI's own (ASCII, punctuation, arrows) and those of the
// text there is to draw. The fonts hold every letter of glyph_ranges.h, but baking 800 glyphs at
// 54 px (a 3x phone) is most of start-up; a journal in Greek adds its letters when it opens, and a
// letter typed for the first time rebuilds the atlas before the frame that draws it.
class GlyphSet
{
public:
    GlyphSet();
    // Adds the letters of `utf8` the fonts have; true when one was new (the atlas must be rebuilt).
    bool                AddText(std::string_view utf8);
    bool                Add(ImWchar c);
    bool                Contains(ImWchar c) const   { return Bits_.GetBit(c); }
    int                 Version() const             { return Version_; }
    int                 Count() const               { return Count_; }
    // For ImFontAtlas::AddFont*(): pairs of first and last code point, 0-terminated.
    const ImWchar*      Ranges() const;

private:
    ImFontGlyphRangesBuilder    Bits_;
    int                         Version_ = 0;
    int                         Count_ = 0;         // kept as letters come: counting walks 65,536 bits
    mutable ImVector<ImWchar>   Ranges_;
    mutable int                 RangesVersion_ = -1;
    ImGuiID                     ReadFieldId_ = 0;   // the text field NoteQueuedText() last read whole

    friend void                 NoteQueuedText(GlyphSet& glyphs);
};

// Adds to `glyphs` the letters waiting in ImGui's input queue (typed, pasted): call before
// ImGui::NewFrame(), then rebuild the fonts if FontsNeedRebuild().
void    NoteQueuedText(GlyphSet& glyphs);

struct UiFonts
{
    ImFont* Body = nullptr;         // UI font with the icons merged in
    ImFont* Heading = nullptr;      // bold, for screen titles (other scripts in regular weight)
    float   PixelScale = 0.0f;      // the device pixel ratio the atlas was baked for
    float   BodyPx = 0.0f;          // the body size it was baked at, in CSS pixels (the text size)
    int     GlyphsVersion = -1;     // the GlyphSet::Version() it was baked with
};

// Rebuilds the font atlas from the embedded fonts for `pixel_scale` device pixels per CSS pixel,
// at the sizes of `metrics`, with the glyphs in `glyphs` (and every icon).
UiFonts LoadFonts(const UiMetrics& metrics, float pixel_scale, const GlyphSet& glyphs);
// Whether the atlas is stale: another pixel ratio (the browser zoomed), another text size, new letters.
bool    FontsNeedRebuild(const UiFonts& fonts, const UiMetrics& metrics, float pixel_scale, const GlyphSet& glyphs);
