// The career model: plain data, no behaviour, nothing about screens or files.
//
// Every record carries a RecordMeta. Serialization lives in core/serialize.h, operations in
// core/session.h, derived views in core/views.h, so this file reads as the domain and nothing else.
//
// [SECTION] Records and visibility
// [SECTION] Goals
// [SECTION] Profile
// [SECTION] Reflections
// [SECTION] Skills and career paths
// [SECTION] Development plan
// [SECTION] One-on-ones and comments
// [SECTION] Workspace
// [SECTION] Enum names
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/hlc.h"
#include "core/id.h"

namespace trellis {

// [SECTION] Records and visibility

// What every record has.
struct RecordMeta
{
    Id      RecordId;           // 128 random bits, never reused
    int64_t CreatedMs = 0;      // wall clock when created, ms since 1970 UTC
    Stamp   Updated;            // hybrid-logical-clock stamp of the last edit: the later one wins a merge
    bool    Deleted = false;    // tombstone: kept so a deletion travels through merges

    bool operator==(const RecordMeta&) const = default;
};

// Whether a record may leave the device in a share file.
enum class Visibility : uint8_t
{
    Private,                    // never exported except in a backup the user asked for
    Shared,                     // part of what the manager sees
    COUNT
};

// The kinds of record a workspace holds; a comment may be about any of them.
enum class RecordKind : uint8_t
{
    Goal, Reflection, Skill, CareerPath, PlanActivity, OneOnOne, Comment,
    COUNT
};

// [SECTION] Goals

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

    bool operator==(const Milestone&) const = default;
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

    bool operator==(const Goal&) const = default;
};

// [SECTION] Profile

struct Profile
{
    Stamp                   Updated;
    std::string             Name;
    std::string             Role;
    std::string             ManagerName;
    std::vector<Motivation> Motivations;            // most important first
    int                     ReviewCadenceMonths = 6; // career reviews at least twice a year
    std::optional<Date>     NextOneOnOne;
    int                     OneOnOneCadenceWeeks = 2; // how often I meet my manager; 0: no fixed rhythm (schema 4)

    bool operator==(const Profile&) const = default;
};

// [SECTION] Reflections

// The journal: "for a week, write down what you loved and what you disliked about your work, then
// look for the patterns".
struct Reflection
{
    RecordMeta                  Meta;
    Date                        On;                     // the local day it is about
    std::string                 Prompt;                 // the question it answers; "" for free writing
    std::string                 Text;
    std::vector<std::string>    Loved;                  // what gave me energy
    std::vector<std::string>    Disliked;               // what drained me
    int                         Energy = 3;             // 1 (drained) to 5 (full of energy)
    std::vector<std::string>    Tags;
    std::vector<Id>             GoalIds;
    Visibility                  Visible = Visibility::Private;  // a journal stays private unless shared on purpose

    bool operator==(const Reflection&) const = default;
};

// [SECTION] Skills and career paths

// Skill levels run from 1 to 5; SkillLevelName() names them (1 "Novice" ... 5 "Expert").
inline constexpr int kMinSkillLevel = 1;
inline constexpr int kMaxSkillLevel = 5;

// One move of a skill's current level, on the person's local day. Both ends are kept, so a
// history that lost its oldest entries (or began after schema 3) still says where each move started.
struct SkillLevelChange
{
    Date    On;
    int     From = 1;               // the level before the change
    int     To = 1;                 // the level after it: the next change's From, or the skill's Current

    bool operator==(const SkillLevelChange&) const = default;
};

// A skill keeps its newest changes only: enough for years of reviews, bounded for a fuzzed file.
inline constexpr size_t kMaxSkillHistory = 64;

struct Skill
{
    RecordMeta                      Meta;
    std::string                     Name;
    std::string                     Category;   // "Technical", "Leadership"...: free text, for grouping
    int                             Current = 1;// kMinSkillLevel..kMaxSkillLevel
    int                             Target = 3;
    std::string                     Evidence;   // what shows the current level: projects, feedback, links
    std::vector<SkillLevelChange>   History;    // oldest first, at most one a day; written by the session only (schema 4)

    bool operator==(const Skill&) const = default;
};

