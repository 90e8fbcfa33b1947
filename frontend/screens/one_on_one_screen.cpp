// One-on-one: the agenda for my next meeting, built by the core from what happened since the last
// one (goals changed, plan activities due or done, open action items, questions worth asking), plus
// my own talking points, stored on the planned meeting, and the week's themes if I choose.
#include <string>
#include <vector>

#include "../app.h"
#include "../icons.h"
#include "../widgets.h"
#include "core/agenda.h"
#include "core/agenda_export.h"
#include "core/views.h"
#include "imgui.h"
#include "screen.h"

class OneOnOneScreen final : public Screen
{
public:
    const char* Title() const override { return "One-on-one"; }

    void Draw(App& app) override
    {
        Platform& platform = app.GetPlatform();
        const trellis::LocalNow now{platform.NowMs(), platform.UtcOffsetMinutes()};
        trellis::AgendaOptions options;
        options.WeekThemes = IncludeThemes_;
        const trellis::Agenda agenda = trellis::BuildAgenda(app.GetSession().Data(), now, options);
        Widgets::Heading("One-on-one");
        DrawMeeting(app, agenda, now);
        DrawSection("Goal updates", agenda.GoalUpdates.empty(), [&] {
            for (const trellis::AgendaGoal& g : agenda.GoalUpdates)
            {
                ImGui::TextWrapped("%s", g.Record->Title.c_str());
                Widgets::ProgressBar(g.Progress / 100.0f);
            }
        });
        DrawSection("Plan activities", agenda.Activities.empty(), [&] {
            for (const trellis::AgendaActivity& a : agenda.Activities)
                ImGui::TextWrapped("%s %s", a.Completed ? ICON_CHECK : ICON_CALENDAR, a.Record->Title.c_str());
        });
        DrawSection("Carried over", agenda.CarriedOver.empty(), [&] {
            for (const trellis::CarriedAction& c : agenda.CarriedOver)
                ImGui::TextWrapped("%s  (%s)", c.Item->Text.c_str(), c.Item->Owner == trellis::ActionOwner::Me ? "me" : "my manager");
        });
        DrawTalkingPoints(app, agenda);
        DrawWeekThemes(agenda);
        DrawSection("Questions worth asking", agenda.Questions.empty(), [&] {
            for (const trellis::BankQuestion* q : agenda.Questions)
                ImGui::TextWrapped("\xe2\x80\xa2 %s", q->Text);
        });
        DrawFiles(app, agenda, now);
    }

private:
    // The plan goes to the manager as a file, and their response comes back as one.
    // The agenda can also leave as a page to read or print, and the dates as a calendar file.
    static void DrawFiles(App& app, const trellis::Agenda& agenda, const trellis::LocalNow& now)
    {
        const trellis::Workspace& data = app.GetSession().Data();
        Widgets::BeginCard();
        ImGui::TextUnformatted("Share and import");
        Widgets::MutedTextWrapped("Your manager gets your shared goals, plan and agenda. Private goals and your journal stay here.");
        if (Widgets::PrimaryButton(ICON_SHARE "  Share with my manager"))
            app.ShareWithManager();
        if (Widgets::Button(ICON_UPLOAD "  Import a file", -1.0f))
            app.GetPlatform().PickFile();
        Widgets::EndCard();

        Widgets::BeginCard();
        ImGui::TextUnformatted("Take the agenda with you");
        const float half = (ImGui::GetContentRegionAvail().x - app.Metrics().PagePaddingPx - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
        if (Widgets::Button(ICON_FILE "  Markdown", half))
            app.ExportFile(trellis::AgendaFileName(data, agenda, now, trellis::AgendaFormat::Markdown), "text/markdown",
                           trellis::AgendaMarkdown(data, agenda, now), true);
        ImGui::SameLine();
        if (Widgets::Button(ICON_FILE "  Printable", half))
            app.ExportFile(trellis::AgendaFileName(data, agenda, now, trellis::AgendaFormat::Html), "text/html",
                           trellis::AgendaHtml(data, agenda, now), true);
        if (Widgets::Button(ICON_CALENDAR "  Add the dates to my calendar", -1.0f))
            app.ExportFile(trellis::CalendarFileName(data, now), "text/calendar", trellis::CalendarIcs(data, now), true);
        Widgets::EndCard();
    }

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

    static void DrawMeeting(App& app, const trellis::Agenda& agenda, const trellis::LocalNow& now)
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
                PlanMeeting(app, day, {});
        }
        else
        {
            trellis::OneOnOne meeting = *agenda.Meeting;
            if (Widgets::DatePicker("meeting", &meeting.On, now.Today(), meeting.On < now.Today() ? meeting.On : now.Today()))
                Save(app, app.GetSession().EditOneOnOne(meeting, app.GetPlatform().NowMs()));
        }
        Widgets::EndCard();
    }

    static void PlanMeeting(App& app, trellis::Date on, std::vector<trellis::AgendaItem> items)
    {
        trellis::OneOnOne meeting;
        meeting.On = on;
        meeting.Agenda = std::move(items);
        trellis::Result<trellis::Id> added = app.GetSession().AddOneOnOne(meeting, app.GetPlatform().NowMs());
        Save(app, added ? trellis::Status::Ok() : trellis::Status(added.GetError()));
    }

    static void Save(App& app, const trellis::Status& done)
    {
        if (done)
            app.AfterEdit(app.GetSession().LastSave());
        else
            app.ShowError(done.GetError().Message);
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

    // Rewrites the meeting's talking points from the edited list, keeping its other agenda items;
    // the first point plans a meeting (on the day the cadence suggests) if none is planned.
    static void StorePoints(App& app, const trellis::Agenda& agenda, const std::vector<std::string>& after)
    {
        std::vector<trellis::AgendaItem> items;
        if (agenda.Meeting != nullptr)
            for (const trellis::AgendaItem& item : agenda.Meeting->Agenda)
                if (item.Kind != trellis::AgendaItemKind::TalkingPoint)
                    items.push_back(item);
        std::vector<bool> reused(agenda.TalkingPoints.size(), false);
        for (const std::string& text : after)
        {
            trellis::AgendaItem item;
            item.Kind = trellis::AgendaItemKind::TalkingPoint;
            item.Text = text;
            // Keep the ids of points that stayed, so a manager's notes on them still match.
            for (size_t i = 0; i < agenda.TalkingPoints.size(); i++)
                if (!reused[i] && agenda.TalkingPoints[i]->Text == text)
                {
                    item.ItemId = agenda.TalkingPoints[i]->ItemId;
                    reused[i] = true;
                    break;
                }
            items.push_back(std::move(item));
        }
        if (agenda.Meeting == nullptr)
        {
            const trellis::LocalNow now{app.GetPlatform().NowMs(), app.GetPlatform().UtcOffsetMinutes()};
            PlanMeeting(app, trellis::DayForNewOneOnOne(app.GetSession().Data(), now), std::move(items));
            return;
        }
        trellis::OneOnOne meeting = *agenda.Meeting;
        meeting.Agenda = std::move(items);
        Save(app, app.GetSession().EditOneOnOne(meeting, app.GetPlatform().NowMs()));
    }

    // What I loved and what drained me this week, if I choose: only from reflections I shared.
    void DrawWeekThemes(const trellis::Agenda& agenda)
    {
        Widgets::BeginCard();
        ImGui::Checkbox("Include this week's themes", &IncludeThemes_);
        if (!agenda.WeekThemes)
            Widgets::MutedTextWrapped("Only reflections you shared are read; private ones never are.");
        else if (const std::string reading = trellis::ReadAgendaThemes(*agenda.WeekThemes); !reading.empty())
            Widgets::MutedTextItem(reading.c_str());
        else
            Widgets::MutedTextItem("No shared reflection this week names what you loved or what drained you.");
        Widgets::EndCard();
    }

    std::string NewPoint_;
    bool        IncludeThemes_ = false;     // the person's choice, for this session
};

std::unique_ptr<Screen> CreateOneOnOneScreen()
{
    return std::make_unique<OneOnOneScreen>();
}
