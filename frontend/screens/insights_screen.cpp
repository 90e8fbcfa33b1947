// Insights: the patterns in my journal, as pictures with a plain-words reading each: energy over
// time, what I loved and what drained me most, what comes with my good and bad days. Opened from
// the Journal and from Home; tapping a theme lists the entries it came from.
#include <string>
#include <vector>

#include "../app.h"
#include "../icons.h"
#include "../widgets.h"
#include "core/insights.h"
#include "core/records.h"
#include "imgui.h"
#include "screen.h"

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
        {
            Widgets::MutedTextWrapped("No reflections in this period yet. Write a few, and the patterns show here.");
            return;
        }

        Widgets::BeginCard();
        ImGui::TextUnformatted(ICON_BOLT "  Energy");
        std::vector<float> values;
        for (const trellis::EnergyPoint& p : Energy_)
            values.push_back(static_cast<float>(p.Average));
        ImGui::PushStyleColor(ImGuiCol_PlotLines, GetThemeColors().Accent);
        ImGui::PlotLines("##energy", values.data(), static_cast<int>(values.size()), 0, nullptr, 1.0f, 5.0f,
                         ImVec2(ImGui::CalcItemWidth(), 120.0f));
        ImGui::PopStyleColor();
        Widgets::MutedTextWrapped(trellis::ReadEnergyByWeekday(Weekdays_, when).c_str());
        Widgets::EndCard();

        DrawThemes(app, ICON_HEART "  What you loved", trellis::ThemeSource::Loved, when);
        DrawThemes(app, ICON_BOLT "  What drained you", trellis::ThemeSource::Disliked, when);

        Widgets::BeginCard();
        ImGui::TextUnformatted("Your good and hard days");
        Widgets::MutedTextWrapped(trellis::ReadEnergyThemes(Themes_, true, when).c_str());
        Widgets::MutedTextWrapped(trellis::ReadEnergyThemes(Themes_, false, when).c_str());
        Widgets::EndCard();
    }

private:
    const std::string& PeriodWords() const
    {
        static const std::string words[] = { "this month", "in the last three months", "in the last year", "overall" };
        return words[Period_];
    }

    // Themes over ten years take tens of milliseconds: computed when the period or the data changes.
    void Refresh(App& app)
    {
        const trellis::Workspace& data = app.GetSession().Data();
        if (Cached_ && CachedClock_ == data.Clock)
            return;
        const trellis::Date today = trellis::Date::FromUnixMs(app.GetPlatform().NowMs(), app.GetPlatform().UtcOffsetMinutes());
        static const int months[] = { 1, 3, 12, 0 };
        const trellis::Date first = months[Period_] > 0 ? trellis::AddDays(trellis::AddMonths(today, -months[Period_]), 1)
                                                        : trellis::Date::FromCivil(1970, 1, 1);
        Themes_ = trellis::ExtractThemes(data, first, today);
        Energy_ = trellis::EnergyOverTime(data, first, today, months[Period_] == 1 ? trellis::EnergyStep::Day : trellis::EnergyStep::Week);
        Weekdays_ = trellis::EnergyByWeekday(data, first, today);
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
        ImGui::TextUnformatted(title);
        Widgets::MutedTextWrapped(trellis::ReadTopTheme(Themes_, source, when).c_str());
        const int top = list.Words.front().Count();
        const size_t shown = std::min<size_t>(list.Words.size(), 5);
        for (size_t i = 0; i < shown; i++)
        {
            const trellis::Theme& theme = list.Words[i];
            const std::string label = theme.Display + "  " + std::to_string(theme.Count()) + "##" + std::to_string(static_cast<int>(source));
            const ImVec2 pos = ImGui::GetCursorScreenPos();
            const float width = ImGui::CalcItemWidth();
            const float height = app.Metrics().TouchTargetPx;
            const bool tapped = ImGui::InvisibleButton(label.c_str(), ImVec2(width, height));
            ImDrawList* draw = ImGui::GetWindowDrawList();
            const float fill = width * static_cast<float>(theme.Count()) / static_cast<float>(top);
            draw->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), ImGui::GetColorU32(ImGuiCol_FrameBg), 8.0f);
            draw->AddRectFilled(pos, ImVec2(pos.x + fill, pos.y + height), (GetThemeColors().Accent & 0x00FFFFFF) | 0x66000000, 8.0f);
            const std::string text = theme.Display + "  ·  " + std::to_string(theme.Count());
            draw->AddText(ImVec2(pos.x + 12.0f, pos.y + (height - ImGui::GetTextLineHeight()) * 0.5f), ImGui::GetColorU32(ImGuiCol_Text), text.c_str());
            const std::string key = std::to_string(static_cast<int>(source)) + theme.Key;
            if (tapped)
                Open_ = Open_ == key ? std::string() : key;
            if (Open_ == key)
                DrawEntries(app, theme);
        }
        Widgets::EndCard();
    }

    static void DrawEntries(App& app, const trellis::Theme& theme)
    {
        const trellis::Workspace& data = app.GetSession().Data();
        std::string days;
        const size_t shown = std::min<size_t>(theme.Entries.size(), 12);
        for (size_t i = theme.Entries.size() - shown; i < theme.Entries.size(); i++)
            if (const trellis::Reflection* r = trellis::FindRecord<trellis::Reflection>(data, theme.Entries[i]))
                days += (days.empty() ? "" : ", ") + Widgets::FormatDate(r->On);
        if (theme.Entries.size() > shown)
            days += " and " + std::to_string(theme.Entries.size() - shown) + " earlier";
        Widgets::MutedTextWrapped(days.c_str());
    }

    int                                 Period_ = 0;
    bool                                Cached_ = false;
    trellis::Stamp                      CachedClock_;
    trellis::Themes                     Themes_;
    std::vector<trellis::EnergyPoint>   Energy_;
    trellis::WeekdayEnergy              Weekdays_;
    std::string                         Open_;      // the theme whose entries are listed
};

std::unique_ptr<Screen> CreateInsightsScreen()
{
    return std::make_unique<InsightsScreen>();
}
