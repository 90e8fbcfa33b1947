// One-on-one: before, during and after a meeting with my manager.
//
// The list: the next meeting and the agenda the core builds for it from what happened since the
// last one (goal updates, plan activities due, done or needing my manager's support, actions agreed
// for it and carried over, my talking points, the week's themes if I choose, questions worth
// asking), the files that go with it, and the meetings held (newest first, searchable).
// A meeting opened from the list: its day (a past one can be recorded), its agenda ticked as talked
// about, notes shared with my manager and notes for me only, "we talked about my career" (which
// restarts the review cadence), its action items (add, tick, reorder, owner, due), my manager's
// comments, and delete.
//
// [SECTION] The next meeting
// [SECTION] The agenda
// [SECTION] Files
// [SECTION] Past meetings
// [SECTION] A meeting
// [SECTION] Action items
#include <algorithm>
#include <string>
#include <vector>

#include "../app.h"
#include "../comments_view.h"
#include "../icons.h"
#include "../versions_view.h"
#include "../widgets.h"
#include "core/agenda.h"
#include "core/agenda_export.h"
#include "core/records.h"
#include "core/text_fold.h"
#include "core/views.h"
#include "core/words.h"
#include "imgui.h"
#include "screen.h"
#include "core/sort.h"

// "Me" or "My manager", as the person reads an action item.
static const char* OwnerWords(trellis::ActionOwner owner)
{
    return owner == trellis::ActionOwner::Me ? "You" : "Your manager";
}

static std::string ActionDetail(const trellis::ActionItem& item)
{
    std::string detail = OwnerWords(item.Owner);
    if (item.Due)
        detail += std::string(", due ") + Widgets::FormatDate(*item.Due);
    if (item.DoneOn)
        detail += ", done " + Widgets::FormatDate(*item.DoneOn);
    return detail;
}

class OneOnOneScreen final : public ListDetailScreen
{
public:
    const char* Title() const override { return "One-on-one"; }

    bool DetailOpen() const override { return !Open_.IsNil(); }

    void DrawList(App& app) override
    {
        Platform& platform = app.GetPlatform();
        const trellis::LocalNow now{platform.NowMs(), platform.UtcOffsetMinutes()};
        trellis::AgendaOptions options;
        options.WeekThemes = IncludeThemes_;
        const trellis::Agenda agenda = trellis::BuildAgenda(app.GetSession().Data(), now, options);
        Widgets::Heading("One-on-one");
        DrawNextMeeting(app, agenda, now);
        DrawAgenda(app, agenda);
        DrawFiles(app, agenda, now);
        DrawPastMeetings(app, now);
    }

    void DrawDetail(App& app) override
    {
        const trellis::OneOnOne* meeting = Open_.IsNil() ? nullptr : trellis::FindRecord<trellis::OneOnOne>(app.GetSession().Data(), Open_);
        if (meeting == nullptr || meeting->Meta.Deleted)
        {
            Open_ = trellis::Id{};
            Widgets::MutedTextWrapped("Open a meeting to write its notes and action items.");
            return;
        }
        DrawMeeting(app, *meeting);
    }

    // Notes typed and not saved yet (they save when the field is left): kept as a draft.
    std::optional<trellis::Draft> CurrentDraft() const override
    {
        if (Open_.IsNil() || (NotesDraft_ == SavedNotes_ && PrivateDraft_ == SavedPrivate_))
            return std::nullopt;
        trellis::Draft draft;
        draft.Kind = trellis::DraftKind::Note;
        draft.IsNew = false;
        draft.Place = trellis::NotePlace::MeetingNotes;
        draft.About = Open_.ToHex();
        draft.Texts = { NotesDraft_, PrivateDraft_ };
        return draft;
    }

    bool RestoreDraft(App& app, const trellis::Draft& draft) override
    {
        if (draft.Kind != trellis::DraftKind::Note || draft.Place != trellis::NotePlace::MeetingNotes || draft.Texts.size() != 2)
            return false;
        const std::optional<trellis::Id> id = trellis::Id::FromHex(draft.About);
        const trellis::OneOnOne* meeting = id ? trellis::FindRecord<trellis::OneOnOne>(app.GetSession().Data(), *id) : nullptr;
        if (meeting == nullptr || meeting->Meta.Deleted)
            return false;
        OpenMeeting(*meeting);
        NotesDraft_ = draft.Texts[0];
        PrivateDraft_ = draft.Texts[1];
        return true;
    }

