// Where a workspace lives between runs: one folder, a main file saved atomically, rolling backups.
//
//   workspace.trellis               the latest save
//   workspace.trellis.tmp           a save in progress
//   backups/save-NNNNNN.trellis     the versions the last saves replaced (StoreLimits::SaveBackups)
//   backups/day-YYYY-MM-DD.trellis  the first save of each day (StoreLimits::DayBackups days)
//   workspace.damaged-N.trellis     a main file that failed to load, moved aside by the next save,
//                                   never deleted
// The files hold the binary encoding (core/codec.h); a JSON workspace (schema 1) loads too.
//
// A save writes the temporary file, flushes it, moves the current main file into backups/ and
// renames the temporary file into place. A crash or a full disk at any step leaves the old or the
// new workspace loadable, never a broken one: if the main file is missing or damaged, loading
// falls back to the newest valid backup and says so.
// Loading only reads: it never renames, writes or creates anything, so a read-only command or a
// preview leaves the folder as it found it. A damaged main file stays where it is until the next
// save, which moves it to workspace.damaged-N.trellis instead of into backups/.
// On the web the folder is an IDBFS mount; the platform flushes it to IndexedDB after a save.
#pragma once

#include <string>
#include <vector>

#include "core/file_system.h"
#include "core/model.h"
#include "core/result.h"

namespace trellis {

struct StoreLimits
{
    int SaveBackups = 5;    // how many replaced versions to keep, newest first
    int DayBackups = 7;     // how many days to keep one version of (the first save of the day, UTC)
};

struct LoadedWorkspace
{
    Workspace   Data;
    bool        IsNew = false;      // nothing was saved yet: a first run
    std::string Notice;             // set when a backup was used: what happened, for the user
};

class WorkspaceStore
{
public:
    WorkspaceStore(FileSystem& fs, std::string dir, StoreLimits limits = {})
        : Fs_(fs), Dir_(std::move(dir)), Limits_(limits) {}

    Result<LoadedWorkspace> Load();
    // Saves atomically. An Error means the main file was not replaced (it still holds the last
    // successful save); a backup that could not be written or pruned does not fail the save.
    Status                  Save(const Workspace& workspace, int64_t now_ms);

    std::string             MainPath() const    { return Dir_ + "/workspace.trellis"; }
    std::string             TempPath() const    { return Dir_ + "/workspace.trellis.tmp"; }
    std::string             BackupDir() const   { return Dir_ + "/backups"; }
    // Backup file names, newest first: the replaced versions, then the daily copies.
    std::vector<std::string> BackupsNewestFirst();

private:
    std::string             DamagedPath();     // the first free workspace.damaged-N.trellis
    void                    WriteDayBackup(const std::string& bytes, int64_t now_ms);
    void                    Prune(const std::string& prefix, int keep);
    int                     NextSaveNumber();

    FileSystem&     Fs_;
    std::string     Dir_;
    StoreLimits     Limits_;
    bool            MainIsDamaged_ = false;    // the last Load found the main file damaged
};

} // namespace trellis
