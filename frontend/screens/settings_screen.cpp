// Settings, behind the gear on Home: who I am (name, role, manager), how often career conversations
// and one-on-ones come round, the theme and the text size, backups (export one, restore from one) and where the data lives.
//
// [SECTION] Profile
// [SECTION] Rhythm, theme and text size
// [SECTION] Backup and storage
#include <cstdlib>
#include <string>

#include "../app.h"
#include "../icons.h"
#include "../widgets.h"
#include "core/validate.h"
#include "core/views.h"
#include "imgui.h"
#include "screen.h"

class SettingsScreen final : public Screen
{
public:
    const char* Title() const override { return "Settings"; }

    void Draw(App& app) override
    {
        if (Widgets::Button(ICON_LEFT "  Home"))
        {
            app.Open(Page::Home);
            return;
        }
        Widgets::Heading("Settings");
        DrawUndo(app);
        DrawProfile(app);
        DrawRhythm(app);
        DrawTheme(app);
        DrawTextSize(app);
        DrawBackup(app);
        DrawStorage(app);
    }

private:
    // [SECTION] Undo and redo

    // The last edits, taken back one at a time and done again: what each is ("Edit goal") is on its
    // button. Shown only while there is something to undo or redo.
    void DrawUndo(App& app)
    {
        trellis::Session& session = app.GetSession();
        if (!session.CanUndo() && !session.CanRedo())
            return;
        Widgets::BeginCard();
        ImGui::TextUnformatted("Undo and redo");
        if (session.CanUndo())
        {
            const std::string label = "Undo: " + session.UndoLabel();
            if (Widgets::Button(label.c_str(), -1.0f))
                app.AfterCommand(session.Undo(app.GetPlatform().NowMs()));
        }
        if (session.CanRedo())
        {
            const std::string label = "Redo: " + session.RedoLabel();
            if (Widgets::Button(label.c_str(), -1.0f))
                app.AfterCommand(session.Redo(app.GetPlatform().NowMs()));
        }
        Widgets::EndCard();
    }

    // [SECTION] Profile

    // The fields edit a copy; while it matches what was loaded, it follows the workspace (an import
    // or another tab may change the profile).
    void DrawProfile(App& app)
    {
        const trellis::Profile& me = app.GetSession().Data().Me;
        if (!Edited())
        {
            Name_ = LoadedName_ = me.Name;
            Role_ = LoadedRole_ = me.Role;
            Manager_ = LoadedManager_ = me.ManagerName;
        }
        Widgets::BeginCard();
        ImGui::TextUnformatted("About you");
        ImGui::TextUnformatted("Your name");
        bool enter = Widgets::TextField("##name", "As your manager knows you", &Name_);
        ImGui::TextUnformatted("Your role");
        enter |= Widgets::TextField("##role", "e.g. Software engineer", &Role_);
        ImGui::TextUnformatted("Your manager");
        enter |= Widgets::TextField("##manager", "Their name", &Manager_);
        Widgets::ErrorText(ProfileError_);
        if (Edited())
        {
            const float half = Widgets::SharedWidth({ "Undo changes", ICON_CHECK "  Save profile" }, ImGui::CalcItemWidth());
            if (Widgets::Button("Undo changes", half))
            {
                Name_ = LoadedName_;
                Role_ = LoadedRole_;
                Manager_ = LoadedManager_;
                ProfileError_.clear();
            }
            Widgets::NextInRow(half);
            if (Widgets::PrimaryButton(ICON_CHECK "  Save profile", half) || enter)
                SaveProfile(app);
        }
        Widgets::EndCard();
    }

    bool Edited() const
    {
        return Name_ != LoadedName_ || Role_ != LoadedRole_ || Manager_ != LoadedManager_;
    }

