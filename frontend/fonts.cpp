#include "fonts.h"

#include "embedded_fonts.h"
#include "glyph_ranges.h"
#include "icons.h"
#include "imgui_internal.h"

// [SECTION] Glyphs in use
// [SECTION] The atlas

// [SECTION] Glyphs in use

// What the UI itself writes: ASCII, the no-break space, the middle dot of its "a  ·  b" lines and
// the punctuation, symbols and arrows of glyph_ranges.h from U+2000 on. Every other letter (the
// accented ones of Latin-1 and Latin Extended, combining marks, Greek, Cyrillic) comes only with
// people's text: baking Latin-1's 94 letters up front cost 10 ms of a 200 ms start on a phone.
// tests/ui/ui_test.cpp reads every string literal of core/ and frontend/ to hold the UI to this.
static bool IsUiCodePoint(unsigned int c)
{
    return (c >= 0x20 && c <= 0x7E) || c == 0xA0 || c == 0xB7 || c >= 0x2000;
}

static bool InFonts(unsigned int c)
{
    for (const ImWchar* range = kTextGlyphRanges; range[0] != 0; range += 2)
        if (c >= range[0] && c <= range[1])
            return true;
    return false;
}

GlyphSet::GlyphSet()
{
    for (const ImWchar* range = kTextGlyphRanges; range[0] != 0; range += 2)
        for (unsigned int c = range[0]; c <= range[1]; c++)
            if (IsUiCodePoint(c) && !Bits_.GetBit(c))
            {
                Bits_.AddChar(static_cast<ImWchar>(c));
                Count_++;
            }
}

bool GlyphSet::Add(ImWchar c)
{
    if (Bits_.GetBit(c) || !InFonts(c))
        return false;
    Bits_.AddChar(c);
    Count_++;
    Version_++;
    return true;
}

bool GlyphSet::AddText(std::string_view utf8)
{
    bool added = false;
    const char* text = utf8.data();
    const char* end = text + utf8.size();
    while (text < end)
    {
        if (static_cast<unsigned char>(*text) < 0x80)   // ASCII: always baked
        {
            text++;
            continue;
        }
        unsigned int c = 0;
        text += ImTextCharFromUtf8(&c, text, end);
        if (c <= IM_UNICODE_CODEPOINT_MAX)
            added |= Add(static_cast<ImWchar>(c));
    }
    return added;
}

const ImWchar* GlyphSet::Ranges() const
{
    if (RangesVersion_ != Version_)
    {
        Ranges_.clear();
        ImFontGlyphRangesBuilder copy = Bits_;
        copy.BuildRanges(&Ranges_);
        RangesVersion_ = Version_;
    }
    return Ranges_.Data;
}

void NoteQueuedText(GlyphSet& glyphs)
{
    ImGuiContext& g = *ImGui::GetCurrentContext();
    for (const ImGuiInputEvent& e : g.InputEventsQueue)
        if (e.Type == ImGuiInputEventType_Text && e.Text.Char <= IM_UNICODE_CODEPOINT_MAX)
            glyphs.Add(static_cast<ImWchar>(e.Text.Char));
    // What a paste put in the field being edited (a desktop paste never passes the input queue).
    // The field is read when it becomes active and after a frame that edited it, not every frame.
    const ImGuiInputTextState& field = g.InputTextState;
    const bool editing = field.ID != 0 && field.ID == g.ActiveId;
    if (editing && (field.ID != glyphs.ReadFieldId_ || field.Edited))
        for (int i = 0; i < field.CurLenW; i++)
            glyphs.Add(field.TextW[i]);
    glyphs.ReadFieldId_ = editing ? field.ID : 0;
}

// [SECTION] The atlas

static ImFontConfig BakedConfig()
{
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;    // the data is static
    config.OversampleH = 1;                 // baked at the device pixel ratio already
    config.OversampleV = 1;
    config.PixelSnapH = true;
    return config;
}

static ImFont* AddFont(const EmbeddedFont& font, float size_px, const ImWchar* ranges, ImFontConfig config)
{
    return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(font.Data), font.Size, size_px, &config, ranges);
}

bool FontsNeedRebuild(const UiFonts& fonts, const UiMetrics& metrics, float pixel_scale, const GlyphSet& glyphs)
{
    return fonts.PixelScale != pixel_scale || fonts.BodyPx != metrics.BodyFontPx || fonts.GlyphsVersion != glyphs.Version();
}

UiFonts LoadFonts(const UiMetrics& metrics, float pixel_scale, const GlyphSet& glyphs)
{
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    io.Fonts->TexGlyphPadding = 1;
    // The OS draws the pointer (io.MouseDrawCursor stays off), so no cursor shapes are baked; the
    // build also ships their pixels empty (frontend/CMakeLists.txt).
    io.Fonts->Flags |= ImFontAtlasFlags_NoMouseCursors;
    UiFonts fonts;
    fonts.PixelScale = pixel_scale;
    fonts.BodyPx = metrics.BodyFontPx;
    fonts.GlyphsVersion = glyphs.Version();
    const ImWchar* text_ranges = glyphs.Ranges();

    const float body_px = metrics.BodyFontPx * pixel_scale;
    fonts.Body = AddFont(kUiFont, body_px, text_ranges, BakedConfig());
    static const ImWchar icon_ranges[] = { ICON_RANGE_MIN, ICON_RANGE_MAX, 0 };
    ImFontConfig icons = BakedConfig();
    icons.MergeMode = true;
    icons.GlyphMinAdvanceX = body_px * 1.1f;    // icons line up in lists
    icons.GlyphOffset = ImVec2(0.0f, body_px * 0.05f);
    AddFont(kIconFont, body_px * 0.95f, icon_ranges, icons);
    const float heading_px = metrics.HeadingFontPx * pixel_scale;
    fonts.Heading = AddFont(kUiBoldFont, heading_px, text_ranges, BakedConfig());
    ImFontConfig heading_rest = BakedConfig();     // the letters the bold face lacks (glyph_ranges.h)
    heading_rest.MergeMode = true;
    AddFont(kUiFont, heading_px, text_ranges, heading_rest);

    io.Fonts->Build();
    io.FontGlobalScale = 1.0f / pixel_scale;
    io.FontDefault = fonts.Body;
    return fonts;
}
