// Goals: the list of my goals, the quick form that adds one, and the editor of one goal (why it
// matters, kind, horizon, status, target date, milestones, sharing).
//
// [SECTION] List and quick add
// [SECTION] Editor
#include <cstdlib>
#include <string>

#include "../app.h"
#include "../comments_view.h"
#include "../icons.h"
#include "../list_search.h"
#include "../links_view.h"
#include "../versions_view.h"
#include "../widgets.h"
#include "core/records.h"
#include "core/views.h"
#include "imgui.h"
#include "screen.h"

class GoalsScreen final : public ListDetailScreen
{
public:
    const char* Title() const override { return "Goals"; }

    void Draw(App& app) override
    {
        TakeNewGoalRequest(app);
        ListDetailScreen::Draw(app);
    }

    bool DetailOpen() const override { return Editing_; }

    void DrawList(App& app) override
    {
        TakeNewGoalRequest(app);
        Widgets::Heading("Goals");
        if (FormOpen_)
            DrawNewGoalForm(app);
        else if (Widgets::PrimaryButton(ICON_PLUS "  Add a goal"))
            OpenForm();
        DrawCards(app);
    }

    void DrawDetail(App& app) override
    {
        if (Editing_)
            DrawEditor(app);
        else
            Widgets::MutedTextWrapped("Tap a goal to see its milestones, target date and sharing.");
    }

private:
    void TakeNewGoalRequest(App& app)
    {
        if (!app.TakeNewGoalRequest())
            return;
        Editing_ = false;
        OpenForm();
    }

    // [SECTION] List and quick add

    void OpenForm()
    {
        FormOpen_ = true;
        FocusTitle_ = true;
        NewTitle_.clear();
        FormError_.clear();
    }

    void DrawNewGoalForm(App& app)
    {
        Widgets::BeginCard();
        ImGui::TextUnformatted("New goal");
        if (FocusTitle_)
        {
            ImGui::SetKeyboardFocusHere();
            FocusTitle_ = false;
        }
        const bool entered = Widgets::TextField("##title", "What do you want to achieve?", &NewTitle_);
        ImGui::TextUnformatted("What kind of goal?");
        Widgets::EnumChips("new-kind", &NewKind_);
        Widgets::ErrorText(FormError_);
        const float half = Widgets::SharedWidth({ "Cancel", ICON_CHECK "  Save goal" }, ImGui::CalcItemWidth());
        if (Widgets::Button("Cancel", half))
            FormOpen_ = false;
        Widgets::NextInRow(half);
        const bool save = Widgets::PrimaryButton(ICON_CHECK "  Save goal", half);
        if (entered || save)
            Submit(app);
        Widgets::EndCard();
    }

    void Submit(App& app)
    {
        trellis::Goal goal;
        goal.Title = NewTitle_;
        goal.Kind = NewKind_;
        trellis::Result<trellis::Id> added = app.GetSession().AddGoal(goal, app.GetPlatform().NowMs());
        if (!added)
        {
            FormError_ = added.GetError().Message;
            FocusTitle_ = true;
            return;
        }
        app.AfterEdit(app.GetSession().LastSave());
        FormOpen_ = false;
        NewTitle_.clear();
        NewKind_ = trellis::Goal{}.Kind;
    }

    void DrawCards(App& app)
    {
        std::vector<const trellis::Goal*> goals = app.GetSession().LiveGoals();
        if (goals.empty())
        {
            Widgets::MutedTextWrapped("Your goals will appear here. Not only promotion: mastery, learning, stability, relationships, new experiences, strengths, interests.");
            return;
        }
        Search_.DrawField("##goal-search", "Search goals and milestones", goals.size());
        bool any = false;
        for (const trellis::Goal* goal : goals)
        {
            if (Search_.Active() && !Search_.Matches(app.GetSession().Data(), trellis::RecordKind::Goal, goal->Meta.RecordId))
                continue;
            any = true;
            if (!Cards_.Begin(Widgets::RecordKey(goal->Meta)))
                continue;
            ImGui::PushID(goal);
            Widgets::BeginCard();
            ImGui::TextWrapped("%s", goal->Title.c_str());
            std::string meta = std::string(trellis::DisplayName(goal->Kind)) + "  ·  " + trellis::DisplayName(goal->Status);
            if (!goal->Milestones.empty())
            {
                int done = 0;
                for (const trellis::Milestone& m : goal->Milestones)
                    done += m.DoneOn.has_value();
                meta += "  ·  " + std::to_string(done) + "/" + std::to_string(goal->Milestones.size()) + " milestones";
            }
            else if (goal->ManualProgress > 0)
            {
                meta += "  ·  " + std::to_string(goal->ManualProgress) + " % done";
            }
            if (const std::string links = trellis::LinkSummary(app.GetSession().Data(), goal->Meta.RecordId); !links.empty())
                meta += "  ·  " ICON_LINK " " + links;
            meta += CommentBadge(app.GetSession().Data(), goal->Meta.RecordId);
            if (goal->Visible == trellis::Visibility::Private)
                meta += "  " ICON_LOCK;
            Widgets::MutedTextItem(meta.c_str());
            Widgets::ProgressBar(trellis::GoalProgress(*goal) / 100.0f);
            DrawNextSteps(app, *goal);
            const bool tapped = Widgets::EndCard(goal->Title.c_str());
            ImGui::PopID();
            Cards_.End();
            if (tapped)
                StartEdit(*goal);
        }
        if (!any)
            Widgets::MutedTextItem("No goal matches.");
    }