    void SaveProfile(App& app)
    {
        trellis::Profile me = app.GetSession().Data().Me;
        me.Name = Name_;
        me.Role = Role_;
        me.ManagerName = Manager_;
        if (!app.AfterCommand(app.GetSession().EditProfile(me, app.GetPlatform().NowMs()), &ProfileError_))
            return;
        // What the session kept (trimmed) is what the fields show from now on.
        const trellis::Profile& kept = app.GetSession().Data().Me;
        Name_ = LoadedName_ = kept.Name;
        Role_ = LoadedRole_ = kept.Role;
        Manager_ = LoadedManager_ = kept.ManagerName;
    }

    // [SECTION] Rhythm, theme and text size

    static void DrawRhythm(App& app)
    {
        const trellis::Workspace& data = app.GetSession().Data();
        Widgets::BeginCard();
        ImGui::TextUnformatted("Career conversations");
        Widgets::MutedTextWrapped("A one-on-one about your path and development, not only the work at hand. At least twice a year.");
        int months = data.Me.ReviewCadenceMonths;
        const std::string every = months == 1 ? std::string("Every month") : "Every " + std::to_string(months) + " months";
        if (Widgets::Stepper("review cadence", &months, 1, trellis::kMaxReviewCadenceMonths, every.c_str()))
            SaveCadence(app, &trellis::Profile::ReviewCadenceMonths, months);
        const trellis::LocalNow now{app.GetPlatform().NowMs(), app.GetPlatform().UtcOffsetMinutes()};
        const trellis::ReviewStatus review = trellis::CareerReviewStatus(data, now);
        std::string status;
        if (!review.LastCareerTalk)
            status = "No career conversation recorded yet: plan one in the 1:1 tab.";
        else if (review.Overdue)
            status = "Overdue since " + Widgets::FormatDate(review.Due) + ": plan one in the 1:1 tab.";
        else
            status = "Next one due by " + Widgets::FormatDate(review.Due) + ".";
        Widgets::MutedTextItem(status.c_str());
        Widgets::EndCard();

        Widgets::BeginCard();
        ImGui::TextUnformatted("One-on-ones");
        Widgets::MutedTextWrapped("How often you meet your manager. When nothing is planned, Trellis suggests the next date from it.");
        int weeks = data.Me.OneOnOneCadenceWeeks;
        const std::string rhythm = weeks == 0 ? std::string("No fixed rhythm") : weeks == 1 ? std::string("Every week")
                                                                              : "Every " + std::to_string(weeks) + " weeks";
        if (Widgets::Stepper("one-on-one cadence", &weeks, 0, trellis::kMaxOneOnOneCadenceWeeks, rhythm.c_str()))
            SaveCadence(app, &trellis::Profile::OneOnOneCadenceWeeks, weeks);
        Widgets::EndCard();
    }

    static void SaveCadence(App& app, int trellis::Profile::*cadence, int value)
    {
        trellis::Profile me = app.GetSession().Data().Me;
        me.*cadence = value;
        app.AfterCommand(app.GetSession().EditProfile(me, app.GetPlatform().NowMs()));
    }

    static void DrawTheme(App& app)
    {
        static const char* const themes[] = { "System", "Light", "Dark" };
        Widgets::BeginCard();
        ImGui::TextUnformatted("Theme");
        int theme = static_cast<int>(app.ThemeChoice());
        if (Widgets::Choice("theme", themes, 3, &theme))
            app.SetThemeChoice(static_cast<trellis::ThemeChoice>(theme));
        if (app.ThemeChoice() == trellis::ThemeChoice::System)
            Widgets::MutedTextWrapped("Light or dark as your phone is set.");
        Widgets::EndCard();
    }

