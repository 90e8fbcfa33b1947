// Undo and redo: what each of the last edits changed, as the record before and after it.
//
// Every command changes one record (or the profile), so a step keeps two copies of one record, not
// the whole workspace: a ten-year journal would make whole-workspace snapshots too heavy for a
// phone. Undoing a creation restores a tombstone, so an undo travels through merges like any edit.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <variant>
#include <vector>

#include "core/model.h"

namespace trellis {

using RecordValue = std::variant<Profile, Goal, Reflection, Skill, CareerPath, PlanActivity, OneOnOne, Comment>;

struct HistoryStep
{
    std::string Label;          // what the edit did, for an "Undo ..." button: "Edit goal"
    RecordValue Before;
    RecordValue After;
};

struct HistoryLimits
{
    size_t Steps = 100;         // edits that can be undone; the oldest is forgotten first
};

class EditHistory
{
public:
    explicit EditHistory(HistoryLimits limits = {}) : Limits_(limits) {}

    // A new edit: it can be undone, and what was undone before it can no longer be redone.
    void                Push(HistoryStep step);
    // Moves the latest edit to the redo stack and returns it; nullptr when there is nothing to undo.
    const HistoryStep*  Undo();
    // Moves the latest undone edit back and returns it; nullptr when there is nothing to redo.
    const HistoryStep*  Redo();

    const HistoryStep*  NextUndo() const { return Done_.empty() ? nullptr : &Done_.back(); }
    const HistoryStep*  NextRedo() const { return Undone_.empty() ? nullptr : &Undone_.back(); }
    // How many edits were pushed so far (undo and redo move steps, they push none): a new value
    // means a new edit, which is what an "Undo" toast follows.
    uint64_t            Pushes() const { return Pushes_; }

private:
    HistoryLimits               Limits_;
    std::deque<HistoryStep>     Done_;
    std::vector<HistoryStep>    Undone_;
    uint64_t                    Pushes_ = 0;
};

} // namespace trellis
