#include "widgets.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "automation.h"
#include "core/validate.h"
#include "fonts.h"
#include "icons.h"
#include "imgui_internal.h"
#include "misc/cpp/imgui_stdlib.h"
#include "soft_wrap.h"

// [SECTION] Context
// [SECTION] Text
// [SECTION] Buttons
// [SECTION] Text fields
// [SECTION] Cards and bars
// [SECTION] Charts
// [SECTION] Headings with an action, steppers, dates
// [SECTION] Words for numbers

// [SECTION] Context

static const UiMetrics* g_Metrics = nullptr;
static const UiFonts* g_Fonts = nullptr;

struct CardFrame
{
    ImVec2  Start;      // top-left corner of the card, screen coordinates
    float   Width;      // the card's full width
};
static ImVector<CardFrame> g_CardStack;

// The width a full-width element may take: the inside of the current card, else the whole row.
static float FullWidth()
{
    if (g_CardStack.empty())
        return ImGui::GetContentRegionAvail().x;
    const CardFrame& card = g_CardStack.back();
    return card.Start.x + card.Width - g_Metrics->PagePaddingPx - ImGui::GetCursorScreenPos().x;
}

namespace Widgets {

void SetContext(const UiMetrics* metrics, const UiFonts* fonts)
{
    g_Metrics = metrics;
    g_Fonts = fonts;
}

float RowWidth()
{
    return FullWidth();
}

float SharedWidth(std::initializer_list<const char*> labels, float row)
{
    const ImGuiStyle& style = ImGui::GetStyle();
    const int count = static_cast<int>(labels.size());
    if (row <= 0.0f)
        row = FullWidth();
    const float each = (row - style.ItemSpacing.x * static_cast<float>(count - 1)) / static_cast<float>(count);
    for (const char* label : labels)
        if (ImGui::CalcTextSize(label, nullptr, true).x + style.FramePadding.x * 2.0f > each)
            return -1.0f;
    return each;
}

void NextInRow(float shared_width)
{
    if (shared_width > 0.0f)
        ImGui::SameLine();
}

// [SECTION] Text

void Heading(const char* text)
{
    ImGui::PushFont(g_Fonts->Heading);
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
}

// Wraps at the wrap position in force (a card's inner edge), else at the edge of the window, as
// ImGui::TextWrapped() does.
static void TextWrappedIn(const char* text)
{
    const bool own_wrap = ImGui::GetCurrentWindow()->DC.TextWrapPos < 0.0f;
    if (own_wrap)
        ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text);
    if (own_wrap)
        ImGui::PopTextWrapPos();
}

void MutedTextWrapped(const char* text)
{
    ImGui::PushStyleColor(ImGuiCol_Text, GetThemeColors().MutedText);
    TextWrappedIn(text);
    ImGui::PopStyleColor();
}

void MutedTextItem(const char* text)
{
    ImGuiContext& g = *GImGui;     // for the automation hook
    MutedTextWrapped(text);
    const ImGuiID id = ImGui::GetID(text);
    if (ImGui::ItemAdd(ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()), id))
        IMGUI_TEST_ENGINE_ITEM_INFO(id, text, kAutomationTextItem);
}

void TextItem(const char* text)
{
    ImGuiContext& g = *GImGui;     // for the automation hook
    TextWrappedIn(text);            // no format: a title with a '%' in it is drawn as typed
    const ImGuiID id = ImGui::GetID(text);
    if (ImGui::ItemAdd(ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()), id))
        IMGUI_TEST_ENGINE_ITEM_INFO(id, text, kAutomationTextItem);
}

// [SECTION] Buttons

// A label too long for its button's width (a large text size, a narrow phone) is wrapped, each line
// centred, and the button grows to hold its lines: never cut.
static bool WrappingButton(const char* label, float width)
{
    const ImGuiStyle& style = ImGui::GetStyle();
    const char* end = ImGui::FindRenderedTextEnd(label);
    const float room = width - style.FramePadding.x * 2.0f;
    if (ImGui::CalcTextSize(label, end).x <= room || room <= 0.0f)
        return ImGui::Button(label, ImVec2(width, g_Metrics->TouchTargetPx));
    ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize();
    const float line = ImGui::GetTextLineHeight();
    const float text_height = ImGui::CalcTextSize(label, end, false, room).y;
    const float height = ImMax(g_Metrics->TouchTargetPx, text_height + style.FramePadding.y * 1.2f);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const bool pressed = ImGui::InvisibleButton(label, ImVec2(width, height));
    const ImGuiCol fill = ImGui::IsItemActive() ? ImGuiCol_ButtonActive : ImGui::IsItemHovered() ? ImGuiCol_ButtonHovered : ImGuiCol_Button;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), ImGui::GetColorU32(fill), style.FrameRounding);
    const ImU32 color = ImGui::GetColorU32(ImGuiCol_Text);     // faded while disabled, as ImGui's own
    float y = pos.y + (height - text_height) * 0.5f;
    for (const char* start = label; start < end; y += line)
    {
        const char* next = font->CalcWordWrapPositionA(size / font->FontSize, start, end, room);
        if (next == start)
            next++;     // a word wider than the room: it goes whole on its own line
        const float w = font->CalcTextSizeA(size, FLT_MAX, 0.0f, start, next).x;
        draw->AddText(font, size, ImVec2(pos.x + (width - w) * 0.5f, y), color, start, next);
        start = next;
        while (start < end && (*start == ' ' || *start == '\n'))
            start++;
    }
    return pressed;
}

bool TapText(const char* label, float min_height)
{
    const char* end = ImGui::FindRenderedTextEnd(label);
    const float width = FullWidth();
    const ImVec2 text = ImGui::CalcTextSize(label, end, false, width);
    const float height = ImMax(min_height, text.y + ImGui::GetStyle().ItemSpacing.y);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const bool pressed = ImGui::InvisibleButton(label, ImVec2(width, height));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    if (ImGui::IsItemActive())
        draw->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), ImGui::GetColorU32(ImGuiCol_HeaderActive), ImGui::GetStyle().FrameRounding);
    draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(pos.x, pos.y + (height - text.y) * 0.5f), ImGui::GetColorU32(ImGuiCol_Text),
                  label, end, width);
    return pressed;
}

// Width 0: as wide as the label, up to the row; wider labels wrap.
static float ButtonWidth(const char* label, float width)
{
    if (width < 0.0f)
        return FullWidth();
    if (width > 0.0f)
        return width;
    const float fits = ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2.0f;
    return ImMin(fits, FullWidth());
}

bool PrimaryButton(const char* label, float width)
{
    const ThemeColors& colors = GetThemeColors();
    ImGui::PushStyleColor(ImGuiCol_Button, colors.Accent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, colors.Accent);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, colors.Accent);
    ImGui::PushStyleColor(ImGuiCol_Text, colors.AccentText);
    const bool pressed = WrappingButton(label, width > 0.0f ? width : FullWidth());
    ImGui::PopStyleColor(4);
    return pressed;
}

bool Button(const char* label, float width)
{
    return WrappingButton(label, ButtonWidth(label, width));
}

// [SECTION] Text fields

