// Issue 17: the text size in Settings (85 % to 200 %), kept on the device, and every screen holding
// at 200 % on the narrowest phone (320 x 640 CSS px): no label cut, no letter drawn across the edge
// it is clipped to, no item reaching past the screen's sides.
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "core/device_settings.h"
#include "fonts.h"
#include "icons.h"
#include "pinch.h"
#include "imgui.h"
#include "ui_driver.h"

static std::string Golden(const char* name)
{
    std::ifstream in(std::string(TRELLIS_SOURCE_DIR) + "/tests/golden/" + name, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

// What the last frame shows that is cut, in words; empty when nothing is.
static std::string CutOnScreen()
{
    std::ostringstream out;
    const float width = ImGui::GetIO().DisplaySize.x;
    for (const AutomationCutGlyph& glyph : AutomationCutGlyphs())
    {
        // Name the items the letter is in, to say which text it belongs to.
        out << "a letter at (" << glyph.Min.x << ", " << glyph.Min.y << ")-(" << glyph.Max.x << ", " << glyph.Max.y
            << ") crosses its clip edge " << glyph.Clip.x << ".." << glyph.Clip.z;
        for (const AutomationItem& item : AutomationLastFrame())
            if (glyph.Min.y >= item.Min.y - 1.0f && glyph.Max.y <= item.Max.y + 1.0f && glyph.Max.x >= item.Min.x && glyph.Min.x <= item.Max.x && !item.Label.empty())
                out << " [in \"" << item.Label << "\"]";
        out << "\n";
    }
    for (const AutomationItem& item : AutomationLastFrame())
    {
        const float w = item.Size.x, h = item.Size.y;
        if (item.CutX || item.Min.x < -0.5f || item.Max.x > width + 0.5f)
            out << "\"" << item.Label << "\" reaches past the side of its window or the screen (" << item.Min.x << ".." << item.Max.x << ")\n";
        // An item shorter than two lines shows its label on one: all of it must fit.
        if (!item.TextOnly && item.LabelWidth > 0.0f && h < item.LineHeight * 2.0f && item.LabelWidth > w + 0.5f)
            out << "\"" << item.Label << "\" is " << w << " px wide for a label of " << item.LabelWidth << " px\n";
    }
    return out.str();
}

// Checks the page from its top to its end, dragging half a screen at a time as a thumb would.
static void ExpectWholePageUncut(UiDriver& ui, const std::string& where)
{
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    std::string last;
    for (int step = 0; step < 60; step++)
    {
        ui.Frames(2);
        const std::string cut = CutOnScreen();
        EXPECT_EQ(cut, "") << where << ", screen " << step;
        if (!cut.empty())
            return;     // one screen's report is enough to mend it
        std::string where_items;
        for (const AutomationItem& item : AutomationLastFrame())
            where_items += item.Label + "@" + std::to_string(static_cast<int>(item.Min.y)) + ";";
        if (where_items == last)
            return;     // the drag moved nothing: the end of the page
        last = where_items;
        ui.Drag(ImVec2(size.x * 0.1f, size.y * 0.7f), ImVec2(size.x * 0.1f, size.y * 0.35f), 25);
        ui.Frames(40);
    }
    ADD_FAILURE() << where << ": never reached the end of the page";
}

// Back to the top of the page: drags down until nothing moves.
static void ScrollToTop(UiDriver& ui)
{
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    std::string last;
    for (int i = 0; i < 40; i++)
    {
        ui.Drag(ImVec2(size.x * 0.1f, size.y * 0.2f), ImVec2(size.x * 0.1f, size.y * 0.8f), 20);
        ui.Frames(40);
        std::string where_items;
        for (const AutomationItem& item : AutomationLastFrame())
            where_items += item.Label + "@" + std::to_string(static_cast<int>(item.Min.y)) + ";";
        if (where_items == last)
            return;
        last = where_items;
    }
}

TEST(UiTextSize, SettingsStepsTheSizeTheFontsFollowAndTheDeviceKeepsIt)
{
    FakePlatform platform;
    {
        UiDriver ui(platform);
        const float body = ui.GetApp().Metrics().BodyFontPx;
        const float target = ui.GetApp().Metrics().TouchTargetPx;
        ASSERT_TRUE(ui.Tap(ICON_COG));
        ASSERT_TRUE(ui.ScrollTo("text size +"));
        ASSERT_NE(ui.Find("100 %"), nullptr);
        const int rebuilds = ui.FontRebuilds;
        ASSERT_TRUE(ui.Tap("text size +"));
        ASSERT_TRUE(ui.ScrollTo("text size +"));
        ASSERT_TRUE(ui.Tap("text size +"));
        ASSERT_TRUE(ui.ScrollTo("text size +"));
        ASSERT_TRUE(ui.Tap("text size +"));
        ui.Frames(2);
        EXPECT_EQ(ui.GetApp().TextSizePercent(), 150);
        EXPECT_FLOAT_EQ(ui.GetApp().Metrics().BodyFontPx, body * 1.5f);
        EXPECT_GT(ui.GetApp().Metrics().TouchTargetPx, target) << "a target holds its taller line";
        EXPECT_FLOAT_EQ(ui.GetApp().Fonts().BodyPx, body * 1.5f) << "the fonts are baked at the new size";
        EXPECT_FLOAT_EQ(ImGui::GetFontSize(), body * 1.5f);
        EXPECT_EQ(ui.FontRebuilds, rebuilds + 3);
        ASSERT_TRUE(ui.ScrollTo("150 %"));
        ASSERT_NE(ui.Find("Back to 100 %"), nullptr);
    }
    trellis::Result<trellis::DeviceSettings> kept = trellis::LoadDeviceSettings(platform.Disk, "/data");
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->TextSizePercent, 150);
    {
        UiDriver ui(platform);      // the app opened again on this device
        EXPECT_EQ(ui.GetApp().TextSizePercent(), 150);
        EXPECT_FLOAT_EQ(ImGui::GetFontSize(), ui.GetApp().Metrics().BodyFontPx);
        ASSERT_TRUE(ui.Tap(ICON_COG));
        ASSERT_TRUE(ui.ScrollTo("Back to 100 %"));
        ASSERT_TRUE(ui.Tap("Back to 100 %"));
        ui.Frames(2);
        EXPECT_EQ(ui.GetApp().TextSizePercent(), 100);
        ASSERT_TRUE(ui.ScrollTo("text size -"));
        ASSERT_TRUE(ui.Tap("text size -"));
        ui.Frames(2);
        EXPECT_EQ(ui.GetApp().TextSizePercent(), 85);
        EXPECT_NE(ui.Find("text size -"), nullptr);
        EXPECT_GE(ui.GetApp().Metrics().TouchTargetPx, 48.0f) << "smaller text, never smaller targets";
    }
}

// A pinch counts its steps from where the fingers were when the second landed, whatever the events
// it comes in, and leaves a step only by going a whole step back.
TEST(UiTextSize, APinchCountsAStepForEachFifthFurtherApart)
{
    PinchGesture pinch;
    EXPECT_FALSE(pinch.Holding());
    pinch.FingerDown(1, ImVec2(100, 300));
    EXPECT_FALSE(pinch.TakeStarted()) << "one finger is a tap or a drag";
    pinch.FingerMove(1, ImVec2(100, 350));
    EXPECT_EQ(pinch.TakeSteps(), 0);
    pinch.FingerDown(2, ImVec2(100, 450));      // 100 px apart
    EXPECT_TRUE(pinch.TakeStarted());
    EXPECT_FALSE(pinch.TakeStarted()) << "said once";
    EXPECT_TRUE(pinch.Holding());
    pinch.FingerMove(2, ImVec2(100, 469));      // 119 px: under a step
    EXPECT_EQ(pinch.TakeSteps(), 0);
    pinch.FingerMove(2, ImVec2(100, 471));      // 121 px
    EXPECT_EQ(pinch.TakeSteps(), 1);
    pinch.FingerMove(2, ImVec2(100, 465));      // back to 115 px: not a whole step back
    EXPECT_EQ(pinch.TakeSteps(), 0);
    pinch.FingerMove(2, ImVec2(100, 550));      // 200 px, in one event: ln 2 / ln 1.2 = 3.8
    EXPECT_EQ(pinch.TakeSteps(), 2);
    pinch.FingerMove(1, ImVec2(100, 500));      // 50 px: half the start, -3.8
    EXPECT_EQ(pinch.TakeSteps(), -6);
    pinch.FingerUp(2);
    EXPECT_TRUE(pinch.Holding()) << "until the last finger lifts, it is still no tap";
    pinch.FingerMove(1, ImVec2(300, 500));
    EXPECT_EQ(pinch.TakeSteps(), 0) << "one finger left: no pinch to measure";
    pinch.FingerUp(1);
    EXPECT_FALSE(pinch.Holding());
    EXPECT_FALSE(pinch.TakeStarted());

    // Fingers that land together measure from where they part.
    pinch.FingerDown(7, ImVec2(200, 200));
    pinch.FingerDown(8, ImVec2(204, 200));
    EXPECT_TRUE(pinch.TakeStarted());
    pinch.FingerMove(8, ImVec2(260, 200));      // the first measurable distance: 60 px
    EXPECT_EQ(pinch.TakeSteps(), 0);
    pinch.FingerMove(8, ImVec2(300, 200));      // 100 px: ln(100/60) / ln 1.2 = 2.8
    EXPECT_EQ(pinch.TakeSteps(), 2);
    // A third finger is not followed.
    pinch.FingerDown(9, ImVec2(10, 10));
    pinch.FingerMove(9, ImVec2(10, 600));
    EXPECT_EQ(pinch.TakeSteps(), 0);
    pinch.FingerUp(7);
    pinch.FingerUp(8);
    EXPECT_TRUE(pinch.Holding());
    pinch.FingerUp(9);
    EXPECT_FALSE(pinch.Holding());
}

// What the runner does with a pinch's steps: the size walks Settings' list, is kept, and a toast says
// where it is, also when it can go no further.
TEST(UiTextSize, PinchStepsWalkTheSettingsListAndSaySo)
{
    FakePlatform platform;
    {
        UiDriver ui(platform);
        ui.GetApp().StepTextSize(2);
        ui.Frames(2);
        EXPECT_EQ(ui.GetApp().TextSizePercent(), 130);
        EXPECT_EQ(ui.GetApp().ToastText(), "Text size 130 %");
        EXPECT_FLOAT_EQ(ui.GetApp().Fonts().BodyPx, ui.GetApp().Metrics().BodyFontPx) << "the fonts are baked at the new size";
        ui.GetApp().StepTextSize(9);
        EXPECT_EQ(ui.GetApp().TextSizePercent(), 200);
        ui.GetApp().StepTextSize(1);
        EXPECT_EQ(ui.GetApp().ToastText(), "Text size 200 %, the largest");
        ui.GetApp().StepTextSize(-1);
        ui.Frames(2);
        EXPECT_EQ(ui.GetApp().TextSizePercent(), 175);
        ASSERT_TRUE(ui.Tap(ICON_COG));
        ASSERT_TRUE(ui.ScrollTo("175 %")) << "Settings shows the size a pinch chose";
    }
    trellis::Result<trellis::DeviceSettings> kept = trellis::LoadDeviceSettings(platform.Disk, "/data");
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->TextSizePercent, 175);
}

