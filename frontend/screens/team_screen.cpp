// Team, the second view of the 1:1 tab, for managers: the people whose share files were imported,
// each with their shared goals, plan, skills and next one-on-one, the manager's comments on them
// (notes, agreements, agreed actions), and "Export response", the file that carries those comments
// back. Without reports it says what it is for and how to start.
//
// [SECTION] Reports
// [SECTION] One report
// [SECTION] Comments
#include <algorithm>
#include <string>
#include <vector>

#include "../app.h"
#include "../comments_view.h"
#include "../icons.h"
#include "../widgets.h"
#include "core/exchange.h"
#include "core/records.h"
#include "core/views.h"
#include "core/words.h"
#include "imgui.h"
#include "screen.h"
#include "core/sort.h"

static std::string ReportName(const trellis::TeamReport& report)
{
    return report.Plan.Me.Name.empty() ? std::string("Someone on your team") : report.Plan.Me.Name;
}

template <class R>
static int CountLive(const std::vector<R>& records)
{
    return static_cast<int>(std::count_if(records.begin(), records.end(), [](const R& r) { return !r.Meta.Deleted; }));
}

class TeamScreen final : public ListDetailScreen
{
public:
    const char* Title() const override { return "Team"; }

    bool DetailOpen() const override { return Open_; }

    // [SECTION] Reports

    void DrawList(App& app) override
    {
        const trellis::Workspace& data = app.GetSession().Data();
        Widgets::Heading("Team");
        if (data.Team.empty())
        {
            Widgets::BeginCard();
            ImGui::TextUnformatted(ICON_USERS "  For managers");
            Widgets::MutedTextWrapped("When someone you manage shares their plan with you, import their file here. "
                                      "You see the goals, plan and agenda they shared, add notes, agreements and "
                                      "actions, and send your response back as a file.");
            if (Widgets::PrimaryButton(ICON_UPLOAD "  Import a file"))
                app.GetPlatform().PickFile();
            Widgets::EndCard();
            return;
        }
        const int64_t now = app.GetPlatform().NowMs();
        for (const trellis::TeamReport& report : data.Team)
        {
            ImGui::PushID(&report);
            Widgets::BeginCard();
            const std::string name = ReportName(report);
            ImGui::TextWrapped("%s", name.c_str());
            std::string meta = report.Plan.Me.Role.empty() ? std::string() : report.Plan.Me.Role + "  \xc2\xb7  ";
            meta += trellis::Counted(CountLive(report.Plan.Goals), "goal", "goals") + "  \xc2\xb7  " +
                    trellis::Counted(CountLive(report.Plan.Activities), "activity", "activities");
            Widgets::MutedTextItem(meta.c_str());
            if (!report.Imports.empty())
            {
                const std::string shared = "Shared " + Widgets::FormatAgo(report.Imports.back().ExportedAtMs, now);
                Widgets::MutedTextWrapped(shared.c_str());
            }
            const bool tapped = Widgets::EndCard(name.c_str());
            ImGui::PopID();
            if (tapped)
                OpenReport(report.Device);
        }
        if (Widgets::Button(ICON_UPLOAD "  Import a file", -1.0f))
            app.GetPlatform().PickFile();
    }

    // [SECTION] One report

    void DrawDetail(App& app) override
    {
        const trellis::TeamReport* report = Open_ ? FindReport(app) : nullptr;
        if (report == nullptr)
        {
            Open_ = false;
            Widgets::MutedTextWrapped("Tap someone to read what they shared and answer it.");
            return;
        }
        if (!app.IsWide() && Widgets::Button(ICON_LEFT "  Team"))
        {
            Open_ = false;
            return;
        }
        const trellis::Workspace& plan = report->Plan;
        const std::string name = ReportName(*report);
        Widgets::Heading(name.c_str());
        if (!plan.Me.Role.empty())
            Widgets::MutedTextWrapped(plan.Me.Role.c_str());

        DrawResponse(app, *report, name);
        DrawMeeting(app, *report);
        DrawRecords(app, *report, plan.Goals, [](const trellis::Goal& goal) {
            const std::string meta = std::string("Goal  \xc2\xb7  ") + trellis::DisplayName(goal.Kind) + "  \xc2\xb7  " + trellis::DisplayName(goal.Status);
            Widgets::MutedTextWrapped(meta.c_str());
            Widgets::ProgressBar(trellis::GoalProgress(goal) / 100.0f);
            DrawGoalPlan(goal);
        });
        DrawRecords(app, *report, plan.Activities, [](const trellis::PlanActivity& activity) {
            std::string meta = std::string(trellis::DisplayName(activity.Type)) + "  \xc2\xb7  " + trellis::DisplayName(activity.Status);
            if (activity.Due)
                meta += "  \xc2\xb7  due " + Widgets::FormatDate(*activity.Due);
            Widgets::MutedTextWrapped(meta.c_str());
            if (!activity.SupportNeeded.empty())
                ImGui::TextWrapped("Needs from you: %s", activity.SupportNeeded.c_str());
        });
        DrawSkills(plan);
        DrawCareerPaths(plan);
        if (CountLive(plan.Goals) + CountLive(plan.Activities) == 0)
            Widgets::MutedTextWrapped("They have not shared any goals or plan activities yet.");
    }

