// Sections follow core/views.h.
#include "core/views.h"

#include <algorithm>

#include "core/records.h"
#include "core/sort.h"
#include "core/text_fold.h"
#include "core/validate.h"

namespace trellis {

static int DaysFrom(Date from, Date to)
{
    return to.DaysSinceEpoch - from.DaysSinceEpoch;
}

// [SECTION] Goal progress

int GoalProgress(const Goal& goal)
{
    if (goal.Milestones.empty())
        return std::clamp(goal.ManualProgress, 0, 100);
    const auto done = std::count_if(goal.Milestones.begin(), goal.Milestones.end(), [](const Milestone& m) { return m.DoneOn.has_value(); });
    return static_cast<int>(done * 100 / static_cast<long>(goal.Milestones.size()));
}

// [SECTION] Career-path gap

static std::string SkillKey(std::string_view name)
{
    return FoldForSearch(TrimSpace(name));
}

static const Skill* BestSkillNamed(const Workspace& workspace, const std::string& key)
{
    const Skill* best = nullptr;
    for (const Skill* skill : LiveRecords<Skill>(workspace))
        if (SkillKey(skill->Name) == key && (!best || skill->Current > best->Current))
            best = skill;
    return best;
}

static bool HasDoneActivityOfType(const Workspace& workspace, ActivityType type)
{
    for (const PlanActivity* activity : LiveRecords<PlanActivity>(workspace))
        if (activity->Status == ActivityStatus::Done && activity->Type == type)
            return true;
    return false;
}

RoleGap GapToRole(const Workspace& workspace, const CareerPath& path, size_t role_index)
{
    RoleGap gap;
    if (role_index >= path.Roles.size())
        return gap;
    gap.To = &path.Roles[role_index];
    gap.From = role_index > 0 ? &path.Roles[role_index - 1] : nullptr;
    for (const SkillRequirement& need : gap.To->Skills)
    {
        const Skill* have = BestSkillNamed(workspace, SkillKey(need.SkillName));
        const int current = have ? have->Current : 0;
        if (current < need.Level)
            gap.Skills.push_back(SkillGap{ need.SkillName, need.Level, current, have });
    }
    for (const ExperienceRequirement& need : gap.To->Experiences)
        if (!HasDoneActivityOfType(workspace, need.Type))
            gap.Experiences.push_back(ExperienceGap{ need.Title, need.Type });
    return gap;
}

RoleGap GapToNextRole(const Workspace& workspace, const CareerPath& path)
{
    return GapToRole(workspace, path, 1);
}

// [SECTION] Due this week

const char* DisplayName(ItemKind k)
{
    switch (k)
    {
    case ItemKind::Goal:         return "Goal";
    case ItemKind::Milestone:    return "Milestone";
    case ItemKind::PlanActivity: return "Plan activity";
    case ItemKind::ActionItem:   return "Action item";
    case ItemKind::COUNT:        break;
    }
    return "";
}

static bool IsOpen(GoalStatus status)
{
    return status != GoalStatus::Done && status != GoalStatus::Dropped;
}

static bool IsOpen(ActivityStatus status)
{
    return status == ActivityStatus::Planned || status == ActivityStatus::InProgress;
}

std::vector<DueItem> DueThisWeek(const Workspace& workspace, const LocalNow& now, const DueWindow& window)
{
    const Date today = now.Today();
    const Date last = AddDays(today, window.Days - 1);
    std::vector<DueItem> due;
    auto add = [&](ItemKind kind, const Id& record, const Id& item, const std::string& title, const std::optional<Date>& when) {
        if (when && *when <= last)
            due.push_back(DueItem{ kind, record, item, title, *when, DaysFrom(today, *when) });
    };
    for (const Goal* goal : LiveRecords<Goal>(workspace))
    {
        if (!IsOpen(goal->Status))
            continue;
        add(ItemKind::Goal, goal->Meta.RecordId, Id{}, goal->Title, goal->Target);
        for (const Milestone& milestone : goal->Milestones)
            if (!milestone.DoneOn)
                add(ItemKind::Milestone, goal->Meta.RecordId, milestone.MilestoneId, milestone.Title, milestone.Due);
    }
    for (const PlanActivity* activity : LiveRecords<PlanActivity>(workspace))
        if (IsOpen(activity->Status))
            add(ItemKind::PlanActivity, activity->Meta.RecordId, Id{}, activity->Title, activity->Due);
    for (const OneOnOne* meeting : LiveRecords<OneOnOne>(workspace))
        for (const ActionItem& action : meeting->Actions)
            if (action.Owner == ActionOwner::Me && !action.DoneOn)
                add(ItemKind::ActionItem, meeting->Meta.RecordId, action.ItemId, action.Text, action.Due);
    StableSort(due.begin(), due.end(), [](const DueItem& a, const DueItem& b) {
        if (a.Due != b.Due)
            return a.Due < b.Due;
        if (a.Kind != b.Kind)
            return a.Kind < b.Kind;
        return a.Title < b.Title;
    });
    return due;
}

// [SECTION] Career review status

ReviewStatus CareerReviewStatus(const Workspace& workspace, const LocalNow& now)
{
    const Date today = now.Today();
    ReviewStatus status;
    for (const OneOnOne* meeting : LiveRecords<OneOnOne>(workspace))
        if (meeting->CoveredCareer && meeting->On <= today && (!status.LastCareerTalk || meeting->On > *status.LastCareerTalk))
            status.LastCareerTalk = meeting->On;
    const int cadence = std::max(workspace.Me.ReviewCadenceMonths, 1);
    status.Due = status.LastCareerTalk ? AddMonths(*status.LastCareerTalk, cadence) : today;
    status.DaysLeft = DaysFrom(today, status.Due);
    status.Overdue = status.DaysLeft < 0;
    return status;
}

// [SECTION] Next one-on-one

UpcomingMeeting UpcomingOneOnOne(const Workspace& workspace, const LocalNow& now)
{
    const Date today = now.Today();
    UpcomingMeeting next;
    for (const OneOnOne* meeting : LiveRecords<OneOnOne>(workspace))
    {
        if (meeting->On < today)
        {
            if (!next.LastHeld || meeting->On > *next.LastHeld)
                next.LastHeld = meeting->On;
        }
        else if (!next.Meeting || meeting->On < next.Meeting->On)
        {
            next.Meeting = meeting;
        }
    }
    const Profile& me = workspace.Me;
    if (next.Meeting)
        next.On = next.Meeting->On;
    else if (me.NextOneOnOne && *me.NextOneOnOne >= today)
        next.On = me.NextOneOnOne;
    else if (me.OneOnOneCadenceWeeks > 0 && next.LastHeld)
    {
        next.On = std::max(AddDays(*next.LastHeld, 7 * me.OneOnOneCadenceWeeks), today);
        next.Suggested = true;
    }
    return next;
}

Date DayForNewOneOnOne(const Workspace& workspace, const LocalNow& now)
{
    const UpcomingMeeting next = UpcomingOneOnOne(workspace, now);
    return next.On && !next.Meeting ? *next.On : AddDays(now.Today(), 7);
}

// [SECTION] Wins

static bool Within(const std::optional<Date>& day, Date first, Date last)
{
    return day && *day >= first && *day <= last;
}

std::vector<Win> WinsBetween(const Workspace& workspace, Date first, Date last)
{
    std::vector<Win> wins;
    for (const Goal* goal : LiveRecords<Goal>(workspace))
        for (const Milestone& milestone : goal->Milestones)
            if (Within(milestone.DoneOn, first, last))
                wins.push_back(Win{ ItemKind::Milestone, goal->Meta.RecordId, milestone.MilestoneId, milestone.Title,
                                    goal->Title, *milestone.DoneOn, "", "", goal->Visible });
    for (const PlanActivity* activity : LiveRecords<PlanActivity>(workspace))
        if (activity->Status == ActivityStatus::Done && Within(activity->CompletedOn, first, last))
            wins.push_back(Win{ ItemKind::PlanActivity, activity->Meta.RecordId, Id{}, activity->Title, "",
                                *activity->CompletedOn, activity->Outcome, activity->Evidence, activity->Visible });
    StableSort(wins.begin(), wins.end(), [](const Win& a, const Win& b) {
        if (a.On != b.On)
            return a.On < b.On;
        return a.Title < b.Title;
    });
    return wins;
}

// [SECTION] Earlier versions

namespace {

// A text on one line of at most about `max` bytes: newlines made spaces, a long text cut at a word
// (never inside a UTF-8 sequence) with an ellipsis. Differences and link titles share it.
std::string ShortLine(std::string_view text, size_t max)
{
    std::string flat(text);
    std::replace(flat.begin(), flat.end(), '\n', ' ');
    if (flat.size() <= max)
        return flat;
    size_t cut = flat.rfind(' ', max);
    if (cut == std::string::npos || cut < max / 2)
        cut = max;
    while (cut > 0 && (static_cast<unsigned char>(flat[cut]) & 0xC0) == 0x80)
        cut--;
    return flat.substr(0, cut) + "\u2026";
}

// Lines of one comparison: a field is named only when the two versions differ in it.
class Differences
{
public:
    std::vector<std::string> Lines;

