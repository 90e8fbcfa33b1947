// Insights: the patterns in my journal, plan and skills, as pictures with a plain-words reading
// each: energy over time, what I loved and what drained me most, what comes with my good and bad
// days, how much of my plan I finished, my skills against their targets and how they moved since
// my last review, and my wins, which copy as a list to paste. Opened from the Journal and from
// Home; tapping a theme lists the entries it came from.
#include <algorithm>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "../app.h"
#include "../icons.h"
#include "../widgets.h"
#include "core/insights.h"
#include "core/records.h"
#include "core/validate.h"
#include "core/views.h"
#include "imgui.h"
#include "screen.h"
#include "core/sort.h"

class InsightsScreen final : public Screen
{
public:
    const char* Title() const override { return "Insights"; }

    void Draw(App& app) override
    {
        if (Widgets::Button(ICON_LEFT "  Journal"))
        {
            app.CloseInsights();
            return;
        }
        Widgets::Heading("Patterns");
        static const char* const periods[] = { "Month", "3 months", "Year", "All" };
        if (Widgets::Choice("period", periods, 4, &Period_))
            Cached_ = false;
        Refresh(app);
        const std::string& when = PeriodWords();
        if (Themes_.Reflections == 0)
            Widgets::MutedTextItem("No reflections in this period yet. Write a few, and the patterns show here.");
        else
            DrawJournal(app, when);
        DrawCompletion(when);
        DrawHelped(when);
        DrawSkills();
        DrawWins(app, when);
    }

private:
    // How many rows a chart shows on a phone; the rest are counted under it.
    static constexpr size_t kMaxThemeBars = 5;
    static constexpr size_t kMaxChartRows = 8;
    static constexpr size_t kMaxEntries = 5;       // listed under a tapped theme

    void DrawJournal(App& app, const std::string& when)
    {
        Widgets::BeginCard();
        Widgets::TextItem(ICON_BOLT "  Energy");
        std::vector<float> values;
        for (const trellis::EnergyPoint& p : Energy_)
            values.push_back(static_cast<float>(p.Average));
        const bool days = Step() == trellis::EnergyStep::Day;
        const std::string from = Energy_.empty() ? "" : days ? Widgets::FormatDate(Energy_.front().Start) : Widgets::FormatMonth(Energy_.front().Start);
        const std::string to = Energy_.empty() ? "" : days ? Widgets::FormatDate(Energy_.back().Start) : Widgets::FormatMonth(Energy_.back().Start);
        Widgets::LineChart("Energy over time", values, 1, 5, 140.0f, from.c_str(), to.c_str());
        Widgets::MutedTextItem(trellis::ReadEnergyByWeekday(Weekdays_, when).c_str());
        Widgets::EndCard();

        DrawThemes(app, ICON_HEART "  What you loved", trellis::ThemeSource::Loved, when);
        DrawThemes(app, ICON_BOLT "  What drained you", trellis::ThemeSource::Disliked, when);

        Widgets::BeginCard();
        Widgets::TextItem("Your good and hard days");
        Widgets::MutedTextItem(trellis::ReadEnergyThemes(Themes_, true, when).c_str());
        Widgets::MutedTextItem(trellis::ReadEnergyThemes(Themes_, false, when).c_str());
        Widgets::EndCard();
    }

    // Per type of activity, what the period finished against what was on the plan.
    void DrawCompletion(const std::string& when)
    {
        Widgets::BeginCard();
        Widgets::TextItem(ICON_PLAN "  Plan activities finished");
        Widgets::MutedTextItem(trellis::ReadActivityCompletion(Completion_, when).c_str());
        const size_t shown = std::min(Completion_.ByType.size(), kMaxChartRows);
        for (size_t i = 0; i < shown; i++)
        {
            const trellis::TypeCompletion& type = Completion_.ByType[i];
            const std::string value = std::to_string(type.Done) + " of " + std::to_string(type.Total);
            Widgets::ChartBar(trellis::DisplayName(type.Type), value.c_str(), static_cast<float>(type.Done) / static_cast<float>(type.Total));
        }
        DrawMore(Completion_.ByType.size() - shown, "more type", "more types");
        Widgets::EndCard();
    }