    // A comment being written: the report, the record, its words and kind (the due date is not kept).
    std::optional<trellis::Draft> CurrentDraft() const override
    {
        if (!Open_ || ComposeTarget_.IsNil() || trellis::TrimSpace(ComposeText_).empty())
            return std::nullopt;
        trellis::Draft draft;
        draft.Kind = trellis::DraftKind::Note;
        draft.Place = trellis::NotePlace::Comment;
        draft.About = std::to_string(Device_) + "/" + ComposeTarget_.ToHex();
        draft.Texts = { ComposeText_, std::to_string(static_cast<int>(ComposeKind_)), std::to_string(static_cast<int>(ComposeOwner_)),
                        ComposeDue_ ? ComposeDue_->ToString() : std::string() };
        return draft;
    }

    bool RestoreDraft(App& app, const trellis::Draft& draft) override
    {
        // Texts: the comment, its kind, an action's owner, and its due date ("" for none; drafts
        // written before the date was kept have three).
        if (draft.Kind != trellis::DraftKind::Note || draft.Place != trellis::NotePlace::Comment || draft.Texts.size() < 3 || draft.Texts.size() > 4)
            return false;
        const size_t slash = draft.About.find('/');
        const std::optional<trellis::Id> target = slash == std::string::npos ? std::nullopt : trellis::Id::FromHex(std::string_view(draft.About).substr(slash + 1));
        std::optional<uint64_t> device;
        for (const trellis::TeamReport& report : app.GetSession().Data().Team)
            if (std::to_string(report.Device) == draft.About.substr(0, slash))
                device = report.Device;
        if (!target || !device || (draft.Texts[1] != "0" && draft.Texts[1] != "1" && draft.Texts[1] != "2") ||
            (draft.Texts[2] != "0" && draft.Texts[2] != "1"))
            return false;
        OpenReport(*device);
        ComposeTarget_ = *target;
        ComposeText_ = draft.Texts[0];
        ComposeKind_ = static_cast<trellis::CommentKind>(draft.Texts[1][0] - '0');
        ComposeOwner_ = static_cast<trellis::ActionOwner>(draft.Texts[2][0] - '0');
        ComposeDue_ = draft.Texts.size() == 4 ? trellis::Date::Parse(draft.Texts[3]) : std::nullopt;
        ComposeError_.clear();
        return true;
    }

    void DropDraft() override
    {
        ComposeTarget_ = trellis::Id{};
        ComposeText_.clear();
    }

private:
    void OpenReport(uint64_t device)
    {
        Open_ = true;
        Device_ = device;
        ComposeTarget_ = trellis::Id{};
        ConfirmDelete_ = trellis::Id{};
    }

    // A card for each live record: its title, what `describe` adds, and the comments on it.
    template <class R, class F>
    void DrawRecords(App& app, const trellis::TeamReport& report, const std::vector<R>& records, F&& describe)
    {
        for (const R& record : records)
        {
            if (record.Meta.Deleted)
                continue;
            ImGui::PushID(&record);
            Widgets::BeginCard();
            Widgets::TextItem(record.Title.c_str());
            describe(record);
            DrawComments(app, report, record.Meta.RecordId);
            Widgets::EndCard();
            ImGui::PopID();
        }
    }

    const trellis::TeamReport* FindReport(App& app) const
    {
        for (const trellis::TeamReport& report : app.GetSession().Data().Team)
            if (report.Device == Device_)
                return &report;
        return nullptr;
    }

