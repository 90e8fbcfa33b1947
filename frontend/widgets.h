// Shared widgets: cards, buttons sized for a thumb, progress bars, the bottom tab bar, steppers and
// the date picker. Screens compose these; nothing here knows about the career model.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
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
// Body text wrapped to the width, as an item labelled with the text (a card's title, say).
void    TextItem(const char* text);

// The width a row may take from the cursor: to the current card's inner edge, else the window's.
float   RowWidth();

// A row of text that is one tap target as wide as the row, its text wrapped (line breaks kept) and
// the row as tall as its lines, at least `min_height`; highlighted while pressed, as a list's row.
bool    TapText(const char* label, float min_height);

// Buttons that share a row: the width each of them gets when all of `labels` fit side by side in
// `row` (0: RowWidth()), else -1, each filling a row of its own, one under the other (a large text
// size, a narrow phone). Put NextInRow() between them.
float   SharedWidth(std::initializer_list<const char*> labels, float row = 0.0f);
void    NextInRow(float shared_width);

// A button in the accent colour, at least a touch target tall; width 0 fills the row.
bool    PrimaryButton(const char* label, float width = 0.0f);
// A plain button, at least a touch target tall; width 0 fits the label, -1 fills the row.
bool    Button(const char* label, float width = 0.0f);

// A rounded panel around what is drawn between Begin and End. With a `tap_label`, the whole card
// is one button (labelled for automation and screen readers) and EndCard() returns true when tapped.
void    BeginCard();
bool    EndCard(const char* tap_label = nullptr);

// A long list of cards of different heights, drawn only where they are on screen (what
// ImGuiListClipper does for rows of one height): a card drawn once leaves its height behind, and
// while it is out of view a blank of that height stands in for it. A card is known by a key that
// changes when its content does (its id and stamp: RecordKey()); every height is forgotten when the
// list's width or the text size changes (the phone turned, a larger text chosen).
class CardList
{
public:
    // Call before each card: false when it is out of view and a blank stood in (draw nothing);
    // true when it must be drawn, then call End() after it.
    bool    Begin(ImGuiID key);
    void    End();

private:
    ImGuiStorage    Heights_;           // by key: the height a card took, spacing after it included
    float           Width_ = -1.0f;     // the width the heights were measured at
    float           FontSize_ = -1.0f;  // and the text size
    ImGuiID         Key_ = 0;           // of the card being drawn
    float           StartY_ = 0.0f;     // where it started, in window coordinates
};

// A key for a record's card in a CardList: its id and its last change.
ImGuiID RecordKey(const trellis::RecordMeta& meta);

// A text field as wide as the row for one line of text (a title, a name): Enter validates and a
// line break pasted is a space, but a text longer than the row wraps (TextArea's soft wrap) and the
// field grows, so the whole of it is seen while typing, at any text size. Kept in view while it
// has the keyboard (a phone's keyboard takes the bottom of the screen). Returns true when Enter is
// pressed.
bool    TextField(const char* id, const char* hint, std::string* text);

// A multi-line text field as wide as the row that wraps its words (frontend/soft_wrap.h): at least
// `min_height` tall and as tall as its lines, so the page scrolls and the whole text can be read;
// while editing, the cursor's line is kept in view. Returns true when the text changed.
bool    TextArea(const char* id, std::string* text, float min_height);
// True while a wrapped field is still bringing its cursor's line into view (more frames are owed).
bool    IsFollowingCursor();
// What a copy from the field being edited puts on the clipboard: `text` with a wrapped field's
// soft breaks turned back into the spaces they stand for.
std::string CopiedText(const char* text);

// One item of a list: a bullet, the text wrapped, and a remove button at the right end of the row
// (labelled with ICON_TIMES). Returns true when the remove button is tapped.
bool    RemovableItem(const char* text);

// A text field with an "Add" button on its right. On Enter or "Add" with some text, returns true
// with the text trimmed in *added, empties the field and keeps the keyboard for the next one.
bool    AddField(const char* id, const char* hint, std::string* pending, std::string* added);

// A list of short texts: each with a remove button, then a field that adds one (Enter or "Add").
// Returns true when the list changed.
bool    ListEditor(const char* id, const char* hint, std::vector<std::string>* items, std::string* pending);

