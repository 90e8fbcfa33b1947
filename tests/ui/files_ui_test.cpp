// Files in and out, storage trouble, a second tab and updates, through a fake Platform.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "core/exchange.h"
#include "core/session.h"
#include "core/store.h"
#include "icons.h"
#include "imgui_internal.h"
#include "ui_driver.h"

// A private goal, which no file that leaves the device may carry.
static bool AddSecretGoal(trellis::Session& session, int64_t now_ms)
{
    trellis::Goal secret;
    secret.Title = "Secret job hunt";
    secret.Visible = trellis::Visibility::Private;
    return static_cast<bool>(session.AddGoal(secret, now_ms));
}

TEST(UiFiles, ShareWithMyManagerExportsAShareFileWithoutPrivateGoals)
{
    FakePlatform platform;
    UiDriver ui(platform);
    ASSERT_TRUE(AddSecretGoal(ui.GetApp().GetSession(), platform.NowMs()));
    ASSERT_TRUE(ui.GetApp().GetSession().AddGoal("Lead the design review", platform.NowMs()));
    ASSERT_TRUE(ui.Tap("1:1"));
    ASSERT_TRUE(ui.ScrollTo(ICON_SHARE "  Share with my manager"));
    ASSERT_TRUE(ui.Tap(ICON_SHARE "  Share with my manager"));
    ASSERT_EQ(platform.Exports.size(), 1u);
    const FakePlatform::ExportedFile& file = platform.Exports[0];
    EXPECT_TRUE(file.Share) << "the share sheet is offered first";
    EXPECT_EQ(file.Mime, "application/json");
    EXPECT_EQ(file.Name.rfind("trellis-share-", 0), 0u) << file.Name;
    trellis::Result<trellis::ExchangeFile> read = trellis::ReadExchangeFile(file.Bytes);
    ASSERT_TRUE(read) << read.GetError().Message;
    EXPECT_EQ(read->Kind, trellis::FileKind::Share);
    EXPECT_NE(file.Bytes.find("Lead the design review"), std::string::npos);
    EXPECT_EQ(file.Bytes.find("Secret job hunt"), std::string::npos);
}

TEST(UiFiles, ImportAFileIsPreviewedThenAppliedAndCanBeUndone)
{
    FakePlatform platform;
    UiDriver ui(platform);
    ASSERT_TRUE(ui.Tap("1:1"));
    ASSERT_TRUE(ui.ScrollTo(ICON_UPLOAD "  Import a file"));
    ASSERT_TRUE(ui.Tap(ICON_UPLOAD "  Import a file"));
    EXPECT_EQ(platform.PickRequests, 1) << "the platform's file picker was opened";

    // The platform hands back what the person picked.
    ui.GetApp().OnFileOpened("trellis-share-ines.json", ShareFileFrom("Inès Ødegård", "Run the guild"));
    ui.Frames(2);
    EXPECT_NE(ui.Find(ICON_CHECK " Import"), nullptr) << "a preview, not an import";
    EXPECT_TRUE(ui.GetApp().GetSession().Data().Team.empty()) << "nothing changes before Import";
    ASSERT_TRUE(ui.Tap(ICON_CHECK " Import"));
    ASSERT_EQ(ui.GetApp().GetSession().Data().Team.size(), 1u);
    EXPECT_EQ(ui.GetApp().PendingImport(), nullptr);
    EXPECT_NE(ui.GetApp().Notice().find("Imported"), std::string::npos);
    // Its Undo and Dismiss share one row, and it stays while it can be undone.
    const AutomationItem* undo = ui.Find("Undo import");
    const AutomationItem* dismiss = ui.Find("Dismiss");
    ASSERT_NE(undo, nullptr);
    ASSERT_NE(dismiss, nullptr);
    EXPECT_NEAR(undo->Min.y, dismiss->Min.y, 0.5f);
    ui.Frames(static_cast<int>(App::kNoticeSeconds * 60.0) + 30);
    EXPECT_NE(ui.Find("Undo import"), nullptr) << "an import that can be undone is not timed out";

    // The same file again: said so, nothing saved, and the Undo still undoes the first import.
    const int saves = platform.PersistCalls;
    ui.GetApp().OnFileOpened("trellis-share-ines.json", ShareFileFrom("Inès Ødegård", "Run the guild"));
    ui.Frames(2);
    ASSERT_TRUE(ui.Tap(ICON_CHECK " Import"));
    EXPECT_EQ(ui.GetApp().Notice().rfind("Nothing imported: everything in this file is here already.", 0), 0u) << ui.GetApp().Notice();
    EXPECT_EQ(platform.PersistCalls, saves) << "nothing to keep";
    EXPECT_EQ(ui.Find("Undo import"), nullptr);
    ASSERT_TRUE(ui.Tap("Dismiss"));
    EXPECT_TRUE(ui.GetApp().Notice().empty());
    // A notice with nothing left to do goes by itself.
    ui.GetApp().OnFileOpened("trellis-share-ines.json", ShareFileFrom("Inès Ødegård", "Run the guild"));
    ui.Frames(2);
    ASSERT_TRUE(ui.Tap(ICON_CHECK " Import"));
    EXPECT_FALSE(ui.GetApp().Notice().empty());
    EXPECT_GT(ui.GetApp().WakeAtTime(), 0.0) << "the runner is told when to draw it away";
    ui.Frames(static_cast<int>(App::kNoticeSeconds * 60.0) + 30);
    EXPECT_TRUE(ui.GetApp().Notice().empty()) << "gone after a while";
    ASSERT_TRUE(ui.GetApp().GetSession().CanUndoImport());
    EXPECT_TRUE(ui.GetApp().GetSession().UndoImport(platform.Now));
    EXPECT_TRUE(ui.GetApp().GetSession().Data().Team.empty());
}