    void Text(const char* field, const std::string& earlier, const std::string& current)
    {
        if (earlier != current)
            Lines.push_back(std::string(field) + ": " + (earlier.empty() ? "(empty)" : Shortened(earlier)));
    }
    template <class E>
    void Choice(const char* field, E earlier, E current)
    {
        if (earlier != current)
            Lines.push_back(std::string(field) + ": " + DisplayName(earlier));
    }
    void Day(const char* field, const std::optional<Date>& earlier, const std::optional<Date>& current)
    {
        if (earlier != current)
            Lines.push_back(std::string(field) + ": " + (earlier ? earlier->ToLongString() : "none"));
    }
    void Number(const char* field, int earlier, int current, const char* unit = "")
    {
        if (earlier != current)
            Lines.push_back(std::string(field) + ": " + std::to_string(earlier) + unit);
    }
    void Items(const char* field, const std::vector<std::string>& earlier, const std::vector<std::string>& current)
    {
        if (earlier == current)
            return;
        std::string joined;
        for (const std::string& item : earlier)
            joined += (joined.empty() ? "" : ", ") + item;
        Lines.push_back(std::string(field) + ": " + (joined.empty() ? "(none)" : Shortened(joined)));
    }
    void Other(bool differ, const char* what)
    {
        if (differ)
            Lines.emplace_back(what);
    }
    void Deleted(bool earlier, bool current)
    {
        if (earlier && !current)
            Lines.emplace_back("Deleted in this version");
    }

private:
    static std::string Shortened(const std::string& text) { return ShortLine(text, 120); }
};

} // namespace

std::vector<std::string> VersionDifferences(const Goal& earlier, const Goal& current)
{
    Differences d;
    d.Deleted(earlier.Meta.Deleted, current.Meta.Deleted);
    d.Text("Title", earlier.Title, current.Title);
    d.Text("Why it matters", earlier.Why, current.Why);
    d.Choice("Kind", earlier.Kind, current.Kind);
    d.Choice("Horizon", earlier.Term, current.Term);
    d.Choice("Status", earlier.Status, current.Status);
    d.Choice("Sharing", earlier.Visible, current.Visible);
    d.Day("Target", earlier.Target, current.Target);
    if (earlier.Milestones != current.Milestones)
    {
        const auto done = std::count_if(earlier.Milestones.begin(), earlier.Milestones.end(), [](const Milestone& m) { return m.DoneOn.has_value(); });
        d.Other(true, ("Milestones: " + std::to_string(earlier.Milestones.size()) + ", " + std::to_string(done) + " done").c_str());
    }
    d.Number("Progress", earlier.ManualProgress, current.ManualProgress, " %");
    d.Other(earlier.SkillIds != current.SkillIds || earlier.ActivityIds != current.ActivityIds, "Other links to skills and activities");
    return d.Lines;
}

std::vector<std::string> VersionDifferences(const Reflection& earlier, const Reflection& current)
{
    Differences d;
    d.Deleted(earlier.Meta.Deleted, current.Meta.Deleted);
    d.Day("Day", earlier.On, current.On);
    d.Text("Question", earlier.Prompt, current.Prompt);
    d.Text("Text", earlier.Text, current.Text);
    d.Items("What I loved", earlier.Loved, current.Loved);
    d.Items("What drained me", earlier.Disliked, current.Disliked);
    d.Number("Energy", earlier.Energy, current.Energy, " of 5");
    d.Items("Tags", earlier.Tags, current.Tags);
    d.Choice("Sharing", earlier.Visible, current.Visible);
    d.Other(earlier.GoalIds != current.GoalIds, "Other links to goals");
    return d.Lines;
}

std::vector<std::string> VersionDifferences(const Skill& earlier, const Skill& current)
{
    Differences d;
    d.Deleted(earlier.Meta.Deleted, current.Meta.Deleted);
    d.Text("Name", earlier.Name, current.Name);
    d.Text("Category", earlier.Category, current.Category);
    d.Number("Level", earlier.Current, current.Current, " of 5");
    d.Number("Target", earlier.Target, current.Target, " of 5");
    d.Text("Evidence", earlier.Evidence, current.Evidence);
    return d.Lines;
}

std::vector<std::string> VersionDifferences(const CareerPath& earlier, const CareerPath& current)
{
    Differences d;
    d.Deleted(earlier.Meta.Deleted, current.Meta.Deleted);
    d.Text("Title", earlier.Title, current.Title);
    std::vector<std::string> earlier_roles, current_roles;
    for (const PathRole& role : earlier.Roles)
        earlier_roles.push_back(role.Title);
    for (const PathRole& role : current.Roles)
        current_roles.push_back(role.Title);
    d.Items("Roles", earlier_roles, current_roles);
    d.Other(earlier_roles == current_roles && earlier.Roles != current.Roles, "Other skills or experience asked for by its roles");
    return d.Lines;
}

std::vector<std::string> VersionDifferences(const PlanActivity& earlier, const PlanActivity& current)
{
    Differences d;
    d.Deleted(earlier.Meta.Deleted, current.Meta.Deleted);
    d.Text("Title", earlier.Title, current.Title);
    d.Choice("Type", earlier.Type, current.Type);
    d.Choice("Status", earlier.Status, current.Status);
    d.Day("Start", earlier.Start, current.Start);
    d.Day("Due", earlier.Due, current.Due);
    d.Day("Done on", earlier.CompletedOn, current.CompletedOn);
    d.Choice("Funded by", earlier.FundedBy, current.FundedBy);
    d.Text("Support I need", earlier.SupportNeeded, current.SupportNeeded);
    d.Text("Outcome", earlier.Outcome, current.Outcome);
    d.Text("Evidence", earlier.Evidence, current.Evidence);
    d.Number("Usefulness", earlier.Usefulness, current.Usefulness, " of 5");
    d.Choice("Sharing", earlier.Visible, current.Visible);
    d.Other(earlier.GoalIds != current.GoalIds || earlier.SkillIds != current.SkillIds, "Other links to goals and skills");
    return d.Lines;
}

std::vector<std::string> VersionDifferences(const OneOnOne& earlier, const OneOnOne& current)
{
    Differences d;
    d.Deleted(earlier.Meta.Deleted, current.Meta.Deleted);
    d.Day("Day", earlier.On, current.On);
    d.Text("Notes", earlier.Notes, current.Notes);
    d.Text("Private notes", earlier.PrivateNotes, current.PrivateNotes);
    std::vector<std::string> earlier_items, current_items;
    for (const AgendaItem& item : earlier.Agenda)
        earlier_items.push_back(item.Text);
    for (const AgendaItem& item : current.Agenda)
        current_items.push_back(item.Text);
    d.Items("Agenda", earlier_items, current_items);
    earlier_items.clear();
    current_items.clear();
    for (const ActionItem& item : earlier.Actions)
        earlier_items.push_back(item.Text + (item.DoneOn ? " (done)" : ""));
    for (const ActionItem& item : current.Actions)
        current_items.push_back(item.Text + (item.DoneOn ? " (done)" : ""));
    d.Items("Action items", earlier_items, current_items);
    d.Other(earlier.CoveredCareer != current.CoveredCareer, earlier.CoveredCareer ? "We talked about my career" : "Not marked as a career talk");
    return d.Lines;
}

} // namespace trellis

