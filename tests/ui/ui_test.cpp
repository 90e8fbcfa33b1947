#include <gtest/gtest.h>

#include "imgui.h"
#include "icons.h"
#include "imgui_internal.h"
#include "core/views.h"
#include "fonts.h"
#include "frame_pacer.h"
#include "glyph_ranges.h"
#include "ui_driver.h"
#include "widgets.h"

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

TEST(Ui, OpensOnHomeWithTheTabBar)
{
    FakePlatform platform;
    UiDriver ui(platform);
    EXPECT_EQ(ui.GetApp().CurrentTab(), Tab::Home);
    for (const char* tab : {"Home", "Goals", "Journal", "Plan", "1:1"})
        EXPECT_NE(ui.Find(tab), nullptr) << tab;
}

TEST(Ui, AddAGoalThroughTheGoalsScreen)
{
    FakePlatform platform;
    UiDriver ui(platform);
    ASSERT_TRUE(ui.Tap("Goals"));
    EXPECT_EQ(ui.GetApp().CurrentTab(), Tab::Goals);
    ASSERT_TRUE(ui.Tap(ICON_PLUS "  Add a goal"));
    ui.TypeText("Mentor two new hires — Zoë");
    ASSERT_TRUE(ui.Tap(ICON_CHECK "  Save goal"));

    const auto goals = ui.GetApp().GetSession().LiveGoals();
    ASSERT_EQ(goals.size(), 1u);
    EXPECT_EQ(goals[0]->Title, "Mentor two new hires — Zoë");
    EXPECT_NE(ui.Find("Mentor two new hires — Zoë"), nullptr) << "the goal is drawn in the list";
    EXPECT_GE(platform.PersistCalls, 1) << "the save was handed to the platform to persist";
    EXPECT_TRUE(platform.Disk.Exists("/data/workspace.trellis"));
}

TEST(Ui, EnterSavesTheGoalAndItIsThereAfterARestart)
{
    FakePlatform platform;
    {
        UiDriver ui(platform);
        ASSERT_TRUE(ui.Tap("Goals"));
        ASSERT_TRUE(ui.Tap(ICON_PLUS "  Add a goal"));
        ui.TypeText("Learn to negotiate");
        ui.PressKey(ImGuiKey_Enter);
        ASSERT_EQ(ui.GetApp().GetSession().LiveGoals().size(), 1u);
    }
    UiDriver restarted(platform);
    ASSERT_TRUE(restarted.Tap("Goals"));
    EXPECT_NE(restarted.Find("Learn to negotiate"), nullptr);
}

TEST(Ui, AnEmptyTitleIsRefusedWithAMessage)
{
    FakePlatform platform;
    UiDriver ui(platform);
    ASSERT_TRUE(ui.Tap("Goals"));
    ASSERT_TRUE(ui.Tap(ICON_PLUS "  Add a goal"));
    ASSERT_TRUE(ui.Tap(ICON_CHECK "  Save goal"));
    EXPECT_TRUE(ui.GetApp().GetSession().LiveGoals().empty());
    EXPECT_FALSE(platform.Disk.Exists("/data/workspace.trellis"));
    ASSERT_TRUE(ui.Tap("Cancel"));
    EXPECT_NE(ui.Find(ICON_PLUS "  Add a goal"), nullptr);
}

TEST(Ui, HomeShortcutOpensTheNewGoalForm)
{
    FakePlatform platform;
    UiDriver ui(platform);
    ASSERT_TRUE(ui.Tap(ICON_PLUS "  Add a goal"));
    EXPECT_EQ(ui.GetApp().CurrentTab(), Tab::Goals);
    EXPECT_NE(ui.Find(ICON_CHECK "  Save goal"), nullptr);
    EXPECT_TRUE(ImGui::GetIO().WantTextInput) << "the title field has the keyboard";
}

TEST(Ui, TouchTargetsAndTextAreLargeEnoughForAPhone)
{
    FakePlatform platform;
    UiDriver ui(platform);
    EXPECT_GE(ImGui::GetFontSize(), 16.0f);
    for (const char* label : {"Home", "Goals", "Journal", "Plan", "1:1", ICON_PLUS "  Add a goal"})
    {
        const AutomationItem* item = ui.Find(label);
        ASSERT_NE(item, nullptr) << label;
        EXPECT_GE(item->Max.y - item->Min.y, 44.0f) << label;
        EXPECT_GE(item->Max.x - item->Min.x, 44.0f) << label;
    }
}

TEST(Ui, TitlesDrawEveryLetterTheBodyDraws)
{
    FakePlatform platform;
    UiDriver ui(platform);
    GlyphSet every;     // as if the workspace held every letter the fonts cover
    for (const ImWchar* range = kTextGlyphRanges; range[0] != 0; range += 2)
        for (unsigned int c = range[0]; c <= range[1]; c++)
            every.Add(static_cast<ImWchar>(c));
    const UiFonts fonts = LoadFonts(UiMetrics(), 1.0f, every);
    int letters = 0;
    for (const ImWchar* range = kTextGlyphRanges; range[0] != 0; range += 2)
        for (unsigned int c = range[0]; c <= range[1]; c++)
            if (fonts.Body->FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr)
            {
                letters++;
                EXPECT_NE(fonts.Heading->FindGlyphNoFallback(static_cast<ImWchar>(c)), nullptr) << "U+" << std::hex << c;
            }
    EXPECT_GT(letters, 700) << "Latin, Greek and Cyrillic";
    // A letter of each language family the ranges promise, in both faces.
    for (const ImWchar c : {L'\u00E9', L'\u017E', L'\u0219', L'\u01B0', L'\u03A9', L'\u03CE', L'\u0436', L'\u0491', L'\u04E9'})
    {
        EXPECT_NE(fonts.Body->FindGlyphNoFallback(c), nullptr) << "U+" << std::hex << c;
        EXPECT_NE(fonts.Heading->FindGlyphNoFallback(c), nullptr) << "U+" << std::hex << c;
    }
}

