// The commands the app runs on a workspace. Each command changes the workspace in memory, stamps
// what it touched with the hybrid clock, and saves atomically.
//
// A command returns an Error only when it changed nothing (a title left empty, say). Whether the
// save after a change worked is LastSave(): a failed save keeps the change in memory for the UI to
// report, and the next successful save persists everything. A command that would leave a record as
// it is returns Ok and neither stamps nor saves.
//
// Add*(draft) takes a record filled in by a form: its Meta is ignored and made fresh. Edit*(changed)
// takes a copy of a record with the person's changes; the id inside says which record. Items inside
// a record (milestones, roles, agenda and action items) that have no id yet are given one.
// Delete*(id) leaves a tombstone. Every create, edit and delete can be undone, and undo is saved.
//
// Time and randomness come in as arguments, so the core stays deterministic under test.
//
// [SECTION] Opening
// [SECTION] Records: create, edit, delete
// [SECTION] Quick edits
// [SECTION] Import and the team
// [SECTION] Undo and redo
// [SECTION] Reading
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/exchange.h"
#include "core/history.h"
#include "core/hlc.h"
#include "core/id.h"
#include "core/model.h"
#include "core/store.h"
#include "core/validate.h"

namespace trellis {

class Session
{
public:
    // `seed` feeds the id generator and, on a first run, this device's id.
    Session(WorkspaceStore& store, uint64_t seed);

    // [SECTION] Opening

    // Loads the workspace, or starts an empty one on a first run. Until it succeeds, every command
    // is refused, so a damaged file on disk is never overwritten by an empty workspace. Opening
    // again reloads what is on disk (another tab saved it) and forgets undo history.
    Status                  Open();
    bool                    IsOpen() const { return Opened_; }
    // While a reason is set, every command is refused with it and nothing is saved (another tab of
    // the app holds the workspace). An empty reason lifts it.
    void                    SetReadOnly(std::string reason) { ReadOnlyReason_ = std::move(reason); }
    bool                    IsReadOnly() const { return !ReadOnlyReason_.empty(); }
    // What the person should know about how the workspace was opened ("...opened the newest
    // backup, saved 2026-11-20..."); empty when it opened normally.
    const std::string&      OpenNotice() const { return OpenNotice_; }

    // [SECTION] Records: create, edit, delete

    Status                  EditProfile(const Profile& changed, int64_t now_ms);

    Result<Id>              AddGoal(std::string_view title, int64_t now_ms);
    Result<Id>              AddGoal(const Goal& draft, int64_t now_ms);
    Status                  EditGoal(const Goal& changed, int64_t now_ms);
    Status                  DeleteGoal(const Id& id, int64_t now_ms);

    Result<Id>              AddReflection(const Reflection& draft, int64_t now_ms);
    Status                  EditReflection(const Reflection& changed, int64_t now_ms);
    Status                  DeleteReflection(const Id& id, int64_t now_ms);

    Result<Id>              AddSkill(const Skill& draft, int64_t now_ms);
    // A change of the current level is added to the skill's history, on the person's local day;
    // the history in `changed` is ignored: only the session writes it.
    Status                  EditSkill(const Skill& changed, int64_t now_ms, int utc_offset_minutes);
    Status                  DeleteSkill(const Id& id, int64_t now_ms);

    Result<Id>              AddCareerPath(const CareerPath& draft, int64_t now_ms);
    Status                  EditCareerPath(const CareerPath& changed, int64_t now_ms);
    Status                  DeleteCareerPath(const Id& id, int64_t now_ms);

    Result<Id>              AddActivity(const PlanActivity& draft, int64_t now_ms);
    Status                  EditActivity(const PlanActivity& changed, int64_t now_ms);
    Status                  DeleteActivity(const Id& id, int64_t now_ms);

    Result<Id>              AddOneOnOne(const OneOnOne& draft, int64_t now_ms);
    Status                  EditOneOnOne(const OneOnOne& changed, int64_t now_ms);
    Status                  DeleteOneOnOne(const Id& id, int64_t now_ms);

    // A comment is about a live record of any kind; it is written at now_ms.
    Result<Id>              AddComment(const Id& target, std::string_view author, std::string_view text, int64_t now_ms);
    // My answer to a comment (the manager's, usually), signed with my profile's name: it travels in
    // the next share file with the record the comment is about.
    Result<Id>              AnswerComment(const Id& comment, std::string_view text, int64_t now_ms);
    Status                  EditComment(const Id& id, std::string_view text, int64_t now_ms);
    Status                  DeleteComment(const Id& id, int64_t now_ms);

    // [SECTION] Quick edits
    // One tap on a phone. The day something was done is the person's local day, hence the offset.

    Status                  SetMilestoneDone(const Id& goal, const Id& milestone, bool done, int64_t now_ms, int utc_offset_minutes);
    // Done records today as the completion date (keeping an earlier one); any other status clears it.
    Status                  SetActivityStatus(const Id& activity, ActivityStatus status, int64_t now_ms, int utc_offset_minutes);
    Status                  SetActionItemDone(const Id& one_on_one, const Id& item, bool done, int64_t now_ms, int utc_offset_minutes);
    // An agenda item talked about at the meeting; a question marked as asked is not suggested again.
    Status                  SetAgendaItemCovered(const Id& one_on_one, const Id& item, bool covered, int64_t now_ms);

