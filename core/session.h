// The commands the app runs on a workspace. Each command changes the workspace in memory, stamps
// what it touched with the hybrid clock, and saves atomically.
//
// A command returns an Error only when it changed nothing (a title left empty, say). Whether the
// save after a change worked is LastSave(): a failed save keeps the change in memory for the UI to
// report, and the next successful save persists everything.
//
// Time and randomness come in as arguments, so the core stays deterministic under test.
#pragma once

#include <string_view>
#include <vector>

#include "core/hlc.h"
#include "core/id.h"
#include "core/model.h"
#include "core/store.h"

namespace trellis {

// Limits on what a person can type, so a stray paste cannot make the workspace unusable.
struct TextLimits
{
    size_t TitleBytes = 300;        // a goal's or milestone's title, in UTF-8 bytes
};

class Session
{
public:
    // `seed` feeds the id generator and, on a first run, this device's id.
    Session(WorkspaceStore& store, uint64_t seed);

    // Loads the workspace, or starts an empty one on a first run. Until it succeeds, every command
    // is refused, so a damaged file on disk is never overwritten by an empty workspace.
    Status                  Open();
    bool                    IsOpen() const { return Opened_; }

    Result<Id>              AddGoal(std::string_view title, int64_t now_ms);

    const Workspace&        Data() const { return Workspace_; }
    std::vector<const Goal*> LiveGoals() const;     // not deleted, newest first
    const Goal*             FindGoal(const Id& id) const;
    const Status&           LastSave() const { return LastSave_; }

private:
    RecordMeta              NewMeta(int64_t now_ms);
    Status                  Commit(int64_t now_ms);

    WorkspaceStore&         Store_;
    IdGenerator             Ids_;
    HybridClock             Clock_{0};
    Workspace               Workspace_;
    Status                  LastSave_;
    bool                    Opened_ = false;        // commands refuse to run over a workspace that failed to load
    TextLimits              Limits_;
};

// `text` without leading and trailing white space (ASCII and the common Unicode spaces).
std::string_view TrimSpace(std::string_view text);

} // namespace trellis
