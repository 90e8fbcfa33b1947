#include "automation.h"

#include <cstdio>
#include <cstring>

#include "imgui_internal.h"

// [SECTION] State
// [SECTION] ImGui test-engine hooks
// [SECTION] Queries

// [SECTION] State

struct AutomationState
{
    std::vector<AutomationItem> Building;   // items of the frame being drawn
    std::vector<AutomationItem> Last;       // items of the last complete frame
    std::vector<AutomationLine> BuildingLines;
    std::vector<AutomationLine> LastLines;
};

static AutomationState g_Automation;

void AutomationInstall(ImGuiContext* ctx)
{
    ctx->TestEngineHookItems = true;
}

void AutomationEndFrame()
{
    g_Automation.Last.swap(g_Automation.Building);
    g_Automation.Building.clear();
    g_Automation.LastLines.swap(g_Automation.BuildingLines);
    g_Automation.BuildingLines.clear();
}

void AutomationAddLine(AutomationLine line)
{
    g_Automation.BuildingLines.push_back(std::move(line));
}

const std::vector<AutomationLine>& AutomationLastLines()
{
    return g_Automation.LastLines;
}

// [SECTION] ImGui test-engine hooks

void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, ImGuiID id, const ImRect& bb, const ImGuiLastItemData* item_data)
{
    ImGuiWindow* window = ctx->CurrentWindow;
    if (window == nullptr || id == window->ID)
        return;     // whole windows are not tap targets
    if (window->IsFallbackWindow)
        return;     // ImGui's implicit "Debug" window: never shown, its title bar is nothing to tap
    ImRect visible = bb;
    visible.ClipWithFull(window->ClipRect);
    if (visible.GetWidth() <= 0.0f || visible.GetHeight() <= 0.0f)
        return;     // scrolled out of view or clipped away
    AutomationItem item;
    item.Id = id;
    item.Size = bb.GetSize();
    item.CutX = bb.Min.x < window->ClipRect.Min.x - 0.5f || bb.Max.x > window->ClipRect.Max.x + 0.5f;
    item.Min = visible.Min;
    item.Max = visible.Max;
    g_Automation.Building.push_back(std::move(item));
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags flags)
{
    if (label == nullptr)
        return;
    // ItemInfo follows the ItemAdd of the same item; search back a little in case of nesting.
    std::vector<AutomationItem>& items = g_Automation.Building;
    for (int i = static_cast<int>(items.size()) - 1, n = 0; i >= 0 && n < 8; i--, n++)
        if (items[i].Id == id)
        {
            items[i].Inputable = (flags & ImGuiItemStatusFlags_Inputable) != 0;
            items[i].TextOnly = (flags & kAutomationTextItem) != 0;
            // The visible text; for an item with none ("##title"), the name after the "##".
            const char* end = ImGui::FindRenderedTextEnd(label);
            if (end != label)
                items[i].Label.assign(label, end);
            else if (label[0] == '#' && label[1] == '#')
                items[i].Label.assign(label + 2 + (label[2] == '#' ? 1 : 0));
            else
                items[i].Label.assign(label);
            if (end != label)
                items[i].LabelWidth = ImGui::CalcTextSize(label, end).x;
            items[i].LineHeight = ctx->FontSize;
            return;
        }
}

void ImGuiTestEngineHook_Log(ImGuiContext* ctx, const char* fmt, ...)
{
}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext* ctx, ImGuiID id)
{
    return nullptr;
}

// [SECTION] Queries

const std::vector<AutomationItem>& AutomationLastFrame()
{
    return g_Automation.Last;
}

const AutomationItem* AutomationFind(const char* label)
{
    for (const AutomationItem& item : g_Automation.Last)
        if (item.Label == label)
            return &item;
    return nullptr;
}

bool AutomationInputableAt(float x, float y)
{
    for (const AutomationItem& item : g_Automation.Last)
        if (item.Inputable && x >= item.Min.x && x < item.Max.x && y >= item.Min.y && y < item.Max.y)
            return true;
    return false;
}

static void AppendJsonString(std::string& out, const std::string& text)
{
    out.push_back('"');
    for (unsigned char c : text)
    {
        if (c == '"' || c == '\\')
        {
            out.push_back('\\');
            out.push_back(static_cast<char>(c));
        }
        else if (c < 0x20)
        {
            char buf[8];
            std::snprintf(buf, sizeof(buf), "\\u%04x", c);
            out += buf;
        }
        else
        {
            out.push_back(static_cast<char>(c));
        }
    }
    out.push_back('"');
}