    // The next open milestones, ticked right on the card (the card's own tap opens the editor).
    // A milestone ticked here is done today; ticked again, open again.
    static constexpr int kNextSteps = 2;
    void DrawNextSteps(App& app, const trellis::Goal& goal)
    {
        int shown = 0;
        const trellis::Milestone* ticked = nullptr;
        for (const trellis::Milestone& m : goal.Milestones)
        {
            if (m.DoneOn || shown == kNextSteps)
                continue;
            ImGui::PushID(&m);
            bool done = false;
            if (Widgets::CheckItem(m.Title.c_str(), &done))
                ticked = &m;
            ImGui::PopID();
            shown++;
        }
        if (ticked == nullptr)
            return;
        // After the loop: the command replaces the goal these refer to.
        const trellis::Id goal_id = goal.Meta.RecordId, milestone_id = ticked->MilestoneId;
        Platform& platform = app.GetPlatform();
        app.AfterCommand(app.GetSession().SetMilestoneDone(goal_id, milestone_id, true, platform.NowMs(), platform.UtcOffsetMinutes()));
    }

    // [SECTION] Editor

    void StartEdit(const trellis::Goal& goal)
    {
        Draft_ = goal;
        Editing_ = true;
        ConfirmDelete_ = false;
        EditorError_.clear();
        NewMilestone_.clear();
        Comments_.Reset();
        Versions_.Reset();
        Links_.Reset();
    }

    void DrawEditor(App& app)
    {
        Widgets::Heading("Goal");
        Widgets::BeginCard();
        ImGui::TextUnformatted("Title");
        Widgets::TextField("##goal-title", "What do you want to achieve?", &Draft_.Title);
        ImGui::TextUnformatted("Why it matters to me");
        Widgets::TextArea("##why", &Draft_.Why, ImGui::GetTextLineHeight() * 4.0f);
        Widgets::EndCard();

        Widgets::BeginCard();
        ImGui::TextUnformatted("What kind of growth");
        static const char* kinds[static_cast<int>(trellis::Motivation::COUNT)];
        for (int i = 0; i < static_cast<int>(trellis::Motivation::COUNT); i++)
            kinds[i] = trellis::DisplayName(static_cast<trellis::Motivation>(i));
        int kind = static_cast<int>(Draft_.Kind);
        if (Widgets::ChipChoice("kind", kinds, static_cast<int>(trellis::Motivation::COUNT), &kind))
            Draft_.Kind = static_cast<trellis::Motivation>(kind);
        ImGui::TextUnformatted("Horizon");
        static const char* const horizons[] = { "Within a year", "2 to 4 years" };
        int horizon = static_cast<int>(Draft_.Term);
        if (Widgets::Choice("horizon", horizons, 2, &horizon))
            Draft_.Term = static_cast<trellis::Horizon>(horizon);
        ImGui::TextUnformatted("Status");
        static const char* statuses[static_cast<int>(trellis::GoalStatus::COUNT)];
        for (int i = 0; i < static_cast<int>(trellis::GoalStatus::COUNT); i++)
            statuses[i] = trellis::DisplayName(static_cast<trellis::GoalStatus>(i));
        int status = static_cast<int>(Draft_.Status);
        if (Widgets::ChipChoice("status", statuses, static_cast<int>(trellis::GoalStatus::COUNT), &status))
            Draft_.Status = static_cast<trellis::GoalStatus>(status);
        DrawTargetDate(app);
        Widgets::EndCard();

        DrawMilestones(app);
        if (Links_.Draw(app, Draft_.Meta.RecordId))
            if (const trellis::Goal* stored = app.GetSession().FindGoal(Draft_.Meta.RecordId))
            {
                Draft_.SkillIds = stored->SkillIds;         // the links are saved already; Save keeps them
                Draft_.ActivityIds = stored->ActivityIds;
            }
        Comments_.Draw(app, Draft_.Meta.RecordId);
        if (const trellis::Goal* stored = app.GetSession().FindGoal(Draft_.Meta.RecordId); stored && Versions_.Draw(app, *stored))
            StartEdit(*app.GetSession().FindGoal(Draft_.Meta.RecordId));

        Widgets::BeginCard();
        Widgets::SharingToggle("Share with my manager", &Draft_.Visible, ICON_LOCK "  Private: never in a file you share.");
        Widgets::EndCard();

        Widgets::ErrorText(EditorError_);
        switch (Widgets::EditorButtons(ICON_CHECK "  Save changes", ICON_TRASH "  Delete goal", &ConfirmDelete_))
        {
        case Widgets::EditorAction::Cancel: Editing_ = false; break;
        case Widgets::EditorAction::Save:   SaveEdit(app); break;
        case Widgets::EditorAction::Delete: Finish(app, app.GetSession().DeleteGoal(Draft_.Meta.RecordId, app.GetPlatform().NowMs())); break;
        case Widgets::EditorAction::None:   break;
        }
    }