// The desktop's file dialog and a file dropped on the window both read through App::OpenFileAt().
TEST(UiFiles, AFileOnDiskIsPreviewedOrRefusedInWords)
{
    const std::filesystem::path dir = std::filesystem::temp_directory_path() / "trellis-ui-open-file";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir / "a folder");
    std::ofstream((dir / "trellis-share-ines.json").string(), std::ios::binary) << ShareFileFrom("Inès", "Run the guild");
    std::ofstream((dir / "huge.json").string(), std::ios::binary) << "{";
    std::filesystem::resize_file(dir / "huge.json", 21 * 1024 * 1024);

    FakePlatform platform;
    UiDriver ui(platform);
    ui.GetApp().OpenFileAt((dir / "missing.json").string());
    EXPECT_NE(ui.GetApp().Banner().find("\xe2\x80\x9cmissing.json\xe2\x80\x9d was not imported. Could not open"), std::string::npos)
        << ui.GetApp().Banner();
    ui.GetApp().OpenFileAt((dir / "a folder").string());
    EXPECT_NE(ui.GetApp().Banner().find("Could not read"), std::string::npos) << ui.GetApp().Banner();
    ui.GetApp().OpenFileAt((dir / "huge.json").string());
    EXPECT_NE(ui.GetApp().Banner().find("larger than 20 MB"), std::string::npos) << ui.GetApp().Banner();
    EXPECT_EQ(ui.GetApp().PendingImport(), nullptr);

    ui.GetApp().OpenFileAt((dir / "trellis-share-ines.json").string());
    ui.Frames(2);
    ASSERT_NE(ui.GetApp().PendingImport(), nullptr);
    EXPECT_EQ(ui.GetApp().PendingImport()->File.Header.FromName, "Inès");
    EXPECT_TRUE(ui.GetApp().Banner().empty()) << "the earlier refusals are gone with a good file";
    std::filesystem::remove_all(dir);
}