// The tour of every screen, with data in each, at the largest text on the narrowest phone.
TEST(UiTextSize, EveryScreenHoldsAtTwiceTheSizeOnA320PxPhone)
{
    FakePlatform platform;
    platform.Now = 1772409600000;       // 2026-03-02: after the golden backup was made (a file from the future is refused)
    UiDriver ui(platform, 320.0f, 640.0f, [](App& app) { app.SetTextSizePercent(200); });
    ASSERT_EQ(ui.GetApp().TextSizePercent(), 200);
    ui.GetApp().OnFileOpened("trellis-share-ines.json", ShareFileFrom("Inès Ødegård", "Run the accessibility guild for the whole department", false));
    ui.Frames(2);
    ASSERT_TRUE(ui.ScrollTo(ICON_CHECK " Import"));
    ExpectWholePageUncut(ui, "the preview of a share file");
    ASSERT_TRUE(ui.ScrollTo(ICON_CHECK " Import"));
    ASSERT_TRUE(ui.Tap(ICON_CHECK " Import"));
    ui.GetApp().OnFileOpened("trellis-backup.json", Golden("backup-v5.json"));
    ui.Frames(2);
    ASSERT_TRUE(ui.ScrollTo(ICON_CHECK " Import"));
    ASSERT_TRUE(ui.Tap(ICON_CHECK " Import"));
    ASSERT_GE(ui.GetApp().GetSession().LiveGoals().size(), 2u);
    // The import's notice takes a third of the screen at most, and its buttons are whole.
    ASSERT_NE(ui.Find("Undo import"), nullptr);
    EXPECT_EQ(CutOnScreen(), "");
    EXPECT_LE(ui.Find("Undo import")->Max.y, 640.0f / 2.0f) << "the notice scrolls in its third, its buttons under it";
    ASSERT_TRUE(ui.Tap(ICON_TIMES)) << "a cross dismisses it, where the word and Undo import share no row";
    EXPECT_EQ(ui.Find("Undo import"), nullptr);

    ASSERT_TRUE(ui.Tap("Home"));
    ExpectWholePageUncut(ui, "Home");
    ScrollToTop(ui);
    ASSERT_TRUE(ui.Tap(ICON_COG));
    ExpectWholePageUncut(ui, "Settings");

    ASSERT_TRUE(ui.Tap("Goals"));
    ExpectWholePageUncut(ui, "Goals");
    ScrollToTop(ui);
    ASSERT_TRUE(ui.ScrollTo("Become the go-to person for accessibility \xe2\x99\xbf"));
    ASSERT_TRUE(ui.Tap("Become the go-to person for accessibility \xe2\x99\xbf"));
    ExpectWholePageUncut(ui, "a goal's editor");

    ASSERT_TRUE(ui.Tap("Journal"));
    ExpectWholePageUncut(ui, "Journal");
    ScrollToTop(ui);
    ASSERT_TRUE(ui.ScrollTo(ICON_PLUS "  Write a reflection"));
    ASSERT_TRUE(ui.Tap(ICON_PLUS "  Write a reflection"));
    ExpectWholePageUncut(ui, "a new reflection");

    ASSERT_TRUE(ui.Tap("Plan"));
    ASSERT_TRUE(ui.Tap("My plan"));
    ExpectWholePageUncut(ui, "My plan");
    ASSERT_TRUE(ui.Tap("Plan"));
    ScrollToTop(ui);
    ASSERT_TRUE(ui.Tap("Path & skills"));
    ExpectWholePageUncut(ui, "Path & skills");

    ASSERT_TRUE(ui.Tap("1:1"));
    ASSERT_TRUE(ui.Tap("My 1:1"));
    ExpectWholePageUncut(ui, "My 1:1");
    ScrollToTop(ui);
    ASSERT_TRUE(ui.Tap("Team"));
    ExpectWholePageUncut(ui, "Team");
}