// What kind of development a plan activity is; also the kind of experience a role asks for.
enum class ActivityType : uint8_t
{
    Course, Credential, TuitionReimbursement, Apprenticeship, Internship, Mentoring,
    CrossTraining, StretchAssignment, LeadProject, TeachOthers, Shadowing, Conference, Reading,
    SelfStudy,
    COUNT
};

// A role's need for a skill. It names the skill rather than pointing at one of the person's skill
// records: a role can ask for a skill the person has not started yet.
struct SkillRequirement
{
    std::string SkillName;          // matched to the person's skills ignoring case and accents
    int         Level = 3;          // kMinSkillLevel..kMaxSkillLevel

    bool operator==(const SkillRequirement&) const = default;
};

// A role's need for an experience ("led a cross-team project"): had once a plan activity of that
// type is done.
struct ExperienceRequirement
{
    std::string     Title;
    ActivityType    Type = ActivityType::StretchAssignment;

    bool operator==(const ExperienceRequirement&) const = default;
};

struct PathRole
{
    Id                                  RoleId;
    std::string                         Title;
    std::vector<SkillRequirement>       Skills;
    std::vector<ExperienceRequirement>  Experiences;

    bool operator==(const PathRole&) const = default;
};

// Roles in order: Roles[0] is the current role, Roles[1] the next one, the last the aspiration.
struct CareerPath
{
    RecordMeta              Meta;
    std::string             Title;          // "Engineering, individual contributor"
    std::vector<PathRole>   Roles;

    bool operator==(const CareerPath&) const = default;
};

// [SECTION] Development plan

enum class ActivityStatus : uint8_t
{
    Planned, InProgress, Done, Dropped,
    COUNT
};

enum class Funding : uint8_t
{
    None,                       // costs nothing
    Employer, TuitionReimbursement, Self,
    COUNT
};

struct PlanActivity
{
    RecordMeta          Meta;
    std::string         Title;
    ActivityType        Type = ActivityType::Course;
    std::vector<Id>     GoalIds;
    std::vector<Id>     SkillIds;
    std::optional<Date> Start;
    std::optional<Date> Due;
    ActivityStatus      Status = ActivityStatus::Planned;
    std::optional<Date> CompletedOn;        // set exactly when Status is Done
    Funding             FundedBy = Funding::None;
    std::string         SupportNeeded;      // what I need from my manager: time, budget, an introduction
    std::string         Outcome;
    std::string         Evidence;           // a certificate, a link, feedback received
    int                 Usefulness = 0;     // 0 not rated yet, else 1 (not useful) to 5 (very useful)
    Visibility          Visible = Visibility::Shared;

    bool operator==(const PlanActivity&) const = default;
};

// [SECTION] One-on-ones and comments

enum class AgendaItemKind : uint8_t
{
    GoalUpdate, PlanItem, Question, TalkingPoint,
    COUNT
};

enum class ActionOwner : uint8_t
{
    Me, Manager,
    COUNT
};

struct AgendaItem
{
    Id              ItemId;
    AgendaItemKind  Kind = AgendaItemKind::TalkingPoint;
    std::string     Text;
    Id              RefId;                  // the goal or plan activity it is about; nil otherwise
    Visibility      Visible = Visibility::Shared;
    bool            Covered = false;        // talked about at the meeting; a question: asked (schema 5)

    bool operator==(const AgendaItem&) const = default;
};

struct ActionItem
{
    Id                  ItemId;
    std::string         Text;
    ActionOwner         Owner = ActionOwner::Me;
    std::optional<Date> Due;
    std::optional<Date> DoneOn;

    bool operator==(const ActionItem&) const = default;
};

struct OneOnOne
{
    RecordMeta              Meta;
    Date                    On;
    std::vector<AgendaItem> Agenda;
    std::string             Notes;                  // shared with the manager, with the meeting
    std::string             PrivateNotes;           // mine only: never in a share file (schema 5)
    std::vector<ActionItem> Actions;                // in the order the person put them
    bool                    CoveredCareer = false;  // a career conversation: restarts the review cadence
    Visibility              Visible = Visibility::Shared;

    bool operator==(const OneOnOne&) const = default;
};

