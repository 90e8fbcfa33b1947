// The UI fonts, baked at the device pixel ratio so text is crisp; ImGui then scales them back to
// CSS pixels (io.FontGlobalScale), so layout stays in CSS pixels on every screen.
#pragma once

#include "imgui.h"
#include "theme.h"

struct UiFonts
{
    ImFont* Body = nullptr;         // UI font with the icons merged in
    ImFont* Heading = nullptr;      // bold, for screen titles (other scripts in regular weight)
    float   PixelScale = 0.0f;      // the device pixel ratio the atlas was baked for
};

// Rebuilds the font atlas from the embedded fonts for `pixel_scale` device pixels per CSS pixel.
UiFonts LoadFonts(const UiMetrics& metrics, float pixel_scale);
