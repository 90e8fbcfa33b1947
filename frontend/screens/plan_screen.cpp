// Plan: my development activities (courses, credentials, mentoring, stretch work...) grouped by
// status, and the editor of one: type, dates, funding, the support I need from my manager, and
// afterwards the outcome, the evidence and how useful it was.
//
// [SECTION] List
// [SECTION] Editor
#include <optional>
#include <string>
#include <utility>
#include <vector>

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

class PlanScreen final : public ListDetailScreen
{
public:
    const char* Title() const override { return "Plan"; }

    bool DetailOpen() const override { return Editing_; }

    void DrawDetail(App& app) override
    {
        if (Editing_)
            DrawEditor(app);
        else
            Widgets::MutedTextWrapped("Tap an activity to update its status, dates and outcome.");
    }

    // [SECTION] List

    void DrawList(App& app) override
    {
        const trellis::Workspace& data = app.GetSession().Data();
        Widgets::Heading("Development plan");
        if (Widgets::PrimaryButton(ICON_PLUS "  Add an activity"))
            StartEdit(app, nullptr);
        size_t live = 0;
        for (const trellis::PlanActivity& a : data.Activities)
            live += !a.Meta.Deleted;
        Search_.DrawField("##activity-search", "Search activities", live);
        bool any = false;
        std::optional<std::pair<trellis::Id, trellis::ActivityStatus>> moved;     // applied after the loop
        // In progress first: what is on my plate now, then what is planned, then the record.
        for (trellis::ActivityStatus status : { trellis::ActivityStatus::InProgress, trellis::ActivityStatus::Planned,
                                                trellis::ActivityStatus::Done, trellis::ActivityStatus::Dropped })
        {
            bool header = false;
            for (const trellis::PlanActivity& a : data.Activities)
            {
                if (a.Meta.Deleted || a.Status != status)
                    continue;
                if (Search_.Active() && !Search_.Matches(data, trellis::RecordKind::PlanActivity, a.Meta.RecordId))
                    continue;
                if (!header)
                {
                    ImGui::TextDisabled("%s", trellis::DisplayName(status));
                    header = true;
                }
                any = true;
                if (!Cards_.Begin(Widgets::RecordKey(a.Meta)))
                    continue;
                ImGui::PushID(&a);
                Widgets::BeginCard();
                ImGui::TextWrapped("%s", a.Title.c_str());
                std::string meta = trellis::DisplayName(a.Type);
                if (a.Due)
                    meta += "  ·  due " + Widgets::FormatDate(*a.Due);
                if (a.Usefulness > 0)
                    meta += "  ·  " + std::string(static_cast<size_t>(a.Usefulness), '*');
                if (const std::string links = trellis::LinkSummary(data, a.Meta.RecordId); !links.empty())
                    meta += "  ·  " ICON_LINK " " + links;
                meta += CommentBadge(data, a.Meta.RecordId);
                Widgets::MutedTextWrapped(meta.c_str());
                // The next step, right on the card: a planned activity starts, one in progress is done.
                if (a.Status == trellis::ActivityStatus::Planned && Widgets::Button(ICON_RIGHT "  Start"))
                    moved.emplace(a.Meta.RecordId, trellis::ActivityStatus::InProgress);
                if (a.Status == trellis::ActivityStatus::InProgress && Widgets::Button(ICON_CHECK "  Mark done"))
                    moved.emplace(a.Meta.RecordId, trellis::ActivityStatus::Done);
                const bool tapped = Widgets::EndCard(a.Title.c_str());
                ImGui::PopID();
                Cards_.End();
                if (tapped)
                    StartEdit(app, &a);
            }
        }
        if (moved)
        {
            Platform& platform = app.GetPlatform();
            app.AfterCommand(app.GetSession().SetActivityStatus(moved->first, moved->second, platform.NowMs(), platform.UtcOffsetMinutes()));
        }
        if (!any && Search_.Active())
            Widgets::MutedTextItem("No activity matches.");
        else if (!any)
            Widgets::MutedTextWrapped("Growth comes from many places: a course, a certificate, tuition support, mentoring, "
                                      "cross-training, a stretch assignment, leading a project, teaching others.");
    }

private:
    // [SECTION] Editor

    void StartEdit(App& app, const trellis::PlanActivity* existing)
    {
        Draft_ = existing ? *existing : trellis::PlanActivity{};
        IsNew_ = existing == nullptr;
        if (IsNew_)
            Draft_.Start = Today(app);
        Editing_ = true;
        ConfirmDelete_ = false;
        Error_.clear();
        Comments_.Reset();
        Versions_.Reset();
        Links_.Reset();
    }

    static trellis::Date Today(App& app)
    {
        return trellis::Date::FromUnixMs(app.GetPlatform().NowMs(), app.GetPlatform().UtcOffsetMinutes());
    }

    // A date picked on a calendar, never typed, and clearable.
    static void DateRow(App& app, const char* id, const char* label, std::optional<trellis::Date>* date)
    {
        ImGui::TextUnformatted(label);
        Widgets::DatePickerOptions options;
        options.EmptyLabel = "Set";
        Widgets::DatePicker(id, date, Today(app), options);
    }