    // Which ways of learning worked: the ratings of the period's finished activities, by type of
    // activity and by the kind of goal they served, with the most useful ones named.
    void DrawHelped(const std::string& when)
    {
        Widgets::BeginCard();
        Widgets::TextItem(ICON_HEART "  Which activities helped");
        Widgets::MutedTextItem(trellis::ReadUsefulnessByType(Progress_, when).c_str());
        const auto rating = [](double average, size_t count) {
            char text[32];
            std::snprintf(text, sizeof(text), "%.1f  \xc2\xb7  %zu", average, count);
            return std::string(text);
        };
        const size_t types = std::min(Progress_.UsefulnessByType.size(), kMaxChartRows);
        for (size_t i = 0; i < types; i++)
        {
            const trellis::TypeUsefulness& type = Progress_.UsefulnessByType[i];
            Widgets::ChartBar(trellis::DisplayName(type.Type), rating(type.Average, type.Rated.size()).c_str(),
                              static_cast<float>(type.Average / trellis::kMaxUsefulness));
        }
        DrawMore(Progress_.UsefulnessByType.size() - types, "more type", "more types");
        if (!Progress_.UsefulnessByGoalKind.empty())
        {
            Widgets::MutedTextItem(trellis::ReadUsefulness(Progress_, when).c_str());
            for (const trellis::KindUsefulness& kind : Progress_.UsefulnessByGoalKind)
            {
                const std::string label = std::string(trellis::DisplayName(kind.Kind)) + " goals";
                Widgets::ChartBar(label.c_str(), rating(kind.Average, kind.Rated.size()).c_str(),
                                  static_cast<float>(kind.Average / trellis::kMaxUsefulness));
            }
        }
        if (Progress_.Rated > 0)
        {
            // The best-rated activities of the period, whatever their type.
            std::vector<const trellis::PlanActivity*> best;
            for (const trellis::TypeUsefulness& type : Progress_.UsefulnessByType)
                best.insert(best.end(), type.Rated.begin(), type.Rated.end());
            trellis::StableSort(best.begin(), best.end(), [](const trellis::PlanActivity* a, const trellis::PlanActivity* b) { return a->Usefulness > b->Usefulness; });
            const size_t shown = std::min(best.size(), kMaxEntries);
            Widgets::MutedTextItem("Most useful:");
            for (size_t i = 0; i < shown; i++)
                Widgets::TextItem((std::string(static_cast<size_t>(best[i]->Usefulness), '*') + "  " + best[i]->Title).c_str());
        }
        Widgets::EndCard();
    }

    // Each skill's level as five cells, with its target as a line and, when it moved since the last
    // review (or the period's start), a dot where it was; the biggest gaps first.
    void DrawSkills()
    {
        Widgets::BeginCard();
        Widgets::TextItem(ICON_GOALS "  Skills against targets");
        Widgets::MutedTextItem(trellis::ReadSkillGaps(Skills_).c_str());
        if (!Skills_.empty())
            Widgets::MutedTextItem(trellis::ReadSkillMoves(Moves_, MovesSince_).c_str());
        const size_t shown = std::min(Skills_.size(), kMaxChartRows);
        if (shown > 0)
            Widgets::MutedTextItem(Moves_.Up + Moves_.Down > 0 ? "Filled: your level now, of 5. Line: your target. Dot: where it was."
                                                                  : "Filled: your level now, of 5. Line: your target.");
        const float levels = static_cast<float>(trellis::kMaxSkillLevel);
        for (size_t i = 0; i < shown; i++)
        {
            const trellis::Skill& skill = *Skills_[i].Of;
            const trellis::SkillMove* move = Moves_.Find(&skill);
            const int moved = move ? move->Moved() : 0;
            std::string value = moved > 0 ? ICON_ARROW_UP " " : moved < 0 ? ICON_ARROW_DOWN " " : "";
            value += Skills_[i].Gap > 0 ? std::to_string(skill.Current) + " \xe2\x80\xba " + std::to_string(skill.Target)
                                        : ICON_CHECK " " + std::to_string(skill.Current);
            Widgets::ChartBar(skill.Name.c_str(), value.c_str(), static_cast<float>(skill.Current) / levels,
                              trellis::kMaxSkillLevel, static_cast<float>(skill.Target) / levels,
                              moved != 0 ? static_cast<float>(move->From) / levels : -1.0f);
        }
        DrawMore(Skills_.size() - shown, "more skill", "more skills");
        Widgets::EndCard();
    }

    // What the period finished, as a list to paste into a review or a message to the manager.
    // Shared records only: a review is read by others.
    void DrawWins(App& app, const std::string& when)
    {
        Widgets::BeginCard();
        Widgets::TextItem(ICON_CHECK "  Wins");
        Widgets::MutedTextItem(trellis::ReadWins(Wins_, when).c_str());
        if (!Wins_.empty() && Widgets::Button(ICON_COPY "  Copy my wins"))
        {
            const trellis::Workspace& data = app.GetSession().Data();
            app.GetPlatform().SetClipboardText(trellis::WinsSummary(data, First_, Today_));
            app.ShowNotice("Your wins are copied, ready to paste. Private ones stay out.");
        }
        Widgets::EndCard();
    }

    static void DrawMore(size_t hidden, const char* one, const char* many)
    {
        if (hidden > 0)
            Widgets::MutedTextItem(("and " + std::to_string(hidden) + " " + (hidden == 1 ? one : many)).c_str());
    }

    const std::string& PeriodWords() const
    {
        static const std::string words[] = { "this month", "in the last three months", "in the last year", "overall" };
        return words[Period_];
    }

    // A point a day for a month, a week for up to a year, a month for all time: a line a phone
    // can show without turning it into noise.
    trellis::EnergyStep Step() const
    {
        static const trellis::EnergyStep steps[] = { trellis::EnergyStep::Day, trellis::EnergyStep::Week, trellis::EnergyStep::Week, trellis::EnergyStep::Month };
        return steps[Period_];
    }

