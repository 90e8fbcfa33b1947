#include "core/store.h"

#include "core/codec.h"

namespace trellis {

Result<LoadedWorkspace> WorkspaceStore::Load()
{
    if (!Fs_.Exists(MainPath()))
        return LoadedWorkspace{Workspace{}, true};
    Result<std::string> bytes = Fs_.ReadFile(MainPath());
    if (!bytes)
        return bytes.GetError();
    Result<Workspace> workspace = DecodeWorkspace(bytes.Value());
    if (!workspace)
        return workspace.GetError();
    return LoadedWorkspace{std::move(workspace.Value()), false};
}

Status WorkspaceStore::Save(const Workspace& workspace, int64_t now_ms)
{
    if (Status made = Fs_.MakeDirs(Dir_); !made)
        return made;
    const std::string bytes = EncodeWorkspace(workspace, now_ms);
    if (Status written = Fs_.WriteFile(TempPath(), bytes); !written)
        return written;
    if (Status synced = Fs_.SyncFile(TempPath()); !synced)
        return synced;
    return Fs_.Rename(TempPath(), MainPath());
}

} // namespace trellis
