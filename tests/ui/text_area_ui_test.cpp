// Wrapped multi-line fields: the wrapping itself (frontend/soft_wrap.h), then a person writing a
// long journal entry on a phone and reading it back.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "automation.h"
#include "icons.h"
#include "soft_wrap.h"
#include "ui_driver.h"
#include "widgets.h"

namespace {

// Every letter one unit wide: a line of width 10 holds ten letters.
struct UnitGlyphs
{
    std::vector<float>  Table = std::vector<float>(256, 1.0f);
    GlyphAdvances       Advances() const { return GlyphAdvances{Table.data(), static_cast<int>(Table.size()), 1.0f, 1.0f}; }
};

std::string SoftBreaksAsSpaces(std::string shown, const std::string& real)
{
    for (size_t i = 0; i < shown.size(); i++)
        if (shown[i] == '\n' && real[i] == ' ')
            shown[i] = ' ';
    return shown;
}

} // namespace

TEST(SoftWrap, BreaksAtTheLastSpaceThatFitsAndKeepsTheLength)
{
    const UnitGlyphs glyphs;
    std::vector<WrappedLine> lines;
    const std::string text = "aaa bbb ccc ddd\nshort\n\nlast line here";
    const std::string shown = SoftWrap(text, 10.0f, glyphs.Advances(), &lines);
    EXPECT_EQ(shown, "aaa bbb\nccc ddd\nshort\n\nlast line\nhere");
    ASSERT_EQ(shown.size(), text.size());
    EXPECT_EQ(SoftBreaksAsSpaces(shown, text), text);
    ASSERT_EQ(lines.size(), 6u);
    EXPECT_EQ(text.substr(lines[0].Begin, lines[0].End - lines[0].Begin), "aaa bbb");
    EXPECT_FLOAT_EQ(lines[0].Width, 7.0f);
    EXPECT_EQ(lines[3].Begin, lines[3].End) << "an empty line is a line";
    EXPECT_EQ(text.substr(lines[5].Begin, lines[5].End - lines[5].Begin), "here");
}

TEST(SoftWrap, SpacesBeforeABreakStayOnTheLineAndALongWordIsNotCut)
{
    const UnitGlyphs glyphs;
    std::vector<WrappedLine> lines;
    EXPECT_EQ(SoftWrap("aaaaaaaa   bb", 10.0f, glyphs.Advances(), &lines), "aaaaaaaa  \nbb");
    EXPECT_FLOAT_EQ(lines[0].Width, 8.0f) << "trailing spaces take no room";
    EXPECT_EQ(SoftWrap("a abcdefghijklmno b", 10.0f, glyphs.Advances(), &lines), "a\nabcdefghijklmno\nb");
    EXPECT_FLOAT_EQ(lines[1].Width, 15.0f) << "a word wider than the line runs past it";
    EXPECT_EQ(SoftWrap("", 10.0f, glyphs.Advances(), &lines), "");
    EXPECT_EQ(lines.size(), 1u);
    // Multi-byte letters are measured by code point: "é" is one unit, two bytes.
    EXPECT_EQ(SoftWrap("\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9 \xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9", 10.0f, glyphs.Advances(), &lines),
              "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\n\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9");
}