// [SECTION] Links

namespace trellis {

bool CanLink(RecordKind a, RecordKind b)
{
    auto pair = [&](RecordKind x, RecordKind y) { return (a == x && b == y) || (a == y && b == x); };
    return pair(RecordKind::Goal, RecordKind::Skill) || pair(RecordKind::Goal, RecordKind::PlanActivity) ||
           pair(RecordKind::Goal, RecordKind::Reflection) || pair(RecordKind::PlanActivity, RecordKind::Skill);
}

namespace {

bool Holds(const std::vector<Id>& ids, const Id& id)
{
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// Whether `a` and `b` are linked, read from whichever side keeps it.
bool Linked(const Workspace& w, const Id& a, RecordKind kind_a, const Id& b, RecordKind kind_b)
{
    if (kind_a > kind_b)
        return Linked(w, b, kind_b, a, kind_a);
    // Goal < Reflection < Skill < PlanActivity in RecordKind's order.
    if (kind_a == RecordKind::Goal && kind_b == RecordKind::Skill)
        return Holds(FindRecord<Goal>(w, a)->SkillIds, b);
    if (kind_a == RecordKind::Goal && kind_b == RecordKind::PlanActivity)
        return Holds(FindRecord<Goal>(w, a)->ActivityIds, b) || Holds(FindRecord<PlanActivity>(w, b)->GoalIds, a);
    if (kind_a == RecordKind::Goal && kind_b == RecordKind::Reflection)
        return Holds(FindRecord<Reflection>(w, b)->GoalIds, a);
    if (kind_a == RecordKind::Skill && kind_b == RecordKind::PlanActivity)
        return Holds(FindRecord<PlanActivity>(w, b)->SkillIds, a);
    return false;
}

// A reflection named by what it answers, else the start of what it says.
std::string ReflectionTitle(const Reflection& r)
{
    constexpr size_t kLength = 60;
    std::string_view text = TrimSpace(r.Text);
    if (text.empty() && !r.Loved.empty())
        text = r.Loved.front();
    if (text.empty())
        return r.Prompt.empty() ? std::string("An entry") : r.Prompt;
    return ShortLine(TrimSpace(text.substr(0, text.find('\n'))), kLength);
}

// Every live record of the kinds `kind` links to, in LinksOf()'s order, for which keep() says yes;
// titles are made only for those kept.
template <class Keep>
std::vector<LinkedRecord> Collect(const Workspace& w, RecordKind kind, Keep keep)
{
    std::vector<LinkedRecord> out;
    auto add = [&]<class R>(const R& record, RecordKind k, auto title) {
        if (CanLink(kind, k) && keep(record.Meta.RecordId, k))
            out.push_back(title(record));
    };
    for (const Goal* g : LiveRecords<Goal>(w))
        add(*g, RecordKind::Goal, [](const Goal& r) { return LinkedRecord{r.Meta.RecordId, RecordKind::Goal, r.Title, std::nullopt}; });
    for (const Skill* s : LiveRecords<Skill>(w))
        add(*s, RecordKind::Skill, [](const Skill& r) { return LinkedRecord{r.Meta.RecordId, RecordKind::Skill, r.Name, std::nullopt}; });
    for (const PlanActivity* a : LiveRecords<PlanActivity>(w))
        add(*a, RecordKind::PlanActivity, [](const PlanActivity& r) { return LinkedRecord{r.Meta.RecordId, RecordKind::PlanActivity, r.Title, std::nullopt}; });
    if (!CanLink(kind, RecordKind::Reflection))
        return out;
    std::vector<const Reflection*> reflections = LiveRecords<Reflection>(w);
    StableSort(reflections.begin(), reflections.end(), [](const Reflection* a, const Reflection* b) { return a->On > b->On; });
    for (const Reflection* r : reflections)
        add(*r, RecordKind::Reflection, [](const Reflection& x) { return LinkedRecord{x.Meta.RecordId, RecordKind::Reflection, ReflectionTitle(x), x.On}; });
    return out;
}

} // namespace

std::vector<LinkedRecord> LinksOf(const Workspace& w, const Id& id)
{
    const std::optional<RecordKind> kind = FindLiveKind(w, id);
    if (!kind)
        return {};
    return Collect(w, *kind, [&](const Id& other, RecordKind k) { return Linked(w, id, *kind, other, k); });
}

std::vector<LinkedRecord> LinkCandidates(const Workspace& w, const Id& id)
{
    const std::optional<RecordKind> kind = FindLiveKind(w, id);
    if (!kind)
        return {};
    return Collect(w, *kind, [&](const Id& other, RecordKind k) { return !Linked(w, id, *kind, other, k); });
}

bool KeepsLink(RecordKind owner, RecordKind other)
{
    switch (owner)
    {
    case RecordKind::Goal:          return other == RecordKind::Skill;
    case RecordKind::PlanActivity:  return other == RecordKind::Goal || other == RecordKind::Skill;
    case RecordKind::Reflection:    return other == RecordKind::Goal;
    default:                        return false;
    }
}

std::vector<LinkedRecord> LinkableRecords(const Workspace& w, RecordKind kind)
{
    return Collect(w, kind, [&](const Id&, RecordKind k) { return KeepsLink(kind, k); });
}

std::vector<LinkedRecord> LinkableRecords(const Workspace& w, RecordKind kind, const std::vector<Id>& ids, bool chosen)
{
    return Collect(w, kind, [&](const Id& other, RecordKind k) {
        return KeepsLink(kind, k) && (std::find(ids.begin(), ids.end(), other) != ids.end()) == chosen;
    });
}

std::string LinkSummary(const Workspace& w, const Id& id)
{
    int counts[static_cast<int>(RecordKind::COUNT)] = {};
    for (const LinkedRecord& link : LinksOf(w, id))
        counts[static_cast<int>(link.Kind)]++;
    static const struct { RecordKind Kind; const char* One; const char* Many; } kNames[] = {
        {RecordKind::Goal, "goal", "goals"},
        {RecordKind::Skill, "skill", "skills"},
        {RecordKind::PlanActivity, "activity", "activities"},
        {RecordKind::Reflection, "reflection", "reflections"},
    };
    std::string summary;
    for (const auto& name : kNames)
        if (const int n = counts[static_cast<int>(name.Kind)]; n > 0)
            summary += (summary.empty() ? "" : ", ") + std::to_string(n) + " " + (n == 1 ? name.One : name.Many);
    return summary;
}

} // namespace trellis
