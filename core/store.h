// Where a workspace lives between runs: one folder, one main file, saved atomically.
//
// A save writes a temporary file, flushes it and renames it over the main file, so a crash or a
// full disk at any step leaves either the old or the new workspace on disk, never a broken one.
// On the web the folder is an IDBFS mount; the platform flushes it to IndexedDB after a save.
#pragma once

#include <string>

#include "core/file_system.h"
#include "core/model.h"
#include "core/result.h"

namespace trellis {

struct LoadedWorkspace
{
    Workspace   Data;
    bool        IsNew = false;      // nothing was saved yet: a first run
};

class WorkspaceStore
{
public:
    WorkspaceStore(FileSystem& fs, std::string dir) : Fs_(fs), Dir_(std::move(dir)) {}

    Result<LoadedWorkspace> Load();
    Status                  Save(const Workspace& workspace, int64_t now_ms);

    std::string             MainPath() const { return Dir_ + "/workspace.json"; }
    std::string             TempPath() const { return Dir_ + "/workspace.json.tmp"; }

private:
    FileSystem& Fs_;
    std::string Dir_;
};

} // namespace trellis
