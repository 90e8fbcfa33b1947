#include "core/model.h"

#include <cstddef>
#include <iterator>

namespace trellis {

// One row per enum value, in declaration order: the name written in files, then the name shown.
struct EnumText
{
    const char* Key;
    const char* Display;
};

template <typename E, size_t N>
static const EnumText& TextOf(const EnumText (&table)[N], E value)
{
    static_assert(N == static_cast<size_t>(E::COUNT), "one row per enum value");
    static const EnumText none = { "", "" };
    const size_t index = static_cast<size_t>(value);
    return index < N ? table[index] : none;
}

static const EnumText kVisibilityText[] = {
    { "private", "Private" },
    { "shared",  "Shared" },
};

static const EnumText kRecordKindText[] = {
    { "goal",          "Goal" },
    { "reflection",    "Reflection" },
    { "skill",         "Skill" },
    { "career_path",   "Career path" },
    { "plan_activity", "Plan activity" },
    { "one_on_one",    "One-on-one" },
    { "comment",       "Comment" },
};

static const EnumText kMotivationText[] = {
    { "advancement",     "Advancement" },
    { "mastery",         "Mastery" },
    { "learning",        "Learning" },
    { "stability",       "Stability" },
    { "relationships",   "Relationships" },
    { "new_experiences", "New experiences" },
    { "strengths",       "Strengths" },
    { "interests",       "Interests" },
    { "compensation",    "Compensation" },
    { "flexibility",     "Flexibility" },
};

static const EnumText kHorizonText[] = {
    { "short", "Short term" },
    { "long",  "Long term" },
};

static const EnumText kGoalStatusText[] = {
    { "idea",    "Idea" },
    { "active",  "Active" },
    { "on_hold", "On hold" },
    { "done",    "Done" },
    { "dropped", "Dropped" },
};

static const EnumText kActivityTypeText[] = {
    { "course",                "Course or training" },
    { "credential",            "Credential (certificate, license, degree)" },
    { "tuition_reimbursement", "Tuition reimbursement" },
    { "apprenticeship",        "Apprenticeship" },
    { "internship",            "Internship" },
    { "mentoring",             "Mentoring" },
    { "cross_training",        "Cross-training" },
    { "stretch_assignment",    "Stretch assignment" },
    { "lead_project",          "Lead a project or team" },
    { "teach_others",          "Teach others" },
    { "shadowing",             "Shadowing" },
    { "conference",            "Conference or community" },
    { "reading",               "Reading" },
    { "self_study",            "Self-study" },
};

static const EnumText kActivityStatusText[] = {
    { "planned",     "Planned" },
    { "in_progress", "In progress" },
    { "done",        "Done" },
    { "dropped",     "Dropped" },
};

static const EnumText kFundingText[] = {
    { "none",                  "No cost" },
    { "employer",              "Employer" },
    { "tuition_reimbursement", "Tuition reimbursement" },
    { "self",                  "Self-funded" },
};

static const EnumText kAgendaItemKindText[] = {
    { "goal_update",   "Goal update" },
    { "plan_item",     "Plan item" },
    { "question",      "Question" },
    { "talking_point", "Talking point" },
};

static const EnumText kActionOwnerText[] = {
    { "me",      "Me" },
    { "manager", "Manager" },
};

static const EnumText kCommentKindText[] = {
    { "note",      "Note" },
    { "agreement", "Agreed" },
    { "action",    "Agreed action" },
};

const char* ToString(Visibility v)        { return TextOf(kVisibilityText, v).Key; }
const char* ToString(RecordKind k)        { return TextOf(kRecordKindText, k).Key; }
const char* ToString(Motivation m)        { return TextOf(kMotivationText, m).Key; }
const char* ToString(Horizon h)           { return TextOf(kHorizonText, h).Key; }
const char* ToString(GoalStatus s)        { return TextOf(kGoalStatusText, s).Key; }
const char* ToString(ActivityType t)      { return TextOf(kActivityTypeText, t).Key; }
const char* ToString(ActivityStatus s)    { return TextOf(kActivityStatusText, s).Key; }
const char* ToString(Funding f)           { return TextOf(kFundingText, f).Key; }
const char* ToString(AgendaItemKind k)    { return TextOf(kAgendaItemKindText, k).Key; }
const char* ToString(ActionOwner o)       { return TextOf(kActionOwnerText, o).Key; }
const char* ToString(CommentKind k)       { return TextOf(kCommentKindText, k).Key; }

const char* DisplayName(Visibility v)     { return TextOf(kVisibilityText, v).Display; }
const char* DisplayName(RecordKind k)     { return TextOf(kRecordKindText, k).Display; }
const char* DisplayName(Motivation m)     { return TextOf(kMotivationText, m).Display; }
const char* DisplayName(Horizon h)        { return TextOf(kHorizonText, h).Display; }
const char* DisplayName(GoalStatus s)     { return TextOf(kGoalStatusText, s).Display; }
const char* DisplayName(ActivityType t)   { return TextOf(kActivityTypeText, t).Display; }
const char* DisplayName(ActivityStatus s) { return TextOf(kActivityStatusText, s).Display; }
const char* DisplayName(Funding f)        { return TextOf(kFundingText, f).Display; }
const char* DisplayName(AgendaItemKind k) { return TextOf(kAgendaItemKindText, k).Display; }
const char* DisplayName(ActionOwner o)    { return TextOf(kActionOwnerText, o).Display; }
const char* DisplayName(CommentKind k)    { return TextOf(kCommentKindText, k).Display; }

// The Dreyfus model's stages, a common vocabulary for competency levels.
const char* SkillLevelName(int level)
{
    static const char* const names[] = { "Novice", "Advanced beginner", "Competent", "Proficient", "Expert" };
    static_assert(std::size(names) == kMaxSkillLevel - kMinSkillLevel + 1);
    if (level < kMinSkillLevel || level > kMaxSkillLevel)
        return "";
    return names[level - kMinSkillLevel];
}

} // namespace trellis