// Issue 17: a one-line field (a goal's title) does not scroll sideways at twice the size on the
// narrowest phone: a title longer than the row wraps, the field grows, and every line of it is seen
// within the field while typing; Enter still saves it, with no line break in it.
TEST(UiTextSize, ALongTitleWrapsInItsFieldAndEnterSavesIt)
{
    FakePlatform platform;
    UiDriver ui(platform, 320.0f, 640.0f, [](App& app) { app.SetTextSizePercent(200); });
    ASSERT_TRUE(ui.Tap("Goals"));
    ASSERT_TRUE(ui.Tap(ICON_PLUS "  Add a goal"));
    ui.Frames(2);
    const std::string title = "Become the person the whole department asks about accessible design";
    ui.TypeText(title.c_str());
    ui.Frames(2);
    std::string shown;
    size_t lines = 0;
    for (const AutomationLine& line : AutomationLastLines())
    {
        if (line.FieldLabel != "title")
            continue;
        shown += (lines++ == 0 ? "" : " ") + line.Text;
        EXPECT_GE(line.Min.x, line.FieldLeft) << line.Text;
        EXPECT_LE(line.Max.x, line.FieldRight) << line.Text << " runs past the field";
    }
    EXPECT_GT(lines, 2u) << "at 200 % on 320 px the title takes several lines";
    EXPECT_EQ(shown, title) << "all of it is seen, none scrolled away";
    EXPECT_EQ(CutOnScreen(), "");
    ui.PressKey(ImGuiKey_Enter);
    ui.Frames(2);
    ASSERT_EQ(ui.GetApp().GetSession().LiveGoals().size(), 1u) << "Enter saves, as in a one-line field";
    EXPECT_EQ(ui.GetApp().GetSession().LiveGoals()[0]->Title, title);
}