    static void DrawResponse(App& app, const trellis::TeamReport& report, const std::string& name)
    {
        Widgets::BeginCard();
        int mine = 0;
        for (const trellis::Comment& c : report.Plan.Comments)
            mine += !c.Meta.Deleted && c.Meta.Updated.Device == app.GetSession().Data().DeviceId;
        const std::string said = mine == 0 ? "No comments from you yet. Add them below, then send them back."
                               : std::to_string(mine) + (mine == 1 ? " comment" : " comments") + " from you. Send them to " + name + " as a file.";
        Widgets::MutedTextWrapped(said.c_str());
        if (Widgets::PrimaryButton(ICON_SHARE "  Export response"))
        {
            Platform& platform = app.GetPlatform();
            const int64_t now = platform.NowMs();
            trellis::Result<std::string> bytes = trellis::ExportResponse(app.GetSession().Data(), report.Device, now);
            if (bytes)
                app.ExportFile(trellis::ExchangeFileName(trellis::FileKind::Response, report.Plan.Me.Name, now), "application/json", bytes.Value(), true);
            else
                app.ShowError(bytes.GetError().Message);
        }
        Widgets::EndCard();
    }

    // The next one-on-one they shared: its date and agenda, and the manager's notes on it.
    void DrawMeeting(App& app, const trellis::TeamReport& report)
    {
        const trellis::OneOnOne* next = nullptr;
        for (const trellis::OneOnOne& meeting : report.Plan.OneOnOnes)
            if (!meeting.Meta.Deleted && (next == nullptr || meeting.On > next->On))
                next = &meeting;
        if (next == nullptr)
            return;
        Widgets::BeginCard();
        ImGui::TextWrapped(ICON_CALENDAR "  One-on-one, %s", Widgets::FormatDate(next->On).c_str());
        for (const trellis::AgendaItem& item : next->Agenda)
            ImGui::TextWrapped("%s %s", item.Covered ? ICON_CHECK : "\xe2\x80\xa2", item.Text.c_str());
        if (next->Agenda.empty())
            Widgets::MutedTextWrapped("No agenda shared yet.");
        if (!next->Notes.empty())
        {
            Widgets::MutedTextItem("Their notes");
            Widgets::TextItem(next->Notes.c_str());
        }
        DrawComments(app, report, next->Meta.RecordId);
        Widgets::EndCard();
        DrawActionItems(report);
    }

    // Every action item they shared, on any meeting: agreed in a response or written by them, with
    // whether it is done. An action comment that became an item shows here, not twice.
    static void DrawActionItems(const trellis::TeamReport& report)
    {
        std::vector<std::pair<const trellis::OneOnOne*, const trellis::ActionItem*>> items;
        for (const trellis::OneOnOne& meeting : report.Plan.OneOnOnes)
            if (!meeting.Meta.Deleted)
                for (const trellis::ActionItem& item : meeting.Actions)
                    items.emplace_back(&meeting, &item);
        if (items.empty())
            return;
        Widgets::BeginCard();
        ImGui::TextUnformatted(ICON_BOLT "  Action items");
        for (const auto& [meeting, item] : items)
        {
            ImGui::TextWrapped("%s %s", item->DoneOn ? ICON_CHECK : "\xe2\x80\xa2", item->Text.c_str());
            std::string detail = item->Owner == trellis::ActionOwner::Me ? "Theirs" : "Yours";
            if (item->Due)
                detail += ", due " + Widgets::FormatDate(*item->Due);
            detail += item->DoneOn ? ", done " + Widgets::FormatDate(*item->DoneOn) : std::string(", open");
            detail += "  \xc2\xb7  from " + Widgets::FormatDate(meeting->On);
            Widgets::MutedTextWrapped(detail.c_str());
        }
        Widgets::EndCard();
    }

    // Whether an action comment already arrived back as an action item of its meeting.
    static bool CameBackAsItem(const trellis::TeamReport& report, const trellis::Comment& comment)
    {
        const trellis::OneOnOne* meeting = trellis::FindRecord<trellis::OneOnOne>(report.Plan, comment.TargetId);
        return meeting && std::any_of(meeting->Actions.begin(), meeting->Actions.end(),
                                      [&](const trellis::ActionItem& a) { return a.ItemId == comment.Meta.RecordId; });
    }

    static void DrawSkills(const trellis::Workspace& plan)
    {
        if (CountLive(plan.Skills) == 0)
            return;
        Widgets::BeginCard();
        ImGui::TextUnformatted("Skills");
        for (const trellis::Skill& skill : plan.Skills)
        {
            if (skill.Meta.Deleted)
                continue;
            ImGui::TextWrapped("%s: now %d, aiming for %d", skill.Name.c_str(), skill.Current, skill.Target);
            Widgets::LevelBar(skill.Current, skill.Target, trellis::kMaxSkillLevel);
        }
        Widgets::EndCard();
    }