TEST(SoftWrap, AnEditOfTheShownTextIsTheSameEditOfTheRealOne)
{
    const UnitGlyphs glyphs;
    // Backspace at the start of a wrapped line deletes the space the break stands for.
    const std::string real = "aaa bbb ccc";
    const std::string shown = SoftWrap(real, 8.0f, glyphs.Advances(), nullptr);
    ASSERT_EQ(shown, "aaa bbb\nccc");
    EXPECT_EQ(RealAfterEdit(real, shown, "aaa bbbccc", 7), "aaa bbbccc");
    // A break typed at the end of a wrapped line is a real one, before the soft break's space.
    EXPECT_EQ(RealAfterEdit(real, shown, "aaa bbb\n\nccc", 8), "aaa bbb\n ccc");
    // Typing in the middle of a line.
    EXPECT_EQ(RealAfterEdit(real, shown, "aaa bXbb\nccc", 6), "aaa bXbb ccc");

    // Any insertion or deletion, anywhere, wrapped at any width.
    std::mt19937 random(17);
    const char letters[] = "ab \n";
    for (int round = 0; round < 3000; round++)
    {
        std::string text;
        for (int n = std::uniform_int_distribution<int>(0, 40)(random); n > 0; n--)
            text += letters[std::uniform_int_distribution<int>(0, 3)(random)];
        const float width = static_cast<float>(std::uniform_int_distribution<int>(1, 12)(random));
        const std::string before = SoftWrap(text, width, glyphs.Advances(), nullptr);
        const size_t at = std::uniform_int_distribution<size_t>(0, text.size())(random);
        std::string expected, after;
        int cursor = 0;
        if (random() % 2 == 0 || at == text.size())
        {
            std::string typed;
            for (int n = std::uniform_int_distribution<int>(1, 4)(random); n > 0; n--)
                typed += letters[std::uniform_int_distribution<int>(0, 3)(random)];
            expected = text.substr(0, at) + typed + text.substr(at);
            after = before.substr(0, at) + typed + before.substr(at);
            cursor = static_cast<int>(at + typed.size());
        }
        else
        {
            const size_t count = std::uniform_int_distribution<size_t>(1, text.size() - at)(random);
            expected = text.substr(0, at) + text.substr(at + count);
            after = before.substr(0, at) + before.substr(at + count);
            cursor = static_cast<int>(at);
        }
        ASSERT_EQ(RealAfterEdit(text, before, after, cursor), expected) << "text \"" << text << "\" at " << at << " width " << width;
    }
}

namespace {

// A reflection of `words` words, as a person might write one: sentences of ordinary words.
std::string LongReflection(int words)
{
    static const char* const kWords[] = {"today", "I", "paired", "with", "Ana", "on", "the", "parser", "and", "we",
                                         "found", "a", "clearer", "way", "to", "explain", "design", "reviews",
                                         "mentoring", "feels", "good", "when", "it", "lands"};
    std::string text;
    for (int i = 0; i < words; i++)
    {
        text += (i == 0 ? "" : (i % 12 == 0 ? ". " : " "));
        text += kWords[(i * 7 + i / 5) % (sizeof(kWords) / sizeof(kWords[0]))];
    }
    return text + ".";
}

// The lines the field `label` was drawn with, joined as the person reads them.
std::string ReadBack(const char* label, bool* fits)
{
    std::string text;
    *fits = true;
    bool first = true;
    for (const AutomationLine& line : AutomationLastLines())
    {
        if (line.FieldLabel != label)
            continue;
        text += (first ? "" : " ") + line.Text;
        first = false;
        *fits = *fits && line.Min.x >= line.FieldLeft && line.Max.x <= line.FieldRight;
    }
    return text;
}

} // namespace

TEST(UiTextArea, ALongReflectionWrapsWhileTypedAndReadsBackWhole)
{
    FakePlatform platform;
    UiDriver ui(platform);
    ASSERT_TRUE(ui.Tap("Journal"));
    ASSERT_TRUE(ui.Tap(ICON_PLUS "  Write a reflection"));
    ASSERT_TRUE(ui.Tap("text"));
    const std::string text = LongReflection(600);
    // Typed a few words at a time, as a keyboard sends them.
    for (size_t at = 0; at < text.size(); at += 40)
        ui.TypeText(text.substr(at, 40).c_str());
    bool fits = false;
    EXPECT_EQ(ReadBack("text", &fits), text);
    EXPECT_TRUE(fits) << "no line is wider than its field";
    size_t lines = 0;
    for (const AutomationLine& line : AutomationLastLines())
        lines += line.FieldLabel == "text";
    EXPECT_GT(lines, 50u) << "600 words on a phone take many lines";

    ASSERT_TRUE(ui.ScrollTo(ICON_CHECK "  Save reflection"));
    ASSERT_TRUE(ui.Tap(ICON_CHECK "  Save reflection"));
    const trellis::Workspace& data = ui.GetApp().GetSession().Data();
    ASSERT_EQ(data.Reflections.size(), 1u);
    EXPECT_EQ(data.Reflections[0].Text, text) << "the soft breaks are not saved";

    // Reopened, the whole entry is there to read, wrapped the same way.
    ASSERT_TRUE(ui.Tap(Widgets::FormatDate(data.Reflections[0].On).c_str()));
    EXPECT_EQ(ReadBack("text", &fits), text);
    EXPECT_TRUE(fits);
}