    void DropDraft() override
    {
        NotesDraft_ = SavedNotes_;
        PrivateDraft_ = SavedPrivate_;
    }

private:
    void OpenMeeting(const trellis::OneOnOne& meeting)
    {
        Open_ = meeting.Meta.RecordId;
        NotesDraft_ = SavedNotes_ = meeting.Notes;
        PrivateDraft_ = SavedPrivate_ = meeting.PrivateNotes;
        NewAction_.clear();
        NewPoint_.clear();
        EditingAction_ = trellis::Id{};
        ConfirmDelete_ = false;
        Error_.clear();
        Comments_.Reset();
        Versions_.Reset();
    }

    // Saves a changed copy of a meeting: every change on this screen is saved as it is made, since
    // notes are taken during the meeting itself, not in a form saved at the end.
    static bool Save(App& app, const trellis::OneOnOne& changed, std::string* error = nullptr)
    {
        return app.AfterCommand(app.GetSession().EditOneOnOne(changed, app.GetPlatform().NowMs()), error);
    }

    static const trellis::OneOnOne* AddMeeting(App& app, trellis::Date on, std::vector<trellis::AgendaItem> items)
    {
        trellis::OneOnOne meeting;
        meeting.On = on;
        meeting.Agenda = std::move(items);
        trellis::Result<trellis::Id> added = app.GetSession().AddOneOnOne(meeting, app.GetPlatform().NowMs());
        if (!app.AfterCommand(added ? trellis::Status::Ok() : trellis::Status(added.GetError())))
            return nullptr;
        return trellis::FindRecord<trellis::OneOnOne>(app.GetSession().Data(), added.Value());
    }

    // [SECTION] The next meeting

    void DrawNextMeeting(App& app, const trellis::Agenda& agenda, const trellis::LocalNow& now)
    {
        Widgets::BeginCard();
        ImGui::TextUnformatted(ICON_CALENDAR "  Next meeting");
        if (agenda.Meeting == nullptr)
        {
            // The day a new one goes on: the profile's next date, or what the cadence suggests.
            const trellis::Date day = trellis::DayForNewOneOnOne(app.GetSession().Data(), now);
            const std::string hint = "No one-on-one planned. Plan one for " + Widgets::FormatDate(day) + " to collect your talking points.";
            Widgets::MutedTextWrapped(hint.c_str());
            if (Widgets::PrimaryButton(ICON_PLUS "  Plan a one-on-one"))
                AddMeeting(app, day, {});
        }
        else
        {
            // Moved to a later day here; a meeting that happened is recorded from its own page.
            trellis::OneOnOne meeting = *agenda.Meeting;
            if (Widgets::DatePicker("meeting", &meeting.On, now.Today(), meeting.On < now.Today() ? meeting.On : now.Today()))
                Save(app, meeting);
            if (Widgets::PrimaryButton(ICON_FILE "  Open the meeting"))
                OpenMeeting(*agenda.Meeting);
        }
        // A meeting that happened without being planned here can still be written down.
        if (Widgets::Button(ICON_PLUS "  Record a past meeting", -1.0f))
            if (const trellis::OneOnOne* added = AddMeeting(app, trellis::AddDays(now.Today(), -1), {}))
                OpenMeeting(*added);
        Widgets::EndCard();
    }

    // [SECTION] The agenda

    template <class F>
    static void DrawSection(const char* title, bool empty, F&& body)
    {
        if (empty)
            return;
        Widgets::BeginCard();
        ImGui::TextUnformatted(title);
        body();
        Widgets::EndCard();
    }