// A wrapped field keeps, beside the person's text, the text ImGui edits: the same with a line break
// in place of the space at each wrap point (frontend/soft_wrap.h). While the field is active, the
// edit callback turns each edit back into the real text and wraps it again in ImGui's own buffers,
// in the same frame, before it is drawn. ImGui's undo would restore soft breaks as typed ones, so
// the field keeps its own undo of the real text (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y).
struct WrappedField
{
    std::string                 Real;           // the caller's text as last seen
    std::string                 Shown;          // the buffer ImGui edits
    std::vector<WrappedLine>    Lines;
    float                       WrapWidth = -1.0f;      // the room this frame
    float                       WrapWidthSeen = -1.0f;  // the room the lines were wrapped at
    float                       FontSize = 0.0f;
    const ImFont*               Font = nullptr;
    int                         LastFrame = 0;
    int                         CallbackFrame = -1;     // the last frame the callback saw the text
    std::string                 ActivatedReal;          // as the field was when it took the keyboard,
    std::string                 ActivatedShown;         // what Escape goes back to
    int                         Cursor = -1;            // bytes, while active
    int                         ScrolledCursor = -2;    // the cursor position the page last followed
    float                       ScrolledHeight = 0.0f;  // the display's height then (a keyboard opening)
    int                         FollowFrames = 0;       // frames left to keep the cursor's line in view
    struct Step { std::string Text; int Cursor; };
    std::vector<Step>           Undo, Redo;
    double                      LastEditTime = -10.0;
    bool                        LastEditInserted = false;
    int                         Pending = 0;            // -1: undo, +1: redo, on the next callback
};

static std::vector<std::pair<ImGuiID, WrappedField>> g_Wrapped;

static WrappedField& WrappedFieldFor(ImGuiID id)
{
    const int frame = ImGui::GetFrameCount();
    // Fields not drawn for a while (their screen closed) are forgotten.
    std::erase_if(g_Wrapped, [&](const auto& entry) { return entry.first != id && entry.second.LastFrame < frame - 2; });
    for (auto& entry : g_Wrapped)
        if (entry.first == id)
            return entry.second;
    return g_Wrapped.emplace_back(id, WrappedField{}).second;
}

static GlyphAdvances AdvancesOf(const ImFont* font, float size)
{
    return GlyphAdvances{font->IndexAdvanceX.Data, font->IndexAdvanceX.Size, font->FallbackAdvanceX, size / font->FontSize};
}

// Wraps the field's real text again and writes the breaks that moved into ImGui's buffers: `buf`
// (UTF-8, what the callback sees) and the active state's wide-character copy. Both change only
// where a space and a break trade places, so no length, cursor or selection moves.
static void Rewrap(WrappedField& field, char* buf, int length)
{
    const ImGuiContext& g = *GImGui;
    const std::string shown = SoftWrap(field.Real, field.WrapWidth, AdvancesOf(g.Font, g.FontSize), &field.Lines);
    ImGuiInputTextState* state = ImGui::GetInputTextState(ImGui::GetActiveID());
    if (!state || static_cast<int>(shown.size()) != length)
        return;
    for (int i = 0, wide = 0; i < length; wide++)
    {
        const unsigned char c = static_cast<unsigned char>(buf[i]);
        if (c == static_cast<unsigned char>(shown[i]))
        {
            unsigned int ignored = 0;
            i += c < 0x80 ? 1 : ImTextCharFromUtf8(&ignored, buf + i, buf + length);
            continue;
        }
        buf[i] = shown[i];                  // a ' ' and a '\n': both one byte, one wide character
        if (wide < state->TextW.Size)
            state->TextW[wide] = static_cast<ImWchar>(shown[i]);
        i++;
    }
}

static void Restore(WrappedField& field, ImGuiInputTextCallbackData* data, const WrappedField::Step& step)
{
    const ImGuiContext& g = *GImGui;
    field.Real = step.Text;
    const std::string shown = SoftWrap(field.Real, field.WrapWidth, AdvancesOf(g.Font, g.FontSize), &field.Lines);
    data->DeleteChars(0, data->BufTextLen);
    data->InsertChars(0, shown.c_str(), shown.c_str() + shown.size());
    data->CursorPos = data->SelectionStart = data->SelectionEnd = std::min(step.Cursor, data->BufTextLen);
}

static int WrappedFieldCallback(ImGuiInputTextCallbackData* data)
{
    WrappedField& field = *static_cast<WrappedField*>(data->UserData);
    // A one-line field: a line break pasted (or Ctrl+Enter) is a space. Enter itself validates.
    // Called before the edit, with only the character set: nothing else of the field is touched.
    if (data->EventFlag == ImGuiInputTextFlags_CallbackCharFilter)
    {
        if (data->EventChar == '\n' || data->EventChar == '\r')
            data->EventChar = ' ';
        return 0;
    }
    const ImGuiContext& g = *GImGui;
    field.CallbackFrame = ImGui::GetFrameCount();
    if (field.Cursor < 0)
    {
        // The first call since the field took the keyboard: what Escape would go back to.
        field.ActivatedReal = field.Real;
        field.ActivatedShown = field.Shown;
    }
    if (data->EventFlag == ImGuiInputTextFlags_CallbackEdit)
    {
        const std::string_view after(data->Buf, static_cast<size_t>(data->BufTextLen));
        std::string real = field.Real.size() == field.Shown.size()
            ? RealAfterEdit(field.Real, field.Shown, after, data->CursorPos) : std::string(after);
        // One undo step per word typed, per run of deleting, or after a pause.
        const bool inserted = real.size() >= field.Real.size();
        const int start = data->CursorPos - static_cast<int>(real.size() - std::min(real.size(), field.Real.size()));
        const bool word_starts = inserted && start >= 0 && start < data->BufTextLen && (data->Buf[start] == ' ' || data->Buf[start] == '\n');
        if (field.Undo.empty() || inserted != field.LastEditInserted || word_starts || g.Time - field.LastEditTime > 1.0)
        {
            field.Undo.push_back({field.Real, field.Cursor});
            if (field.Undo.size() > 200)
                field.Undo.erase(field.Undo.begin());
        }
        field.Redo.clear();
        field.LastEditTime = g.Time;
        field.LastEditInserted = inserted;
        field.Real = std::move(real);
        Rewrap(field, data->Buf, data->BufTextLen);
    }
    else if (field.Pending != 0)
    {
        std::vector<WrappedField::Step>& from = field.Pending < 0 ? field.Undo : field.Redo;
        std::vector<WrappedField::Step>& to = field.Pending < 0 ? field.Redo : field.Undo;
        field.Pending = 0;
        if (!from.empty())
        {
            to.push_back({field.Real, data->CursorPos});
            const WrappedField::Step step = std::move(from.back());
            from.pop_back();
            Restore(field, data, step);
            field.LastEditTime = -10.0;     // the next edit starts a step of its own
        }
    }
    else if (field.WrapWidth != field.WrapWidthSeen || g.FontSize != field.FontSize || g.Font != field.Font)
    {
        Rewrap(field, data->Buf, data->BufTextLen);
    }
    field.FontSize = g.FontSize;
    field.Font = g.Font;
    field.WrapWidthSeen = field.WrapWidth;
    field.Cursor = data->CursorPos;
    return 0;
}