// What a comment says about its record: the manager's answer arrives as comments of these kinds.
enum class CommentKind : uint8_t
{
    Note,                       // a remark; on a one-on-one, an agenda note
    Agreement,                  // "we agreed this": the record is agreed as it stands
    Action,                     // an agreed action item; the text says what is to be done
    COUNT
};

// How a manager's feedback travels back, and the person's answers to it. Written at Meta.CreatedMs.
// An answer is a comment whose target is the comment it answers.
struct Comment
{
    RecordMeta          Meta;
    Id                  TargetId;           // the record it is about, of any kind, or the comment it answers
    std::string         Author;
    std::string         Text;
    CommentKind         Kind = CommentKind::Note;
    // An action only (schema 5): who does it, from the person's side (Me: the person the plan
    // belongs to), and by when. On a one-on-one it arrives as an action item of that meeting.
    ActionOwner         Owner = ActionOwner::Me;
    std::optional<Date> Due;

    bool operator==(const Comment&) const = default;
};

// [SECTION] Workspace

// Versions that lost a merge, newest last, at most MergeLimits::VersionsPerRecord per record
// (core/merge.h): nothing edited elsewhere is lost silently, and the person can restore it.
struct SupersededVersions
{
    std::vector<Profile>        Profiles;
    std::vector<Goal>           Goals;
    std::vector<Reflection>     Reflections;
    std::vector<Skill>          Skills;
    std::vector<CareerPath>     CareerPaths;
    std::vector<PlanActivity>   Activities;
    std::vector<OneOnOne>       OneOnOnes;
    std::vector<Comment>        Comments;
};

struct TeamReport;

// Everything one person keeps on one device.
struct Workspace
{
    uint64_t                    DeviceId = 0;   // this device, for clock stamps and merge ties
    Stamp                       Clock;          // the latest stamp made or seen, so the clock survives restarts
    Profile                     Me;
    std::vector<Goal>           Goals;
    std::vector<Reflection>     Reflections;
    std::vector<Skill>          Skills;
    std::vector<CareerPath>     CareerPaths;
    std::vector<PlanActivity>   Activities;
    std::vector<OneOnOne>       OneOnOnes;
    std::vector<Comment>        Comments;
    SupersededVersions          Superseded;     // what merges replaced (schema 3)
    std::vector<TeamReport>     Team;           // a manager's reports, apart from their own records (schema 3)
};

// One share file imported from a report.
struct ImportNote
{
    int64_t     ImportedAtMs = 0;   // when the manager imported it
    int64_t     ExportedAtMs = 0;   // when the report exported it
    std::string AppVersion;         // the report's Trellis

    bool operator==(const ImportNote&) const = default;
};

// A manager's view of one report: the merged share files (with the manager's own comments, agreed
// actions and agenda notes on those records), kept apart from the manager's own goals and journal.
struct TeamReport
{
    uint64_t                Device = 0;     // the report's device: share files from it update this report
    Workspace               Plan;           // the report's shared records, and the manager's comments on them
    std::vector<ImportNote> Imports;        // oldest first
};

// [SECTION] Enum names

// ToString() is the stable name written in files; DisplayName() is for people ("New experiences").
const char* ToString(Visibility v);
const char* ToString(RecordKind k);
const char* ToString(Motivation m);
const char* ToString(Horizon h);
const char* ToString(GoalStatus s);
const char* ToString(ActivityType t);
const char* ToString(ActivityStatus s);
const char* ToString(Funding f);
const char* ToString(AgendaItemKind k);
const char* ToString(ActionOwner o);
const char* ToString(CommentKind k);
const char* DisplayName(Visibility v);
const char* DisplayName(RecordKind k);
const char* DisplayName(Motivation m);
const char* DisplayName(Horizon h);
const char* DisplayName(GoalStatus s);
const char* DisplayName(ActivityType t);
const char* DisplayName(ActivityStatus s);
const char* DisplayName(Funding f);
const char* DisplayName(AgendaItemKind k);
const char* DisplayName(ActionOwner o);
const char* DisplayName(CommentKind k);
const char* SkillLevelName(int level);     // "" outside kMinSkillLevel..kMaxSkillLevel

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