// One of `count` choices as a row of touch-sized buttons; `*value` is the index chosen. Equal
// widths when every label fits one, else each as wide as its label needs; chips that wrap when the
// row cannot hold them all.
bool    Choice(const char* id, const char* const labels[], int count, int* value);
// Energy from 1 to 5 as a Choice(), with what its ends mean written under them.
bool    EnergyChoice(const char* id, int* energy);

// Like Choice(), as chips that wrap onto more lines: for longer lists of choices.
bool    ChipChoice(const char* id, const char* const labels[], int count, int* value);

// A sentence in the danger colour, wrapped; nothing when `message` is empty.
void    ErrorText(const std::string& message);

// A tick box with its text wrapped beside it; the whole row (at least a touch target tall) toggles
// it. Unticked, the box is outlined; ticked, filled in the accent colour with a check, and the text
// muted. `width` 0 fills the row. Labelled with its text for automation. True when toggled.
bool    CheckItem(const char* label, bool* value, float width = 0.0f);

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
// a target line across the bar, and a `start` in 0..1 a faint dot under it where the value was at
// the start of a period. The row is an item labelled "label  value" for automation.
void    ChartBar(const char* label, const char* value, float fraction, int cells = 0, float marker = -1.0f, float start = -1.0f);

// One tab of the bottom tab bar: an icon above a label; returns true when tapped.
bool    TabButton(const char* icon, const char* label, bool active, ImVec2 size);

// [SECTION] Headings with an action, steppers, dates

// A screen title with a square touch-sized button at the right end of its line (a gear, a plus).
// Returns true when the button is tapped.
bool    HeadingWithButton(const char* text, const char* button_label);

// A whole number stepped with - and + buttons, never typed: `*value` stays in min..max, and `text`
// (the value in words) sits between the buttons. The buttons are labelled "<id> -" and "<id> +"
// for automation. Returns true when the value changed.
// `width` -1 fills the row, up to 8 touch targets.
bool    Stepper(const char* id, int* value, int min, int max, const char* text, float width = -1.0f);

// ChipChoice() over every value of an enum of the career model, named by its DisplayName().
template <class E>
bool    EnumChips(const char* id, E* value)
{
    static const std::vector<const char*> labels = [] {
        std::vector<const char*> names;
        for (int i = 0; i < static_cast<int>(E::COUNT); i++)
            names.push_back(trellis::DisplayName(static_cast<E>(i)));
        return names;
    }();
    int index = static_cast<int>(*value);
    if (!ChipChoice(id, labels.data(), static_cast<int>(labels.size()), &index))
        return false;
    *value = static_cast<E>(index);
    return true;
}

struct DatePickerOptions
{
    const char*                     EmptyLabel = "Set a date";  // the button while there is no date
    std::optional<trellis::Date>    Suggested;                  // the date that button sets first; today when none
    bool                            Clearable = true;           // offers "No date"
    std::optional<trellis::Date>    Earliest;                   // days before it cannot be picked
};

// A date picked on a month calendar, never typed. Closed, it is a button showing the date (or
// EmptyLabel). Tapped, the calendar opens on the date (or on Suggested, else today) and is brought
// on screen: the month as a grid of touch-sized days, Monday first, today ringed and the date
// filled, with the months before and after, a year back, this month and a year on, "No date" when
// Clearable, and "Cancel". Only a tapped day sets the date. Each day is labelled "YYYY-MM-DD" for
// automation. Returns true when *date changed.
bool    DatePicker(const char* id, std::optional<trellis::Date>* date, trellis::Date today, const DatePickerOptions& options = {});
// The same for a date that is always set.
bool    DatePicker(const char* id, trellis::Date* date, trellis::Date today, std::optional<trellis::Date> earliest = std::nullopt);

// A thin line across the row (inside a card, from edge to edge of its inside).
void    Divider();

// A level out of `levels` as a row of cells: filled up to `current`, outlined on to `target`.
void    LevelBar(int current, int target, int levels);

// [SECTION] Words for numbers

// "November 2026".
std::string FormatMonth(int year, int month);
// "1.2 MB", "120 GB", "512 bytes".
std::string FormatBytes(int64_t bytes);
// "just now", "5 minutes ago", "yesterday", "3 days ago", "2 months ago".
std::string FormatAgo(int64_t then_ms, int64_t now_ms);

} // namespace Widgets
