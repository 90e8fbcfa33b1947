// Review my week: the love/dislike exercise as a guided flow, opened from the Journal. One question
// a page (what I loved, what drained me, how my energy was), saved as one reflection; then what the
// week's entries say, each theme set against the weeks before (new, rising, fading), with the
// choice of taking the week's themes to my next one-on-one as a talking point.
#include <algorithm>
#include <string>
#include <vector>

#include "../app.h"
#include "../icons.h"
#include "../widgets.h"
#include "core/agenda.h"
#include "core/insights.h"
#include "core/question_bank.h"
#include "core/records.h"
#include "core/validate.h"
#include "core/views.h"
#include "imgui.h"
#include "screen.h"

namespace {

enum class Step
{
    Loved,
    Drained,
    Energy,
    Themes,
    COUNT
};

class WeekReviewScreen final : public Screen
{
public:
    const char* Title() const override { return "Review my week"; }

    void Draw(App& app) override
    {
        if (app.TakeWeekReviewRequest())
            Start(app);
        if (Widgets::Button(ICON_LEFT "  Journal"))
        {
            Active_ = false;
            app.Open(Page::Journal);
            return;
        }
        Widgets::Heading("Review my week");
        if (Step_ != Step::Themes)
        {
            const std::string step = "Step " + std::to_string(static_cast<int>(Step_) + 1) + " of 3";
            Widgets::MutedTextItem(step.c_str());
        }
        switch (Step_)
        {
        case Step::Loved:   DrawList(app, true); break;
        case Step::Drained: DrawList(app, false); break;
        case Step::Energy:  DrawEnergy(app); break;
        case Step::Themes:  DrawThemes(app); break;
        case Step::COUNT:   break;
        }
    }

    // The answers so far, as the reflection they will save, and the question it is on.
    std::optional<trellis::Draft> CurrentDraft() const override
    {
        if (!Active_ || Step_ == Step::Themes)
            return std::nullopt;
        trellis::Draft draft;
        draft.Kind = trellis::DraftKind::WeekReview;
        draft.AsReflection = Entry();
        for (auto [pending, list] : { std::pair{&NewLoved_, &draft.AsReflection.Loved}, std::pair{&NewDisliked_, &draft.AsReflection.Disliked} })
            if (!trellis::TrimSpace(*pending).empty())
                list->emplace_back(trellis::TrimSpace(*pending));
        draft.AsReflection.Text = Note_;
        draft.Step = static_cast<int>(Step_);
        return draft;
    }

    bool RestoreDraft(App& app, const trellis::Draft& draft) override
    {
        if (draft.Kind != trellis::DraftKind::WeekReview || draft.Step < 0 || draft.Step >= static_cast<int>(Step::Themes))
            return false;
        Start(app);
        Today_ = draft.AsReflection.On;
        Before_ = trellis::ReviewWeek(app.GetSession().Data(), Today_);
        Loved_ = draft.AsReflection.Loved;
        Disliked_ = draft.AsReflection.Disliked;
        Energy_ = draft.AsReflection.Energy;
        Note_ = draft.AsReflection.Text;
        Step_ = static_cast<Step>(draft.Step);
        return true;
    }

    void DropDraft() override { Active_ = false; }

private:
    // What the answers save, in the journal.
    trellis::Reflection Entry() const
    {
        trellis::Reflection entry;
        entry.On = Today_;
        entry.Prompt = trellis::WeekReviewPrompt();
        entry.Loved = Loved_;
        entry.Disliked = Disliked_;
        entry.Energy = Energy_;
        entry.Text = std::string(trellis::TrimSpace(Note_));
        return entry;
    }

    void Start(App& app)
    {
        Active_ = true;
        Step_ = Step::Loved;
        Loved_.clear();
        Disliked_.clear();
        NewLoved_.clear();
        NewDisliked_.clear();
        Note_.clear();
        Energy_ = 3;
        Error_.clear();
        Added_.clear();
        Today_ = Today(app);
        // What the week's entries already say, offered as one-tap answers.
        Before_ = trellis::ReviewWeek(app.GetSession().Data(), Today_);
    }

    static trellis::Date Today(App& app)
    {
        return trellis::Date::FromUnixMs(app.GetPlatform().NowMs(), app.GetPlatform().UtcOffsetMinutes());
    }