TEST(UiTextArea, CopyGivesSpacesUndoGivesBackTheWordsAndAHardBreakStays)
{
    FakePlatform platform;
    UiDriver ui(platform);
    ASSERT_TRUE(ui.Tap("Journal"));
    ASSERT_TRUE(ui.Tap(ICON_PLUS "  Write a reflection"));
    ASSERT_TRUE(ui.Tap("text"));
    const std::string first = LongReflection(40);
    ui.TypeText(first.c_str());
    ui.PressKey(ImGuiKey_Enter);
    ui.TypeText("Second paragraph");

    ImGuiIO& io = ImGui::GetIO();
    const auto chord = [&](ImGuiKey key, bool shift) {
        io.AddKeyEvent(ImGuiMod_Ctrl, true);
        if (shift)
            io.AddKeyEvent(ImGuiMod_Shift, true);
        io.AddKeyEvent(key, true);
        io.AddKeyEvent(key, false);
        if (shift)
            io.AddKeyEvent(ImGuiMod_Shift, false);
        io.AddKeyEvent(ImGuiMod_Ctrl, false);
        ui.Frames(3);
    };
    chord(ImGuiKey_A, false);
    chord(ImGuiKey_C, false);
    EXPECT_EQ(platform.Clipboard, first + "\nSecond paragraph") << "what is copied has its spaces, and the typed break";

    chord(ImGuiKey_End, false);                     // the end of the text, not of its line
    ui.TypeText(" grows");
    chord(ImGuiKey_Z, false);
    bool fits = false;
    EXPECT_EQ(ReadBack("text", &fits), first + " Second paragraph") << "undo took back the last word";
    chord(ImGuiKey_Z, true);
    EXPECT_EQ(ReadBack("text", &fits), first + " Second paragraph grows") << "and redo put it back";
    ASSERT_TRUE(ui.ScrollTo(ICON_CHECK "  Save reflection"));
    ASSERT_TRUE(ui.Tap(ICON_CHECK "  Save reflection"));
    const trellis::Workspace& data = ui.GetApp().GetSession().Data();
    ASSERT_EQ(data.Reflections.size(), 1u);
    EXPECT_EQ(data.Reflections[0].Text, first + "\nSecond paragraph grows");
}

// [SECTION] Drafts: what is typed survives the app closing (core/drafts.h)

TEST(UiDrafts, AReflectionBeingWrittenComesBackAfterAReloadUntilSavedOrThrownAway)
{
    FakePlatform platform;
    {
        UiDriver ui(platform);
        ASSERT_TRUE(ui.Tap("Journal"));
        ASSERT_TRUE(ui.Tap(ICON_PLUS "  Write a reflection"));
        ASSERT_TRUE(ui.Tap("text"));
        ui.TypeText("Half a thought about the guild");
        ASSERT_TRUE(ui.Tap("new"));
        ui.TypeText("Pairing");                     // typed, not added with Add
        EXPECT_TRUE(platform.Disk.Exists("/data/draft.json")) << "kept on the device while typed";
    }   // the tab is closed: no Save, no Cancel

    {
        UiDriver ui(platform);
        bool fits = false;
        EXPECT_EQ(ReadBack("text", &fits), "Half a thought about the guild") << "the editor is open again on the draft";
        ASSERT_NE(ui.Find("Throw it away"), nullptr) << "and says it was restored";
        ASSERT_TRUE(ui.Tap("Keep writing"));
        EXPECT_EQ(ui.Find("Throw it away"), nullptr) << "the banner goes when dismissed";
        EXPECT_TRUE(ui.GetApp().GetSession().Data().Reflections.empty()) << "a draft is not saved by itself";
        ASSERT_TRUE(ui.ScrollTo(ICON_CHECK "  Save reflection"));
        ASSERT_TRUE(ui.Tap(ICON_CHECK "  Save reflection"));
        const trellis::Workspace& data = ui.GetApp().GetSession().Data();
        ASSERT_EQ(data.Reflections.size(), 1u);
        EXPECT_EQ(data.Reflections[0].Text, "Half a thought about the guild");
        EXPECT_EQ(data.Reflections[0].Loved, (std::vector<std::string>{"Pairing"}));
        EXPECT_FALSE(platform.Disk.Exists("/data/draft.json")) << "saved: the draft goes";
    }

    {
        UiDriver ui(platform);
        EXPECT_EQ(ui.Find("Throw it away"), nullptr) << "nothing to restore after a save";
        ASSERT_TRUE(ui.Tap("Journal"));
        ASSERT_TRUE(ui.Tap(ICON_PLUS "  Write a reflection"));
        ASSERT_TRUE(ui.Tap("text"));
        ui.TypeText("Something I will not keep");
    }
    {
        UiDriver ui(platform);
        ASSERT_TRUE(ui.Tap("Throw it away"));
        EXPECT_FALSE(platform.Disk.Exists("/data/draft.json"));
        EXPECT_EQ(ui.Find(ICON_CHECK "  Save reflection"), nullptr) << "the editor closed";
        EXPECT_EQ(ui.GetApp().GetSession().Data().Reflections.size(), 1u);
    }
    UiDriver ui(platform);
    EXPECT_EQ(ui.Find("Throw it away"), nullptr);
}