    // One action item as a checkbox that ticks it on its meeting, with who and when under it.
    static void ActionCheckbox(App& app, const trellis::OneOnOne& meeting, const trellis::ActionItem& item)
    {
        ImGui::PushID(&item);
        bool done = item.DoneOn.has_value();
        if (Widgets::CheckItem(item.Text.c_str(), &done))
        {
            Platform& platform = app.GetPlatform();
            app.AfterCommand(app.GetSession().SetActionItemDone(meeting.Meta.RecordId, item.ItemId, done, platform.NowMs(), platform.UtcOffsetMinutes()));
        }
        Widgets::MutedTextWrapped(ActionDetail(item).c_str());
        ImGui::PopID();
    }

    void DrawAgenda(App& app, const trellis::Agenda& agenda)
    {
        DrawSection("Goal updates", agenda.GoalUpdates.empty(), [&] {
            for (const trellis::AgendaGoal& g : agenda.GoalUpdates)
            {
                ImGui::TextWrapped("%s", g.Record->Title.c_str());
                Widgets::ProgressBar(g.Progress / 100.0f);
            }
        });
        DrawSection("Plan activities", agenda.Activities.empty(), [&] {
            for (const trellis::AgendaActivity& a : agenda.Activities)
            {
                ImGui::TextWrapped("%s %s", a.Completed ? ICON_CHECK : ICON_CALENDAR, a.Record->Title.c_str());
                if (a.NeedsSupport)
                {
                    const std::string need = "You need: " + a.Record->SupportNeeded;
                    Widgets::MutedTextWrapped(need.c_str());
                }
            }
        });
        DrawSection("Agreed for this meeting", agenda.MeetingActions.empty(), [&] {
            for (const trellis::ActionItem* item : agenda.MeetingActions)
                ActionCheckbox(app, *agenda.Meeting, *item);
        });
        DrawSection("Carried over", agenda.CarriedOver.empty(), [&] {
            for (const trellis::CarriedAction& c : agenda.CarriedOver)
                ActionCheckbox(app, *c.From, *c.Item);
        });
        DrawTalkingPoints(app, agenda);
        DrawWeekThemes(agenda);
        DrawSection("Questions worth asking", agenda.Questions.empty(), [&] {
            for (const trellis::BankQuestion* q : agenda.Questions)
            {
                ImGui::PushID(q);
                ImGui::TextWrapped("\xe2\x80\xa2 %s", q->Text);
                if (Widgets::Button(ICON_PLUS "  Add to the agenda", -1.0f))
                    AddToAgenda(app, agenda, trellis::AgendaItemKind::Question, q->Text);
                ImGui::PopID();
            }
        });
    }

    // Puts an item on the planned meeting's agenda, planning the meeting (on the day the cadence
    // suggests) when none is planned.
    static void AddToAgenda(App& app, const trellis::Agenda& agenda, trellis::AgendaItemKind kind, const std::string& text)
    {
        trellis::AgendaItem item;
        item.Kind = kind;
        item.Text = text;
        if (agenda.Meeting == nullptr)
        {
            const trellis::LocalNow now{app.GetPlatform().NowMs(), app.GetPlatform().UtcOffsetMinutes()};
            AddMeeting(app, trellis::DayForNewOneOnOne(app.GetSession().Data(), now), {item});
            return;
        }
        trellis::OneOnOne meeting = *agenda.Meeting;
        meeting.Agenda.push_back(std::move(item));
        Save(app, meeting);
    }

    void DrawTalkingPoints(App& app, const trellis::Agenda& agenda)
    {
        Widgets::BeginCard();
        ImGui::TextUnformatted("My talking points");
        std::vector<std::string> points;
        for (const trellis::AgendaItem* item : agenda.TalkingPoints)
            points.push_back(item->Text);
        if (Widgets::ListEditor("points", "Something you want to raise", &points, &NewPoint_))
            StorePoints(app, agenda, points);
        Widgets::EndCard();
    }