    // Steps 1 and 2: a list of short answers, with the themes of the week's entries to add in a tap.
    void DrawList(App& app, bool loved)
    {
        std::vector<std::string>& items = loved ? Loved_ : Disliked_;
        Widgets::BeginCard();
        Widgets::TextItem(loved ? ICON_HEART "  What did you love at work this week?"
                                : ICON_BOLT "  What drained you this week?");
        Widgets::MutedTextItem(loved ? "The moments that gave you energy: a task, a person, something you learned."
                                     : "What took your energy: a task, a meeting, a way of working.");
        Widgets::ListEditor(loved ? "loved" : "drained", loved ? "Something that gave you energy" : "Something that drained you",
                            &items, loved ? &NewLoved_ : &NewDisliked_);
        const trellis::WeeklyList& said = loved ? Before_.Loved : Before_.Disliked;
        bool heading = false;
        for (const trellis::WeeklyTheme& theme : said.Top)
        {
            if (std::find(items.begin(), items.end(), theme.Of.Display) != items.end())
                continue;
            if (!heading)
                Widgets::MutedTextItem("From your entries this week:");
            heading = true;
            const std::string label = ICON_PLUS "  " + theme.Of.Display;
            if (Widgets::Button(label.c_str()))
                items.push_back(theme.Of.Display);
        }
        Widgets::EndCard();
        DrawSteps(app);
    }

    // Step 3: the week's energy, and anything else to say about it.
    void DrawEnergy(App& app)
    {
        Widgets::BeginCard();
        Widgets::TextItem("How was your energy this week?");
        Widgets::EnergyChoice("week energy", &Energy_);
        Widgets::TextItem("Anything else about the week? (optional)");
        Widgets::TextArea("##week note", &Note_, ImGui::GetTextLineHeight() * 4.0f);
        Widgets::MutedTextItem(ICON_LOCK "  Saved in your journal as a private reflection.");
        Widgets::EndCard();
        Widgets::ErrorText(Error_);
        DrawSteps(app);
    }

    // Back and Next (Save on the last question); Back on the first step leaves for the Journal.
    void DrawSteps(App& app)
    {
        const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
        if (Widgets::Button(Step_ == Step::Loved ? "Cancel" : ICON_LEFT "  Back", half))
        {
            if (Step_ == Step::Loved)
            {
                Active_ = false;
                app.Open(Page::Journal);
            }
            else
                Step_ = static_cast<Step>(static_cast<int>(Step_) - 1);
            return;
        }
        ImGui::SameLine();
        const bool last = Step_ == Step::Energy;
        if (!Widgets::PrimaryButton(last ? ICON_CHECK "  Save my week" : "Next  " ICON_RIGHT, half))
            return;
        KeepPending();
        if (last)
            Save(app);
        else
            Step_ = static_cast<Step>(static_cast<int>(Step_) + 1);
    }

    // An answer typed but not yet added with "Add" is kept, as the person expects.
    void KeepPending()
    {
        for (auto [pending, list] : { std::pair{&NewLoved_, &Loved_}, std::pair{&NewDisliked_, &Disliked_} })
            if (!trellis::TrimSpace(*pending).empty())
            {
                list->emplace_back(trellis::TrimSpace(*pending));
                pending->clear();
            }
    }

    void Save(App& app)
    {
        // Nothing said: nothing to save, the week's themes are shown as they are.
        if (!Loved_.empty() || !Disliked_.empty() || !trellis::TrimSpace(Note_).empty())
        {
            trellis::Result<trellis::Id> added = app.GetSession().AddReflection(Entry(), app.GetPlatform().NowMs());
            if (!app.AfterCommand(added ? trellis::Status::Ok() : trellis::Status(added.GetError()), &Error_))
                return;
        }
        Error_.clear();
        Step_ = Step::Themes;
    }

    // [SECTION] The week's themes

