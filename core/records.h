// Reaching a workspace's records by type: which collection holds a kind of record, and finding a
// record by id. Commands, undo and the views share these instead of one copy per record kind.
#pragma once

#include <algorithm>
#include <optional>
#include <type_traits>
#include <vector>

#include "core/model.h"
#include "core/sort.h"

namespace trellis {

template <class R>
inline constexpr bool kIsRecord =
    std::is_same_v<R, Goal> || std::is_same_v<R, Reflection> || std::is_same_v<R, Skill> ||
    std::is_same_v<R, CareerPath> || std::is_same_v<R, PlanActivity> || std::is_same_v<R, OneOnOne> ||
    std::is_same_v<R, Comment>;

// The collection of `R` in a workspace, const or not as the workspace is.
template <class R, class W>
auto& RecordsOf(W& w)
{
    static_assert(kIsRecord<R>, "not a record type");
    if constexpr (std::is_same_v<R, Goal>)              return w.Goals;
    else if constexpr (std::is_same_v<R, Reflection>)   return w.Reflections;
    else if constexpr (std::is_same_v<R, Skill>)        return w.Skills;
    else if constexpr (std::is_same_v<R, CareerPath>)   return w.CareerPaths;
    else if constexpr (std::is_same_v<R, PlanActivity>) return w.Activities;
    else if constexpr (std::is_same_v<R, OneOnOne>)     return w.OneOnOnes;
    else                                                return w.Comments;
}

template <class R>
constexpr RecordKind KindOf()
{
    static_assert(kIsRecord<R>, "not a record type");
    if constexpr (std::is_same_v<R, Goal>)              return RecordKind::Goal;
    else if constexpr (std::is_same_v<R, Reflection>)   return RecordKind::Reflection;
    else if constexpr (std::is_same_v<R, Skill>)        return RecordKind::Skill;
    else if constexpr (std::is_same_v<R, CareerPath>)   return RecordKind::CareerPath;
    else if constexpr (std::is_same_v<R, PlanActivity>) return RecordKind::PlanActivity;
    else if constexpr (std::is_same_v<R, OneOnOne>)     return RecordKind::OneOnOne;
    else                                                return RecordKind::Comment;
}

// The record with this id, deleted or not; nullptr when there is none.
template <class R, class W>
auto FindRecord(W& w, const Id& id) -> decltype(&RecordsOf<R>(w)[0])
{
    for (auto& record : RecordsOf<R>(w))
        if (record.Meta.RecordId == id)
            return &record;
    return nullptr;
}

// The records not deleted, in stored order. Valid until the workspace changes.
template <class R>
std::vector<const R*> LiveRecords(const Workspace& w)
{
    std::vector<const R*> live;
    for (const R& record : RecordsOf<R>(w))
        if (!record.Meta.Deleted)
            live.push_back(&record);
    return live;
}

// The versions of `R` that merges replaced, the profile's included (Workspace::Superseded).
template <class R, class V>
auto& SupersededOf(V& v)
{
    if constexpr (std::is_same_v<R, Profile>)           return v.Profiles;
    else if constexpr (std::is_same_v<R, Goal>)         return v.Goals;
    else if constexpr (std::is_same_v<R, Reflection>)   return v.Reflections;
    else if constexpr (std::is_same_v<R, Skill>)        return v.Skills;
    else if constexpr (std::is_same_v<R, CareerPath>)   return v.CareerPaths;
    else if constexpr (std::is_same_v<R, PlanActivity>) return v.Activities;
    else if constexpr (std::is_same_v<R, OneOnOne>)     return v.OneOnOnes;
    else                                                return v.Comments;
}

// The earlier versions of one record that merges replaced, newest first (a deleted one, where a
// deletion won, included: it says what the record held). Valid until the workspace changes.
template <class R>
std::vector<const R*> EarlierVersions(const Workspace& w, const Id& id)
{
    std::vector<const R*> versions;
    for (const R& version : SupersededOf<R>(w.Superseded))
        if (version.Meta.RecordId == id)
            versions.push_back(&version);
    StableSort(versions.begin(), versions.end(), [](const R* a, const R* b) { return a->Meta.Updated > b->Meta.Updated; });
    return versions;
}

// The kind of the live record with this id, if any record of any kind has it.
inline std::optional<RecordKind> FindLiveKind(const Workspace& w, const Id& id)
{
    std::optional<RecordKind> found;
    auto look = [&]<class R>(const std::vector<R>& records) {
        for (const R& record : records)
            if (!found && record.Meta.RecordId == id && !record.Meta.Deleted)
                found = KindOf<R>();
    };
    look(w.Goals);
    look(w.Reflections);
    look(w.Skills);
    look(w.CareerPaths);
    look(w.Activities);
    look(w.OneOnOnes);
    look(w.Comments);
    return found;
}

} // namespace trellis