    // Rewrites the meeting's shared agenda from the edited list, keeping its private items; the
    // first point plans a meeting if none is planned.
    static void StorePoints(App& app, const trellis::Agenda& agenda, const std::vector<std::string>& after)
    {
        std::vector<trellis::AgendaItem> items;
        if (agenda.Meeting != nullptr)
            for (const trellis::AgendaItem& item : agenda.Meeting->Agenda)
                if (item.Visible != trellis::Visibility::Shared)
                    items.push_back(item);
        std::vector<bool> reused(agenda.TalkingPoints.size(), false);
        for (const std::string& text : after)
        {
            trellis::AgendaItem item;
            item.Kind = trellis::AgendaItemKind::TalkingPoint;
            item.Text = text;
            // Keep the points that stayed as they were (their kind, link and id, so a manager's
            // notes on them still match).
            for (size_t i = 0; i < agenda.TalkingPoints.size(); i++)
                if (!reused[i] && agenda.TalkingPoints[i]->Text == text)
                {
                    item = *agenda.TalkingPoints[i];
                    reused[i] = true;
                    break;
                }
            items.push_back(std::move(item));
        }
        if (agenda.Meeting == nullptr)
        {
            const trellis::LocalNow now{app.GetPlatform().NowMs(), app.GetPlatform().UtcOffsetMinutes()};
            AddMeeting(app, trellis::DayForNewOneOnOne(app.GetSession().Data(), now), std::move(items));
            return;
        }
        trellis::OneOnOne meeting = *agenda.Meeting;
        meeting.Agenda = std::move(items);
        Save(app, meeting);
    }

    // What I loved and what drained me this week, if I choose: only from reflections I shared.
    void DrawWeekThemes(const trellis::Agenda& agenda)
    {
        Widgets::BeginCard();
        Widgets::CheckItem("Include this week's themes", &IncludeThemes_);
        if (!agenda.WeekThemes)
            Widgets::MutedTextWrapped("Only reflections you shared are read; private ones never are.");
        else if (const std::string reading = trellis::ReadAgendaThemes(*agenda.WeekThemes); !reading.empty())
            Widgets::MutedTextItem(reading.c_str());
        else
            Widgets::MutedTextItem("No shared reflection this week names what you loved or what drained you.");
        Widgets::EndCard();
    }

    // [SECTION] Files

    // The plan goes to the manager as a file, and their response comes back as one.
    // The agenda can also leave as a page to read or print, and the dates as a calendar file.
    static void DrawFiles(App& app, const trellis::Agenda& agenda, const trellis::LocalNow& now)
    {
        const trellis::Workspace& data = app.GetSession().Data();
        Widgets::BeginCard();
        ImGui::TextUnformatted("Share and import");
        Widgets::MutedTextWrapped("Your manager gets your shared goals, plan and agenda. Private goals, private notes and your journal stay here.");
        if (Widgets::PrimaryButton(ICON_SHARE "  Share with my manager"))
            app.ShareWithManager();
        if (Widgets::Button(ICON_UPLOAD "  Import a file", -1.0f))
            app.GetPlatform().PickFile();
        Widgets::EndCard();

        Widgets::BeginCard();
        ImGui::TextUnformatted("Take the agenda with you");
        const float half = Widgets::SharedWidth({ ICON_FILE "  Markdown", ICON_FILE "  Printable" });
        if (Widgets::Button(ICON_FILE "  Markdown", half))
            app.ExportFile(trellis::AgendaFileName(data, agenda, now, trellis::AgendaFormat::Markdown), "text/markdown",
                           trellis::AgendaMarkdown(data, agenda, now), true);
        Widgets::NextInRow(half);
        if (Widgets::Button(ICON_FILE "  Printable", half))
            app.ExportFile(trellis::AgendaFileName(data, agenda, now, trellis::AgendaFormat::Html), "text/html",
                           trellis::AgendaHtml(data, agenda, now), true);
        if (Widgets::Button(ICON_CALENDAR "  Add the dates to my calendar", -1.0f))
            app.ExportFile(trellis::CalendarFileName(data, now), "text/calendar", trellis::CalendarIcs(data, now), true);
        Widgets::EndCard();
    }

    // [SECTION] Past meetings