    void DrawThemes(App& app)
    {
        const trellis::Workspace& data = app.GetSession().Data();
        const trellis::WeeklyReview review = trellis::ReviewWeek(data, Today_);
        const std::string week = "Your week, " + Widgets::FormatDate(review.First) + " to " + Widgets::FormatDate(review.Last);
        Widgets::MutedTextItem(week.c_str());
        Widgets::BeginCard();
        Widgets::TextItem(trellis::ReadWeeklyReview(review).c_str());
        const std::string since = review.PreviousEntries == 0
            ? std::string("No entries in the four weeks before: every theme is new.")
            : "Set against your " + std::to_string(review.PreviousEntries) + (review.PreviousEntries == 1 ? " entry" : " entries") + " of the four weeks before.";
        Widgets::MutedTextItem(since.c_str());
        Widgets::EndCard();
        DrawList(ICON_HEART "  What you loved", review.Loved, "loved");
        DrawList(ICON_BOLT "  What drained you", review.Disliked, "drained you");

        // The week's themes as a talking point: the line is shown first, so the person knows what
        // the manager will read (their entries themselves stay private).
        trellis::AgendaThemes themes;
        themes.First = review.First;
        themes.Last = review.Last;
        themes.Entries = review.Entries;
        for (const trellis::WeeklyTheme& theme : review.Loved.Top)
            themes.Loved.push_back(theme.Of);
        for (const trellis::WeeklyTheme& theme : review.Disliked.Top)
            themes.Disliked.push_back(theme.Of);
        const std::string point = trellis::ReadAgendaThemes(themes);
        if (!point.empty())
        {
            Widgets::BeginCard();
            Widgets::TextItem(ICON_CALENDAR "  For your next one-on-one");
            const std::string quoted = "\xe2\x80\x9c" + point + "\xe2\x80\x9d";
            Widgets::MutedTextItem(quoted.c_str());
            if (Added_.empty())
            {
                if (Widgets::Button(ICON_PLUS "  Add to my next one-on-one", -1.0f))
                    AddTalkingPoint(app, point);
            }
            else
            {
                Widgets::MutedTextItem(Added_.c_str());
                if (Widgets::Button("Open my one-on-one  " ICON_RIGHT, -1.0f))
                    app.Open(Page::OneOnOne);
            }
            Widgets::MutedTextItem("Your manager sees this line in the agenda; your entries stay private.");
            Widgets::EndCard();
        }
        Widgets::ErrorText(Error_);
        if (Widgets::PrimaryButton(ICON_CHECK "  Done"))
            app.Open(Page::Journal);
    }

    static void DrawList(const char* title, const trellis::WeeklyList& list, const char* verb)
    {
        Widgets::BeginCard();
        Widgets::TextItem(title);
        if (list.Top.empty())
            Widgets::MutedTextItem("Nothing named this week.");
        for (const trellis::WeeklyTheme& theme : list.Top)
        {
            const std::string line = theme.Of.Display + "  \xc2\xb7  " + std::to_string(theme.ThisWeek) +
                                     (theme.ThisWeek == 1 ? " entry" : " entries") + "  \xc2\xb7  " + trellis::DisplayName(theme.Trend);
            Widgets::TextItem(line.c_str());
        }
        for (const trellis::WeeklyTheme& theme : list.Fading)
        {
            const std::string line = "Fading: " + theme.Of.Display + " " + verb + " in " + std::to_string(theme.Before) +
                                     (theme.Before == 1 ? " entry" : " entries") + " before, " + std::to_string(theme.ThisWeek) + " this week";
            Widgets::MutedTextItem(line.c_str());
        }
        Widgets::EndCard();
    }

    // Appends the line to the planned one-on-one's agenda, planning one when none is.
    void AddTalkingPoint(App& app, const std::string& point)
    {
        Platform& platform = app.GetPlatform();
        const trellis::LocalNow now{platform.NowMs(), platform.UtcOffsetMinutes()};
        const trellis::Agenda agenda = trellis::BuildAgenda(app.GetSession().Data(), now);
        trellis::AgendaItem item;
        item.Kind = trellis::AgendaItemKind::TalkingPoint;
        item.Text = point;
        trellis::Date on;
        trellis::Status done = trellis::Status::Ok();
        if (agenda.Meeting != nullptr)
        {
            trellis::OneOnOne meeting = *agenda.Meeting;
            on = meeting.On;
            meeting.Agenda.push_back(std::move(item));
            done = app.GetSession().EditOneOnOne(meeting, platform.NowMs());
        }
        else
        {
            trellis::OneOnOne meeting;
            meeting.On = on = trellis::DayForNewOneOnOne(app.GetSession().Data(), now);
            meeting.Agenda.push_back(std::move(item));
            trellis::Result<trellis::Id> added = app.GetSession().AddOneOnOne(meeting, platform.NowMs());
            done = added ? trellis::Status::Ok() : trellis::Status(added.GetError());
        }
        if (app.AfterCommand(done, &Error_))
            Added_ = "Added to your one-on-one on " + Widgets::FormatDate(on) + ".";
    }

    bool                        Active_ = false; // started and not left: its answers are a draft
    Step                        Step_ = Step::Loved;
    trellis::Date               Today_;
    trellis::WeeklyReview       Before_;        // the week as its entries said it when the flow began
    std::vector<std::string>    Loved_;
    std::vector<std::string>    Disliked_;
    std::string                 NewLoved_;
    std::string                 NewDisliked_;
    std::string                 Note_;
    int                         Energy_ = 3;
    std::string                 Error_;
    std::string                 Added_;         // "Added to your one-on-one on ..." once it was
};

} // namespace

std::unique_ptr<Screen> CreateWeekReviewScreen()
{
    return std::make_unique<WeekReviewScreen>();
}