// The bytes of every string literal in `source` (C++: comments, character literals and raw strings
// are skipped; \x, \u and the one-letter escapes are decoded).
static std::vector<std::string> StringLiterals(const std::string& source)
{
    std::vector<std::string> literals;
    size_t i = 0;
    const size_t n = source.size();
    // The value of up to `max_digits` hex digits at `at`, and how many there were.
    const auto hex = [&](size_t at, size_t max_digits, size_t* used) {
        const std::string digits = source.substr(at, max_digits);
        char* end = nullptr;
        const unsigned long value = std::strtoul(digits.c_str(), &end, 16);
        *used = static_cast<size_t>(end - digits.c_str());
        return static_cast<unsigned int>(value);
    };
    while (i < n)
    {
        if (source.compare(i, 2, "//") == 0)
            i = std::min(source.find('\n', i), n);
        else if (source.compare(i, 2, "/*") == 0)
            i = std::min(source.find("*/", i + 2), n - 2) + 2;
        else if (source.compare(i, 3, "R\"(") == 0)
            i = std::min(source.find(")\"", i + 3), n - 2) + 2;   // only a license or a fixture
        else if (source[i] == '\'' && (i == 0 || !std::isxdigit(static_cast<unsigned char>(source[i - 1]))))
        {
            for (i++; i < n && source[i] != '\''; i++)
                if (source[i] == '\\')
                    i++;
            i++;
        }
        else if (source[i] == '"')
        {
            std::string bytes;
            for (i++; i < n && source[i] != '"';)
            {
                if (source[i] != '\\')
                {
                    bytes += source[i++];
                    continue;
                }
                const char escape = source[i + 1];
                size_t used = 0;
                if (escape == 'x')
                {
                    bytes += static_cast<char>(hex(i + 2, 2, &used));
                    i += 2 + used;
                }
                else if (escape == 'u')
                {
                    const unsigned int c = hex(i + 2, 4, &used);
                    char utf8[5] = {};
                    ImTextCharToUtf8(utf8, c);
                    bytes += utf8;
                    i += 2 + used;
                }
                else
                {
                    bytes += escape == 'n' ? '\n' : escape == 't' ? '\t' : escape;
                    i += 2;
                }
            }
            i++;
            literals.push_back(bytes);
        }
        else
            i++;
    }
    return literals;
}