    // A goal's target date and its milestones, ticked when done, each with its day.
    static void DrawGoalPlan(const trellis::Goal& goal)
    {
        if (goal.Target)
            Widgets::MutedTextItem(("Target " + Widgets::FormatDate(*goal.Target)).c_str());
        for (const trellis::Milestone& milestone : goal.Milestones)
        {
            std::string line = std::string(milestone.DoneOn ? ICON_CHECK : "\xe2\x80\xa2") + " " + milestone.Title;
            if (milestone.DoneOn)
                line += "  \xc2\xb7  done " + Widgets::FormatDate(*milestone.DoneOn);
            else if (milestone.Due)
                line += "  \xc2\xb7  due " + Widgets::FormatDate(*milestone.Due);
            Widgets::TextItem(line.c_str());
        }
    }

    // Their career paths: the roles in order and what stands between them and the next one.
    static void DrawCareerPaths(const trellis::Workspace& plan)
    {
        for (const trellis::CareerPath& path : plan.CareerPaths)
        {
            if (path.Meta.Deleted)
                continue;
            ImGui::PushID(&path);
            Widgets::BeginCard();
            ImGui::TextUnformatted(ICON_ROAD "  Career path");
            Widgets::TextItem(path.Title.c_str());
            for (size_t i = 0; i < path.Roles.size(); i++)
            {
                const char* step = i == 0 ? "  (now)" : i == 1 ? "  (next)" : "";
                Widgets::MutedTextItem((std::to_string(i + 1) + ". " + path.Roles[i].Title + step).c_str());
            }
            if (path.Roles.size() >= 2)
            {
                const trellis::RoleGap gap = trellis::GapToNextRole(plan, path);
                Widgets::MutedTextItem(("To " + path.Roles[1].Title + ":").c_str());
                if (gap.Ready())
                    Widgets::TextItem(ICON_CHECK "  Every skill and experience it asks for");
                for (const trellis::SkillGap& need : gap.Skills)
                    Widgets::TextItem((need.SkillName + ": level " + std::to_string(need.Current) + " of " + std::to_string(need.Required)).c_str());
                for (const trellis::ExperienceGap& need : gap.Experiences)
                    Widgets::TextItem(("\xe2\x80\xa2 " + need.Title + " (" + trellis::DisplayName(need.Type) + ")").c_str());
            }
            Widgets::EndCard();
            ImGui::PopID();
        }
    }

    // [SECTION] Comments

    // The comments on one record, oldest first, and the form that adds one (one record at a time).
    void DrawComments(App& app, const trellis::TeamReport& report, const trellis::Id& target)
    {
        const trellis::Workspace& data = app.GetSession().Data();
        std::vector<const trellis::Comment*> comments;
        for (const trellis::Comment& c : report.Plan.Comments)
            if (!c.Meta.Deleted && c.TargetId == target)
                comments.push_back(&c);
        trellis::StableSort(comments.begin(), comments.end(), [](const trellis::Comment* a, const trellis::Comment* b) { return a->Meta.CreatedMs < b->Meta.CreatedMs; });
        trellis::Id remove;
        for (const trellis::Comment* c : comments)
        {
            ImGui::PushID(c);
            Widgets::Divider();
            if (c->Kind != trellis::CommentKind::Note)
            {
                std::string kind = CommentKindLine(*c, true);
                if (c->Kind == trellis::CommentKind::Action && CameBackAsItem(report, *c))
                    kind += "  \xc2\xb7  on their list";
                Widgets::MutedTextItem(kind.c_str());
            }
            Widgets::TextItem(c->Text.c_str());
            const std::string by = c->Author + ", " + Widgets::FormatAgo(c->Meta.CreatedMs, app.GetPlatform().NowMs());
            Widgets::MutedTextWrapped(by.c_str());
            // Their answers, oldest first, as a conversation reads.
            std::vector<const trellis::Comment*> answers;
            for (const trellis::Comment& a : report.Plan.Comments)
                if (!a.Meta.Deleted && a.TargetId == c->Meta.RecordId)
                    answers.push_back(&a);
            trellis::StableSort(answers.begin(), answers.end(), [](const trellis::Comment* a, const trellis::Comment* b) { return a->Meta.CreatedMs < b->Meta.CreatedMs; });
            for (const trellis::Comment* a : answers)
            {
                ImGui::Indent();
                const std::string answer = ICON_REPLY "  " + a->Author + ": " + a->Text;
                Widgets::MutedTextItem(answer.c_str());
                ImGui::Unindent();
            }
            // Only what this manager wrote can be taken back, and only with a second tap.
            if (c->Meta.Updated.Device == data.DeviceId)
            {
                const bool confirming = ConfirmDelete_ == c->Meta.RecordId;
                if (Widgets::Button(confirming ? ICON_TRASH "  Tap again to delete" : ICON_TRASH "  Delete comment", -1.0f))
                {
                    if (confirming)
                        remove = c->Meta.RecordId;
                    else
                        ConfirmDelete_ = c->Meta.RecordId;
                }
            }
            ImGui::PopID();
        }
        if (!remove.IsNil())
        {
            ConfirmDelete_ = trellis::Id{};
            app.AfterCommand(app.GetSession().DeleteTeamComment(report.Device, remove, app.GetPlatform().NowMs()));
        }
        if (ComposeTarget_ != target)
        {
            if (Widgets::Button(ICON_PLUS "  Comment", -1.0f))
            {
                ComposeTarget_ = target;
                ComposeText_.clear();
                ComposeError_.clear();
                ComposeKind_ = trellis::CommentKind::Note;      // each comment starts as a note
                ComposeOwner_ = trellis::ActionOwner::Me;
                ComposeDue_.reset();
                FocusCompose_ = true;
            }
            return;
        }
        DrawComposer(app, report, target);
    }