    // A target picked on a calendar, never typed, and clearable; the first tap suggests six months
    // from today (goals are long).
    void DrawTargetDate(App& app)
    {
        ImGui::TextUnformatted("Target date");
        const trellis::Date today = trellis::Date::FromUnixMs(app.GetPlatform().NowMs(), app.GetPlatform().UtcOffsetMinutes());
        Widgets::DatePickerOptions options;
        options.EmptyLabel = "Set a target date";
        options.Suggested = trellis::AddMonths(today, 6);
        Widgets::DatePicker("target", &Draft_.Target, today, options);
    }

    // Milestones: tick, add, move up, remove. Ticking is kept in the draft and saved with the goal.
    void DrawMilestones(App& app)
    {
        Widgets::BeginCard();
        ImGui::TextUnformatted("Milestones");
        const trellis::Date today = trellis::Date::FromUnixMs(app.GetPlatform().NowMs(), app.GetPlatform().UtcOffsetMinutes());
        const float button = app.Metrics().TouchTargetPx;
        for (size_t i = 0; i < Draft_.Milestones.size(); i++)
        {
            trellis::Milestone& m = Draft_.Milestones[i];
            ImGui::PushID(static_cast<int>(i));
            const ImVec2 row = ImGui::GetCursorScreenPos();
            const float right = row.x + ImGui::CalcItemWidth();      // the card's inner edge
            const float spacing = ImGui::GetStyle().ItemSpacing.x;
            const float buttons_x = right - button * 2.0f - spacing;
            // The title wraps in the room the buttons leave, never under them.
            bool done = m.DoneOn.has_value();
            if (Widgets::CheckItem(m.Title.c_str(), &done, buttons_x - spacing - row.x))
                m.DoneOn = done ? std::optional<trellis::Date>(today) : std::nullopt;
            const float row_bottom = ImGui::GetItemRectMax().y;
            ImGui::SetCursorScreenPos(ImVec2(buttons_x, row.y));
            ImGui::BeginDisabled(i == 0);
            if (ImGui::Button(ICON_ARROW_UP "##up", ImVec2(button, button)))
                std::swap(Draft_.Milestones[i], Draft_.Milestones[i - 1]);
            ImGui::EndDisabled();
            ImGui::SameLine();
            const bool remove = ImGui::Button(ICON_TIMES "##remove", ImVec2(button, button));
            if (ImGui::GetItemRectMax().y < row_bottom)
                ImGui::Dummy(ImVec2(0.0f, row_bottom - ImGui::GetItemRectMax().y - ImGui::GetStyle().ItemSpacing.y));
            ImGui::PopID();
            if (remove)
            {
                Draft_.Milestones.erase(Draft_.Milestones.begin() + static_cast<std::ptrdiff_t>(i));
                break;
            }
        }
        // Without milestones, how far along it is, said by hand in steps of ten.
        if (Draft_.Milestones.empty())
        {
            Widgets::MutedTextWrapped("No milestones yet: say how far along you are, or add the steps on the way.");
            int tenths = (Draft_.ManualProgress + 5) / 10;
            const std::string text = std::to_string(Draft_.ManualProgress) + " % done";
            if (Widgets::Stepper("progress", &tenths, 0, 10, text.c_str()))
                Draft_.ManualProgress = tenths * 10;
            Widgets::ProgressBar(Draft_.ManualProgress / 100.0f);
        }
        std::vector<std::string> added;
        if (Widgets::ListEditor("milestone", "A step on the way", &added, &NewMilestone_))
            for (std::string& title : added)
            {
                trellis::Milestone m;
                m.Title = std::move(title);
                Draft_.Milestones.push_back(std::move(m));
            }
        Widgets::EndCard();
    }

public:
    std::optional<trellis::Draft> CurrentDraft() const override
    {
        trellis::Draft draft;
        if (Editing_)
        {
            draft.Kind = trellis::DraftKind::Goal;
            draft.IsNew = false;        // a goal is created by its title; the editor edits it
            draft.AsGoal = WithPendingMilestone();
            return draft;
        }
        if (!FormOpen_ || trellis::TrimSpace(NewTitle_).empty())
            return std::nullopt;
        draft.Kind = trellis::DraftKind::Note;      // the title of a goal about to be added
        draft.Place = trellis::NotePlace::NewGoal;
        draft.Texts = { NewTitle_, std::to_string(static_cast<int>(NewKind_)) };
        return draft;
    }