// The atlas bakes the UI's own letters up front and the rest only when people's text has them
// (fonts.cpp): so every letter a string in the code can show must be among the UI's own, or it
// would draw as "?" until some text brought it in.
TEST(UiFonts, EveryLetterInTheCodeIsBakedFromTheStart)
{
    const GlyphSet ui_letters;
    int literals = 0;
    int letters = 0;
    std::set<unsigned int> missing;
    for (const char* folder : {"core", "frontend"})
        for (const auto& entry : std::filesystem::recursive_directory_iterator(std::filesystem::path(TRELLIS_SOURCE_DIR) / folder))
        {
            const std::string ext = entry.path().extension().string();
            if (ext != ".cpp" && ext != ".h")
                continue;
            std::ifstream in(entry.path(), std::ios::binary);
            const std::string source((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            for (const std::string& literal : StringLiterals(source))
            {
                literals++;
                for (const char* text = literal.c_str(); *text != 0;)
                {
                    unsigned int c = 0;
                    text += ImTextCharFromUtf8(&c, text, nullptr);
                    if (c < 0x80 || (c >= ICON_RANGE_MIN && c <= ICON_RANGE_MAX))
                        continue;
                    letters++;
                    bool in_fonts = false;  // what the fonts lack (U+FFFD, U+3000) could never be baked
                    for (const ImWchar* range = kTextGlyphRanges; range[0] != 0; range += 2)
                        in_fonts |= c >= range[0] && c <= range[1];
                    if (in_fonts && !ui_letters.Contains(static_cast<ImWchar>(c)))
                        missing.insert(c);
                }
            }
        }
    EXPECT_GT(literals, 1000) << "the sources were read";
    EXPECT_GT(letters, 20) << "the middle dots, quotes and bullets of the UI";
    for (const unsigned int c : missing)
        ADD_FAILURE() << "U+" << std::hex << std::uppercase << c << " is written by the code but not baked up front";
}

TEST(Ui, ATapLeavesNothingHovered)
{
    FakePlatform platform;
    UiDriver ui(platform);
    ASSERT_TRUE(ui.Tap("Journal"));
    EXPECT_EQ(ImGui::GetHoveredID(), 0u);
    EXPECT_FALSE(ImGui::IsMousePosValid());
}

TEST(Ui, ADamagedWorkspaceIsShownAndNeverOverwritten)
{
    FakePlatform platform;
    platform.Disk.Files["/data/workspace.trellis"] = "{ not a workspace";
    UiDriver ui(platform);
    ASSERT_TRUE(ui.Tap("Goals"));
    ASSERT_TRUE(ui.Tap(ICON_PLUS "  Add a goal"));
    ui.TypeText("Anything");
    ASSERT_TRUE(ui.Tap(ICON_CHECK "  Save goal"));
    EXPECT_EQ(platform.Disk.Files["/data/workspace.trellis"], "{ not a workspace");
}

TEST(Ui, SaysSoWhenTheWorkspaceCameFromABackup)
{
    FakePlatform platform;
    {
        UiDriver ui(platform);
        ASSERT_TRUE(ui.Tap(ICON_PLUS "  Add a goal"));
        ui.TypeText("First");
        ui.PressKey(ImGuiKey_Enter);
        ASSERT_TRUE(ui.Tap(ICON_PLUS "  Add a goal"));
        ui.TypeText("Second");
        ui.PressKey(ImGuiKey_Enter);
    }
    platform.Disk.Files["/data/workspace.trellis"] = "torn by a crash";
    UiDriver ui(platform);
    EXPECT_NE(ui.GetApp().Banner().find("newest backup"), std::string::npos) << ui.GetApp().Banner();
    ASSERT_TRUE(ui.Tap("Goals"));
    EXPECT_NE(ui.Find("First"), nullptr);
    EXPECT_EQ(ui.GetApp().GetSession().LiveGoals().size(), 1u) << "the backup holds the state before the last save";
    EXPECT_TRUE(ui.GetApp().GetSession().IsOpen());
}

static void AddGoals(UiDriver& ui, int count)
{
    for (int i = 0; i < count; i++)
        ASSERT_TRUE(ui.GetApp().GetSession().AddGoal("Goal number " + std::to_string(i), 1000 + i));
}

TEST(Ui, ADragScrollsTheListAndPressesNothing)
{
    FakePlatform platform;
    UiDriver ui(platform);
    AddGoals(ui, 25);
    ASSERT_TRUE(ui.Tap("Goals"));
    const AutomationItem* add = ui.Find(ICON_PLUS "  Add a goal");
    ASSERT_NE(add, nullptr);
    const float add_y = add->Min.y;
    const float newest_y = ui.Find("Goal number 24")->Min.y;

    // The drag starts on the "Add a goal" button: it scrolls, and the form does not open.
    ui.Drag(ImVec2(200, add_y + 20), ImVec2(200, add_y - 380), 12);
    ui.Frames(2);
    EXPECT_EQ(ui.Find(ICON_CHECK "  Save goal"), nullptr) << "a drag never triggers a tap";
    const AutomationItem* newest = ui.Find("Goal number 24");
    const float scrolled = newest ? newest_y - newest->Min.y : 1000.0f;
    EXPECT_GT(scrolled, 350.0f) << "the content followed the finger";
    EXPECT_EQ(ImGui::GetActiveID(), 0u);
}

TEST(Ui, AFlingCarriesOnAfterTheFingerLiftsAndStops)
{
    FakePlatform platform;
    UiDriver ui(platform);
    AddGoals(ui, 60);
    ASSERT_TRUE(ui.Tap("Goals"));
    const float y0 = ui.Find("Goal number 58")->Min.y;
    ui.Drag(ImVec2(200, 600), ImVec2(200, 400), 4);     // fast: 200 px in 4 frames
    const AutomationItem* at_lift = ui.Find("Goal number 58");
    const float lifted_y = at_lift ? at_lift->Min.y : -10000.0f;
    ui.Frames(30);
    const AutomationItem* later = ui.Find("Goal number 58");
    const float later_y = later ? later->Min.y : -10000.0f;
    EXPECT_LT(later_y, lifted_y - 50.0f) << "the list kept moving after the finger lifted";
    ui.Frames(300);
    const std::string before = AutomationItemsJson();
    ui.Frames(5);
    EXPECT_EQ(AutomationItemsJson(), before) << "and came to rest";
    (void)y0;
}

// The web runner's loop (frontend/platform/main_web.cpp): a frame only when the pacer owes one.
// Returns how many frames were drawn before it went idle (at most `limit`).
static int DrawWhileOwed(UiDriver& ui, FramePacer& pacer, int limit, int* unchanged_while_flinging)
{
    int frames = 0;
    unsigned int last = HashDrawData(ImGui::GetDrawData());
    while (pacer.NeedsFrame() && frames < limit)
    {
        ui.Frame();
        frames++;
        const unsigned int hash = HashDrawData(ImGui::GetDrawData());
        if (hash == last && ui.GetApp().IsAnimating())
            (*unchanged_while_flinging)++;
        last = hash;
        pacer.FrameDrawn(ImGui::GetDrawData(), ImGui::GetCurrentContext()->InputEventsQueue.Size > 0, ui.GetApp().IsAnimating());
    }
    return frames;
}

// ImGui scrolls by whole pixels, so the slow end of a fling draws frames that look like the last
// one. An app that stopped drawing there left the fling frozen with speed to spare, and the next
// touch woke it: the page leapt under the finger and the tap pressed whatever slid there (seen in
// the browser tests on a busy machine: a tap on "Dark" in Settings landed 40 px off).
TEST(Ui, AFlingIsDrawnToItsEndThoughItsLastFramesLookAlike)
{
    FakePlatform platform;
    UiDriver ui(platform);
    AddGoals(ui, 60);
    ASSERT_TRUE(ui.Tap("Goals"));
    ui.Drag(ImVec2(200, 600), ImVec2(200, 400), 4);
    FramePacer pacer;
    pacer.Wake();   // the drag's input
    int unchanged_while_flinging = 0;
    const int frames = DrawWhileOwed(ui, pacer, 3000, &unchanged_while_flinging);
    EXPECT_LT(frames, 3000) << "the app goes idle";
    EXPECT_FALSE(ui.GetApp().IsAnimating()) << "but only once the fling has stopped";
    EXPECT_GT(unchanged_while_flinging, 0) << "frames alike while it moved: the case that froze it";

    // At rest, a long pause and then frames (the next touch wakes the app) move nothing.
    const std::string at_rest = AutomationItemsJson();
    ImGui::GetIO().DeltaTime = 2.0f;
    ui.Frame();
    ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
    ui.Frames(3);
    EXPECT_EQ(AutomationItemsJson(), at_rest);
}

// The screen's page: the active window that scrolls furthest.
static ImGuiWindow* LongestScrollingWindow()
{
    ImGuiWindow* page = nullptr;
    for (ImGuiWindow* window : ImGui::GetCurrentContext()->Windows)
        if (window->Active && (page == nullptr || window->ScrollMax.y > page->ScrollMax.y))
            page = window;
    return page;
}

static float PageScrollY()
{
    const ImGuiWindow* page = LongestScrollingWindow();
    return page != nullptr ? page->Scroll.y : 0.0f;
}

// A page the browser stalls (a collection, a busy phone) comes back to a fling where it would be
// after one ordinary late frame, not where two seconds at full speed would have flung it.
TEST(Ui, AStalledFrameMovesAFlingNoFurtherThanALateOne)
{
    FakePlatform platform;
    UiDriver ui(platform);
    AddGoals(ui, 60);
    ASSERT_TRUE(ui.Tap("Goals"));
    ui.Drag(ImVec2(200, 700), ImVec2(200, 500), 4);
    ui.Frames(2);
    ASSERT_TRUE(ui.GetApp().IsAnimating());
    const float a = PageScrollY();
    ui.Frame();                         // a 1/60 s step (it shows a frame later: ImGui applies scrolls then)
    const float b = PageScrollY();
    ImGui::GetIO().DeltaTime = 2.0f;    // this frame comes two seconds late
    ui.Frame();
    ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
    const float c = PageScrollY();
    ui.Frame();
    const float d = PageScrollY();
    ASSERT_GT(b - a, 1.0f) << "the fling was moving";
    EXPECT_LE(d - c, (b - a) * 5.0f) << "at most a few frames' worth; one 1/60 s step: " << (b - a);
    EXPECT_GT(d - c, (c - b) * 2.0f) << "yet further than an ordinary step";
}

// How far the longest scrolling window of the screen scrolls.
static float LongestScroll()
{
    const ImGuiWindow* page = LongestScrollingWindow();
    return page != nullptr ? ImMax(page->ScrollMax.y, 0.0f) : 0.0f;
}

TEST(Ui, ALongGoalListDrawsOnlyTheCardsOnScreen)
{
    FakePlatform platform;
    UiDriver ui(platform);
    AddGoals(ui, 20);
    ASSERT_TRUE(ui.Tap("Goals"));
    ui.Frames(3);
    const int twenty = ImGui::GetDrawData()->TotalVtxCount;
    AddGoals(ui, 180);
    ui.Frames(2);               // new cards are drawn once, wherever they are, to learn their height;
    const float drawn_length = LongestScroll();     // a window's scroll range lags its content by a frame
    ui.Frames(3);
    const int two_hundred = ImGui::GetDrawData()->TotalVtxCount;
    EXPECT_LT(two_hundred, twenty + twenty / 5) << "cards out of view cost nothing to draw, however many there are";
    EXPECT_GT(drawn_length, 10000.0f);
    EXPECT_EQ(LongestScroll(), drawn_length) << "the blanks keep the list as long as its cards";
}

TEST(Ui, AShortWobbleIsStillATap)
{
    FakePlatform platform;
    UiDriver ui(platform);
    ASSERT_TRUE(ui.Tap("Goals"));
    const AutomationItem* add = ui.Find(ICON_PLUS "  Add a goal");
    ASSERT_NE(add, nullptr);
    const ImVec2 centre((add->Min.x + add->Max.x) / 2, (add->Min.y + add->Max.y) / 2);
    ui.Drag(centre, ImVec2(centre.x + 3, centre.y + 4), 3);
    ui.Frames(6);
    EXPECT_NE(ui.Find(ICON_CHECK "  Save goal"), nullptr) << "moving 5 px is a tap, not a scroll";
}

// [SECTION] Journal

TEST(Ui, WriteAReflectionWithLovedAndDrainingItems)
{
    FakePlatform platform;
    UiDriver ui(platform);
    ASSERT_TRUE(ui.Tap("Journal"));
    ASSERT_TRUE(ui.Tap(ICON_PLUS "  Write a reflection"));
    ASSERT_TRUE(ui.Tap("text"));
    ui.TypeText("Paired with Ana on the parser. Long meeting after lunch.");
    ASSERT_TRUE(ui.Tap("new"));                       // the first list's field: what I loved
    ui.TypeText("Pairing on hard problems");
    ui.PressKey(ImGuiKey_Enter);
    ui.TypeText("Teaching Ana");                      // Enter kept the keyboard on the field
    ASSERT_TRUE(ui.Tap("Add"));
    const std::vector<AutomationItem>& items = AutomationLastFrame();
    const AutomationItem* drained = nullptr;
    for (const AutomationItem& item : items)
        if (item.Label == "new")
            drained = &item;                          // the last "new" field: what drained me
    ASSERT_NE(drained, nullptr);
    ASSERT_TRUE(ui.Tap(drained->Id));
    ui.TypeText("Status meeting with no agenda");
    ASSERT_TRUE(ui.ScrollTo("4"));
    ASSERT_TRUE(ui.Tap("4"));                         // energy
    ASSERT_TRUE(ui.ScrollTo(ICON_CHECK "  Save reflection"));
    ASSERT_TRUE(ui.Tap(ICON_CHECK "  Save reflection"));

    const trellis::Workspace& data = ui.GetApp().GetSession().Data();
    ASSERT_EQ(data.Reflections.size(), 1u);
    const trellis::Reflection& r = data.Reflections[0];
    EXPECT_EQ(r.Text, "Paired with Ana on the parser. Long meeting after lunch.");
    EXPECT_EQ(r.Loved, (std::vector<std::string>{"Pairing on hard problems", "Teaching Ana"}));
    EXPECT_EQ(r.Disliked, (std::vector<std::string>{"Status meeting with no agenda"}));
    EXPECT_EQ(r.Energy, 4);
    EXPECT_EQ(r.Visible, trellis::Visibility::Private) << "a reflection is private unless shared";
    EXPECT_EQ(r.On, trellis::Date::FromUnixMs(platform.Now, 60));
    EXPECT_NE(ui.Find(Widgets::FormatDate(r.On).c_str()), nullptr) << "the entry is listed by its date";
}

TEST(Ui, EditAndDeleteAReflectionWithConfirmation)
{
    FakePlatform platform;
    UiDriver ui(platform);
    trellis::Reflection draft;
    draft.On = trellis::Date::FromCivil(2026, 11, 20);
    draft.Text = "First version";
    ASSERT_TRUE(ui.GetApp().GetSession().AddReflection(draft, 1000));
    ASSERT_TRUE(ui.Tap("Journal"));
    ASSERT_TRUE(ui.Tap("Fri" NBSP "20" NBSP "Nov" NBSP "2026"));
    ASSERT_TRUE(ui.ScrollTo(ICON_TRASH "  Delete"));
    ASSERT_TRUE(ui.Tap(ICON_TRASH "  Delete"));
    EXPECT_EQ(ui.GetApp().GetSession().Data().Reflections.size(), 1u);
    EXPECT_FALSE(ui.GetApp().GetSession().Data().Reflections[0].Meta.Deleted) << "one tap only asks";
    ASSERT_TRUE(ui.Tap(ICON_TRASH "  Tap again to delete"));
    EXPECT_TRUE(ui.GetApp().GetSession().Data().Reflections[0].Meta.Deleted);
    EXPECT_EQ(ui.Find("Fri" NBSP "20" NBSP "Nov" NBSP "2026"), nullptr);
}

TEST(Ui, TenYearsOfJournalDrawOnlyTheRowsOnScreen)
{
    FakePlatform platform;
    UiDriver ui(platform);
    for (int i = 0; i < 3650; i++)
    {
        trellis::Reflection r;
        r.On = trellis::AddDays(trellis::Date::FromCivil(2016, 1, 1), i);
        r.Text = "Entry " + std::to_string(i);
        ASSERT_TRUE(ui.GetApp().GetSession().AddReflection(r, 1000 + i));
    }
    ASSERT_TRUE(ui.Tap("Journal"));
    int rows = 0;
    for (const AutomationItem& item : AutomationLastFrame())
        if (item.Label.size() > 8 && item.Label.find(NBSP "20") != std::string::npos)
            rows++;
    EXPECT_GT(rows, 3);
    EXPECT_LT(rows, 12) << "the clipper draws what fits on a phone, not 3,650 rows";
    const AutomationItem* newest = ui.Find(Widgets::FormatDate(trellis::AddDays(trellis::Date::FromCivil(2016, 1, 1), 3649)).c_str());
    ASSERT_NE(newest, nullptr) << "newest first";

    ui.Drag(ImVec2(200, 700), ImVec2(200, 200), 10);
    ui.Frames(60);
    EXPECT_EQ(ui.Find(Widgets::FormatDate(trellis::AddDays(trellis::Date::FromCivil(2016, 1, 1), 3649)).c_str()), nullptr) << "scrolled past the newest";
}

TEST(Ui, SearchTheJournalIgnoringAccents)
{
    FakePlatform platform;
    UiDriver ui(platform);
    for (const char* text : {"Réunion d'équipe", "Code review", "Team lunch"})
    {
        trellis::Reflection r;
        r.On = trellis::Date::FromCivil(2026, 3, 1 + static_cast<int>(text[0] % 20));
        r.Text = text;
        ASSERT_TRUE(ui.GetApp().GetSession().AddReflection(r, 1000));
    }
    ASSERT_TRUE(ui.Tap("Journal"));
    ASSERT_TRUE(ui.Tap("search"));
    ui.TypeText("equipe");
    int rows = 0;
    for (const AutomationItem& item : AutomationLastFrame())
        if (item.Label.find("Mar" NBSP "2026") != std::string::npos)
            rows++;
    EXPECT_EQ(rows, 1);
}

TEST(Ui, FollowsTheSystemsDarkTheme)
{
    FakePlatform platform;
    platform.Dark = true;
    UiDriver ui(platform);
    EXPECT_EQ(ui.GetApp().Theme(), ThemeMode::Dark);
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    EXPECT_LT(bg.x + bg.y + bg.z, 0.5f) << "a dark background";
    ui.GetApp().FollowSystemTheme(false);
    EXPECT_GT(ImGui::GetStyle().Colors[ImGuiCol_WindowBg].x, 0.8f);
}

// [SECTION] Goal editor

TEST(Ui, EditAGoalWithMilestonesKindAndTarget)
{
    FakePlatform platform;
    UiDriver ui(platform);
    ASSERT_TRUE(ui.GetApp().GetSession().AddGoal("Speak at a conference", 1000));
    ASSERT_TRUE(ui.Tap("Goals"));
    ASSERT_TRUE(ui.Tap("Speak at a conference"));
    ASSERT_TRUE(ui.Tap("Learning"));
    ASSERT_TRUE(ui.Tap("2 to 4 years"));
    ASSERT_TRUE(ui.ScrollTo(ICON_CALENDAR "  Set a target date"));
    ASSERT_TRUE(ui.Tap(ICON_CALENDAR "  Set a target date"));
    const std::string suggested = trellis::AddMonths(trellis::Date::FromUnixMs(platform.Now, 60), 6).ToString();
    ASSERT_TRUE(ui.ScrollTo(suggested.c_str()));
    ASSERT_TRUE(ui.Tap(suggested.c_str()));                  // the calendar opened on it; a tap sets it
    ASSERT_TRUE(ui.ScrollTo("new"));
    ASSERT_TRUE(ui.Tap("new"));
    ui.TypeText("Submit a talk proposal");
    ui.PressKey(ImGuiKey_Enter);
    ui.TypeText("Give the talk");
    ui.PressKey(ImGuiKey_Enter);
    ASSERT_TRUE(ui.ScrollTo("Submit a talk proposal"));
    ASSERT_TRUE(ui.Tap("Submit a talk proposal"));           // tick the first milestone
    ASSERT_TRUE(ui.ScrollTo(ICON_CHECK "  Save changes"));
    ASSERT_TRUE(ui.Tap(ICON_CHECK "  Save changes"));

    const auto goals = ui.GetApp().GetSession().LiveGoals();
    ASSERT_EQ(goals.size(), 1u);
    const trellis::Goal& g = *goals[0];
    EXPECT_EQ(g.Kind, trellis::Motivation::Learning);
    EXPECT_EQ(g.Term, trellis::Horizon::Long);
    ASSERT_TRUE(g.Target.has_value());
    EXPECT_GT(g.Target->DaysSinceEpoch, trellis::Date::FromUnixMs(platform.Now, 60).DaysSinceEpoch + 150) << "about six months ahead";
    ASSERT_EQ(g.Milestones.size(), 2u);
    EXPECT_EQ(g.Milestones[0].Title, "Submit a talk proposal");
    EXPECT_TRUE(g.Milestones[0].DoneOn.has_value());
    EXPECT_FALSE(g.Milestones[1].DoneOn.has_value());
    EXPECT_EQ(trellis::GoalProgress(g), 50);
    EXPECT_NE(ui.Find("Speak at a conference"), nullptr) << "back on the list";
}

TEST(Ui, DeleteAGoalAsksTwice)
{
    FakePlatform platform;
    UiDriver ui(platform);
    ASSERT_TRUE(ui.GetApp().GetSession().AddGoal("Temporary", 1000));
    ASSERT_TRUE(ui.Tap("Goals"));
    ASSERT_TRUE(ui.Tap("Temporary"));
    ASSERT_TRUE(ui.ScrollTo(ICON_TRASH "  Delete goal"));
    ASSERT_TRUE(ui.Tap(ICON_TRASH "  Delete goal"));
    EXPECT_EQ(ui.GetApp().GetSession().LiveGoals().size(), 1u);
    ASSERT_TRUE(ui.Tap(ICON_TRASH "  Tap again to delete"));
    EXPECT_TRUE(ui.GetApp().GetSession().LiveGoals().empty());
}

// [SECTION] One-on-one

TEST(Ui, BuildAnAgendaWithTalkingPoints)
{
    FakePlatform platform;
    UiDriver ui(platform);
    trellis::Session& session = ui.GetApp().GetSession();
    ASSERT_TRUE(session.AddGoal("Lead the migration", platform.Now));
    ASSERT_TRUE(ui.Tap("1:1"));
    ASSERT_TRUE(ui.Tap(ICON_PLUS "  Plan a one-on-one"));
    ASSERT_EQ(session.Data().OneOnOnes.size(), 1u);
    EXPECT_EQ(session.Data().OneOnOnes[0].On, trellis::AddDays(trellis::Date::FromUnixMs(platform.Now, 60), 7));

    ASSERT_TRUE(ui.ScrollTo("new"));
    ASSERT_TRUE(ui.Tap("new"));
    ui.TypeText("Budget for the conference");
    ui.PressKey(ImGuiKey_Enter);
    ui.TypeText("Feedback on my design doc");
    ui.PressKey(ImGuiKey_Enter);

    const trellis::OneOnOne& meeting = session.Data().OneOnOnes[0];
    std::vector<std::string> points;
    for (const trellis::AgendaItem& item : meeting.Agenda)
        if (item.Kind == trellis::AgendaItemKind::TalkingPoint)
            points.push_back(item.Text);
    EXPECT_EQ(points, (std::vector<std::string>{"Budget for the conference", "Feedback on my design doc"}));
    const trellis::Id first_id = meeting.Agenda[0].ItemId;

    // Removing the first point keeps the second one's id.
    ASSERT_TRUE(ui.ScrollTo(ICON_TIMES));
    ASSERT_TRUE(ui.Tap(ICON_TIMES));
    ASSERT_EQ(session.Data().OneOnOnes[0].Agenda.size(), 1u);
    EXPECT_EQ(session.Data().OneOnOnes[0].Agenda[0].Text, "Feedback on my design doc");
    EXPECT_NE(session.Data().OneOnOnes[0].Agenda[0].ItemId, first_id);
}

TEST(Ui, TheAgendaIncludesTheWeeksSharedThemesWhenChosen)
{
    FakePlatform platform;
    UiDriver ui(platform);
    trellis::Session& session = ui.GetApp().GetSession();
    const trellis::Date today = trellis::Date::FromUnixMs(platform.Now, 60);
    for (int i = 0; i < 2; i++)
    {
        trellis::Reflection shared;
        shared.On = trellis::AddDays(today, -i);
        shared.Loved = { "Mentoring Ana" };
        shared.Disliked = { "Long meetings" };
        shared.Visible = trellis::Visibility::Shared;
        ASSERT_TRUE(session.AddReflection(shared, platform.Now));
        trellis::Reflection secret = shared;
        secret.Loved = { "Interviewing elsewhere" };
        secret.Visible = trellis::Visibility::Private;
        ASSERT_TRUE(session.AddReflection(secret, platform.Now));
    }
    ASSERT_TRUE(ui.Tap("1:1"));
    const char* const reading = "This week I loved Mentoring Ana; Long meetings drained me.";     // items as written
    ASSERT_TRUE(ui.ScrollTo("Include this week's themes"));
    EXPECT_EQ(ui.Find(reading), nullptr) << "off until the person chooses";
    ASSERT_TRUE(ui.Tap("Include this week's themes"));
    ui.Frames(2);
    EXPECT_NE(ui.Find(reading), nullptr);
    for (const AutomationItem& item : AutomationLastFrame())
        EXPECT_EQ(item.Label.find("nterview"), std::string::npos) << "a private reflection leaked: " << item.Label;
    ASSERT_TRUE(ui.Tap("Include this week's themes"));
    EXPECT_EQ(ui.Find(reading), nullptr);
}

// [SECTION] Plan

TEST(Ui, AddAPlanActivityAndFinishIt)
{
    FakePlatform platform;
    UiDriver ui(platform);
    ASSERT_TRUE(ui.Tap("Plan"));
    ASSERT_TRUE(ui.Tap(ICON_PLUS "  Add an activity"));
    ASSERT_TRUE(ui.Tap("activity-title"));
    ui.TypeText("Mentor a new hire");
    ASSERT_TRUE(ui.Tap("Mentoring"));
    ASSERT_TRUE(ui.ScrollTo("Employer"));
    ASSERT_TRUE(ui.Tap("Employer"));
    ASSERT_TRUE(ui.ScrollTo(ICON_CHECK "  Save activity"));
    ASSERT_TRUE(ui.Tap(ICON_CHECK "  Save activity"));

    const trellis::Workspace& data = ui.GetApp().GetSession().Data();
    ASSERT_EQ(data.Activities.size(), 1u);
    EXPECT_EQ(data.Activities[0].Title, "Mentor a new hire");
    EXPECT_EQ(data.Activities[0].Type, trellis::ActivityType::Mentoring);
    EXPECT_EQ(data.Activities[0].FundedBy, trellis::Funding::Employer);
    EXPECT_EQ(data.Activities[0].Status, trellis::ActivityStatus::Planned);

    ASSERT_TRUE(ui.Tap("Mentor a new hire"));
    ASSERT_TRUE(ui.ScrollTo("Done"));
    ASSERT_TRUE(ui.Tap("Done"));
    ASSERT_TRUE(ui.ScrollTo("4"));
    ASSERT_TRUE(ui.Tap("4"));
    ASSERT_TRUE(ui.ScrollTo(ICON_CHECK "  Save activity"));
    ASSERT_TRUE(ui.Tap(ICON_CHECK "  Save activity"));
    EXPECT_EQ(data.Activities[0].Status, trellis::ActivityStatus::Done);
    EXPECT_TRUE(data.Activities[0].CompletedOn.has_value());
    EXPECT_EQ(data.Activities[0].Usefulness, 4);
}

// [SECTION] Insights

TEST(Ui, InsightsShowTheLovedThemesAndTheirEntries)
{
    FakePlatform platform;
    UiDriver ui(platform);
    const trellis::Date today = trellis::Date::FromUnixMs(platform.Now, 60);
    const char* const loved[] = { "Mentoring Ana", "mentored two juniors", "A long code review", "mentors' lunch" };
    for (int i = 0; i < 4; i++)
    {
        trellis::Reflection r;
        r.On = trellis::AddDays(today, -i);
        r.Loved = { loved[i] };
        r.Energy = 4;
        ASSERT_TRUE(ui.GetApp().GetSession().AddReflection(r, 1000 + i));
    }
    ASSERT_TRUE(ui.Tap("Journal"));
    ASSERT_TRUE(ui.Tap(ICON_BOLT "  Patterns in my journal"));
    ASSERT_TRUE(ui.GetApp().InsightsOpen());
    // "mentor" in three of the four entries (mentoring, mentored, mentors' stem alike), shown in
    // one of the spellings written; the code review once, so not a theme.
    const AutomationItem* bar = nullptr;
    for (const AutomationItem& item : AutomationLastFrame())
        if (item.Label.rfind("mentor", 0) == 0 && item.Label.size() > 3 && item.Label.substr(item.Label.size() - 3) == "  3")
            bar = &item;
    ASSERT_NE(bar, nullptr);
    EXPECT_EQ(ui.Find("review  1"), nullptr);
    ASSERT_TRUE(ui.Tap(bar->Id));
    // The tap lists the three entries it came from, newest first, each with what was loved.
    std::vector<std::string> entries;
    for (const AutomationItem& item : AutomationLastFrame())
        if (item.Label.find(NBSP "2025: ") != std::string::npos)
            entries.push_back(item.Label.substr(item.Label.find(": ") + 2));
    EXPECT_EQ(entries, (std::vector<std::string>{ "Mentoring Ana", "mentored two juniors", "mentors' lunch" }));
    ASSERT_TRUE(ui.Tap(bar->Id));
    for (const AutomationItem& item : AutomationLastFrame())
        EXPECT_EQ(item.Label.find("Mentoring Ana"), std::string::npos) << "a second tap closes the list";
    ASSERT_TRUE(ui.Tap(ICON_LEFT "  Journal") || (ui.ScrollTo(ICON_LEFT "  Journal") && ui.Tap(ICON_LEFT "  Journal")));
    EXPECT_FALSE(ui.GetApp().InsightsOpen());
}

TEST(Ui, InsightsChartPlanActivitiesFinishedAndSkillsAgainstTargets)
{
    FakePlatform platform;
    UiDriver ui(platform);
    trellis::Session& session = ui.GetApp().GetSession();
    const trellis::Date today = trellis::Date::FromUnixMs(platform.Now, 60);
    for (trellis::ActivityStatus status : { trellis::ActivityStatus::Done, trellis::ActivityStatus::InProgress })
    {
        trellis::PlanActivity activity;
        activity.Title = "Course";
        activity.Type = trellis::ActivityType::Course;
        activity.Start = trellis::AddDays(today, -10);
        activity.Status = status;
        if (status == trellis::ActivityStatus::Done)
            activity.CompletedOn = trellis::AddDays(today, -1);
        ASSERT_TRUE(session.AddActivity(activity, platform.Now));
    }
    trellis::Skill speaking;
    speaking.Name = "Public speaking";
    speaking.Current = 2;
    speaking.Target = 4;
    ASSERT_TRUE(session.AddSkill(speaking, platform.Now));
    trellis::Skill sql = speaking;
    sql.Name = "SQL";
    sql.Current = 4;
    sql.Target = 3;
    ASSERT_TRUE(session.AddSkill(sql, platform.Now));

    ui.GetApp().OpenInsights();
    ui.Frames(2);
    EXPECT_NE(ui.Find("No reflections in this period yet. Write a few, and the patterns show here."), nullptr);
    // Chart rows are not tap targets: on screen is enough.
    EXPECT_NE(ui.Find("Course or training  1 of 2"), nullptr);
    EXPECT_NE(ui.Find("Public speaking  2 \xe2\x80\xba 4"), nullptr);
    const AutomationItem* skill = ui.Find("SQL  " ICON_CHECK " 4");
    ASSERT_NE(skill, nullptr) << "a skill at its target is ticked";
    EXPECT_LE(skill->Max.x, 390.0f - 16.0f) << "inside the card on a phone";
}

// The seeds ask to evaluate learning: the ratings given when an activity is done, read back by
// type of activity and by the kind of goal it served.
TEST(Ui, InsightsSayWhichActivitiesHelped)
{
    FakePlatform platform;
    UiDriver ui(platform);
    trellis::Session& session = ui.GetApp().GetSession();
    const trellis::Date today = trellis::Date::FromUnixMs(platform.Now, 60);
    trellis::Goal goal;
    goal.Title = "Lead the audit";
    goal.Kind = trellis::Motivation::Mastery;
    ASSERT_TRUE(session.AddGoal(goal, platform.Now));
    const trellis::Id goal_id = session.Data().Goals.back().Meta.RecordId;
    const auto done = [&](const char* title, trellis::ActivityType type, int useful) {
        trellis::PlanActivity activity;
        activity.Title = title;
        activity.Type = type;
        activity.Status = trellis::ActivityStatus::Done;
        activity.CompletedOn = trellis::AddDays(today, -2);
        activity.Usefulness = useful;
        activity.GoalIds = { goal_id };
        ASSERT_TRUE(session.AddActivity(activity, platform.Now));
    };
    done("Shadow the lead auditor", trellis::ActivityType::Shadowing, 5);
    done("Audit basics course", trellis::ActivityType::Course, 2);
    done("Audit standards book", trellis::ActivityType::Reading, 0);    // not rated: not counted

    ui.GetApp().OpenInsights();
    ui.Frames(2);
    ASSERT_TRUE(ui.ScrollToRead(ICON_HEART "  Which activities helped"));
    EXPECT_NE(ui.Find("The kind of activity you rated most useful this month: Shadowing, 5.0 out of 5 (1 activity); the least: Course or training, 2.0."), nullptr);
    EXPECT_NE(ui.Find("Shadowing  5.0  \xc2\xb7  1"), nullptr);
    EXPECT_NE(ui.Find("Course or training  2.0  \xc2\xb7  1"), nullptr);
    EXPECT_EQ(ui.Find("Reading  0.0  \xc2\xb7  1"), nullptr);
    EXPECT_NE(ui.Find("Mastery goals  3.5  \xc2\xb7  2"), nullptr);
    ASSERT_TRUE(ui.ScrollToRead("**  Audit basics course"));
    const AutomationItem* first = ui.Find("*****  Shadow the lead auditor");
    ASSERT_NE(first, nullptr);
    const AutomationItem* second = ui.Find("**  Audit basics course");
    ASSERT_NE(second, nullptr);
    EXPECT_LT(first->Min.y, second->Min.y) << "the most useful first";
}

TEST(Ui, InsightsCopyTheWinsToPasteWithoutThePrivateOnes)
{
    FakePlatform platform;
    UiDriver ui(platform);
    trellis::Session& session = ui.GetApp().GetSession();
    const trellis::Date today = trellis::Date::FromUnixMs(platform.Now, 60);
    for (const char* title : { "Finished the SQL course", "Private coaching sessions" })
    {
        trellis::PlanActivity activity;
        activity.Title = title;
        activity.Type = trellis::ActivityType::Course;
        activity.Start = trellis::AddDays(today, -10);
        activity.Status = trellis::ActivityStatus::Done;
        activity.CompletedOn = trellis::AddDays(today, -1);
        if (std::string(title).rfind("Private", 0) == 0)
            activity.Visible = trellis::Visibility::Private;
        ASSERT_TRUE(session.AddActivity(activity, platform.Now));
    }
    ui.GetApp().OpenInsights();
    ui.Frames(2);
    ASSERT_TRUE(ui.ScrollTo(ICON_COPY "  Copy my wins"));
    ASSERT_TRUE(ui.Tap(ICON_COPY "  Copy my wins"));
    EXPECT_NE(platform.Clipboard.find("Finished the SQL course"), std::string::npos) << platform.Clipboard;
    EXPECT_EQ(platform.Clipboard.find("Private coaching"), std::string::npos) << "a private win stays out";
    EXPECT_NE(ui.GetApp().Notice().find("copied"), std::string::npos);
}

// Issue 17: a date is one word to the wrap (its parts joined by no-break spaces), so a line never
// ends in "Wed 30" with "Jun 2027" on the next; and the no-break space is drawn, not a '?'.
TEST(Ui, ADateIsNeverSplitAcrossLines)
{
    FakePlatform platform;
    UiDriver ui(platform);
    ui.Frames(1);
    const std::string date = Widgets::FormatDate(trellis::Date::FromCivil(2027, 6, 30));
    EXPECT_EQ(date, "Wed" NBSP "30" NBSP "Jun" NBSP "2027");
    const std::string text = "Due " + date + " soon";
    ImFont* font = ImGui::GetIO().FontDefault;
    ASSERT_NE(font, nullptr);
    EXPECT_NE(font->FindGlyphNoFallback(0x00A0), nullptr) << "the no-break space is baked";
    // Room for "Due Wed 30" and a little more, not for the month: the whole date goes down.
    const size_t month = text.find("Jun");
    const float room = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, text.c_str(), text.c_str() + month).x + 2.0f;
    const char* wrap = font->CalcWordWrapPositionA(1.0f, text.c_str(), text.c_str() + text.size(), room);
    std::string first_line(text.c_str(), wrap);
    while (!first_line.empty() && first_line.back() == ' ')
        first_line.pop_back();
    EXPECT_EQ(first_line, "Due") << "the date whole on the next line, not cut at its month";
}