    // Whether a meeting's words hold the query (folded: case and accents do not matter).
    static bool Matches(const trellis::OneOnOne& meeting, const std::string& folded_query)
    {
        if (folded_query.empty())
            return true;
        auto has = [&](const std::string& text) { return trellis::FoldForSearch(text).find(folded_query) != std::string::npos; };
        if (has(meeting.Notes) || has(meeting.PrivateNotes) || has(Widgets::FormatDate(meeting.On)))
            return true;
        for (const trellis::AgendaItem& item : meeting.Agenda)
            if (has(item.Text))
                return true;
        for (const trellis::ActionItem& item : meeting.Actions)
            if (has(item.Text))
                return true;
        return false;
    }

    // "2 of 3 action items done · career talk · Notes: first words…"
    static std::string PastSummary(const trellis::OneOnOne& meeting)
    {
        std::vector<std::string> parts;
        if (!meeting.Actions.empty())
        {
            const int done = static_cast<int>(std::count_if(meeting.Actions.begin(), meeting.Actions.end(), [](const trellis::ActionItem& a) { return a.DoneOn.has_value(); }));
            parts.push_back(std::to_string(done) + " of " + trellis::Counted(static_cast<int>(meeting.Actions.size()), "action item", "action items") + " done");
        }
        if (meeting.CoveredCareer)
            parts.push_back("career talk");
        if (meeting.Visible == trellis::Visibility::Private)
            parts.push_back(ICON_LOCK " private");
        std::string line;
        for (const std::string& part : parts)
            line += (line.empty() ? "" : "  \xc2\xb7  ") + part;
        if (line.empty())
            line = meeting.Notes.empty() && meeting.PrivateNotes.empty() ? "No notes yet" : "Notes written";
        return line;
    }

    void DrawPastMeetings(App& app, const trellis::LocalNow& now)
    {
        std::vector<const trellis::OneOnOne*> past;
        for (const trellis::OneOnOne* meeting : trellis::LiveRecords<trellis::OneOnOne>(app.GetSession().Data()))
            if (meeting->On < now.Today())
                past.push_back(meeting);
        if (past.empty())
            return;
        trellis::StableSort(past.begin(), past.end(), [](const trellis::OneOnOne* a, const trellis::OneOnOne* b) { return a->On > b->On; });
        ImGui::TextDisabled("Past meetings");
        if (past.size() > 3)
            Widgets::TextField("##past-search", ICON_SEARCH "  Search past meetings", &Query_);
        const std::string folded = trellis::FoldForSearch(trellis::TrimSpace(Query_));
        int shown = 0;
        for (const trellis::OneOnOne* meeting : past)
        {
            if (!Matches(*meeting, folded))
                continue;
            shown++;
            ImGui::PushID(meeting);
            Widgets::BeginCard();
            const std::string day = Widgets::FormatDate(meeting->On);
            ImGui::TextUnformatted(day.c_str());
            Widgets::MutedTextWrapped(PastSummary(*meeting).c_str());
            const bool tapped = Widgets::EndCard(day.c_str());
            ImGui::PopID();
            if (tapped)
                OpenMeeting(*meeting);
        }
        if (shown == 0)
        {
            const std::string none = "No past meeting mentions \xe2\x80\x9c" + std::string(trellis::TrimSpace(Query_)) + "\xe2\x80\x9d.";
            Widgets::MutedTextWrapped(none.c_str());
        }
    }

    // [SECTION] A meeting