    void DrawComposer(App& app, const trellis::TeamReport& report, const trellis::Id& target)
    {
        static const char* const kinds[] = { "Note", "Agreed", "Action" };
        int kind = static_cast<int>(ComposeKind_);
        if (Widgets::Choice("kind", kinds, 3, &kind))
        {
            ComposeKind_ = static_cast<trellis::CommentKind>(kind);
            FocusCompose_ = FocusCompose_ || ComposeHadKeyboard_;   // the text keeps the keyboard
        }
        if (FocusCompose_)
        {
            ImGui::SetKeyboardFocusHere();
            FocusCompose_ = false;
        }
        static const char* const hints[] = { "A note for them", "What you agreed", "The action you agreed on" };
        const bool entered = Widgets::TextField("##comment", hints[kind], &ComposeText_);
        // Whether the text had the keyboard as the chips were last tapped: a tap on one takes
        // ImGui's focus for that frame, and the text gets it back at once.
        if (ImGui::IsItemActive())
            ComposeHadKeyboard_ = true;
        else if (!ImGui::IsAnyItemActive())
            ComposeHadKeyboard_ = false;
        // An action has someone to do it and may have a day; on a one-on-one it lands on their list.
        if (ComposeKind_ == trellis::CommentKind::Action)
        {
            static const char* const owners[] = { "They do it", "I do it" };
            int owner = static_cast<int>(ComposeOwner_);
            if (Widgets::Choice("owner", owners, 2, &owner))
                ComposeOwner_ = static_cast<trellis::ActionOwner>(owner);
            const trellis::Date today = trellis::Date::FromUnixMs(app.GetPlatform().NowMs(), app.GetPlatform().UtcOffsetMinutes());
            Widgets::DatePickerOptions options;
            options.EmptyLabel = "Set a due date";
            options.Suggested = trellis::AddDays(today, 14);
            Widgets::DatePicker("action-due", &ComposeDue_, today, options);
        }
        Widgets::ErrorText(ComposeError_);
        const float half = Widgets::SharedWidth({ "Cancel##comment", ICON_CHECK "  Add comment" }, ImGui::CalcItemWidth());
        if (Widgets::Button("Cancel##comment", half))
            ComposeTarget_ = trellis::Id{};
        Widgets::NextInRow(half);
        if (Widgets::PrimaryButton(ICON_CHECK "  Add comment", half) || entered)
        {
            trellis::Result<trellis::Id> added = app.GetSession().AddTeamComment(report.Device, target, ComposeKind_, ComposeText_, app.GetPlatform().NowMs(),
                                                                                 ComposeOwner_, ComposeDue_);
            if (!app.AfterCommand(added ? trellis::Status::Ok() : trellis::Status(added.GetError()), &ComposeError_))
                return;
            ComposeTarget_ = trellis::Id{};
            ComposeText_.clear();
            ComposeOwner_ = trellis::ActionOwner::Me;
            ComposeDue_.reset();
        }
    }

    bool                    Open_ = false;
    uint64_t                Device_ = 0;            // the report open
    trellis::Id             ComposeTarget_;         // the record being commented on; nil when none
    trellis::CommentKind    ComposeKind_ = trellis::CommentKind::Note;
    bool                    ComposeHadKeyboard_ = false;
    trellis::ActionOwner    ComposeOwner_ = trellis::ActionOwner::Me;     // an action's: Me is the report
    std::optional<trellis::Date> ComposeDue_;
    std::string             ComposeText_;
    std::string             ComposeError_;
    bool                    FocusCompose_ = false;
    trellis::Id             ConfirmDelete_;         // the comment a first tap asked to delete
};

std::unique_ptr<Screen> CreateTeamScreen()
{
    return std::make_unique<TeamScreen>();
}