TEST(UiDrafts, AGoalBeingEditedComesBackWithItsMilestoneTypedAndADamagedDraftIsDropped)
{
    FakePlatform platform;
    {
        UiDriver ui(platform);
        ASSERT_TRUE(ui.GetApp().GetSession().AddGoal("Speak at a conference", 1000));
        ASSERT_TRUE(ui.Tap("Goals"));
        ASSERT_TRUE(ui.Tap("Speak at a conference"));
        ui.Frames(3);
        EXPECT_FALSE(platform.Disk.Exists("/data/draft.json")) << "an editor only opened holds nothing to keep";
        ASSERT_TRUE(ui.ScrollTo("why"));
        ASSERT_TRUE(ui.Tap("why"));
        ui.TypeText("To share what the guild learned");
    }
    {
        UiDriver ui(platform);
        ASSERT_NE(ui.Find("Throw it away"), nullptr);
        bool fits = false;
        EXPECT_EQ(ReadBack("why", &fits), "To share what the guild learned");
        EXPECT_EQ(ui.GetApp().CurrentPage(), Page::Goals);
    }
    platform.Disk.Files["/data/draft.json"] = "{\"draft\":";
    UiDriver ui(platform);
    EXPECT_EQ(ui.Find("Throw it away"), nullptr);
    EXPECT_FALSE(platform.Disk.Exists("/data/draft.json")) << "a damaged draft is only dropped";
}

TEST(UiTextArea, EscapeGoesBackToTheWrappedTextAsItWas)
{
    FakePlatform platform;
    UiDriver ui(platform);
    trellis::Reflection entry;
    entry.On = trellis::Date::FromCivil(2026, 11, 20);
    entry.Text = LongReflection(60);
    ASSERT_TRUE(ui.GetApp().GetSession().AddReflection(entry, 1000));
    ASSERT_TRUE(ui.Tap("Journal"));
    ASSERT_TRUE(ui.Tap("Fri" NBSP "20" NBSP "Nov" NBSP "2026"));
    ASSERT_TRUE(ui.Tap("text"));
    ui.TypeText(" and more");
    bool fits = false;
    EXPECT_NE(ReadBack("text", &fits), entry.Text);
    ui.PressKey(ImGuiKey_Escape);
    EXPECT_EQ(ReadBack("text", &fits), entry.Text) << "the soft breaks went back to spaces, not typed breaks";
    ASSERT_TRUE(ui.ScrollTo(ICON_CHECK "  Save reflection"));
    ASSERT_TRUE(ui.Tap(ICON_CHECK "  Save reflection"));
    EXPECT_EQ(ui.GetApp().GetSession().Data().Reflections[0].Text, entry.Text) << "no typed line breaks where the soft ones were";
}