    void DrawMeeting(App& app, const trellis::OneOnOne& meeting)
    {
        Platform& platform = app.GetPlatform();
        const trellis::LocalNow now{platform.NowMs(), platform.UtcOffsetMinutes()};
        if (!app.IsWide() && Widgets::Button(ICON_LEFT "  One-on-one"))
        {
            SaveNotes(app, meeting);
            Open_ = trellis::Id{};
            return;
        }
        Widgets::Heading("Meeting");
        Widgets::BeginCard();
        trellis::OneOnOne changed = meeting;
        if (Widgets::DatePicker("meeting-day", &changed.On, now.Today()))
            Save(app, changed);
        const char* when = meeting.On < now.Today() ? "Held on this day." : meeting.On == now.Today() ? "Today." : "Planned.";
        Widgets::MutedTextItem(when);
        Widgets::EndCard();

        DrawMeetingAgenda(app, meeting);
        DrawNotes(app, meeting, now);
        DrawActions(app, meeting);
        Comments_.Draw(app, meeting.Meta.RecordId);
        if (Versions_.Draw(app, meeting))
        {
            // The notes fields show the restored version's text.
            OpenMeeting(*trellis::FindRecord<trellis::OneOnOne>(app.GetSession().Data(), Open_));
            return;
        }

        Widgets::BeginCard();
        changed = meeting;
        if (Widgets::SharingToggle("Share with my manager", &changed.Visible, ICON_LOCK "  Private: this meeting is never in a file you share."))
            Save(app, changed);
        Widgets::EndCard();
        Widgets::ErrorText(Error_);
        const char* label = ConfirmDelete_ ? ICON_TRASH "  Tap again to delete this meeting" : ICON_TRASH "  Delete this meeting";
        if (Widgets::Button(label, -1.0f))
        {
            if (!ConfirmDelete_)
                ConfirmDelete_ = true;
            else if (app.AfterCommand(app.GetSession().DeleteOneOnOne(meeting.Meta.RecordId, platform.NowMs()), &Error_))
                Open_ = trellis::Id{};
        }
    }

    // The agenda as it was planned, each item ticked once talked about (a question: once asked).
    void DrawMeetingAgenda(App& app, const trellis::OneOnOne& meeting)
    {
        Widgets::BeginCard();
        ImGui::TextUnformatted("Agenda");
        if (meeting.Agenda.empty())
            Widgets::MutedTextWrapped("Nothing on the agenda yet.");
        for (const trellis::AgendaItem& item : meeting.Agenda)
        {
            ImGui::PushID(&item);
            bool covered = item.Covered;
            if (Widgets::CheckItem(item.Text.c_str(), &covered))
                app.AfterCommand(app.GetSession().SetAgendaItemCovered(meeting.Meta.RecordId, item.ItemId, covered, app.GetPlatform().NowMs()));
            if (item.Kind == trellis::AgendaItemKind::Question)
                Widgets::MutedTextWrapped(covered ? "Question, asked" : "Question: tick it once asked");
            ImGui::PopID();
        }
        std::string added;
        if (Widgets::AddField("##meeting-point", "Add to the agenda", &NewPoint_, &added))
        {
            trellis::OneOnOne changed = meeting;
            trellis::AgendaItem item;
            item.Text = std::move(added);
            changed.Agenda.push_back(std::move(item));
            Save(app, changed);
        }
        Widgets::EndCard();
    }

    // Notes are saved when the field is left, and when the meeting is closed.
    void SaveNotes(App& app, const trellis::OneOnOne& meeting)
    {
        if (NotesDraft_ == meeting.Notes && PrivateDraft_ == meeting.PrivateNotes)
            return;
        trellis::OneOnOne changed = meeting;
        changed.Notes = NotesDraft_;
        changed.PrivateNotes = PrivateDraft_;
        if (Save(app, changed, &Error_))
        {
            SavedNotes_ = NotesDraft_;
            SavedPrivate_ = PrivateDraft_;
        }
    }

    void DrawNotes(App& app, const trellis::OneOnOne& meeting, const trellis::LocalNow& now)
    {
        Widgets::BeginCard();
        ImGui::TextUnformatted("Notes, shared with my manager");
        Widgets::TextArea("##notes", &NotesDraft_, ImGui::GetTextLineHeight() * 5.0f);
        const bool left_notes = ImGui::IsItemDeactivatedAfterEdit();
        ImGui::TextUnformatted(ICON_LOCK "  Notes for me only");
        Widgets::TextArea("##private-notes", &PrivateDraft_, ImGui::GetTextLineHeight() * 4.0f);
        if (left_notes || ImGui::IsItemDeactivatedAfterEdit())
            SaveNotes(app, meeting);
        Widgets::Divider();
        trellis::OneOnOne changed = meeting;
        if (Widgets::CheckItem("We talked about my career path", &changed.CoveredCareer))
            Save(app, changed);
        const trellis::ReviewStatus review = trellis::CareerReviewStatus(app.GetSession().Data(), now);
        const std::string next = review.LastCareerTalk ? "Next career conversation due " + Widgets::FormatDate(review.Due) + "."
                                                       : std::string("Tick it when you discuss where your career is going: Trellis reminds you when the next one is due.");
        Widgets::MutedTextItem(next.c_str());
        Widgets::EndCard();
    }