// A wrapped field: TextArea's (any lines) or TextField's (`one_line`: Enter validates, a line break
// is a space, as tall as its lines and no more). `entered`: Enter was pressed (one_line only).
static bool WrappedInput(const char* id, const char* hint, std::string* text, float min_height, bool one_line, bool* entered)
{
    ImGuiContext& g = *GImGui;
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImGuiID item_id = ImGui::GetID(id);
    WrappedField& field = WrappedFieldFor(item_id);
    field.LastFrame = ImGui::GetFrameCount();
    const float width = FullWidth();
    // The text's room: the frame less its padding, and a pixel or two for the cursor.
    field.WrapWidth = std::max(1.0f, width - style.FramePadding.x * 2.0f - 2.0f);
    const bool active = ImGui::GetActiveID() == item_id;
    if (!active)
    {
        if (field.Real != *text || field.Shown.size() != text->size() || field.WrapWidth != field.WrapWidthSeen
            || field.FontSize != g.FontSize || field.Font != g.Font)
        {
            field.Real = *text;
            field.Shown = SoftWrap(field.Real, field.WrapWidth, AdvancesOf(g.Font, g.FontSize), &field.Lines);
            field.WrapWidthSeen = field.WrapWidth;
            field.FontSize = g.FontSize;
            field.Font = g.Font;
        }
        field.Undo.clear();
        field.Redo.clear();
        field.Cursor = -1;
        field.ScrolledCursor = -2;
        field.FollowFrames = 0;
    }
    else
    {
        const ImGuiIO& io = ImGui::GetIO();
        if ((io.KeyCtrl || io.KeySuper) && ImGui::IsKeyPressed(ImGuiKey_Z, false))
            field.Pending = io.KeyShift ? 1 : -1;
        else if ((io.KeyCtrl || io.KeySuper) && ImGui::IsKeyPressed(ImGuiKey_Y, false))
            field.Pending = 1;
    }

    // As tall as its lines and one more, for the line being started: the page scrolls, not the field.
    // A one-line field is as tall as its lines: one, until its text wraps.
    const float line = g.FontSize;
    float lines = std::max(1.0f, static_cast<float>(field.Lines.size()) + (one_line ? 0.0f : 1.0f));
    // The hint of an empty field wraps like its text would: all of it is read, at any size.
    const float hint_height = hint && field.Real.empty() ? ImGui::CalcTextSize(hint, nullptr, false, field.WrapWidth).y : 0.0f;
    lines = std::max(lines, std::round(hint_height / line));
    const float height = std::max(min_height, lines * line + style.FramePadding.y * 2.0f);
    ImGuiInputTextFlags flags = ImGuiInputTextFlags_NoHorizontalScroll | ImGuiInputTextFlags_NoUndoRedo
                              | ImGuiInputTextFlags_CallbackEdit | ImGuiInputTextFlags_CallbackAlways;
    if (one_line)
        flags |= ImGuiInputTextFlags_CtrlEnterForNewLine | ImGuiInputTextFlags_CallbackCharFilter | ImGuiInputTextFlags_EnterReturnsTrue;
    const int frame = ImGui::GetFrameCount();
    const std::string shown_before = field.Shown;
    const bool validated = ImGui::InputTextMultiline(id, &field.Shown, ImVec2(width, height), flags, WrappedFieldCallback, &field);
    if (entered)
        *entered = one_line && validated;
    if (field.Shown != shown_before && field.CallbackFrame != frame)
    {
        // Changed with no edit seen: Escape put back the text the field was activated with.
        field.Real = field.Shown == field.ActivatedShown ? field.ActivatedReal : field.Shown;
        field.Shown = SoftWrap(field.Real, field.WrapWidth, AdvancesOf(g.Font, g.FontSize), &field.Lines);
    }
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    if (hint && field.Real.empty())
        ImGui::GetWindowDrawList()->AddText(g.Font, g.FontSize, ImVec2(min.x + style.FramePadding.x, min.y + style.FramePadding.y),
                                            ImGui::GetColorU32(ImGuiCol_TextDisabled), hint, nullptr, field.WrapWidth);

    // Each line where it is drawn, for automation (the tests read back what a person would see).
    for (const WrappedLine& wrapped : field.Lines)
    {
        const float top = min.y + style.FramePadding.y + static_cast<float>(&wrapped - field.Lines.data()) * line;
        const float left = min.x + style.FramePadding.x;
        AutomationAddLine(AutomationLine{item_id, id + (id[0] == '#' && id[1] == '#' ? 2 : 0),
                                         field.Real.substr(static_cast<size_t>(wrapped.Begin), static_cast<size_t>(wrapped.End - wrapped.Begin)),
                                         ImVec2(left, top), ImVec2(left + wrapped.Width, top + line),
                                         left, left + field.WrapWidth});
    }

    // While typing, the page keeps the cursor's line in view: when it moves, and when the screen
    // changes height (a phone's keyboard opening). Otherwise the person may scroll away.
    // The field grows a frame after its text does, and a scroll past the page's end stops there,
    // so the page follows for a few frames.
    if (ImGui::GetActiveID() == item_id && field.Cursor >= 0
        && (field.Cursor != field.ScrolledCursor || g.IO.DisplaySize.y != field.ScrolledHeight))
        field.FollowFrames = 3;
    if (ImGui::GetActiveID() == item_id && field.Cursor >= 0 && field.FollowFrames > 0)
    {
        field.FollowFrames--;
        const size_t cursor = std::min(static_cast<size_t>(field.Cursor), field.Shown.size());
        const float row = static_cast<float>(std::count(field.Shown.begin(), field.Shown.begin() + static_cast<std::ptrdiff_t>(cursor), '\n'));
        const float top = min.y + style.FramePadding.y + row * line;
        const ImRect around(ImVec2(min.x, std::max(min.y, top - line)), ImVec2(max.x, std::min(max.y, top + line * 2.0f)));
        ImGui::ScrollToRect(ImGui::GetCurrentWindow(), around, ImGuiScrollFlags_KeepVisibleEdgeY);
        field.ScrolledCursor = field.Cursor;
        field.ScrolledHeight = g.IO.DisplaySize.y;
    }

    if (field.Real == *text)
        return false;
    *text = field.Real;
    return true;
}

bool TextArea(const char* id, std::string* text, float min_height)
{
    return WrappedInput(id, nullptr, text, min_height, false, nullptr);
}

bool TextField(const char* id, const char* hint, std::string* text)
{
    bool entered = false;
    WrappedInput(id, hint, text, 0.0f, true, &entered);
    return entered;
}

bool IsFollowingCursor()
{
    // Only a field drawn in the last frame and still being typed in: one left behind owes nothing.
    const int frame = ImGui::GetFrameCount();
    const ImGuiID active = ImGui::GetActiveID();
    return std::any_of(g_Wrapped.begin(), g_Wrapped.end(), [&](const auto& entry) {
        return entry.second.FollowFrames > 0 && entry.first == active && entry.second.LastFrame >= frame - 1;
    });
}

std::string CopiedText(const char* text)
{
    // A copy from a wrapped field: the soft breaks in it were spaces.
    const ImGuiInputTextState* state = ImGui::GetInputTextState(ImGui::GetActiveID());
    if (!state)
        return text;
    for (const auto& [id, field] : g_Wrapped)
    {
        if (id != state->ID || field.Real.size() != field.Shown.size())
            continue;
        const int from = std::min(state->GetSelectionStart(), state->GetSelectionEnd());
        const size_t at = static_cast<size_t>(ImTextCountUtf8BytesFromStr(state->TextW.Data, state->TextW.Data + from));
        const size_t length = std::strlen(text);
        if (at + length <= field.Shown.size() && field.Shown.compare(at, length, text) == 0)
            return field.Real.substr(at, length);
    }
    return text;
}

bool ListEditor(const char* id, const char* hint, std::vector<std::string>* items, std::string* pending)
{
    ImGui::PushID(id);
    bool changed = false;
    for (size_t i = 0; i < items->size();)
    {
        ImGui::PushID(static_cast<int>(i));
        const bool remove = RemovableItem((*items)[i].c_str());
        ImGui::PopID();
        if (remove)
        {
            items->erase(items->begin() + static_cast<std::ptrdiff_t>(i));
            changed = true;
        }
        else
        {
            i++;
        }
    }
    std::string added;
    if (AddField("##new", hint, pending, &added))
    {
        items->push_back(std::move(added));
        changed = true;
    }
    ImGui::PopID();
    return changed;
}

