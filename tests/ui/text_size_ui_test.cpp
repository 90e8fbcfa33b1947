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

// The tour of every screen, with data in each, at the largest text on the narrowest phone.
TEST(UiTextSize, EveryScreenHoldsAtTwiceTheSizeOnA320PxPhone)
{
    FakePlatform platform;
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