    // The steps of core's list (a pinch on the page walks the same ones, App::StepTextSize).
    static void DrawTextSize(App& app)
    {
        int step = trellis::NearestTextSizeStep(app.TextSizePercent());
        Widgets::BeginCard();
        ImGui::TextUnformatted("Text size");
        const std::string shown = std::to_string(app.TextSizePercent()) + " %";
        if (Widgets::Stepper("text size", &step, 0, trellis::kTextSizeStepCount - 1, shown.c_str()))
            app.SetTextSizePercent(trellis::kTextSizeSteps[step]);
        Widgets::MutedTextWrapped("Every screen follows, on this device only. On a touch screen, two fingers "
                                  "pinching apart or together on any page change it too.");
        if (app.TextSizePercent() != trellis::kDefaultTextSizePercent &&
            Widgets::Button("Back to 100 %", -1.0f))
            app.SetTextSizePercent(trellis::kDefaultTextSizePercent);
        Widgets::EndCard();
    }

    // [SECTION] Backup and storage

    static void DrawBackup(App& app)
    {
        const trellis::DeviceSettings& device = app.Device();
        const int64_t now = app.GetPlatform().NowMs();
        Widgets::BeginCard();
        ImGui::TextUnformatted("Backup");
        const std::string last = device.LastBackupMs == 0 ? std::string("Last backup: never")
                               : "Last backup: " + Widgets::FormatAgo(device.LastBackupMs, now);
        ImGui::TextUnformatted(last.c_str());
        if (trellis::BackupIsStale(device, now))
            Widgets::MutedTextWrapped(ICON_INFO "  Your data lives only in this browser. A backup file keeps everything, "
                                      "your private journal too: save one somewhere safe every week or two.");
        if (!app.DeviceError().empty())
            Widgets::ErrorText(app.DeviceError());
        if (Widgets::PrimaryButton(ICON_DOWNLOAD "  Export a backup"))
            app.ExportBackup();
        if (Widgets::Button(ICON_UPLOAD "  Restore from a file", -1.0f))
            app.GetPlatform().PickFile();
        Widgets::MutedTextWrapped("You see what a file would change before anything does. Into an empty app (a new phone), a backup comes back as it was.");
        Widgets::EndCard();
    }

    static void DrawStorage(App& app)
    {
        Platform& platform = app.GetPlatform();
        const Platform::StorageStatus storage = platform.Storage();
        Widgets::BeginCard();
        ImGui::TextUnformatted("Storage");
        switch (storage.Persisted)
        {
        case Platform::StorageStatus::Persistence::Persistent:
            Widgets::MutedTextWrapped(ICON_CHECK "  Kept: the browser will not clear your data to free space.");
            break;
        case Platform::StorageStatus::Persistence::BestEffort:
            Widgets::MutedTextWrapped(ICON_WARNING "  Not guaranteed: the browser may clear your data when space runs low.");
            break;
        case Platform::StorageStatus::Persistence::Unknown:
            Widgets::MutedTextWrapped("This browser does not say whether it keeps your data.");
            break;
        }
        if (storage.Persisted != Platform::StorageStatus::Persistence::Persistent &&
            Widgets::Button(ICON_LOCK "  Ask to keep data", -1.0f))
            platform.RequestPersistentStorage();
        if (storage.UsageBytes >= 0 && storage.QuotaBytes > 0)
            ImGui::TextWrapped("Using %s of %s", Widgets::FormatBytes(storage.UsageBytes).c_str(), Widgets::FormatBytes(storage.QuotaBytes).c_str());
        else if (storage.UsageBytes >= 0)
            ImGui::TextWrapped("Using %s", Widgets::FormatBytes(storage.UsageBytes).c_str());
        const std::string saved = storage.LastFlushMs > 0 ? "Last saved " + Widgets::FormatAgo(storage.LastFlushMs, platform.NowMs())
                                                          : std::string("Not saved yet since the app opened");
        Widgets::MutedTextWrapped(saved.c_str());
        if (!storage.FlushError.empty())
            Widgets::ErrorText("The last save failed: " + storage.FlushError);
        Widgets::EndCard();
    }

    std::string Name_, Role_, Manager_;
    std::string LoadedName_, LoadedRole_, LoadedManager_;
    std::string ProfileError_;
};

std::unique_ptr<Screen> CreateSettingsScreen()
{
    return std::make_unique<SettingsScreen>();
}