TEST(UiFiles, CancellingAPreviewChangesNothing)
{
    FakePlatform platform;
    UiDriver ui(platform);
    ui.GetApp().OnFileOpened("share.json", ShareFileFrom("Inès", "Run the guild"));
    ui.Frames(2);
    const auto saved = platform.Disk.Files;
    ASSERT_TRUE(ui.Tap("Cancel"));
    EXPECT_EQ(ui.GetApp().PendingImport(), nullptr);
    EXPECT_TRUE(ui.GetApp().GetSession().Data().Team.empty());
    EXPECT_EQ(platform.Disk.Files, saved);
}

TEST(UiFiles, ABadFileGetsAMessageAndTheWorkspaceIsUntouched)
{
    FakePlatform platform;
    UiDriver ui(platform);
    ASSERT_TRUE(ui.GetApp().GetSession().AddGoal("Keep me", platform.NowMs()));
    const auto saved = platform.Disk.Files;
    for (const char* bytes : {"", "not json at all", "{\"header\":{}}", "\xff\xfe\x00garbage"})
    {
        ui.GetApp().OnFileOpened("bad.json", std::string(bytes, bytes[0] == '\xff' ? 10 : std::char_traits<char>::length(bytes)));
        ui.Frames(2);
        EXPECT_EQ(ui.GetApp().PendingImport(), nullptr) << bytes;
        EXPECT_NE(ui.GetApp().Banner().find("was not imported"), std::string::npos) << bytes;
        EXPECT_NE(ui.GetApp().Banner().find("Nothing was changed"), std::string::npos) << bytes;
        EXPECT_EQ(platform.Disk.Files, saved) << bytes;
    }
}

TEST(UiFiles, AFailedFlushIsShownWithABackupOffer)
{
    FakePlatform platform;
    UiDriver ui(platform);
    ASSERT_TRUE(ui.GetApp().GetSession().AddGoal("Not lost", platform.NowMs()));
    platform.StorageNow.FlushError = "QuotaExceededError";
    ui.Frames(2);
    ASSERT_NE(ui.Find(ICON_DOWNLOAD " Export a backup"), nullptr);
    ASSERT_TRUE(ui.Tap(ICON_DOWNLOAD " Export a backup"));
    ASSERT_EQ(platform.Exports.size(), 1u);
    EXPECT_FALSE(platform.Exports[0].Share) << "a backup is downloaded, never offered to share";
    trellis::Result<trellis::ExchangeFile> read = trellis::ReadExchangeFile(platform.Exports[0].Bytes);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->Kind, trellis::FileKind::Backup);
    EXPECT_NE(platform.Exports[0].Bytes.find("Not lost"), std::string::npos);

    platform.StorageNow.FlushError.clear();
    ui.Frames(2);
    EXPECT_EQ(ui.Find(ICON_DOWNLOAD " Export a backup"), nullptr) << "the banner goes once storage works again";
}

// On the web Storage() calls into JavaScript for five figures: a frame asks for the flush error alone.
TEST(UiFiles, TheFullStorageStatusIsAskedForOnlyBySettings)
{
    FakePlatform platform;
    UiDriver ui(platform);
    platform.StorageCalls = 0;
    ui.Frames(10);
    EXPECT_EQ(platform.StorageCalls, 0);
    ASSERT_TRUE(ui.Tap(ICON_COG));
    EXPECT_GT(platform.StorageCalls, 0) << "Settings shows the storage status";
    ASSERT_TRUE(ui.Tap("Home"));
    platform.StorageCalls = 0;
    ui.Frames(10);
    EXPECT_EQ(platform.StorageCalls, 0);
}

TEST(UiFiles, ASecondTabIsReadOnlyUntilItTakesOver)
{
    FakePlatform platform;
    platform.Writer = false;
    UiDriver ui(platform);
    ASSERT_NE(ui.Find("Use Trellis here"), nullptr);
    EXPECT_FALSE(ui.GetApp().GetSession().AddGoal("Refused", platform.NowMs()));
    EXPECT_FALSE(platform.Disk.Exists("/data/workspace.trellis")) << "a read-only tab never saves";
    ui.GetApp().OnFileOpened("share.json", ShareFileFrom("Inès", "Run the guild"));
    ui.Frames(2);
    EXPECT_EQ(ui.GetApp().PendingImport(), nullptr) << "a read-only tab does not import";

    ASSERT_TRUE(ui.Tap("Use Trellis here"));
    ui.Frames(2);
    EXPECT_EQ(ui.Find("Use Trellis here"), nullptr);
    EXPECT_TRUE(ui.GetApp().GetSession().AddGoal("Accepted", platform.NowMs()));
}

