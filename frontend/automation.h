// The automation hook: what ImGui drew in the last frame, so tests can find where to tap.
//
// Built on Dear ImGui's test-engine hooks (IMGUI_ENABLE_TEST_ENGINE): ImGui reports every item it
// adds with its rectangle, and a label for the labelled ones. Native UI tests read the list
// directly; the web build hands it to `window.trellis.items()` as JSON, in CSS pixels.
#pragma once

#include <string>
#include <vector>

#include "imgui.h"

struct AutomationItem
{
    ImGuiID     Id = 0;
    std::string Label;      // the visible part of the label (before "##"); empty for unlabelled items
    ImVec2      Min;        // the visible rectangle, clipped to its window
    ImVec2      Max;
    bool        Inputable = false;  // a text field: a tap here wants the keyboard
    bool        TextOnly = false;   // text shown for reading (kAutomationTextItem), not a touch target
    ImVec2      Size;       // the whole item's size, before clipping
    bool        CutX = false;       // the item reaches past its window's left or right edge
    float       LabelWidth = 0.0f;  // the label's width on one line, in the item's font
    float       LineHeight = 0.0f;  // that font's size: an item shorter than two lines shows its label on one
};

// A line of a wrapped text field, as drawn: its text (a soft break's space left out) and where it is,
// whether on screen or scrolled away, with the left and right edges of the field's text.
struct AutomationLine
{
    ImGuiID     Field = 0;
    std::string FieldLabel;
    std::string Text;
    ImVec2      Min;
    ImVec2      Max;
    float       FieldLeft = 0.0f;
    float       FieldRight = 0.0f;
};

// A letter of the last frame drawn across the left or right edge of its clip rectangle: text cut off,
// or running off its card or the screen (a letter scrolled partly out at the top or bottom is not).
struct AutomationCutGlyph
{
    ImVec2      Min;
    ImVec2      Max;
    ImVec4      Clip;       // the rectangle it was clipped to: x, y, right, bottom
};

// Passed as the flags of IMGUI_TEST_ENGINE_ITEM_INFO by text registered only so tests can find it.
inline constexpr int kAutomationTextItem = 1 << 30;

// Starts collecting for `ctx` (call once, after ImGui::CreateContext()).
void                                AutomationInstall(ImGuiContext* ctx);
// Call after ImGui::Render() (or EndFrame()): the frame just drawn becomes LastFrame().
void                                AutomationEndFrame();
const std::vector<AutomationItem>&  AutomationLastFrame();
// The items of the last frame whose label is `label`, in drawing order.
const AutomationItem*               AutomationFind(const char* label);
// Whether the point (in the coordinates ImGui draws in) is on a text field of the last frame.
bool                                AutomationInputableAt(float x, float y);
// Called by a wrapped text field for each of its lines, each frame it is drawn.
void                                AutomationAddLine(AutomationLine line);
const std::vector<AutomationLine>&  AutomationLastLines();
// [{"field":..,"fieldLabel":..,"text":..,"x":..,"y":..,"w":..,"h":..,"left":..,"right":..}, ...]
std::string                         AutomationLinesJson();
// [{"label":..,"id":..,"x":..,"y":..,"w":..,"h":..,"input":bool,"text":bool,"labelW":..,"cutX":bool}, ...]
std::string                         AutomationItemsJson();
// Read from ImGui's draw data when asked (valid from ImGui::Render() to the next NewFrame()).
std::vector<AutomationCutGlyph>     AutomationCutGlyphs();
// [{"x":..,"y":..,"w":..,"h":..,"clipX":..,"clipRight":..}, ...]
std::string                         AutomationCutGlyphsJson();
