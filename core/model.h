// The career model: plain data, no behaviour, nothing about screens or files.
//
// Every record carries a RecordMeta. Serialization lives in core/serialize.h, operations in
// core/session.h, so this file reads as the domain and nothing else.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/hlc.h"
#include "core/id.h"

namespace trellis {

// What every record has.
struct RecordMeta
{
    Id      RecordId;           // 128 random bits, never reused
    int64_t CreatedMs = 0;      // wall clock when created, ms since 1970 UTC
    Stamp   Updated;            // hybrid-logical-clock stamp of the last edit: the later one wins a merge
    bool    Deleted = false;    // tombstone: kept so a deletion travels through merges
};

// Whether a record may leave the device in a share file.
enum class Visibility : uint8_t
{
    Private,                    // never exported except in a backup the user asked for
    Shared,                     // part of what the manager sees
    COUNT
};

// What a person wants from their career; a goal's kind, and the profile's ranked motivations.
enum class Motivation : uint8_t
{
    Advancement, Mastery, Learning, Stability, Relationships, NewExperiences, Strengths,
    Interests, Compensation, Flexibility,
    COUNT
};

enum class Horizon : uint8_t
{
    Short,                      // within a year
    Long,                       // two to four years
    COUNT
};

enum class GoalStatus : uint8_t
{
    Idea, Active, OnHold, Done, Dropped,
    COUNT
};

struct Milestone
{
    Id                  MilestoneId;
    std::string         Title;
    std::optional<Date> Due;
    std::optional<Date> DoneOn;         // set when ticked
};

struct Goal
{
    RecordMeta              Meta;
    std::string             Title;
    std::string             Why;                    // why it matters to me
    Motivation              Kind = Motivation::Mastery;
    Horizon                 Term = Horizon::Short;
    GoalStatus              Status = GoalStatus::Active;
    Visibility              Visible = Visibility::Shared;
    std::optional<Date>     Target;
    std::vector<Milestone>  Milestones;
    int                     ManualProgress = 0;     // percent, used only when there are no milestones
    std::vector<Id>         SkillIds;
    std::vector<Id>         ActivityIds;
};

struct Profile
{
    Stamp                   Updated;
    std::string             Name;
    std::string             Role;
    std::string             ManagerName;
    std::vector<Motivation> Motivations;            // most important first
    int                     ReviewCadenceMonths = 6; // career reviews at least twice a year
    std::optional<Date>     NextOneOnOne;
};

// Everything one person keeps on one device.
struct Workspace
{
    uint64_t            DeviceId = 0;   // this device, for clock stamps and merge ties
    Stamp               Clock;          // the latest stamp made or seen, so the clock survives restarts
    Profile             Me;
    std::vector<Goal>   Goals;
};

const char* ToString(Visibility v);
const char* ToString(Motivation m);
const char* ToString(Horizon h);
const char* ToString(GoalStatus s);
const char* DisplayName(Motivation m);      // "New experiences"
const char* DisplayName(GoalStatus s);      // "On hold"

// The inverse of ToString(): false when `text` names no value of the enum.
template <typename E>
bool FromString(std::string_view text, E* out)
{
    for (int i = 0; i < static_cast<int>(E::COUNT); i++)
        if (text == ToString(static_cast<E>(i)))
        {
            *out = static_cast<E>(i);
            return true;
        }
    return false;
}

} // namespace trellis