bool RemovableItem(const char* text)
{
    const float remove_width = g_Metrics->TouchTargetPx;
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float width = FullWidth();
    ImGui::AlignTextToFramePadding();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - remove_width - ImGui::GetStyle().ItemSpacing.x);
    ImGui::Bullet();
    ImGui::TextUnformatted(text);
    {
        ImGuiContext& g = *GImGui;     // the text is an item too, for the automation hook
        const ImGuiID id = ImGui::GetID(text);
        if (ImGui::ItemAdd(ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()), id))
            IMGUI_TEST_ENGINE_ITEM_INFO(id, text, kAutomationTextItem);
    }
    ImGui::PopTextWrapPos();
    // At the right end of the row, in screen space: SameLine() would count from the card's group.
    ImGui::SameLine();
    ImGui::SetCursorScreenPos(ImVec2(start.x + width - remove_width, start.y));
    return ImGui::Button(ICON_TIMES "##remove", ImVec2(remove_width, g_Metrics->TouchTargetPx));
}

bool AddField(const char* id, const char* hint, std::string* pending, std::string* added)
{
    const float add_width = 90.0f;
    ImGui::SetNextItemWidth(FullWidth() - add_width - ImGui::GetStyle().ItemSpacing.x);
    const bool entered = ImGui::InputTextWithHint(id, hint, pending, ImGuiInputTextFlags_EnterReturnsTrue);
    if (ImGui::IsItemActive())
        ImGui::ScrollToItem(ImGuiScrollFlags_KeepVisibleEdgeY);
    if (entered && !trellis::TrimSpace(*pending).empty())
        ImGui::SetKeyboardFocusHere(-1);    // Enter adds the item and keeps the keyboard for the next
    ImGui::SameLine();
    ImGui::PushID(id);
    const bool add = ImGui::Button("Add", ImVec2(add_width, g_Metrics->TouchTargetPx));
    ImGui::PopID();
    const std::string_view trimmed = trellis::TrimSpace(*pending);
    if (!(entered || add) || trimmed.empty())
        return false;
    *added = std::string(trimmed);
    pending->clear();
    return true;
}

// A button drawn in the accent colour while selected; true when tapped while not selected.
static bool OptionButton(const char* label, bool selected, ImVec2 size)
{
    if (selected)
    {
        ImGui::PushStyleColor(ImGuiCol_Button, GetThemeColors().Accent);
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, GetThemeColors().Accent);
        ImGui::PushStyleColor(ImGuiCol_Text, GetThemeColors().AccentText);
    }
    const bool pressed = WrappingButton(label, size.x);
    if (selected)
        ImGui::PopStyleColor(3);
    return pressed && !selected;
}

bool Choice(const char* id, const char* const labels[], int count, int* value)
{
    // Equal widths when every label fits one; else each as wide as its label needs and the room
    // left shared out ("Not yet" beside "1" to "5"); past the row, chips that wrap.
    const ImGuiStyle& style = ImGui::GetStyle();
    const float spacing = style.ItemSpacing.x * 0.5f;
    const float room = FullWidth() - spacing * static_cast<float>(count - 1);
    float needed = 0.0f, widest = 0.0f;
    for (int i = 0; i < count; i++)
    {
        const float w = ImGui::CalcTextSize(labels[i]).x + style.FramePadding.x * 2.0f;
        needed += w;
        widest = ImMax(widest, w);
    }
    if (needed > room)
        return ChipChoice(id, labels, count, value);
    const bool equal = widest * static_cast<float>(count) <= room;
    const float extra = (room - needed) / static_cast<float>(count);
    ImGui::PushID(id);
    bool changed = false;
    for (int i = 0; i < count; i++)
    {
        if (i > 0)
            ImGui::SameLine(0.0f, spacing);
        const float width = equal ? room / static_cast<float>(count) : ImGui::CalcTextSize(labels[i]).x + style.FramePadding.x * 2.0f + extra;
        if (OptionButton(labels[i], *value == i, ImVec2(width, g_Metrics->TouchTargetPx)))
        {
            *value = i;
            changed = true;
        }
    }
    ImGui::PopID();
    return changed;
}

bool EnergyChoice(const char* id, int* energy)
{
    static const char* const levels[] = { "1", "2", "3", "4", "5" };
    int index = *energy - 1;
    const bool changed = Choice(id, levels, 5, &index);
    if (changed)
        *energy = index + 1;
    // What the ends mean, under them.
    const float left = ImGui::GetCursorScreenPos().x;
    const float width = FullWidth();
    const char* low = "Drained";
    const char* high = "Full of energy";
    const float y = ImGui::GetCursorScreenPos().y;
    ImGui::PushStyleColor(ImGuiCol_Text, GetThemeColors().MutedText);
    TextItem(low);
    ImGui::SetCursorScreenPos(ImVec2(left + width - ImGui::CalcTextSize(high).x - 1.0f, y));
    TextItem(high);
    ImGui::PopStyleColor();
    return changed;
}

bool ChipChoice(const char* id, const char* const labels[], int count, int* value)
{
    ImGui::PushID(id);
    const ImGuiStyle& style = ImGui::GetStyle();
    const float right = ImGui::GetCursorScreenPos().x + FullWidth();
    bool changed = false;
    for (int i = 0; i < count; i++)
    {
        const float width = ImMin(ImGui::CalcTextSize(labels[i]).x + style.FramePadding.x * 2.0f, right - ImGui::GetCursorScreenPos().x);
        if (i > 0)
        {
            ImGui::SameLine(0.0f, style.ItemSpacing.x * 0.5f);
            if (ImGui::GetCursorScreenPos().x + width > right)
                ImGui::NewLine();
        }
        if (OptionButton(labels[i], *value == i, ImVec2(width, g_Metrics->TouchTargetPx)))
        {
            *value = i;
            changed = true;
        }
    }
    ImGui::PopID();
    return changed;
}

void ErrorText(const std::string& message)
{
    if (message.empty())
        return;
    ImGui::PushStyleColor(ImGuiCol_Text, GetThemeColors().Danger);
    TextItem(message.c_str());          // findable: tests and screen readers read what went wrong
    ImGui::PopStyleColor();
}

bool CheckItem(const char* label, bool* value, float width)
{
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    if (window->SkipItems)
        return false;
    ImGuiContext& g = *GImGui;
    const ImGuiStyle& style = g.Style;
    const ImGuiID id = window->GetID(label);
    const char* end = ImGui::FindRenderedTextEnd(label);
    const float line = ImGui::GetTextLineHeight();
    const float box = ImGui::GetFrameHeight();
    if (width <= 0.0f)      // to the wrap edge (a card's inside), or the row's end
        width = window->DC.TextWrapPos >= 0.0f ? ImGui::CalcWrapWidthForPos(window->DC.CursorPos, window->DC.TextWrapPos)
                                               : ImGui::GetContentRegionAvail().x;
    const float text_x = box + style.ItemInnerSpacing.x * 2.0f;
    const float wrap = ImMax(1.0f, width - text_x);
    const ImVec2 text_size = ImGui::CalcTextSize(label, end, false, wrap);
    const float height = ImMax(g_Metrics->TouchTargetPx, ImMax(box, text_size.y + style.FramePadding.y * 2.0f));
    const ImVec2 pos = window->DC.CursorPos;
    const ImRect bb(pos, ImVec2(pos.x + width, pos.y + height));
    ImGui::ItemSize(bb);
    if (!ImGui::ItemAdd(bb, id))
        return false;
    bool hovered = false, held = false;
    const bool pressed = ImGui::ButtonBehavior(bb, id, &hovered, &held);
    if (pressed)
    {
        *value = !*value;
        ImGui::MarkItemEdited(id);
    }
    const ThemeColors& colors = GetThemeColors();
    // The box sits on the first line of the text, the text centred in the row when it is one line.
    const float text_top = pos.y + (height - text_size.y) * 0.5f;
    const float box_top = text_size.y > line * 1.5f ? text_top + (line - box) * 0.5f : pos.y + (height - box) * 0.5f;
    const ImRect check(ImVec2(pos.x, box_top), ImVec2(pos.x + box, box_top + box));
    ImDrawList* draw = window->DrawList;
    const float rounding = style.FrameRounding * 0.5f;
    if (*value)
    {
        draw->AddRectFilled(check.Min, check.Max, colors.Accent, rounding);
        const float pad = ImMax(1.0f, box / 5.0f);
        ImGui::RenderCheckMark(draw, ImVec2(check.Min.x + pad, check.Min.y + pad), colors.AccentText, box - pad * 2.0f);
    }
    else
    {
        draw->AddRectFilled(check.Min, check.Max, ImGui::GetColorU32(held || hovered ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg), rounding);
        draw->AddRect(check.Min, check.Max, colors.MutedText, rounding, 0, ImMax(1.5f, box / 14.0f));
    }
    const ImU32 text_color = *value ? colors.MutedText : ImGui::GetColorU32(ImGuiCol_Text);
    draw->AddText(g.Font, g.FontSize, ImVec2(pos.x + text_x, text_top), text_color, label, end, wrap);
    ImGui::RenderNavHighlight(bb, id);
    IMGUI_TEST_ENGINE_ITEM_INFO(id, label, g.LastItemData.StatusFlags | ImGuiItemStatusFlags_Checkable | (*value ? ImGuiItemStatusFlags_Checked : 0));
    return pressed;
}

