// [SECTION] Helpers
// [SECTION] Opening
// [SECTION] The generic commands
// [SECTION] Records: create, edit, delete
// [SECTION] Earlier versions
// [SECTION] Quick edits
// [SECTION] Links
// [SECTION] Import and the team
// [SECTION] Undo and redo
// [SECTION] Reading
#include "core/session.h"

#include <algorithm>
#include <type_traits>

#include "core/merge.h"
#include "core/records.h"
#include "core/sort.h"
#include "core/views.h"

namespace trellis {

// [SECTION] Helpers

// "goal", "career path", "one-on-one": a record kind inside a sentence.
static std::string Noun(RecordKind kind)
{
    std::string noun = DisplayName(kind);
    noun[0] = static_cast<char>(noun[0] - 'A' + 'a');      // display names start with an ASCII capital
    return noun;
}

template <class R>
static std::string Noun()
{
    return Noun(KindOf<R>());
}

// The stamp that decides merges: the profile has one of its own, records have it in their meta.
template <class R>
static Stamp& UpdatedOf(R& value)
{
    if constexpr (std::is_same_v<R, Profile>)
        return value.Updated;
    else
        return value.Meta.Updated;
}

// Adds a move from `from` to `to` on `on` to a skill's history. Moves on one day make one entry, gone
// when the day ends where it began (stepping up and back down is no change), and the oldest
// entries go past kMaxSkillHistory. A day before the last entry's (a clock set back, a flight
// west) joins that entry, so the history stays in order.
static void NoteLevelChange(std::vector<SkillLevelChange>& history, int from, int to, Date on)
{
    if (from == to)
        return;
    if (!history.empty() && history.back().On >= on)
    {
        history.back().To = to;
        if (history.back().From == to)
            history.pop_back();
        return;
    }
    history.push_back(SkillLevelChange{on, from, to});
    if (history.size() > kMaxSkillHistory)
        history.erase(history.begin(), history.end() - kMaxSkillHistory);
}

template <class R>
static Error NoLonger()
{
    return Error{"That " + Noun<R>() + " no longer exists."};
}

// [SECTION] Opening

Session::Session(WorkspaceStore& store, uint64_t seed) : Store_(store), Ids_(seed)
{
}

Status Session::Open()
{
    Result<LoadedWorkspace> loaded = Store_.Load();
    if (!loaded)
        return loaded.GetError();
    History_ = EditHistory();
    BeforeImport_.reset();
    Workspace_ = std::move(loaded->Data);
    OpenNotice_ = std::move(loaded->Notice);
    if (loaded->IsNew || Workspace_.DeviceId == 0)
        Workspace_.DeviceId = Ids_.Next().Lo | 1;   // never 0: 0 means "no device"
    Clock_ = HybridClock(Workspace_.DeviceId);
    Clock_.Observe(Workspace_.Clock);
    Opened_ = true;
    return Status::Ok();
}

Status Session::CheckOpen() const
{
    if (!Opened_)
        return Error{"The workspace could not be loaded, so nothing can be changed until it is restored."};
    if (!ReadOnlyReason_.empty())
        return Error{ReadOnlyReason_};
    // Stamped at the last moment there is, a change could not be ordered after what is there:
    // refused, rather than stamped in the past where every later merge would lose it.
    if (Clock_.Saturated())
        return Error{"This workspace's clock is at the last moment it can record, so no change can be ordered after the others."};
    return Status::Ok();
}

RecordMeta Session::NewMeta(int64_t now_ms)
{
    RecordMeta meta;
    meta.RecordId = Ids_.Next();
    meta.CreatedMs = now_ms;
    meta.Updated = Clock_.Now(now_ms);
    return meta;
}

Status Session::Commit(int64_t now_ms)
{
    Workspace_.Clock = Clock_.Last();
    LastSave_ = Store_.Save(Workspace_, now_ms);
    return LastSave_;
}

// [SECTION] The generic commands

template <class R>
R* Session::FindLive(const Id& id)
{
    R* record = FindRecord<R>(Workspace_, id);
    return record && !record->Meta.Deleted ? record : nullptr;
}

template <class R>
void Session::GiveItemsIds(R& record)
{
    auto give = [this](Id& id) {
        if (id.IsNil())
            id = Ids_.Next();
    };
    if constexpr (std::is_same_v<R, Goal>)
        for (Milestone& milestone : record.Milestones)
            give(milestone.MilestoneId);
    if constexpr (std::is_same_v<R, CareerPath>)
        for (PathRole& role : record.Roles)
            give(role.RoleId);
    if constexpr (std::is_same_v<R, OneOnOne>)
    {
        for (AgendaItem& item : record.Agenda)
            give(item.ItemId);
        for (ActionItem& item : record.Actions)
            give(item.ItemId);
    }
}

template <class R>
Result<Id> Session::AddRecord(R draft, int64_t now_ms)
{
    if (Status open = CheckOpen(); !open)
        return open.GetError();
    if (Status valid = Normalize(draft, Limits_); !valid)
        return valid.GetError();
    GiveItemsIds(draft);
    draft.Meta = NewMeta(now_ms);
    const Id id = draft.Meta.RecordId;
    // Undoing a creation leaves a tombstone, which a merge carries like any deletion.
    R tombstone = draft;
    tombstone.Meta.Deleted = true;
    History_.Push(HistoryStep{"Add " + Noun<R>(), std::move(tombstone), draft});
    RecordsOf<R>(Workspace_).push_back(std::move(draft));
    (void)Commit(now_ms);
    return id;
}

template <class R>
Status Session::EditRecord(R changed, int64_t now_ms, const char* verb)
{
    if (Status open = CheckOpen(); !open)
        return open;
    R* current = FindLive<R>(changed.Meta.RecordId);
    if (!current)
        return NoLonger<R>();
    if (Status valid = Normalize(changed, Limits_); !valid)
        return valid;
    changed.Meta = current->Meta;
    GiveItemsIds(changed);
    return Replace(*current, std::move(changed), verb + (" " + Noun<R>()), now_ms);
}

template <class R>
Status Session::DeleteRecord(const Id& id, int64_t now_ms)
{
    if (Status open = CheckOpen(); !open)
        return open;
    R* current = FindLive<R>(id);
    if (!current)
        return NoLonger<R>();
    R next = *current;
    next.Meta.Deleted = true;
    return Replace(*current, std::move(next), "Delete " + Noun<R>(), now_ms);
}

// The common end of every edit: stamp, remember for undo, store, save.
template <class R>
Status Session::Replace(R& current, R next, std::string label, int64_t now_ms)
{
    UpdatedOf(next) = UpdatedOf(current);
    if (next == current)
        return Status::Ok();
    UpdatedOf(next) = Clock_.Now(now_ms);
    History_.Push(HistoryStep{std::move(label), current, next});
    current = std::move(next);
    (void)Commit(now_ms);
    return Status::Ok();
}

// [SECTION] Records: create, edit, delete

Status Session::EditProfile(const Profile& changed, int64_t now_ms)
{
    if (Status open = CheckOpen(); !open)
        return open;
    Profile next = changed;
    if (Status valid = Normalize(next, Limits_); !valid)
        return valid;
    return Replace(Workspace_.Me, std::move(next), "Edit profile", now_ms);
}

Result<Id> Session::AddGoal(std::string_view title, int64_t now_ms)
{
    Goal draft;
    draft.Title = std::string(title);
    return AddRecord(std::move(draft), now_ms);
}

Result<Id> Session::AddGoal(const Goal& draft, int64_t now_ms)                     { return AddRecord(draft, now_ms); }
Status     Session::EditGoal(const Goal& changed, int64_t now_ms)                  { return EditRecord(changed, now_ms); }
Status     Session::DeleteGoal(const Id& id, int64_t now_ms)                       { return DeleteRecord<Goal>(id, now_ms); }

Result<Id> Session::AddReflection(const Reflection& draft, int64_t now_ms)         { return AddRecord(draft, now_ms); }
Status     Session::EditReflection(const Reflection& changed, int64_t now_ms)      { return EditRecord(changed, now_ms); }
Status     Session::DeleteReflection(const Id& id, int64_t now_ms)                 { return DeleteRecord<Reflection>(id, now_ms); }

// A new skill starts without history: its first level is where it begins, not a move.
Result<Id> Session::AddSkill(const Skill& draft, int64_t now_ms)
{
    Skill fresh = draft;
    fresh.History.clear();
    return AddRecord(std::move(fresh), now_ms);
}

Status Session::EditSkill(const Skill& changed, int64_t now_ms, int utc_offset_minutes)
{
    return ChangeSkill(changed, now_ms, utc_offset_minutes, "Edit");
}

Status Session::ChangeSkill(const Skill& changed, int64_t now_ms, int utc_offset_minutes, const char* verb)
{
    if (Status open = CheckOpen(); !open)
        return open;
    const Skill* current = FindLive<Skill>(changed.Meta.RecordId);
    if (!current)
        return NoLonger<Skill>();
    Skill next = changed;
    next.History = current->History;
    NoteLevelChange(next.History, current->Current, next.Current, Date::FromUnixMs(now_ms, utc_offset_minutes));
    return EditRecord(std::move(next), now_ms, verb);
}

Status Session::DeleteSkill(const Id& id, int64_t now_ms)
{
    return DeleteRecord<Skill>(id, now_ms);
}

Result<Id> Session::AddCareerPath(const CareerPath& draft, int64_t now_ms)         { return AddRecord(draft, now_ms); }
Status     Session::EditCareerPath(const CareerPath& changed, int64_t now_ms)      { return EditRecord(changed, now_ms); }
Status     Session::DeleteCareerPath(const Id& id, int64_t now_ms)                 { return DeleteRecord<CareerPath>(id, now_ms); }

Result<Id> Session::AddActivity(const PlanActivity& draft, int64_t now_ms)         { return AddRecord(draft, now_ms); }
Status     Session::EditActivity(const PlanActivity& changed, int64_t now_ms)      { return EditRecord(changed, now_ms); }
Status     Session::DeleteActivity(const Id& id, int64_t now_ms)                   { return DeleteRecord<PlanActivity>(id, now_ms); }

// [SECTION] Earlier versions

template <class R>
Status Session::CheckEarlier(const R& earlier) const
{
    if (Status open = CheckOpen(); !open)
        return open;
    for (const R* version : EarlierVersions<R>(Workspace_, earlier.Meta.RecordId))
        if (*version == earlier)
        {
            const R* live = FindRecord<R>(Workspace_, earlier.Meta.RecordId);
            return live && !live->Meta.Deleted ? Status::Ok() : NoLonger<R>();
        }
    return Status(Error{"That earlier version is not kept any more."});
}

template <class R>
Status Session::RestoreEarlier(const R& earlier, int64_t now_ms)
{
    if (Status kept = CheckEarlier(earlier); !kept)
        return kept;
    return EditRecord(earlier, now_ms, "Restore");
}

Status Session::RestoreVersion(const Goal& earlier, int64_t now_ms)
{
    return RestoreEarlier(earlier, now_ms);
}

Status Session::RestoreVersion(const Reflection& earlier, int64_t now_ms)
{
    return RestoreEarlier(earlier, now_ms);
}

Status Session::RestoreVersion(const Skill& earlier, int64_t now_ms, int utc_offset_minutes)
{
    if (Status kept = CheckEarlier(earlier); !kept)
        return kept;
    return ChangeSkill(earlier, now_ms, utc_offset_minutes, "Restore");
}

Status Session::RestoreVersion(const CareerPath& earlier, int64_t now_ms)
{
    return RestoreEarlier(earlier, now_ms);
}

Status Session::RestoreVersion(const PlanActivity& earlier, int64_t now_ms)
{
    return RestoreEarlier(earlier, now_ms);
}

Status Session::RestoreVersion(const OneOnOne& earlier, int64_t now_ms)
{
    return RestoreEarlier(earlier, now_ms);
}

Result<Id> Session::AddOneOnOne(const OneOnOne& draft, int64_t now_ms)             { return AddRecord(draft, now_ms); }
Status     Session::EditOneOnOne(const OneOnOne& changed, int64_t now_ms)          { return EditRecord(changed, now_ms); }
Status     Session::DeleteOneOnOne(const Id& id, int64_t now_ms)                   { return DeleteRecord<OneOnOne>(id, now_ms); }

Result<Id> Session::AddComment(const Id& target, std::string_view author, std::string_view text, int64_t now_ms)
{
    if (Status open = CheckOpen(); !open)
        return open.GetError();
    if (!FindLiveKind(Workspace_, target))
        return Error{"There is nothing with that id to comment on."};
    Comment draft;
    draft.TargetId = target;
    draft.Author = std::string(author);
    draft.Text = std::string(text);
    return AddRecord(std::move(draft), now_ms);
}

Result<Id> Session::AnswerComment(const Id& comment, std::string_view text, int64_t now_ms)
{
    if (Status open = CheckOpen(); !open)
        return open.GetError();
    if (!FindLive<Comment>(comment))
        return NoLonger<Comment>();
    return AddComment(comment, Workspace_.Me.Name.empty() ? std::string_view("Me") : std::string_view(Workspace_.Me.Name), text, now_ms);
}

Status Session::EditComment(const Id& id, std::string_view text, int64_t now_ms)
{
    if (Status open = CheckOpen(); !open)
        return open;
    const Comment* current = FindLive<Comment>(id);
    if (!current)
        return NoLonger<Comment>();
    Comment changed = *current;
    changed.Text = std::string(text);
    return EditRecord(std::move(changed), now_ms);
}

Status Session::DeleteComment(const Id& id, int64_t now_ms)
{
    return DeleteRecord<Comment>(id, now_ms);
}

// [SECTION] Quick edits

Status Session::SetMilestoneDone(const Id& goal_id, const Id& milestone_id, bool done, int64_t now_ms, int utc_offset_minutes)
{
    if (Status open = CheckOpen(); !open)
        return open;
    Goal* goal = FindLive<Goal>(goal_id);
    if (!goal)
        return NoLonger<Goal>();
    Goal next = *goal;
    auto milestone = std::find_if(next.Milestones.begin(), next.Milestones.end(), [&](const Milestone& m) { return m.MilestoneId == milestone_id; });
    if (milestone == next.Milestones.end())
        return Error{"That milestone no longer exists."};
    if (milestone->DoneOn.has_value() == done)
        return Status::Ok();
    milestone->DoneOn = done ? std::optional(Date::FromUnixMs(now_ms, utc_offset_minutes)) : std::nullopt;
    return Replace(*goal, std::move(next), done ? "Tick milestone" : "Untick milestone", now_ms);
}

Status Session::SetActivityStatus(const Id& activity_id, ActivityStatus status, int64_t now_ms, int utc_offset_minutes)
{
    if (Status open = CheckOpen(); !open)
        return open;
    PlanActivity* activity = FindLive<PlanActivity>(activity_id);
    if (!activity)
        return NoLonger<PlanActivity>();
    PlanActivity next = *activity;
    next.Status = status;
    if (status != ActivityStatus::Done)
        next.CompletedOn.reset();
    else if (!next.CompletedOn)
        next.CompletedOn = Date::FromUnixMs(now_ms, utc_offset_minutes);
    return Replace(*activity, std::move(next), "Change plan activity status", now_ms);
}

Status Session::SetActionItemDone(const Id& one_on_one, const Id& item_id, bool done, int64_t now_ms, int utc_offset_minutes)
{
    if (Status open = CheckOpen(); !open)
        return open;
    OneOnOne* meeting = FindLive<OneOnOne>(one_on_one);
    if (!meeting)
        return NoLonger<OneOnOne>();
    OneOnOne next = *meeting;
    auto item = std::find_if(next.Actions.begin(), next.Actions.end(), [&](const ActionItem& a) { return a.ItemId == item_id; });
    if (item == next.Actions.end())
        return Error{"That action item no longer exists."};
    if (item->DoneOn.has_value() == done)
        return Status::Ok();
    item->DoneOn = done ? std::optional(Date::FromUnixMs(now_ms, utc_offset_minutes)) : std::nullopt;
    return Replace(*meeting, std::move(next), done ? "Tick action item" : "Untick action item", now_ms);
}

Status Session::SetAgendaItemCovered(const Id& one_on_one, const Id& item_id, bool covered, int64_t now_ms)
{
    if (Status open = CheckOpen(); !open)
        return open;
    OneOnOne* meeting = FindLive<OneOnOne>(one_on_one);
    if (!meeting)
        return NoLonger<OneOnOne>();
    OneOnOne next = *meeting;
    auto item = std::find_if(next.Agenda.begin(), next.Agenda.end(), [&](const AgendaItem& a) { return a.ItemId == item_id; });
    if (item == next.Agenda.end())
        return Error{"That agenda item no longer exists."};
    item->Covered = covered;
    return Replace(*meeting, std::move(next), covered ? "Mark as talked about" : "Mark as not talked about", now_ms);
}

// [SECTION] Links

namespace {

// Adds or removes `id` in a record's list of links; false when the list already says so.
bool SetIn(std::vector<Id>& ids, const Id& id, bool linked)
{
    const auto at = std::find(ids.begin(), ids.end(), id);
    if (linked == (at != ids.end()))
        return false;
    if (linked)
        ids.push_back(id);
    else
        ids.erase(at);
    return true;
}

} // namespace

Status Session::SetLinked(const Id& a, const Id& b, bool linked, int64_t now_ms)
{
    if (Status open = CheckOpen(); !open)
        return open;
    std::optional<RecordKind> kind_a = FindLiveKind(Workspace_, a), kind_b = FindLiveKind(Workspace_, b);
    if (!kind_a || !kind_b)
        return Error{"One of those no longer exists."};
    if (!CanLink(*kind_a, *kind_b))
        return Error{"A " + Noun(*kind_a) + " cannot be linked to a " + Noun(*kind_b) + "."};
    Id first = a, second = b;
    if (*kind_a > *kind_b)      // Goal, Reflection, Skill, PlanActivity: the pair in RecordKind's order
    {
        std::swap(first, second);
        std::swap(kind_a, kind_b);
    }
    const std::string label = linked ? "Link" : "Unlink";
    // Edits one record's list: Ok when the list already said so.
    auto edit = [&]<class R>(const Id& owner, std::vector<Id> R::*list, const Id& other) -> Status {
        R* record = FindLive<R>(owner);
        R next = *record;
        if (!SetIn(next.*list, other, linked))
            return Status::Ok();
        return Replace(*record, std::move(next), label + " " + Noun<R>(), now_ms);
    };
    if (*kind_a == RecordKind::Goal && *kind_b == RecordKind::Skill)
        return edit.template operator()<Goal>(first, &Goal::SkillIds, second);
    if (*kind_a == RecordKind::Goal && *kind_b == RecordKind::Reflection)
        return edit.template operator()<Reflection>(second, &Reflection::GoalIds, first);
    if (*kind_a == RecordKind::Skill)
        return edit.template operator()<PlanActivity>(second, &PlanActivity::SkillIds, first);
    // A goal and an activity: the activity keeps it; an older file's goal may hold it too.
    if (!linked)
        if (Status s = edit.template operator()<Goal>(first, &Goal::ActivityIds, second); !s)
            return s;
    return edit.template operator()<PlanActivity>(second, &PlanActivity::GoalIds, first);
}

// [SECTION] Import and the team

Status Session::ApplyImport(const ImportPreview& preview, int64_t now_ms)
{
    if (Status open = CheckOpen(); !open)
        return open;
    // What the preview said changes nothing changes nothing: no save (which would rotate the
    // backups) and no import to undo; the last real import stays the one Undo import undoes.
    if (preview.IsNoOp())
        return Status::Ok();
    BeforeImport_ = Workspace_;
    Workspace_ = trellis::ApplyImport(Workspace_, preview, now_ms);
    std::vector<OneOnOne> with_actions;
    if (preview.File.Kind == FileKind::Response)
        with_actions = AgreedActionMeetings(*BeforeImport_, Workspace_, preview.File.Content.Comments);
    // A restored backup brings its device id: the clock must stamp as that device.
    Clock_ = HybridClock(Workspace_.DeviceId);
    Clock_.Observe(LatestStamp(Workspace_));
    Clock_.Observe(BeforeImport_->Clock);
    // Meetings that gained agreed actions are edited here, so the next share file carries them.
    for (OneOnOne& meeting : with_actions)
        if (OneOnOne* current = FindLive<OneOnOne>(meeting.Meta.RecordId))
        {
            meeting.Meta.Updated = Clock_.Now(now_ms);
            *current = std::move(meeting);
        }
    // The edit steps were recorded against records the import may have replaced.
    History_ = EditHistory();
    // Not Commit(): a restored backup keeps its clock stamp exactly, device included.
    Workspace_.Clock = std::max(Workspace_.Clock, Clock_.Last());
    LastSave_ = Store_.Save(Workspace_, now_ms);
    return Status::Ok();
}

Status Session::UndoImport(int64_t now_ms)
{
    if (Status open = CheckOpen(); !open)
        return open;
    if (!BeforeImport_)
        return Error{"There is no import to undo."};
    Workspace_ = std::move(*BeforeImport_);
    BeforeImport_.reset();
    // The clock keeps what it saw: stamps made after the undo stay later than the imported ones.
    const Stamp seen = Clock_.Last();
    Clock_ = HybridClock(Workspace_.DeviceId);
    Clock_.Observe(seen);
    History_ = EditHistory();
    (void)Commit(now_ms);
    return Status::Ok();
}

Result<Id> Session::AddTeamComment(uint64_t report_device, const Id& target, CommentKind kind, std::string_view text, int64_t now_ms,
                                   ActionOwner owner, std::optional<Date> due)
{
    if (Status open = CheckOpen(); !open)
        return open.GetError();
    auto report = std::find_if(Workspace_.Team.begin(), Workspace_.Team.end(), [&](const TeamReport& r) { return r.Device == report_device; });
    if (report == Workspace_.Team.end())
        return Error{"That person is not in your team."};
    if (!FindLiveKind(report->Plan, target))
        return Error{"There is nothing with that id to comment on."};
    Comment comment;
    comment.TargetId = target;
    comment.Author = Workspace_.Me.Name.empty() ? std::string("Manager") : Workspace_.Me.Name;
    comment.Text = std::string(text);
    comment.Kind = kind;
    comment.Owner = owner;
    comment.Due = due;
    if (Status valid = Normalize(comment, Limits_); !valid)
        return valid.GetError();
    comment.Meta = NewMeta(now_ms);
    const Id id = comment.Meta.RecordId;
    report->Plan.Clock = std::max(report->Plan.Clock, comment.Meta.Updated);
    // In id order, as a merge keeps records, so merging this plan again changes nothing.
    std::vector<Comment>& comments = report->Plan.Comments;
    auto at = std::lower_bound(comments.begin(), comments.end(), id, [](const Comment& c, const Id& key) { return c.Meta.RecordId < key; });
    comments.insert(at, std::move(comment));
    (void)Commit(now_ms);
    return id;
}

Status Session::DeleteTeamComment(uint64_t report_device, const Id& comment_id, int64_t now_ms)
{
    if (Status open = CheckOpen(); !open)
        return open;
    auto report = std::find_if(Workspace_.Team.begin(), Workspace_.Team.end(), [&](const TeamReport& r) { return r.Device == report_device; });
    if (report == Workspace_.Team.end())
        return Error{"That person is not in your team."};
    Comment* comment = FindRecord<Comment>(report->Plan, comment_id);
    if (!comment || comment->Meta.Deleted)
        return NoLonger<Comment>();
    comment->Meta.Deleted = true;
    comment->Meta.Updated = Clock_.Now(now_ms);
    report->Plan.Clock = std::max(report->Plan.Clock, comment->Meta.Updated);
    (void)Commit(now_ms);
    return Status::Ok();
}

// [SECTION] Undo and redo

// Writes a remembered version back with a fresh stamp: an undo is a new edit, so it wins a merge
// against the version it replaces.
void Session::Restore(const RecordValue& value, int64_t now_ms)
{
    std::visit([&]<class R>(const R& remembered) {
        R restored = remembered;
        UpdatedOf(restored) = Clock_.Now(now_ms);
        if constexpr (std::is_same_v<R, Profile>)
            Workspace_.Me = std::move(restored);
        else if (R* current = FindRecord<R>(Workspace_, restored.Meta.RecordId))
            *current = std::move(restored);
        else    // records are never removed, but a restored backup may not have this one yet
            RecordsOf<R>(Workspace_).push_back(std::move(restored));
    }, value);
}

Status Session::Undo(int64_t now_ms)
{
    if (Status open = CheckOpen(); !open)
        return open;
    const HistoryStep* step = History_.Undo();
    if (!step)
        return Error{"There is nothing to undo."};
    Restore(step->Before, now_ms);
    (void)Commit(now_ms);
    return Status::Ok();
}

Status Session::Redo(int64_t now_ms)
{
    if (Status open = CheckOpen(); !open)
        return open;
    const HistoryStep* step = History_.Redo();
    if (!step)
        return Error{"There is nothing to redo."};
    Restore(step->After, now_ms);
    (void)Commit(now_ms);
    return Status::Ok();
}

std::string Session::UndoLabel() const
{
    const HistoryStep* step = History_.NextUndo();
    return step ? step->Label : std::string();
}

std::string Session::RedoLabel() const
{
    const HistoryStep* step = History_.NextRedo();
    return step ? step->Label : std::string();
}

// [SECTION] Reading

std::vector<const Goal*> Session::LiveGoals() const
{
    std::vector<const Goal*> goals = LiveRecords<Goal>(Workspace_);
    StableSort(goals.begin(), goals.end(), [](const Goal* a, const Goal* b) { return a->Meta.Updated > b->Meta.Updated; });
    return goals;
}

const Goal* Session::FindGoal(const Id& id) const
{
    return FindRecord<Goal>(Workspace_, id);
}

} // namespace trellis