    bool RestoreDraft(App& app, const trellis::Draft& draft) override
    {
        if (draft.Kind == trellis::DraftKind::Note && draft.Place == trellis::NotePlace::NewGoal && draft.Texts.size() == 2)
        {
            const int kind = std::atoi(draft.Texts[1].c_str());
            if (kind < 0 || kind >= static_cast<int>(trellis::Motivation::COUNT) || draft.Texts[1] != std::to_string(kind))
                return false;
            OpenForm();
            NewTitle_ = draft.Texts[0];
            NewKind_ = static_cast<trellis::Motivation>(kind);
            return true;
        }
        const trellis::Goal* stored = draft.Kind == trellis::DraftKind::Goal ? trellis::FindRecord<trellis::Goal>(app.GetSession().Data(), draft.AsGoal.Meta.RecordId) : nullptr;
        if (stored == nullptr || stored->Meta.Deleted)
            return false;               // the goal is gone: nothing to edit
        StartEdit(draft.AsGoal);
        return true;
    }

    void DropDraft() override
    {
        Editing_ = false;
        FormOpen_ = false;
        NewTitle_.clear();
    }

private:
    // The goal as the editor holds it, with a milestone typed and not added yet as the person
    // expects it kept: what a draft keeps and what Save saves.
    trellis::Goal WithPendingMilestone() const
    {
        trellis::Goal goal = Draft_;
        if (!trellis::TrimSpace(NewMilestone_).empty())
        {
            trellis::Milestone m;
            m.Title = std::string(trellis::TrimSpace(NewMilestone_));
            goal.Milestones.push_back(std::move(m));
        }
        return goal;
    }

    void SaveEdit(App& app)
    {
        Draft_ = WithPendingMilestone();
        NewMilestone_.clear();
        Finish(app, app.GetSession().EditGoal(Draft_, app.GetPlatform().NowMs()));
    }

    void Finish(App& app, const trellis::Status& done)
    {
        if (!done)
        {
            EditorError_ = done.GetError().Message;
            return;
        }
        app.AfterEdit(app.GetSession().LastSave());
        Editing_ = false;
    }

    bool            FormOpen_ = false;
    bool            FocusTitle_ = false;
    std::string     NewTitle_;
    trellis::Motivation NewKind_ = trellis::Goal{}.Kind;    // chosen in the form, before the goal exists
    std::string     FormError_;
    Widgets::CardList Cards_;       // the goal cards: only those on screen are drawn

    bool            Editing_ = false;
    bool            ConfirmDelete_ = false;
    trellis::Goal   Draft_;
    std::string     NewMilestone_;
    std::string     EditorError_;
    CommentThread   Comments_;      // my manager's comments on the goal open, and my answers
    EarlierVersionsView Versions_;  // what a merge replaced of it
    LinksView       Links_;         // its skills, activities and journal entries
    ListSearch      Search_;        // over titles, why it matters and milestones
};

std::unique_ptr<Screen> CreateGoalsScreen()
{
    return std::make_unique<GoalsScreen>();
}
