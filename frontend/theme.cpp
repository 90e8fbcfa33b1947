#include "theme.h"

#include <algorithm>

#include "imgui.h"

static ThemeColors g_ThemeColors;

static ImVec4 Hex(unsigned int rgb, float alpha = 1.0f)
{
    return ImVec4(((rgb >> 16) & 0xFF) / 255.0f, ((rgb >> 8) & 0xFF) / 255.0f, (rgb & 0xFF) / 255.0f, alpha);
}

UiMetrics ScaledMetrics(const UiMetrics& base, float text_scale)
{
    UiMetrics m = base;
    m.TextScale = text_scale;
    m.BodyFontPx = base.BodyFontPx * text_scale;
    // Titles grow less than body text: at twice the size, a heading as large would take three lines.
    m.HeadingFontPx = std::max(m.BodyFontPx * 1.15f, base.HeadingFontPx * (1.0f + (text_scale - 1.0f) * 0.6f));
    const float grown = std::max(0.0f, m.BodyFontPx - base.BodyFontPx);
    m.TouchTargetPx = base.TouchTargetPx + grown;      // the same padding around a taller line
    m.TabBarPx = base.TabBarPx + grown * 0.5f;         // its labels are kept small (Widgets::TabButton)
    return m;
}

void ApplyTheme(ThemeMode mode, const UiMetrics& metrics)
{
    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle();
    const float pad_y = (metrics.TouchTargetPx - metrics.BodyFontPx) * 0.5f;
    style.WindowPadding = ImVec2(metrics.PagePaddingPx, metrics.PagePaddingPx);
    style.FramePadding = ImVec2(14.0f, pad_y);
    style.ItemSpacing = ImVec2(10.0f, metrics.ItemSpacingPx);
    style.ItemInnerSpacing = ImVec2(8.0f, 8.0f);
    style.TouchExtraPadding = ImVec2(0.0f, 0.0f);
    style.WindowRounding = 0.0f;
    style.ChildRounding = metrics.CardRoundingPx;
    style.FrameRounding = metrics.CardRoundingPx * 0.75f;
    style.PopupRounding = metrics.CardRoundingPx;
    style.GrabRounding = metrics.CardRoundingPx * 0.5f;
    style.WindowBorderSize = 0.0f;
    style.ChildBorderSize = 0.0f;
    style.FrameBorderSize = 0.0f;
    style.ScrollbarSize = 6.0f;
    style.ScrollbarRounding = 3.0f;
    style.GrabMinSize = 24.0f;

    const bool dark = mode == ThemeMode::Dark;
    const ImVec4 bg       = dark ? Hex(0x121614) : Hex(0xF4F6F3);
    const ImVec4 card     = dark ? Hex(0x1D2420) : Hex(0xFFFFFF);
    const ImVec4 text     = dark ? Hex(0xE6ECE8) : Hex(0x18201C);
    const ImVec4 muted    = dark ? Hex(0x9AA8A0) : Hex(0x5A6660);
    const ImVec4 accent   = dark ? Hex(0x5CC494) : Hex(0x2A7A56);
    const ImVec4 frame    = dark ? Hex(0x27302B) : Hex(0xE8ECE7);
    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = text;
    c[ImGuiCol_TextDisabled] = muted;
    c[ImGuiCol_WindowBg] = bg;
    c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_PopupBg] = card;
    c[ImGuiCol_Border] = dark ? Hex(0x2E3833) : Hex(0xD9DFDA);
    c[ImGuiCol_FrameBg] = frame;
    c[ImGuiCol_FrameBgHovered] = frame;
    c[ImGuiCol_FrameBgActive] = frame;
    c[ImGuiCol_Button] = frame;
    c[ImGuiCol_ButtonHovered] = dark ? Hex(0x323D37) : Hex(0xDDE3DC);
    c[ImGuiCol_ButtonActive] = dark ? Hex(0x3B4841) : Hex(0xD0D8D0);
    c[ImGuiCol_Header] = frame;
    c[ImGuiCol_HeaderHovered] = frame;
    c[ImGuiCol_HeaderActive] = frame;
    c[ImGuiCol_CheckMark] = accent;
    c[ImGuiCol_SliderGrab] = accent;
    c[ImGuiCol_SliderGrabActive] = accent;
    c[ImGuiCol_PlotHistogram] = accent;
    c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ScrollbarGrab] = Hex(dark ? 0x4A5750 : 0xB9C2BC);
    c[ImGuiCol_TextSelectedBg] = Hex(dark ? 0x5CC494 : 0x2A7A56, 0.35f);
    c[ImGuiCol_NavHighlight] = accent;
    c[ImGuiCol_Separator] = c[ImGuiCol_Border];

    g_ThemeColors.Accent = ImGui::ColorConvertFloat4ToU32(accent);
    g_ThemeColors.AccentText = ImGui::ColorConvertFloat4ToU32(dark ? Hex(0x0C1A13) : Hex(0xFFFFFF));
    g_ThemeColors.Card = ImGui::ColorConvertFloat4ToU32(card);
    g_ThemeColors.MutedText = ImGui::ColorConvertFloat4ToU32(muted);
    g_ThemeColors.Danger = ImGui::ColorConvertFloat4ToU32(dark ? Hex(0xFF8A80) : Hex(0xB3261E));
}

const ThemeColors& GetThemeColors()
{
    return g_ThemeColors;
}