bool SharingToggle(const char* label, trellis::Visibility* visible, const char* private_note)
{
    bool shared = *visible == trellis::Visibility::Shared;
    const bool changed = CheckItem(label, &shared);
    if (changed)
        *visible = shared ? trellis::Visibility::Shared : trellis::Visibility::Private;
    if (!shared && private_note != nullptr)
        MutedTextWrapped(private_note);
    return changed;
}

EditorAction EditorButtons(const char* save_label, const char* delete_label, bool* confirming)
{
    EditorAction action = EditorAction::None;
    const float half = SharedWidth({ "Cancel##editor", save_label }, ImGui::GetContentRegionAvail().x);
    if (Button("Cancel##editor", half))
        action = EditorAction::Cancel;
    NextInRow(half);
    if (PrimaryButton(save_label, half))
        action = EditorAction::Save;
    if (delete_label == nullptr)
        return action;
    if (Button(*confirming ? ICON_TRASH "  Tap again to delete" : delete_label, -1.0f))
    {
        if (*confirming)
            action = EditorAction::Delete;
        *confirming = true;
    }
    return action;
}

std::string FormatDate(trellis::Date date)
{
    static const char* const weekdays[] = { "Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed" };    // 1970-01-01 was a Thursday
    static const char* const months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    int y, m, d;
    date.ToCivil(&y, &m, &d);
    const int weekday = ((date.DaysSinceEpoch % 7) + 7) % 7;
    char buf[40];
    // No-break spaces: a date is one word to the wrap, never "Wed 30" at a line's end and "Jun 2027"
    // on the next.
    std::snprintf(buf, sizeof(buf), "%s\u00a0%d\u00a0%s\u00a0%d", weekdays[weekday], d, months[m - 1], y);
    return buf;
}

std::string FormatMonth(trellis::Date date)
{
    static const char* const months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    int y, m, d;
    date.ToCivil(&y, &m, &d);
    return std::string(months[m - 1]) + " " + std::to_string(y);
}

bool TabButton(const char* icon, const char* label, bool active, ImVec2 size)
{
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    // A larger text size grows the icon and the label only as far as five tabs leave room for: the
    // label is never cut, and never under 16 CSS px (what "Journal" needs on a 320 px phone).
    ImFont* font = ImGui::GetFont();
    const float scale = g_Metrics->TextScale;
    const float icon_px = ImGui::GetFontSize() / scale * ImMin(scale, 1.35f);
    float label_px = ImMax(16.0f, ImGui::GetFontSize() / scale * ImMin(scale, 1.5f) * 0.78f);
    ImVec2 label_size = font->CalcTextSizeA(label_px, FLT_MAX, 0.0f, label);
    const float room = size.x - 6.0f;
    if (label_size.x > room && label_px > 16.0f)
    {
        label_px = ImMax(16.0f, label_px * room / label_size.x);
        label_size = font->CalcTextSizeA(label_px, FLT_MAX, 0.0f, label);
    }
    const ImVec2 icon_size = font->CalcTextSizeA(icon_px, FLT_MAX, 0.0f, icon);
    // The button is named in the label's own size, so the automation hook measures what is drawn.
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const float window_scale = window->FontWindowScale;
    ImGui::SetWindowFontScale(window_scale * label_px / ImGui::GetFontSize());
    const bool pressed = ImGui::InvisibleButton(label, size);
    ImGui::SetWindowFontScale(window_scale);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ThemeColors& colors = GetThemeColors();
    const ImU32 color = active ? colors.Accent : colors.MutedText;
    if (active)
        draw->AddRectFilled(ImVec2(pos.x + size.x * 0.3f, pos.y + 4.0f), ImVec2(pos.x + size.x * 0.7f, pos.y + 7.0f), colors.Accent, 2.0f);
    const float top = pos.y + (size.y - icon_size.y - label_size.y - 2.0f) * 0.5f + 2.0f;
    draw->AddText(font, icon_px, ImVec2(pos.x + (size.x - icon_size.x) * 0.5f, top), color, icon);
    draw->AddText(font, label_px, ImVec2(pos.x + (size.x - label_size.x) * 0.5f, top + icon_size.y + 2.0f), color, label);
    return pressed;
}

// [SECTION] Cards and bars

void BeginCard()
{
    const float pad = g_Metrics->PagePaddingPx;
    CardFrame frame{ImGui::GetCursorScreenPos(), ImGui::GetContentRegionAvail().x};
    g_CardStack.push_back(frame);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->ChannelsSplit(2);
    draw->ChannelsSetCurrent(1);
    ImGui::SetCursorScreenPos(ImVec2(frame.Start.x + pad, frame.Start.y + pad));
    ImGui::BeginGroup();
    const float inner = frame.Width - pad * 2.0f;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner);
    ImGui::PushItemWidth(inner);
}

bool EndCard(const char* tap_label)
{
    ImGui::PopItemWidth();
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    const CardFrame frame = g_CardStack.back();
    g_CardStack.pop_back();
    const float pad = g_Metrics->PagePaddingPx;
    const ImVec2 max(frame.Start.x + frame.Width, ImGui::GetItemRectMax().y + pad);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->ChannelsSetCurrent(0);
    draw->AddRectFilled(frame.Start, max, GetThemeColors().Card, g_Metrics->CardRoundingPx);
    draw->ChannelsMerge();
    if (tap_label == nullptr)
    {
        ImGui::SetCursorScreenPos(ImVec2(frame.Start.x, max.y));
        ImGui::Dummy(ImVec2(frame.Width, 0.0f));
        return false;
    }
    ImGui::SetCursorScreenPos(frame.Start);
    return ImGui::InvisibleButton(tap_label, ImVec2(frame.Width, max.y - frame.Start.y));
}

bool CardList::Begin(ImGuiID key)
{
    const float width = ImGui::GetContentRegionAvail().x;
    if (width != Width_ || ImGui::GetFontSize() != FontSize_)
    {
        Heights_.Clear();
        Width_ = width;
        FontSize_ = ImGui::GetFontSize();
    }
    const float height = Heights_.GetFloat(key, -1.0f);
    if (height > 0.0f && !ImGui::IsRectVisible(ImVec2(width, height)))
    {
        // The blank is an item like the card was: ImGui adds the same spacing after it.
        ImGui::Dummy(ImVec2(width, ImMax(0.0f, height - ImGui::GetStyle().ItemSpacing.y)));
        return false;
    }
    Key_ = key;
    StartY_ = ImGui::GetCursorPosY();
    return true;
}

