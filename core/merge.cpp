#include "core/merge.h"

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>
#include <type_traits>

#include "core/codec.h"
#include "core/records.h"
#include "core/sort.h"

namespace trellis {

// A version alone in a workspace, encoded: the workspace's encoder already holds every type's.
template <class R>
static std::string ContentBytes(const R& value)
{
    Workspace alone;
    if constexpr (std::is_same_v<R, Profile>)
        alone.Me = value;
    else
        RecordsOf<R>(alone).push_back(value);
    return EncodeWorkspaceBinary(alone, 0);
}

template <class R>
bool ContentLess(const R& a, const R& b)
{
    return ContentBytes(a) < ContentBytes(b);
}

template bool ContentLess(const Profile&, const Profile&);
template bool ContentLess(const Goal&, const Goal&);
template bool ContentLess(const Reflection&, const Reflection&);
template bool ContentLess(const Skill&, const Skill&);
template bool ContentLess(const CareerPath&, const CareerPath&);
template bool ContentLess(const PlanActivity&, const PlanActivity&);
template bool ContentLess(const OneOnOne&, const OneOnOne&);
template bool ContentLess(const Comment&, const Comment&);

template <class R>
static const Stamp& UpdatedOf(const R& value)
{
    if constexpr (std::is_same_v<R, Profile>)
        return value.Updated;
    else
        return value.Meta.Updated;
}

// The profile has no id: all its versions are one record.
template <class R>
static Id IdOf(const R& value)
{
    if constexpr (std::is_same_v<R, Profile>)
        return Id{};
    else
        return value.Meta.RecordId;
}

// Superseded versions as a set keyed by (id, stamp): the union of both sides plus the losers,
// minus the current winners, the newest VersionsPerRecord of each record; of two versions with one
// key the greater content. A set under a total order is what makes the merge commutative,
// associative and idempotent.
template <class R>
static void MergeSuperseded(std::vector<R>& into, const std::vector<R>& from, const std::vector<R>& losers,
                            const std::map<Id, Stamp>& winners, const MergeLimits& limits)
{
    std::map<std::pair<Id, Stamp>, R> all;
    for (const std::vector<R>* list : std::initializer_list<const std::vector<R>*>{ &into, &from, &losers })
        for (const R& version : *list)
        {
            auto [it, inserted] = all.emplace(std::pair(IdOf(version), UpdatedOf(version)), version);
            if (!inserted)
                it->second = PickOfEqualStamps(it->second, version);
        }
    std::vector<R> kept;
    std::optional<Id> record;
    size_t run = 0;
    // Newest first within each record, so the first VersionsPerRecord of a run are kept.
    for (auto it = all.rbegin(); it != all.rend(); ++it)
    {
        const auto& [key, version] = *it;
        auto winner = winners.find(key.first);
        if (winner != winners.end() && winner->second == key.second)
            continue;
        run = record == key.first ? run + 1 : 0;
        record = key.first;
        if (run < limits.VersionsPerRecord)
            kept.push_back(version);
    }
    std::reverse(kept.begin(), kept.end());
    into = std::move(kept);
}

// Stored order: by id, so both sides of a merge agree on it.
template <class R>
static void MergeRecords(Workspace& into, const Workspace& from, const MergeLimits& limits)
{
    std::map<Id, R> merged;
    std::vector<R> losers;
    for (const R& record : RecordsOf<R>(into))
        merged.emplace(record.Meta.RecordId, record);
    for (const R& record : RecordsOf<R>(from))
    {
        auto [it, inserted] = merged.emplace(record.Meta.RecordId, record);
        if (inserted)
            continue;
        if (UpdatedOf(it->second) == UpdatedOf(record))
        {
            // The loser has the winner's key, so history would drop it anyway.
            it->second = PickOfEqualStamps(it->second, record);
            continue;
        }
        if (UpdatedOf(it->second) < UpdatedOf(record))
        {
            losers.push_back(it->second);
            it->second = record;
        }
        else
            losers.push_back(record);
    }
    std::map<Id, Stamp> winners;
    std::vector<R>& records = RecordsOf<R>(into);
    records.clear();
    for (auto& [id, record] : merged)
    {
        winners.emplace(id, UpdatedOf(record));
        records.push_back(std::move(record));
    }
    MergeSuperseded(SupersededOf<R>(into.Superseded), SupersededOf<R>(from.Superseded), losers, winners, limits);
}

static void MergeProfile(Workspace& into, const Workspace& from, const MergeLimits& limits)
{
    std::vector<Profile> losers;
    if (into.Me.Updated < from.Me.Updated)
    {
        losers.push_back(into.Me);
        into.Me = from.Me;
    }
    else if (from.Me.Updated < into.Me.Updated)
        losers.push_back(from.Me);
    else
        into.Me = PickOfEqualStamps(into.Me, from.Me);
    // A never-edited profile (stamp zero) is not a version worth keeping.
    std::erase_if(losers, [](const Profile& p) { return p.Updated == Stamp{}; });
    MergeSuperseded(into.Superseded.Profiles, from.Superseded.Profiles, losers, {{Id{}, into.Me.Updated}}, limits);
}

static void MergeTeam(Workspace& into, const Workspace& from, const MergeLimits& limits)
{
    std::map<uint64_t, TeamReport> reports;
    for (TeamReport& report : into.Team)
        reports.emplace(report.Device, std::move(report));
    for (const TeamReport& report : from.Team)
    {
        auto [it, inserted] = reports.emplace(report.Device, report);
        if (inserted)
        {
            // In the order a merge leaves, so a report first imported and one imported again agree.
            it->second.Plan = InMergeOrder(report.Plan, limits);
            continue;
        }
        Merge(it->second.Plan, report.Plan, limits);
        std::vector<ImportNote>& imports = it->second.Imports;
        for (const ImportNote& note : report.Imports)
            if (std::find(imports.begin(), imports.end(), note) == imports.end())
                imports.push_back(note);
        StableSort(imports.begin(), imports.end(), [](const ImportNote& a, const ImportNote& b) {
            return std::tie(a.ImportedAtMs, a.ExportedAtMs, a.AppVersion) < std::tie(b.ImportedAtMs, b.ExportedAtMs, b.AppVersion);
        });
    }
    into.Team.clear();
    for (auto& [device, report] : reports)
    {
        // As a merge would leave it, so a report merged once and one merged twice agree.
        report.Plan.Clock = std::max(report.Plan.Clock, LatestStamp(report.Plan));
        into.Team.push_back(std::move(report));
    }
}

void Merge(Workspace& into, const Workspace& from, const MergeLimits& limits)
{
    MergeProfile(into, from, limits);
    MergeRecords<Goal>(into, from, limits);
    MergeRecords<Reflection>(into, from, limits);
    MergeRecords<Skill>(into, from, limits);
    MergeRecords<CareerPath>(into, from, limits);
    MergeRecords<PlanActivity>(into, from, limits);
    MergeRecords<OneOnOne>(into, from, limits);
    MergeRecords<Comment>(into, from, limits);
    MergeTeam(into, from, limits);
    into.Clock = std::max({into.Clock, from.Clock, LatestStamp(into)});
}

Workspace InMergeOrder(const Workspace& w, const MergeLimits& limits)
{
    Workspace ordered;
    ordered.DeviceId = w.DeviceId;
    Merge(ordered, w, limits);
    ordered.Me = w.Me;
    ordered.Clock = w.Clock;
    return ordered;
}

Stamp LatestStamp(const Workspace& w)
{
    Stamp latest = std::max(w.Clock, w.Me.Updated);
    auto look = [&]<class R>(const std::vector<R>& records) {
        for (const R& record : records)
            latest = std::max(latest, UpdatedOf(record));
    };
    look(w.Goals);
    look(w.Reflections);
    look(w.Skills);
    look(w.CareerPaths);
    look(w.Activities);
    look(w.OneOnOnes);
    look(w.Comments);
    look(w.Superseded.Profiles);
    look(w.Superseded.Goals);
    look(w.Superseded.Reflections);
    look(w.Superseded.Skills);
    look(w.Superseded.CareerPaths);
    look(w.Superseded.Activities);
    look(w.Superseded.OneOnOnes);
    look(w.Superseded.Comments);
    for (const TeamReport& report : w.Team)
        latest = std::max(latest, LatestStamp(report.Plan));
    return latest;
}

} // namespace trellis
