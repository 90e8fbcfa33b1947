#include "fonts.h"

#include "embedded_fonts.h"
#include "glyph_ranges.h"
#include "icons.h"

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

UiFonts LoadFonts(const UiMetrics& metrics, float pixel_scale)
{
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    io.Fonts->TexGlyphPadding = 1;
    UiFonts fonts;
    fonts.PixelScale = pixel_scale;

    const float body_px = metrics.BodyFontPx * pixel_scale;
    fonts.Body = AddFont(kUiFont, body_px, kTextGlyphRanges, BakedConfig());
    static const ImWchar icon_ranges[] = { ICON_RANGE_MIN, ICON_RANGE_MAX, 0 };
    ImFontConfig icons = BakedConfig();
    icons.MergeMode = true;
    icons.GlyphMinAdvanceX = body_px * 1.1f;    // icons line up in lists
    icons.GlyphOffset = ImVec2(0.0f, body_px * 0.05f);
    AddFont(kIconFont, body_px * 0.95f, icon_ranges, icons);
    const float heading_px = metrics.HeadingFontPx * pixel_scale;
    fonts.Heading = AddFont(kUiBoldFont, heading_px, kHeadingGlyphRanges, BakedConfig());
    ImFontConfig heading_rest = BakedConfig();     // the letters the bold face lacks (glyph_ranges.h)
    heading_rest.MergeMode = true;
    AddFont(kUiFont, heading_px, kTextGlyphRanges, heading_rest);

    io.Fonts->Build();
    io.FontGlobalScale = 1.0f / pixel_scale;
    io.FontDefault = fonts.Body;
    return fonts;
}