    // [SECTION] Action items

    void DrawActions(App& app, const trellis::OneOnOne& meeting)
    {
        Widgets::BeginCard();
        ImGui::TextUnformatted("Action items");
        const trellis::Date today = trellis::Date::FromUnixMs(app.GetPlatform().NowMs(), app.GetPlatform().UtcOffsetMinutes());
        for (size_t i = 0; i < meeting.Actions.size(); i++)
        {
            const trellis::ActionItem& item = meeting.Actions[i];
            ActionCheckbox(app, meeting, item);
            ImGui::PushID(&item);
            if (EditingAction_ != item.ItemId)
            {
                if (Widgets::Button("Who and when##edit", -1.0f))
                    EditingAction_ = item.ItemId;
                ImGui::PopID();
                continue;
            }
            DrawActionEditor(app, meeting, i, today);
            ImGui::PopID();
        }
        std::string added;
        if (Widgets::AddField("##new-action", "A new action item", &NewAction_, &added))
        {
            trellis::OneOnOne changed = meeting;
            trellis::ActionItem item;
            item.Text = std::move(added);
            changed.Actions.push_back(std::move(item));
            Save(app, changed);
        }
        Widgets::EndCard();
    }

    // Who does it, by when, its place in the list, and remove.
    void DrawActionEditor(App& app, const trellis::OneOnOne& meeting, size_t index, trellis::Date today)
    {
        trellis::OneOnOne changed = meeting;
        trellis::ActionItem& item = changed.Actions[index];
        static const char* const owners[] = { "Me", "My manager" };
        int owner = static_cast<int>(item.Owner);
        bool edit = false;
        if (Widgets::Choice("owner", owners, 2, &owner))
        {
            item.Owner = static_cast<trellis::ActionOwner>(owner);
            edit = true;
        }
        Widgets::DatePickerOptions options;
        options.EmptyLabel = "Set a due date";
        options.Suggested = trellis::AddDays(today, 7);
        edit |= Widgets::DatePicker("action-due", &item.Due, today, options);
        const float third = Widgets::SharedWidth({ ICON_ARROW_UP "  Up##action", ICON_TRASH "  Remove##action", "Done##action-edit" }, ImGui::CalcItemWidth());
        ImGui::BeginDisabled(index == 0);
        if (Widgets::Button(ICON_ARROW_UP "  Up##action", third))
        {
            std::swap(changed.Actions[index], changed.Actions[index - 1]);
            edit = true;
        }
        ImGui::EndDisabled();
        Widgets::NextInRow(third);
        if (Widgets::Button(ICON_TRASH "  Remove##action", third))
        {
            changed.Actions.erase(changed.Actions.begin() + static_cast<std::ptrdiff_t>(index));
            edit = true;
        }
        Widgets::NextInRow(third);
        if (Widgets::Button("Done##action-edit", third))
            EditingAction_ = trellis::Id{};
        if (edit)
            Save(app, changed);
    }

    trellis::Id     Open_;                  // the meeting open; nil: the list
    std::string     NotesDraft_;            // the open meeting's notes as typed
    std::string     PrivateDraft_;
    std::string     SavedNotes_;            // the notes as last saved (or opened): the draft is what differs
    std::string     SavedPrivate_;
    std::string     NewAction_;
    std::string     NewPoint_;
    std::string     Query_;                 // the past meetings' search
    std::string     Error_;
    trellis::Id     EditingAction_;         // the action item showing its owner and due date
    bool            ConfirmDelete_ = false;
    bool            IncludeThemes_ = false; // the person's choice, for this session
    CommentThread   Comments_;
    EarlierVersionsView Versions_;
};

std::unique_ptr<Screen> CreateOneOnOneScreen()
{
    return std::make_unique<OneOnOneScreen>();
}
