// Shared widgets: cards, buttons sized for a thumb, progress bars, the bottom tab bar.
// Screens compose these; nothing here knows about the career model.
#pragma once

#include <string>
#include <vector>

#include "core/date.h"
#include "core/model.h"

#include "imgui.h"
#include "theme.h"

struct UiFonts;

namespace Widgets {

void    SetContext(const UiMetrics* metrics, const UiFonts* fonts);

// A screen title in the heading font.
void    Heading(const char* text);
// Secondary text, wrapped to the available width.
void    MutedTextWrapped(const char* text);
// The same, as an item labelled with the text, so that tests can find it on screen.
void    MutedTextItem(const char* text);

// A button in the accent colour, at least a touch target tall; width 0 fills the row.
bool    PrimaryButton(const char* label, float width = 0.0f);
// A plain button, at least a touch target tall; width 0 fits the label, -1 fills the row.
bool    Button(const char* label, float width = 0.0f);

// A rounded panel around what is drawn between Begin and End. With a `tap_label`, the whole card
// is one button (labelled for automation and screen readers) and EndCard() returns true when tapped.
void    BeginCard();
bool    EndCard(const char* tap_label = nullptr);

// A one-line text field as wide as the row, kept in view while it has the keyboard (a phone's
// keyboard takes the bottom of the screen). Returns true when Enter is pressed.
bool    TextField(const char* id, const char* hint, std::string* text);

// A multi-line text field as wide as the row, `height` tall, kept in view while editing.
bool    TextArea(const char* id, std::string* text, float height);

// A list of short texts: each with a remove button, then a field that adds one (Enter or "Add").
// Returns true when the list changed.
bool    ListEditor(const char* id, const char* hint, std::vector<std::string>* items, std::string* pending);

// One of `count` choices as a row of touch-sized buttons; `*value` is the index chosen.
bool    Choice(const char* id, const char* const labels[], int count, int* value);

// Like Choice(), as chips that wrap onto more lines: for longer lists of choices.
bool    ChipChoice(const char* id, const char* const labels[], int count, int* value);

// A sentence in the danger colour, wrapped; nothing when `message` is empty.
void    ErrorText(const std::string& message);

// "Share with my manager" for a record's visibility, with `private_note` under it while private.
bool    SharingToggle(const char* label, trellis::Visibility* visible, const char* private_note);

enum class EditorAction
{
    None, Cancel, Save, Delete,
};

// The foot of an editor: Cancel and Save side by side and, with a `delete_label`, a Delete button
// under them that asks for a second tap first (`*confirming` remembers the first one).
EditorAction EditorButtons(const char* save_label, const char* delete_label, bool* confirming);

// "Mon 23 Nov 2026".
std::string FormatDate(trellis::Date date);
// "Nov 2026".
std::string FormatMonth(trellis::Date date);

// A thin rounded progress bar for 0..1.
void    ProgressBar(float fraction);

// [SECTION] Charts

// A bar of a chart that is also a button, a touch target tall: its background fills to `fraction`
// (0..1) in the accent colour, with `text` on it. `id` labels it for automation.
bool    TapBar(const char* id, const char* text, float fraction);

// A line chart as wide as the row, `height` tall: `values` (in min..max, whole numbers on the scale)
// from left to right, a faint line at each whole number, labelled on the left, and `from` and `to`
// under its two ends. The chart is an item labelled `id` for automation.
void    LineChart(const char* id, const std::vector<float>& values, int min, int max, float height, const char* from, const char* to);

// A row of a bar chart, as wide as the row: `label` on the left and `value` on the right of one line
// (the label cut with an ellipsis when both do not fit), and under them a bar filled to `fraction`
// (0..1). With `cells` > 1 the bar is split into that many cells (levels); a `marker` in 0..1 draws
// a target line across the bar. The row is an item labelled "label  value" for automation.
void    ChartBar(const char* label, const char* value, float fraction, int cells = 0, float marker = -1.0f);

// One tab of the bottom tab bar: an icon above a label; returns true when tapped.
bool    TabButton(const char* icon, const char* label, bool active, ImVec2 size);

} // namespace Widgets