TEST(UiFiles, AnUpdateIsOfferedAndAppliedOnRequest)
{
    FakePlatform platform;
    UiDriver ui(platform);
    EXPECT_EQ(ui.Find("Restart now"), nullptr);
    ui.GetApp().OnUpdateReady();
    ui.Frames(2);
    ASSERT_TRUE(ui.Tap("Restart now"));
    EXPECT_EQ(platform.UpdatesApplied, 1);
}

TEST(UiFiles, ContentStaysInsideTheSafeArea)
{
    FakePlatform platform;
    platform.Safe = Platform::Insets{47.0f, 0.0f, 34.0f, 0.0f};
    UiDriver ui(platform);
    for (const char* tab : {"Home", "Goals", "Journal", "Plan", "1:1"})
    {
        const AutomationItem* item = ui.Find(tab);
        ASSERT_NE(item, nullptr) << tab;
        EXPECT_LE(item->Max.y, 844.0f - 34.0f + 0.5f) << tab << " is above the home indicator";
    }
    for (const AutomationItem& item : AutomationLastFrame())
        EXPECT_GE(item.Min.y, 47.0f - 0.5f) << item.Label << " is below the notch";
}

TEST(UiFiles, TheAgendaLeavesAsMarkdownAPrintablePageAndCalendarDates)
{
    FakePlatform platform;
    UiDriver ui(platform);
    ASSERT_TRUE(AddSecretGoal(ui.GetApp().GetSession(), platform.NowMs()));
    ASSERT_TRUE(ui.Tap("1:1"));
    ASSERT_TRUE(ui.Tap(ICON_PLUS "  Plan a one-on-one"));
    for (const char* button : {ICON_FILE "  Markdown", ICON_FILE "  Printable", ICON_CALENDAR "  Add the dates to my calendar"})
    {
        ASSERT_TRUE(ui.ScrollTo(button)) << button;
        ASSERT_TRUE(ui.Tap(button)) << button;
    }
    ASSERT_EQ(platform.Exports.size(), 3u);
    EXPECT_EQ(platform.Exports[0].Mime, "text/markdown");
    EXPECT_EQ(platform.Exports[0].Name.substr(platform.Exports[0].Name.size() - 3), ".md");
    EXPECT_EQ(platform.Exports[1].Mime, "text/html");
    EXPECT_NE(platform.Exports[1].Bytes.find("<!doctype html>"), std::string::npos);
    EXPECT_EQ(platform.Exports[2].Mime, "text/calendar");
    EXPECT_NE(platform.Exports[2].Bytes.find("BEGIN:VEVENT"), std::string::npos) << "the planned meeting is in the calendar";
    for (const FakePlatform::ExportedFile& file : platform.Exports)
        EXPECT_EQ(file.Bytes.find("Secret job hunt"), std::string::npos) << file.Name;
}