void CardList::End()
{
    Heights_.SetFloat(Key_, ImGui::GetCursorPosY() - StartY_);
}

ImGuiID RecordKey(const trellis::RecordMeta& meta)
{
    // Field by field: Stamp has padding between its counter and its device.
    ImGuiID key = ImHashData(&meta.RecordId.Hi, sizeof(meta.RecordId.Hi));
    key = ImHashData(&meta.RecordId.Lo, sizeof(meta.RecordId.Lo), key);
    key = ImHashData(&meta.Updated.WallMs, sizeof(meta.Updated.WallMs), key);
    return ImHashData(&meta.Updated.Counter, sizeof(meta.Updated.Counter), key);
}

void ProgressBar(float fraction)
{
    fraction = ImClamp(fraction, 0.0f, 1.0f);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float width = FullWidth();
    const float height = 8.0f;
    ImGui::Dummy(ImVec2(width, height));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), ImGui::GetColorU32(ImGuiCol_FrameBg), height * 0.5f);
    if (fraction > 0.0f)
        draw->AddRectFilled(pos, ImVec2(pos.x + ImMax(width * fraction, height), pos.y + height), GetThemeColors().Accent, height * 0.5f);
}

// [SECTION] Charts

// The accent colour at 40%: a bar's fill that text on it stays readable over, in both themes.
static ImU32 SoftAccent()
{
    return (GetThemeColors().Accent & ~IM_COL32_A_MASK) | (0x66u << IM_COL32_A_SHIFT);
}

bool TapBar(const char* id, const char* text, float fraction)
{
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const ImVec2 size(FullWidth(), g_Metrics->TouchTargetPx);
    const bool tapped = ImGui::InvisibleButton(id, size);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float rounding = g_Metrics->CardRoundingPx * 0.75f;
    draw->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), ImGui::GetColorU32(ImGuiCol_FrameBg), rounding);
    const float fill = size.x * ImClamp(fraction, 0.0f, 1.0f);
    if (fill > 0.0f)
        draw->AddRectFilled(pos, ImVec2(pos.x + ImMax(fill, rounding * 2.0f), pos.y + size.y), SoftAccent(), rounding);
    const float pad = ImGui::GetStyle().FramePadding.x;
    const float top = pos.y + (size.y - ImGui::GetTextLineHeight()) * 0.5f;
    ImGui::RenderTextEllipsis(draw, ImVec2(pos.x + pad, top), ImVec2(pos.x + size.x - pad, pos.y + size.y),
                              pos.x + size.x - pad, pos.x + size.x - pad, text, nullptr, nullptr);
    return tapped;
}

void LineChart(const char* id, const std::vector<float>& values, int min, int max, float height, const char* from, const char* to)
{
    ImGuiContext& g = *GImGui;     // for the automation hook
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float width = FullWidth();
    const float line = ImGui::GetTextLineHeight();
    const ImRect bb(pos, ImVec2(pos.x + width, pos.y + height + line + 6.0f));
    ImGui::ItemSize(bb);
    const ImGuiID item = ImGui::GetID(id);
    if (!ImGui::ItemAdd(bb, item))
        return;
    IMGUI_TEST_ENGINE_ITEM_INFO(item, id, 0);

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ThemeColors& colors = GetThemeColors();
    const float scale_width = ImGui::CalcTextSize("0").x + 10.0f;
    const float left = pos.x + scale_width;
    const float right = pos.x + width - 4.0f;
    // Half a text line of room above the top line and below the bottom one, for their labels.
    const float top = pos.y + line * 0.5f;
    const float bottom = pos.y + height - line * 0.5f;
    const auto y_of = [&](float value) { return bottom - (ImClamp(value, float(min), float(max)) - float(min)) / float(max - min) * (bottom - top); };
    for (int step = min; step <= max; step++)
    {
        const float y = y_of(float(step));
        draw->AddLine(ImVec2(left, y), ImVec2(right, y), ImGui::GetColorU32(ImGuiCol_FrameBg), 1.5f);
        if (step == min || step == max || step == (min + max) / 2)
        {
            const std::string label = std::to_string(step);
            draw->AddText(ImVec2(pos.x, y - line * 0.5f), colors.MutedText, label.c_str());
        }
    }
    ImVector<ImVec2> points;
    for (size_t i = 0; i < values.size(); i++)
    {
        const float t = values.size() > 1 ? float(i) / float(values.size() - 1) : 0.5f;
        points.push_back(ImVec2(left + t * (right - left), y_of(values[i])));
    }
    if (points.Size == 1)
        draw->AddCircleFilled(points[0], 4.0f, colors.Accent);
    else if (points.Size > 1)
        draw->AddPolyline(points.Data, points.Size, colors.Accent, ImDrawFlags_None, 2.5f);
    const float caption = pos.y + height + 4.0f;
    draw->AddText(ImVec2(left, caption), colors.MutedText, from);
    draw->AddText(ImVec2(pos.x + width - ImGui::CalcTextSize(to).x, caption), colors.MutedText, to);
}

void ChartBar(const char* label, const char* value, float fraction, int cells, float marker, float start)
{
    ImGuiContext& g = *GImGui;     // for the automation hook
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float width = FullWidth();
    // The label wraps in the room the value leaves it (a long name, a large text size).
    const float value_width = ImGui::CalcTextSize(value).x;
    const float label_room = ImMax(1.0f, width - value_width - ImGui::GetStyle().ItemSpacing.x);
    const float label_height = ImGui::CalcTextSize(label, nullptr, false, label_room).y;
    const float bar_top = pos.y + label_height + 6.0f;
    const float bar_height = 12.0f;
    const ImRect bb(pos, ImVec2(pos.x + width, bar_top + bar_height + 5.0f));
    ImGui::ItemSize(bb);
    const std::string name = std::string(label) + "  " + value;
    const ImGuiID id = ImGui::GetID(name.c_str());
    if (!ImGui::ItemAdd(bb, id))
        return;
    IMGUI_TEST_ENGINE_ITEM_INFO(id, name.c_str(), 0);

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ThemeColors& colors = GetThemeColors();
    draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), pos, ImGui::GetColorU32(ImGuiCol_Text), label, nullptr, label_room);
    draw->AddText(ImVec2(pos.x + width - value_width, pos.y), colors.MutedText, value);

    const ImU32 track = ImGui::GetColorU32(ImGuiCol_FrameBg);
    fraction = ImClamp(fraction, 0.0f, 1.0f);
    // Where a fraction of the bar ends: with cells, in the gap after its cell.
    float span = width, back = 0.0f;
    auto end_x = [&](float f) { return pos.x + ImClamp(f, 0.0f, 1.0f) * span - back; };
    if (cells > 1)
    {
        // One cell per level with a gap between: the levels can be counted at a glance, and the
        // target line sits in the gap after its level.
        const float gap = 4.0f;
        const float cell = (width - gap * static_cast<float>(cells - 1)) / static_cast<float>(cells);
        const int filled = static_cast<int>(fraction * static_cast<float>(cells) + 0.5f);
        for (int i = 0; i < cells; i++)
        {
            const float x = pos.x + static_cast<float>(i) * (cell + gap);
            draw->AddRectFilled(ImVec2(x, bar_top), ImVec2(x + cell, bar_top + bar_height), i < filled ? colors.Accent : track, 3.0f);
        }
        span = static_cast<float>(cells) * (cell + gap);
        back = gap * 0.5f;
    }
    else
    {
        const float radius = bar_height * 0.5f;
        draw->AddRectFilled(ImVec2(pos.x, bar_top), ImVec2(pos.x + width, bar_top + bar_height), track, radius);
        if (fraction > 0.0f)
            draw->AddRectFilled(ImVec2(pos.x, bar_top), ImVec2(pos.x + ImMax(width * fraction, bar_height), bar_top + bar_height), colors.Accent, radius);
    }
    if (start >= 0.0f)
    {
        // Where the value started: a faint dot under the bar, quieter than the target line.
        const float start_x = ImClamp(end_x(start), pos.x + 3.0f, pos.x + width - 3.0f);
        draw->AddCircleFilled(ImVec2(start_x, bar_top + bar_height + 3.0f), 2.5f, colors.MutedText);
    }
    if (marker >= 0.0f)
    {
        // The target: a line in the text colour edged with the card's colour, so it shows on the
        // filled part and the empty part alike.
        const float marker_x = ImClamp(end_x(marker), pos.x + 2.0f, pos.x + width - 2.0f);
        draw->AddRectFilled(ImVec2(marker_x - 3.5f, bar_top - 5.0f), ImVec2(marker_x + 3.5f, bar_top + bar_height + 5.0f), colors.Card, 2.0f);
        draw->AddRectFilled(ImVec2(marker_x - 1.5f, bar_top - 4.0f), ImVec2(marker_x + 1.5f, bar_top + bar_height + 4.0f), ImGui::GetColorU32(ImGuiCol_Text), 1.0f);
    }
}