    // [SECTION] Earlier versions
    // Puts back a version a merge replaced (one of EarlierVersions(), core/records.h) as an edit of
    // the live record: stamped now, undoable like any edit. A version that is not one of the
    // record's earlier ones, or of a record no longer there, is refused. A skill keeps its level
    // history, and a restored level is noted in it on the person's local day.
    Status                  RestoreVersion(const Goal& earlier, int64_t now_ms);
    Status                  RestoreVersion(const Reflection& earlier, int64_t now_ms);
    Status                  RestoreVersion(const Skill& earlier, int64_t now_ms, int utc_offset_minutes);
    Status                  RestoreVersion(const CareerPath& earlier, int64_t now_ms);
    Status                  RestoreVersion(const PlanActivity& earlier, int64_t now_ms);
    Status                  RestoreVersion(const OneOnOne& earlier, int64_t now_ms);

    // [SECTION] Links
    // Links or unlinks two live records whose kinds link (CanLink, core/views.h) by editing the
    // side that keeps the link: a goal its skills, an activity its goals and skills, a reflection
    // its goals. One undo step, except where an older file also put an activity in a goal's own
    // list: unlinking then edits both, one step each.
    Status                  SetLinked(const Id& a, const Id& b, bool linked, int64_t now_ms);

    // [SECTION] Import and the team

    // Applies a preview made by PreviewImport (core/exchange.h) in one step, and saves. The
    // workspace before it is kept, so UndoImport() can put it back. A preview that IsNoOp() is
    // applied by doing nothing at all.
    // A response's agreed actions on my one-on-ones become action items of those meetings
    // (AgreedActionMeetings in core/exchange.h).
    Status                  ApplyImport(const ImportPreview& preview, int64_t now_ms);
    Status                  UndoImport(int64_t now_ms);
    bool                    CanUndoImport() const { return BeforeImport_.has_value(); }
    // A manager's comment on a record of a report in the Team, signed with the manager's name. An
    // action has an owner (from the report's side: Me is the report) and may have a due date;
    // other kinds ignore both.
    Result<Id>              AddTeamComment(uint64_t report_device, const Id& target, CommentKind kind, std::string_view text, int64_t now_ms,
                                           ActionOwner owner = ActionOwner::Me, std::optional<Date> due = std::nullopt);
    // Takes back one of those comments: a tombstone, so the next response file takes it back too.
    Status                  DeleteTeamComment(uint64_t report_device, const Id& comment, int64_t now_ms);

    // [SECTION] Undo and redo

    // Puts the record the last edit touched back as it was, with a new stamp, and saves.
    Status                  Undo(int64_t now_ms);
    Status                  Redo(int64_t now_ms);
    bool                    CanUndo() const { return History_.NextUndo() != nullptr; }
    bool                    CanRedo() const { return History_.NextRedo() != nullptr; }
    std::string             UndoLabel() const;      // "Edit goal"; "" when there is nothing to undo
    std::string             RedoLabel() const;
    // Counts the edits made since the session began; undo and redo leave it alone.
    uint64_t                EditCount() const { return History_.Pushes(); }

    // [SECTION] Reading

    const Workspace&        Data() const { return Workspace_; }
    std::vector<const Goal*> LiveGoals() const;     // not deleted, newest first
    const Goal*             FindGoal(const Id& id) const;
    const Status&           LastSave() const { return LastSave_; }

private:
    Status                  CheckOpen() const;
    RecordMeta              NewMeta(int64_t now_ms);
    Status                  Commit(int64_t now_ms);
    void                    Restore(const RecordValue& value, int64_t now_ms);

    template <class R> Result<Id> AddRecord(R draft, int64_t now_ms);
    template <class R> Status     EditRecord(R changed, int64_t now_ms, const char* verb = "Edit");
    Status                  ChangeSkill(const Skill& changed, int64_t now_ms, int utc_offset_minutes, const char* verb);
    template <class R> Status     DeleteRecord(const Id& id, int64_t now_ms);
    template <class R> Status     CheckEarlier(const R& earlier) const;
    template <class R> Status     RestoreEarlier(const R& earlier, int64_t now_ms);
    template <class R> R*         FindLive(const Id& id);
    template <class R> void       GiveItemsIds(R& record);
    template <class R> Status     Replace(R& current, R next, std::string label, int64_t now_ms);

    WorkspaceStore&         Store_;
    IdGenerator             Ids_;
    HybridClock             Clock_{0};
    Workspace               Workspace_;
    Status                  LastSave_;
    bool                    Opened_ = false;        // commands refuse to run over a workspace that failed to load
    std::string             OpenNotice_;
    std::string             ReadOnlyReason_;
    TextLimits              Limits_;
    EditHistory             History_;
    std::optional<Workspace> BeforeImport_;         // the workspace before the last import, for UndoImport()
};

} // namespace trellis