std::string AutomationItemsJson()
{
    std::string out = "[";
    char buf[160];
    for (const AutomationItem& item : g_Automation.Last)
    {
        if (out.size() > 1)
            out.push_back(',');
        out += "{\"label\":";
        AppendJsonString(out, item.Label);
        std::snprintf(buf, sizeof(buf), ",\"id\":%u,\"x\":%.1f,\"y\":%.1f,\"w\":%.1f,\"h\":%.1f,\"input\":%s,\"text\":%s,"
                      "\"labelW\":%.1f,\"lineH\":%.1f,\"fullW\":%.1f,\"fullH\":%.1f,\"cutX\":%s}",
                      item.Id, item.Min.x, item.Min.y, item.Max.x - item.Min.x, item.Max.y - item.Min.y,
                      item.Inputable ? "true" : "false", item.TextOnly ? "true" : "false",
                      item.LabelWidth, item.LineHeight, item.Size.x, item.Size.y, item.CutX ? "true" : "false");
        out += buf;
    }
    out.push_back(']');
    return out;
}

std::string AutomationLinesJson()
{
    std::string out = "[";
    char buf[192];
    for (const AutomationLine& line : g_Automation.LastLines)
    {
        if (out.size() > 1)
            out.push_back(',');
        std::snprintf(buf, sizeof(buf), "{\"field\":%u,\"fieldLabel\":", line.Field);
        out += buf;
        AppendJsonString(out, line.FieldLabel);
        out += ",\"text\":";
        AppendJsonString(out, line.Text);
        std::snprintf(buf, sizeof(buf), ",\"x\":%.1f,\"y\":%.1f,\"w\":%.1f,\"h\":%.1f,\"left\":%.1f,\"right\":%.1f}",
                      line.Min.x, line.Min.y, line.Max.x - line.Min.x, line.Max.y - line.Min.y, line.FieldLeft, line.FieldRight);
        out += buf;
    }
    out.push_back(']');
    return out;
}

// A letter is a textured quad; shapes use the atlas's white pixel, anti-aliased lines its line strip.
std::vector<AutomationCutGlyph> AutomationCutGlyphs()
{
    std::vector<AutomationCutGlyph> cut;
    const ImDrawData* data = ImGui::GetDrawData();
    const ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    if (data == nullptr || !data->Valid || atlas == nullptr)
        return cut;
    ImRect lines(atlas->TexUvLines[0].x, atlas->TexUvLines[0].y, atlas->TexUvLines[0].z, atlas->TexUvLines[0].w);
    for (const ImVec4& uv : atlas->TexUvLines)
        lines.Add(ImRect(uv.x, uv.y, uv.z, uv.w));
    auto is_letter = [&](const ImDrawVert& v) {
        const bool white = v.uv.x == atlas->TexUvWhitePixel.x && v.uv.y == atlas->TexUvWhitePixel.y;
        return !white && !lines.Contains(v.uv);
    };
    for (const ImDrawList* list : data->CmdLists)
        for (const ImDrawCmd& cmd : list->CmdBuffer)
        {
            if (cmd.UserCallback != nullptr)
                continue;
            for (unsigned int i = 0; i + 2 < cmd.ElemCount; i += 3)
            {
                const ImDrawVert& a = list->VtxBuffer[cmd.VtxOffset + list->IdxBuffer[cmd.IdxOffset + i]];
                const ImDrawVert& b = list->VtxBuffer[cmd.VtxOffset + list->IdxBuffer[cmd.IdxOffset + i + 1]];
                const ImDrawVert& c = list->VtxBuffer[cmd.VtxOffset + list->IdxBuffer[cmd.IdxOffset + i + 2]];
                if (!is_letter(a) || !is_letter(b) || !is_letter(c))
                    continue;
                ImRect box(a.pos, a.pos);
                box.Add(b.pos);
                box.Add(c.pos);
                const bool seen = box.Max.y > cmd.ClipRect.y && box.Min.y < cmd.ClipRect.w;
                const bool across = box.Min.x < cmd.ClipRect.x - 0.5f || box.Max.x > cmd.ClipRect.z + 0.5f;
                if (!seen || !across)
                    continue;
                if (!cut.empty() && cut.back().Min.x == box.Min.x && cut.back().Min.y == box.Min.y)
                    continue;   // the quad's second triangle
                cut.push_back({box.Min, box.Max, cmd.ClipRect});
            }
        }
    return cut;
}

std::string AutomationCutGlyphsJson()
{
    std::string out = "[";
    char buf[160];
    for (const AutomationCutGlyph& glyph : AutomationCutGlyphs())
    {
        if (out.size() > 1)
            out.push_back(',');
        std::snprintf(buf, sizeof(buf), "{\"x\":%.1f,\"y\":%.1f,\"w\":%.1f,\"h\":%.1f,\"clipX\":%.1f,\"clipRight\":%.1f}",
                      glyph.Min.x, glyph.Min.y, glyph.Max.x - glyph.Min.x, glyph.Max.y - glyph.Min.y, glyph.Clip.x, glyph.Clip.z);
        out += buf;
    }
    out.push_back(']');
    return out;
}