// The atlas bakes the UI's letters and the workspace's, and a new letter when it is typed.
TEST(UiFonts, OnlyTheLettersInUseAreBakedAndATypedOneIsAdded)
{
    FakePlatform platform;
    {
        UiDriver first(platform);
        ASSERT_TRUE(first.GetApp().GetSession().AddGoal("Ηγεσία ομάδας", platform.NowMs()));     // Greek
    }
    UiDriver ui(platform);
    ImFont* body = ui.GetApp().Fonts().Body;
    ASSERT_NE(body, nullptr);
    EXPECT_NE(body->FindGlyphNoFallback(L'·'), nullptr) << "the UI's own punctuation is always there";
    EXPECT_NE(body->FindGlyphNoFallback(L'γ'), nullptr) << "the workspace's Greek is baked at start";
    EXPECT_EQ(body->FindGlyphNoFallback(L'Ж'), nullptr) << "Cyrillic is not, until there is some";
    EXPECT_EQ(body->FindGlyphNoFallback(L'é'), nullptr) << "nor Latin-1's accented letters";
    EXPECT_LT(ui.GetApp().Glyphs().Count(), 200) << "far fewer than the fonts' ~850 letters";

    ASSERT_TRUE(ui.Tap("Goals"));
    ASSERT_TRUE(ui.Tap(ICON_PLUS "  Add a goal"));
    const int rebuilds = ui.FontRebuilds;
    ui.TypeText("Жить");
    EXPECT_EQ(ui.FontRebuilds, rebuilds + 1) << "one rebuild for the new letters, before they are drawn";
    body = ui.GetApp().Fonts().Body;
    EXPECT_NE(body->FindGlyphNoFallback(L'Ж'), nullptr);
    ui.TypeText("ь");
    EXPECT_EQ(ui.FontRebuilds, rebuilds + 1) << "a letter already baked costs nothing";
    ui.TypeText(" Zoë");
    EXPECT_EQ(ui.FontRebuilds, rebuilds + 2);
    EXPECT_NE(ui.GetApp().Fonts().Body->FindGlyphNoFallback(L'ë'), nullptr);
}

// Count() is kept as letters come, and matches the ranges the atlas is baked with.
TEST(UiFonts, TheGlyphCountFollowsWhatIsAdded)
{
    GlyphSet glyphs;
    const auto in_ranges = [&] {
        int n = 0;
        for (const ImWchar* range = glyphs.Ranges(); range[0] != 0; range += 2)
            n += range[1] - range[0] + 1;
        return n;
    };
    const int start = glyphs.Count();
    EXPECT_GT(start, 100) << "the UI's own letters: ASCII and its punctuation";
    EXPECT_EQ(start, in_ranges());
    EXPECT_TRUE(glyphs.AddText("Ηγεσία"));
    EXPECT_EQ(glyphs.Count(), start + 6);
    EXPECT_FALSE(glyphs.AddText("γεσία and A"));
    EXPECT_TRUE(glyphs.AddText("é"));
    EXPECT_EQ(glyphs.Count(), start + 7);
    EXPECT_FALSE(glyphs.Add(0x4E2D)) << "a letter the fonts do not have";
    EXPECT_TRUE(glyphs.Add(L'Ж'));
    EXPECT_EQ(glyphs.Count(), start + 8);
    EXPECT_EQ(glyphs.Count(), in_ranges());
}

// A desktop paste goes straight into the field, not through ImGui's input queue: the field's text
// is read after the frame that changed it, and not again while it stays the same.
TEST(UiFonts, APastedLetterIsBakedAndAnUnchangedFieldIsNotReadAgain)
{
    FakePlatform platform;
    UiDriver ui(platform);
    ASSERT_TRUE(ui.Tap("Goals"));
    ASSERT_TRUE(ui.Tap(ICON_PLUS "  Add a goal"));
    ASSERT_TRUE(ImGui::GetIO().WantTextInput) << "the title field is focused";
    ImGui::SetClipboardText("Ψυχή");
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiMod_Ctrl, true);
    io.AddKeyEvent(ImGuiKey_V, true);
    io.AddKeyEvent(ImGuiKey_V, false);
    io.AddKeyEvent(ImGuiMod_Ctrl, false);
    ui.Frames(3);
    EXPECT_TRUE(ui.GetApp().Glyphs().Contains(L'Ψ'));
    ASSERT_NE(ui.GetApp().Fonts().Body->FindGlyphNoFallback(L'Ψ'), nullptr);

    // A letter that shows up in the field without an edit (nothing does that in the app): not read.
    ImGuiInputTextState& field = ImGui::GetCurrentContext()->InputTextState;
    ASSERT_GT(field.CurLenW, 0);
    field.TextW[0] = L'Ж';
    ui.Frames(2);
    EXPECT_FALSE(ui.GetApp().Glyphs().Contains(L'Ж'));
}