    // Themes over ten years take tens of milliseconds the first time: computed when the period or
    // the data changes, from an index that reads again only the reflections edited since.
    void Refresh(App& app)
    {
        const trellis::Workspace& data = app.GetSession().Data();
        if (Cached_ && CachedClock_ == data.Clock)
            return;
        const trellis::Date today = trellis::Date::FromUnixMs(app.GetPlatform().NowMs(), app.GetPlatform().UtcOffsetMinutes());
        static const int months[] = { 1, 3, 12, 0 };
        First_ = months[Period_] > 0 ? trellis::AddDays(trellis::AddMonths(today, -months[Period_]), 1)
                                     : trellis::Date::FromCivil(1970, 1, 1);
        const trellis::Date first = First_;
        Themes_ = Index_.Extract(data, first, today);
        Energy_ = trellis::EnergyOverTime(data, first, today, Step());
        Weekdays_ = trellis::EnergyByWeekday(data, first, today);
        Completion_ = trellis::ActivityCompletionBetween(data, first, today);
        Progress_ = trellis::PlanProgressBetween(data, first, today);
        Skills_ = trellis::SkillGaps(data);
        Wins_ = trellis::WinsBetween(data, first, today);
        Today_ = today;
        // Skills move between reviews: since the last one, else since the period began.
        const trellis::LocalNow now{app.GetPlatform().NowMs(), app.GetPlatform().UtcOffsetMinutes()};
        const std::optional<trellis::Date> review = trellis::CareerReviewStatus(data, now).LastCareerTalk;
        Moves_ = trellis::SkillMovesAfter(data, review ? *review : trellis::AddDays(first, -1));
        MovesSince_ = review ? "since your last review on " + Widgets::FormatDate(*review) : PeriodWords();
        Cached_ = true;
        CachedClock_ = data.Clock;
        Open_.clear();
    }

    // The top themes as bars; a tap on a bar lists the days it was written.
    void DrawThemes(App& app, const char* title, trellis::ThemeSource source, const std::string& when)
    {
        const trellis::ThemeList& list = Themes_.Of(source);
        if (list.Words.empty())
            return;
        Widgets::BeginCard();
        Widgets::TextItem(title);
        Widgets::MutedTextItem(trellis::ReadTopTheme(Themes_, source, when).c_str());
        const int top = list.Words.front().Count();
        const size_t shown = std::min(list.Words.size(), kMaxThemeBars);
        for (size_t i = 0; i < shown; i++)
        {
            const trellis::Theme& theme = list.Words[i];
            const std::string id = theme.Display + "  " + std::to_string(theme.Count()) + "##" + std::to_string(static_cast<int>(source));
            const std::string text = theme.Display + "  \xc2\xb7  " + std::to_string(theme.Count());
            const std::string key = std::to_string(static_cast<int>(source)) + theme.Key;
            if (Widgets::TapBar(id.c_str(), text.c_str(), static_cast<float>(theme.Count()) / static_cast<float>(top)))
                Open_ = Open_ == key ? std::string() : key;
            if (Open_ == key)
                DrawEntries(app, theme, source);
        }
        Widgets::EndCard();
    }

    // The latest entries a theme came from, newest first: each day with what was written there.
    static void DrawEntries(App& app, const trellis::Theme& theme, trellis::ThemeSource source)
    {
        const trellis::Workspace& data = app.GetSession().Data();
        const size_t shown = std::min(theme.Entries.size(), kMaxEntries);
        for (size_t i = 0; i < shown; i++)
        {
            const trellis::Reflection* r = trellis::FindRecord<trellis::Reflection>(data, theme.Entries[theme.Entries.size() - 1 - i]);
            if (r == nullptr)
                continue;
            const std::vector<std::string>& items = source == trellis::ThemeSource::Disliked ? r->Disliked : r->Loved;
            std::string line = Widgets::FormatDate(r->On) + ":";
            for (size_t k = 0; k < items.size(); k++)
                line += (k == 0 ? " " : "; ") + items[k];
            Widgets::MutedTextItem(line.c_str());
        }
        DrawMore(theme.Entries.size() - shown, "earlier entry", "earlier entries");
    }

    int                                 Period_ = 0;
    bool                                Cached_ = false;
    trellis::Stamp                      CachedClock_;
    trellis::ThemeIndex                 Index_;
    trellis::Themes                     Themes_;
    std::vector<trellis::EnergyPoint>   Energy_;
    trellis::WeekdayEnergy              Weekdays_;
    trellis::ActivityCompletion         Completion_;
    trellis::PlanProgress               Progress_;  // points into the workspace: refreshed with it
    std::vector<trellis::SkillLevelGap> Skills_;    // point into the workspace: refreshed with it
    trellis::SkillMoves                 Moves_;     // likewise
    std::string                         MovesSince_;// "since your last review on ...", or the period
    std::string                         Open_;      // the theme whose entries are listed
    std::vector<trellis::Win>           Wins_;
    trellis::Date                       First_;     // the period shown
    trellis::Date                       Today_;
};

std::unique_ptr<Screen> CreateInsightsScreen()
{
    return std::make_unique<InsightsScreen>();
}