// [SECTION] Headings with an action, steppers, dates

// A button showing only `icon`, centred; `label` ("##Previous month") names it for automation.
static bool IconButton(const char* label, const char* icon, ImVec2 size)
{
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const bool pressed = ImGui::Button(label, size);
    const ImVec2 text = ImGui::CalcTextSize(icon);
    ImGui::GetWindowDrawList()->AddText(ImVec2(pos.x + (size.x - text.x) * 0.5f, pos.y + (size.y - text.y) * 0.5f),
                                        ImGui::GetColorU32(ImGuiCol_Text), icon);
    return pressed;
}

bool HeadingWithButton(const char* text, const char* button_label)
{
    const float button = g_Metrics->TouchTargetPx;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float width = FullWidth();
    ImGui::PushFont(g_Fonts->Heading);
    ImGui::SetCursorScreenPos(ImVec2(pos.x, pos.y + (button - ImGui::GetTextLineHeight()) * 0.5f));
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
    ImGui::SetCursorScreenPos(ImVec2(pos.x + width - button, pos.y));
    return ImGui::Button(button_label, ImVec2(button, button));
}

bool Stepper(const char* id, int* value, int min, int max, const char* text, float width)
{
    const float button = g_Metrics->TouchTargetPx;
    // Filling a wide row would put - and + a desktop apart: a thumb's reach is enough.
    const float row = width < 0.0f ? ImMin(FullWidth(), button * 8.0f) : width;
    const float middle = ImMax(0.0f, row - button * 2.0f);
    const std::string less = std::string("##") + id + " -";
    const std::string more = std::string("##") + id + " +";
    // Words too long for the room between the buttons (a large text size) go above them, whole.
    const bool above = ImGui::CalcTextSize(text).x > middle;
    if (above)
        TextItem(text);
    int next = *value;
    ImGui::BeginDisabled(*value <= min);
    if (IconButton(less.c_str(), ICON_MINUS, ImVec2(button, button)))
        next--;
    ImGui::EndDisabled();
    ImGui::SameLine(0.0f, 0.0f);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    if (above)
    {
        ImGui::Dummy(ImVec2(middle, button));
    }
    else
    {
        ImGuiContext& g = *GImGui;     // the value is an item too, for the automation hook
        const ImGuiID text_id = ImGui::GetID(text);
        ImGui::ItemSize(ImVec2(middle, button));
        if (ImGui::ItemAdd(ImRect(pos, ImVec2(pos.x + middle, pos.y + button)), text_id))
            IMGUI_TEST_ENGINE_ITEM_INFO(text_id, text, kAutomationTextItem);
        ImGui::RenderTextClipped(pos, ImVec2(pos.x + middle, pos.y + button), text, nullptr, nullptr, ImVec2(0.5f, 0.5f));
    }
    ImGui::SameLine(0.0f, 0.0f);
    ImGui::BeginDisabled(*value >= max);
    if (IconButton(more.c_str(), ICON_PLUS, ImVec2(button, button)))
        next++;
    ImGui::EndDisabled();
    next = ImClamp(next, min, max);
    const bool changed = next != *value;
    *value = next;
    return changed;
}

static int WeekdayFromMonday(trellis::Date date)
{
    return ((date.DaysSinceEpoch + 3) % 7 + 7) % 7;     // 1970-01-01 was a Thursday
}

// The month `*shown` (year * 12 + month - 1) as a grid of days; returns true when a day is tapped.
static bool MonthGrid(int* shown, std::optional<trellis::Date>* date, trellis::Date today, const DatePickerOptions& options)
{
    const ThemeColors& colors = GetThemeColors();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float button = g_Metrics->TouchTargetPx;
    const float width = FullWidth();
    const ImVec2 top = ImGui::GetCursorScreenPos();

    // The month, between the months before and after it.
    const int year = *shown / 12;
    const int month = *shown % 12 + 1;
    if (IconButton("##Previous month", ICON_LEFT, ImVec2(button, button)))
        (*shown)--;
    ImGui::SameLine(0.0f, 0.0f);
    const ImVec2 title_pos = ImGui::GetCursorScreenPos();
    const float title_width = ImMax(0.0f, width - button * 2.0f);
    ImGui::Dummy(ImVec2(title_width, button));
    const std::string title = FormatMonth(year, month);
    ImGui::RenderTextClipped(title_pos, ImVec2(title_pos.x + title_width, title_pos.y + button), title.c_str(), nullptr, nullptr, ImVec2(0.5f, 0.5f));
    ImGui::SameLine(0.0f, 0.0f);
    if (IconButton("##Next month", ICON_RIGHT, ImVec2(button, button)))
        (*shown)++;

    // Weekday initials over seven columns.
    static const char* const weekdays[] = { "Mo", "Tu", "We", "Th", "Fr", "Sa", "Su" };
    const float cell_w = width / 7.0f;
    const float line = ImGui::GetTextLineHeight();
    const ImVec2 head(top.x, ImGui::GetCursorScreenPos().y);
    for (int i = 0; i < 7; i++)
    {
        const float text_w = ImGui::CalcTextSize(weekdays[i]).x;
        draw->AddText(ImVec2(head.x + cell_w * static_cast<float>(i) + (cell_w - text_w) * 0.5f, head.y), colors.MutedText, weekdays[i]);
    }
    ImGui::Dummy(ImVec2(width, line));

    // The days, Monday first; a day is as tall as a touch target and a seventh of the row wide.
    const trellis::Date first = trellis::Date::FromCivil(year, month, 1);
    const int offset = WeekdayFromMonday(first);
    const int days = trellis::DaysInMonth(year, month);
    const float cell_h = button;
    const ImVec2 grid = ImGui::GetCursorScreenPos();
    bool picked = false;
    for (int day = 1; day <= days; day++)
    {
        const trellis::Date d = trellis::AddDays(first, day - 1);
        const int cell = offset + day - 1;
        const ImVec2 pos(grid.x + cell_w * static_cast<float>(cell % 7), grid.y + cell_h * static_cast<float>(cell / 7));
        ImGui::SetCursorScreenPos(pos);
        const bool allowed = !options.Earliest || d >= *options.Earliest;
        ImGui::BeginDisabled(!allowed);
        if (ImGui::InvisibleButton(d.ToString().c_str(), ImVec2(cell_w, cell_h)))
        {
            *date = d;
            picked = true;
        }
        const bool held = ImGui::IsItemActive();
        ImU32 text_color = allowed ? ImGui::GetColorU32(ImGuiCol_Text) : ImGui::GetColorU32(ImGuiCol_TextDisabled);
        ImGui::EndDisabled();
        const ImVec2 centre(pos.x + cell_w * 0.5f, pos.y + cell_h * 0.5f);
        const float radius = ImMin(cell_w, cell_h) * 0.5f - 2.0f;
        if (*date && **date == d)
        {
            draw->AddCircleFilled(centre, radius, colors.Accent);
            text_color = colors.AccentText;
        }
        else if (held)
        {
            draw->AddCircleFilled(centre, radius, ImGui::GetColorU32(ImGuiCol_ButtonActive));
        }
        if (d == today)
            draw->AddCircle(centre, radius, colors.Accent, 0, 2.0f);
        char number[12];
        std::snprintf(number, sizeof(number), "%d", day);
        const ImVec2 text = ImGui::CalcTextSize(number);
        draw->AddText(ImVec2(centre.x - text.x * 0.5f, centre.y - text.y * 0.5f), text_color, number);
    }
    const int rows = (offset + days + 6) / 7;
    ImGui::SetCursorScreenPos(ImVec2(grid.x, grid.y + cell_h * static_cast<float>(rows)));
    ImGui::Dummy(ImVec2(width, 0.0f));
    return picked;
}