    void DrawEditor(App& app)
    {
        Widgets::Heading(IsNew_ ? "New activity" : "Activity");
        Widgets::BeginCard();
        ImGui::TextUnformatted("What");
        Widgets::TextField("##activity-title", "e.g. AWS certification, mentor a new hire", &Draft_.Title);
        ImGui::TextUnformatted("Kind");
        Widgets::EnumChips("type", &Draft_.Type);
        Widgets::EndCard();

        Widgets::BeginCard();
        ImGui::TextUnformatted("Status");
        Widgets::EnumChips("status", &Draft_.Status);
        DateRow(app, "start", "Start", &Draft_.Start);
        DateRow(app, "due", "Due", &Draft_.Due);
        ImGui::TextUnformatted("Funding");
        Widgets::EnumChips("funding", &Draft_.FundedBy);
        ImGui::TextUnformatted("Support I need from my manager");
        Widgets::TextArea("##support", &Draft_.SupportNeeded, ImGui::GetTextLineHeight() * 3.0f);
        Widgets::EndCard();

        Widgets::BeginCard();
        ImGui::TextUnformatted("Outcome");
        Widgets::TextArea("##outcome", &Draft_.Outcome, ImGui::GetTextLineHeight() * 3.0f);
        ImGui::TextUnformatted("Evidence (a certificate, a link, feedback)");
        Widgets::TextField("##evidence", "", &Draft_.Evidence);
        ImGui::TextUnformatted("How useful was it?");
        static const char* const usefulness[] = { "Not yet", "1", "2", "3", "4", "5" };
        Widgets::Choice("useful", usefulness, 6, &Draft_.Usefulness);
        Widgets::SharingToggle("Share with my manager", &Draft_.Visible, ICON_LOCK "  Private: never in a file you share.");
        Widgets::EndCard();
        if (IsNew_)
            Links_.DrawDraft(app, trellis::RecordKind::PlanActivity, &Draft_.GoalIds, &Draft_.SkillIds);     // saved with it
        else if (Links_.Draw(app, Draft_.Meta.RecordId))
            if (const auto* stored = trellis::FindRecord<trellis::PlanActivity>(app.GetSession().Data(), Draft_.Meta.RecordId))
            {
                Draft_.GoalIds = stored->GoalIds;           // the links are saved already; Save keeps them
                Draft_.SkillIds = stored->SkillIds;
            }
        if (!IsNew_)
            Comments_.Draw(app, Draft_.Meta.RecordId);
        if (const auto* stored = IsNew_ ? nullptr : trellis::FindRecord<trellis::PlanActivity>(app.GetSession().Data(), Draft_.Meta.RecordId);
            stored && Versions_.Draw(app, *stored))
            StartEdit(app, trellis::FindRecord<trellis::PlanActivity>(app.GetSession().Data(), Draft_.Meta.RecordId));

        Widgets::ErrorText(Error_);
        switch (Widgets::EditorButtons(ICON_CHECK "  Save activity", IsNew_ ? nullptr : ICON_TRASH "  Delete activity", &ConfirmDelete_))
        {
        case Widgets::EditorAction::Cancel: Editing_ = false; break;
        case Widgets::EditorAction::Save:   Save(app); break;
        case Widgets::EditorAction::Delete: Finish(app, app.GetSession().DeleteActivity(Draft_.Meta.RecordId, app.GetPlatform().NowMs())); break;
        case Widgets::EditorAction::None:   break;
        }
    }

public:
    std::optional<trellis::Draft> CurrentDraft() const override
    {
        if (!Editing_)
            return std::nullopt;
        trellis::Draft draft;
        draft.Kind = trellis::DraftKind::PlanActivity;
        draft.IsNew = IsNew_;
        draft.AsActivity = Draft_;
        return draft;
    }

    bool RestoreDraft(App& app, const trellis::Draft& draft) override
    {
        if (draft.Kind != trellis::DraftKind::PlanActivity)
            return false;
        const trellis::PlanActivity* stored = draft.IsNew ? nullptr
            : trellis::FindRecord<trellis::PlanActivity>(app.GetSession().Data(), draft.AsActivity.Meta.RecordId);
        StartEdit(app, stored);
        Draft_ = draft.AsActivity;
        return true;
    }

    void DropDraft() override { Editing_ = false; }

private:
    void Save(App& app)
    {
        // Done means done on a day: today unless it already has one; any other status clears it.
        if (Draft_.Status == trellis::ActivityStatus::Done && !Draft_.CompletedOn)
            Draft_.CompletedOn = Today(app);
        if (Draft_.Status != trellis::ActivityStatus::Done)
            Draft_.CompletedOn.reset();
        trellis::Session& session = app.GetSession();
        const int64_t now = app.GetPlatform().NowMs();
        if (IsNew_)
        {
            trellis::Result<trellis::Id> added = session.AddActivity(Draft_, now);
            Finish(app, added ? trellis::Status::Ok() : trellis::Status(added.GetError()));
        }
        else
        {
            Finish(app, session.EditActivity(Draft_, now));
        }
    }

    void Finish(App& app, const trellis::Status& done)
    {
        if (!done)
        {
            Error_ = done.GetError().Message;
            return;
        }
        app.AfterEdit(app.GetSession().LastSave());
        Editing_ = false;
    }

    bool                    Editing_ = false;
    bool                    IsNew_ = false;
    bool                    ConfirmDelete_ = false;
    trellis::PlanActivity   Draft_;
    std::string             Error_;
    Widgets::CardList       Cards_;     // the activity cards: only those on screen are drawn
    CommentThread           Comments_;  // my manager's comments on the activity open, and my answers
    EarlierVersionsView     Versions_;  // what a merge replaced of it
    LinksView               Links_;     // its goals and skills
    ListSearch              Search_;    // over titles, support, outcome and evidence
};

std::unique_ptr<Screen> CreatePlanScreen()
{
    return std::make_unique<PlanScreen>();
}
