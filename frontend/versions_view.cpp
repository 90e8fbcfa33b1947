#include "versions_view.h"

#include <cstdio>
#include <type_traits>
#include <vector>

#include "app.h"
#include "core/records.h"
#include "core/views.h"
#include "icons.h"
#include "imgui.h"
#include "widgets.h"

// "Saved Thu 1 Jan 2026 at 14:05", in the person's local time. No device is named: a backup restored
// on a second device carries the workspace's identity, so both devices stamp with the same id.
static std::string SavedLine(App& app, const trellis::Stamp& stamp)
{
    Platform& platform = app.GetPlatform();
    const int64_t local_ms = stamp.WallMs + int64_t(platform.UtcOffsetMinutes()) * 60000;
    const int64_t minute_of_day = ((local_ms / 60000) % 1440 + 1440) % 1440;
    char time[8];
    std::snprintf(time, sizeof(time), "%02d:%02d", int(minute_of_day / 60), int(minute_of_day % 60));
    return "Saved " + Widgets::FormatDate(trellis::Date::FromUnixMs(stamp.WallMs, platform.UtcOffsetMinutes())) + " at " + time;
}

template <class R>
static trellis::Status Restore(App& app, const R& earlier)
{
    Platform& platform = app.GetPlatform();
    if constexpr (std::is_same_v<R, trellis::Skill>)
        return app.GetSession().RestoreVersion(earlier, platform.NowMs(), platform.UtcOffsetMinutes());
    else
        return app.GetSession().RestoreVersion(earlier, platform.NowMs());
}

template <class R>
bool EarlierVersionsView::Draw(App& app, const R& current)
{
    const std::vector<const R*> versions = trellis::EarlierVersions<R>(app.GetSession().Data(), current.Meta.RecordId);
    if (versions.empty())
        return false;
    Widgets::BeginCard();
    const std::string title = ICON_UNDO "  Earlier versions (" + std::to_string(versions.size()) + ")";
    Widgets::TextItem(title.c_str());
    Widgets::MutedTextItem("Kept when this was edited on two devices and the later edit won.");
    if (Widgets::Button(Open_ ? "Hide earlier versions" : "Show earlier versions", -1.0f))
    {
        Open_ = !Open_;
        Confirming_ = trellis::Stamp{};
    }
    bool restored = false;
    for (size_t i = 0; Open_ && i < versions.size() && !restored; i++)
    {
        // Copied: a restore changes the workspace the pointers point into.
        const R version = *versions[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::Separator();
        Widgets::TextItem(SavedLine(app, version.Meta.Updated).c_str());
        const std::vector<std::string> lines = trellis::VersionDifferences(version, current);
        if (lines.empty())
            Widgets::MutedTextItem("The same as now.");
        for (const std::string& line : lines)
            Widgets::MutedTextItem(line.c_str());
        const bool confirming = Confirming_ == version.Meta.Updated;
        if (!lines.empty() && Widgets::Button(confirming ? ICON_UNDO "  Tap again to restore it" : ICON_UNDO "  Restore this version", -1.0f))
        {
            if (!confirming)
                Confirming_ = version.Meta.Updated;
            else if (app.AfterCommand(Restore(app, version), &Error_))
            {
                Confirming_ = trellis::Stamp{};
                Error_.clear();
                restored = true;
            }
        }
        ImGui::PopID();
    }
    Widgets::ErrorText(Error_);
    Widgets::EndCard();
    return restored;
}

void EarlierVersionsView::Reset()
{
    Open_ = false;
    Confirming_ = trellis::Stamp{};
    Error_.clear();
}

template bool EarlierVersionsView::Draw(App&, const trellis::Goal&);
template bool EarlierVersionsView::Draw(App&, const trellis::Reflection&);
template bool EarlierVersionsView::Draw(App&, const trellis::Skill&);
template bool EarlierVersionsView::Draw(App&, const trellis::CareerPath&);
template bool EarlierVersionsView::Draw(App&, const trellis::PlanActivity&);
template bool EarlierVersionsView::Draw(App&, const trellis::OneOnOne&);