bool DatePicker(const char* id, std::optional<trellis::Date>* date, trellis::Date today, const DatePickerOptions& options)
{
    ImGui::PushID(id);
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID open_key = ImGui::GetID("open");
    const ImGuiID month_key = ImGui::GetID("month");
    const ImGuiID follow_key = ImGui::GetID("follow");
    bool open = storage->GetBool(open_key, false);
    int shown = storage->GetInt(month_key, 0);
    int follow = storage->GetInt(follow_key, 0);      // frames left to bring the calendar on screen
    const auto show = [&shown](trellis::Date d) {
        int y, m, day;
        d.ToCivil(&y, &m, &day);
        shown = y * 12 + m - 1;
    };
    // Closed, a button with the date; tapped, the calendar opens on that date, or on the suggested
    // one, and nothing changes until a day is tapped.
    const std::string label = *date ? std::string(ICON_CALENDAR "  ") + FormatDate(**date) + "##date"
                                    : std::string(ICON_CALENDAR "  ") + options.EmptyLabel;
    const float top = ImGui::GetCursorScreenPos().y;
    if (Button(label.c_str(), -1.0f))
    {
        open = !open;
        trellis::Date first = date->value_or(options.Suggested.value_or(today));
        if (options.Earliest && first < *options.Earliest)
            first = *options.Earliest;
        show(first);
        follow = open ? 3 : 0;
    }
    bool changed = false;
    if (open)
    {
        if (MonthGrid(&shown, date, today, options))
        {
            changed = true;
            open = false;
        }
        // A year back or on, and back to this month: no eight taps for eight months.
        const int year = shown / 12;
        const std::string back = std::string(ICON_LEFT "  ") + std::to_string(year - 1) + "##year back";
        const std::string on = std::to_string(year + 1) + "  " ICON_RIGHT "##year on";
        const float third = SharedWidth({ back.c_str(), "Today##month", on.c_str() });
        if (Button(back.c_str(), third))
            shown -= 12;
        NextInRow(third);
        if (Button("Today##month", third))
            show(today);
        NextInRow(third);
        if (Button(on.c_str(), third))
            shown += 12;
        const bool clearable = options.Clearable && *date;
        const float half = clearable ? SharedWidth({ ICON_TIMES "  No date", "Cancel##date" }) : -1.0f;
        if (clearable)
        {
            if (Button(ICON_TIMES "  No date", half))
            {
                date->reset();
                changed = true;
                open = false;
            }
            NextInRow(half);
        }
        if (Button("Cancel##date", half))
            open = false;
        // Opened, the whole calendar is brought on screen (a picker near the bottom opened below it).
        if (open && follow > 0)
        {
            follow--;
            ImGuiWindow* window = ImGui::GetCurrentWindow();
            const ImRect whole(ImVec2(window->InnerRect.Min.x, top), ImVec2(window->InnerRect.Max.x, ImGui::GetItemRectMax().y + ImGui::GetStyle().ItemSpacing.y));
            ImGui::ScrollToRect(window, whole, ImGuiScrollFlags_KeepVisibleEdgeY);
        }
    }
    if (!open)
        follow = 0;
    storage->SetBool(open_key, open);
    storage->SetInt(month_key, shown);
    storage->SetInt(follow_key, follow);
    ImGui::PopID();
    return changed;
}

bool DatePicker(const char* id, trellis::Date* date, trellis::Date today, std::optional<trellis::Date> earliest)
{
    std::optional<trellis::Date> value = *date;
    DatePickerOptions options;
    options.Clearable = false;
    options.Earliest = earliest;
    const bool changed = DatePicker(id, &value, today, options) && value && *value != *date;
    if (value)
        *date = *value;
    return changed;
}

void Divider()
{
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float width = FullWidth();
    ImGui::Dummy(ImVec2(width, 1.0f));
    ImGui::GetWindowDrawList()->AddLine(pos, ImVec2(pos.x + width, pos.y), ImGui::GetColorU32(ImGuiCol_Separator));
}

void LevelBar(int current, int target, int levels)
{
    const ThemeColors& colors = GetThemeColors();
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float width = FullWidth();
    const float height = 10.0f;
    const float gap = 4.0f;
    const float cell = (width - gap * static_cast<float>(levels - 1)) / static_cast<float>(levels);
    ImGui::Dummy(ImVec2(width, height));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (int i = 0; i < levels; i++)
    {
        const ImVec2 a(pos.x + (cell + gap) * static_cast<float>(i), pos.y);
        const ImVec2 b(a.x + cell, pos.y + height);
        if (i < current)
            draw->AddRectFilled(a, b, colors.Accent, height * 0.5f);
        else
            draw->AddRectFilled(a, b, ImGui::GetColorU32(ImGuiCol_FrameBg), height * 0.5f);
        if (i >= current && i < target)
            draw->AddRect(a, b, colors.Accent, height * 0.5f, 0, 1.5f);
    }
}

// [SECTION] Words for numbers

std::string FormatMonth(int year, int month)
{
    static const char* const months[] = { "January", "February", "March", "April", "May", "June", "July",
                                          "August", "September", "October", "November", "December" };
    return std::string(months[ImClamp(month, 1, 12) - 1]) + " " + std::to_string(year);
}

std::string FormatBytes(int64_t bytes)
{
    static const char* const units[] = { "KB", "MB", "GB", "TB" };
    if (bytes < 1000)
        return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
    double value = static_cast<double>(bytes);
    int unit = -1;
    while (value >= 1000.0 && unit < 3)
    {
        value /= 1000.0;
        unit++;
    }
    char buf[32];
    // One decimal while it says something ("1.2 MB"), none from 10 up ("120 GB").
    std::snprintf(buf, sizeof(buf), value < 9.95 ? "%.1f %s" : "%.0f %s", value, units[unit]);
    return buf;
}

std::string FormatAgo(int64_t then_ms, int64_t now_ms)
{
    const int64_t seconds = (now_ms - then_ms) / 1000;
    const auto count = [](int64_t n, const char* one, const char* many) {
        return n == 1 ? std::string(one) : std::to_string(n) + " " + many;
    };
    if (seconds < 60)
        return "just now";
    if (seconds < 60 * 60)
        return count(seconds / 60, "a minute ago", "minutes ago");
    if (seconds < 24 * 60 * 60)
        return count(seconds / 3600, "an hour ago", "hours ago");
    const int64_t days = seconds / 86400;
    if (days < 31)
        return count(days, "a day ago", "days ago");
    if (days < 365)
        return count(days / 30, "a month ago", "months ago");
    return count(days / 365, "a year ago", "years ago");
}

} // namespace Widgets
