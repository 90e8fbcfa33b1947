#include "core/store.h"

#include <algorithm>
#include <cstdio>

#include "core/codec.h"
#include "core/date.h"

namespace trellis {

// [SECTION] Names
// [SECTION] Load
// [SECTION] Save

// [SECTION] Names

static const char kSavePrefix[] = "save-";
static const char kDayPrefix[] = "day-";
static const char kSuffix[] = ".trellis";

static bool StartsWith(const std::string& s, const char* prefix)
{
    return s.rfind(prefix, 0) == 0;
}

static bool EndsWith(const std::string& s, const char* suffix)
{
    const std::string tail(suffix);
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

static std::vector<std::string> NamesWithPrefix(std::vector<std::string> names, const char* prefix)
{
    names.erase(std::remove_if(names.begin(), names.end(),
                               [&](const std::string& n) { return !StartsWith(n, prefix) || !EndsWith(n, kSuffix); }),
                names.end());
    std::sort(names.begin(), names.end());     // zero-padded numbers and ISO dates sort by age
    return names;
}

std::vector<std::string> WorkspaceStore::BackupsNewestFirst()
{
    const std::vector<std::string> all = Fs_.List(BackupDir());
    std::vector<std::string> saves = NamesWithPrefix(all, kSavePrefix);
    std::vector<std::string> days = NamesWithPrefix(all, kDayPrefix);
    std::vector<std::string> ordered(saves.rbegin(), saves.rend());
    ordered.insert(ordered.end(), days.rbegin(), days.rend());
    return ordered;
}

int WorkspaceStore::NextSaveNumber()
{
    const std::vector<std::string> saves = NamesWithPrefix(Fs_.List(BackupDir()), kSavePrefix);
    if (saves.empty())
        return 1;
    const std::string& last = saves.back();
    return std::atoi(last.c_str() + sizeof(kSavePrefix) - 1) + 1;
}

// [SECTION] Load

Result<LoadedWorkspace> WorkspaceStore::Load()
{
    std::string main_problem;
    MainIsDamaged_ = false;
    if (Fs_.Exists(MainPath()))
    {
        Result<std::string> bytes = Fs_.ReadFile(MainPath());
        if (!bytes)
            return bytes.GetError();
        Result<Workspace> workspace = DecodeStoredWorkspace(bytes.Value());
        if (workspace)
            return LoadedWorkspace{std::move(workspace.Value()), false, ""};
        main_problem = workspace.GetError().Message;
        if (main_problem.find("newer Trellis") != std::string::npos)
            return workspace.GetError();   // not damaged: an older app must not fall back and lose it
        MainIsDamaged_ = true;
    }

    const std::vector<std::string> backups = BackupsNewestFirst();
    if (main_problem.empty() && backups.empty())
        return LoadedWorkspace{Workspace{}, true, ""};

    for (const std::string& name : backups)
    {
        Result<std::string> bytes = Fs_.ReadFile(BackupDir() + "/" + name);
        if (!bytes)
            continue;
        Result<Workspace> workspace = DecodeStoredWorkspace(bytes.Value());
        if (!workspace)
            continue;
        Result<FileHeader> header = DecodeStoredHeader(bytes.Value());
        const int64_t saved_at = header ? header->SavedAtMs : 0;
        std::string notice = main_problem.empty()
            ? "Your last save did not finish, so Trellis opened the previous version"
            : "Your workspace file could not be read (" + main_problem + ") so Trellis opened the newest backup";
        if (saved_at > 0)
            notice += ", saved " + Date::FromUnixMs(saved_at, 0).ToString();
        notice += ".";
        if (!main_problem.empty())
            notice += " The damaged file is kept: your next save moves it beside your workspace as " + DamagedPath().substr(Dir_.size() + 1) + ".";
        return LoadedWorkspace{std::move(workspace.Value()), false, std::move(notice)};
    }
    if (!main_problem.empty())
        return Error{main_problem + " No backup could be read either."};
    return Error{"Trellis found backups of your workspace but none could be read."};
}

std::string WorkspaceStore::DamagedPath()
{
    int n = 1;
    while (Fs_.Exists(Dir_ + "/workspace.damaged-" + std::to_string(n) + kSuffix))
        n++;
    return Dir_ + "/workspace.damaged-" + std::to_string(n) + kSuffix;
}

// [SECTION] Save

Status WorkspaceStore::Save(const Workspace& workspace, int64_t now_ms)
{
    if (Status made = Fs_.MakeDirs(BackupDir()); !made)
        return made;
    const std::string bytes = EncodeWorkspaceBinary(workspace, now_ms);
    std::string replaced;     // where the version this save replaces goes
    if (MainIsDamaged_ && Fs_.Exists(MainPath()))
        replaced = DamagedPath();   // kept for a person (or a fix) to recover, never a backup to prune
    else if (Fs_.Exists(MainPath()))
    {
        char name[32];
        std::snprintf(name, sizeof(name), "%s%06d%s", kSavePrefix, NextSaveNumber(), kSuffix);
        replaced = BackupDir() + "/" + name;
    }
    if (Status written = WriteFileAtomically(Fs_, MainPath(), bytes, replaced); !written)
        return written;
    MainIsDamaged_ = false;
    WriteDayBackup(bytes, now_ms);
    Prune(kSavePrefix, Limits_.SaveBackups);
    Prune(kDayPrefix, Limits_.DayBackups);
    return Status::Ok();
}

void WorkspaceStore::WriteDayBackup(const std::string& bytes, int64_t now_ms)
{
    const std::string path = BackupDir() + "/" + kDayPrefix + Date::FromUnixMs(now_ms, 0).ToString() + kSuffix;
    if (!Fs_.Exists(path))
        (void)WriteFileAtomically(Fs_, path, bytes);
}

void WorkspaceStore::Prune(const std::string& prefix, int keep)
{
    const std::vector<std::string> names = NamesWithPrefix(Fs_.List(BackupDir()), prefix.c_str());
    for (size_t i = 0; i + keep < names.size(); i++)
        (void)Fs_.Remove(BackupDir() + "/" + names[i]);
}

} // namespace trellis
