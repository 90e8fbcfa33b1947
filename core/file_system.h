// The few file operations storage needs, behind an interface so tests can fail any step.
//
// DiskFileSystem is the real one (a folder on the desktop, the IDBFS mount on the web: both are
// POSIX files to the core). MemoryFileSystem keeps files in a map, for tests and the fake
// platform.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/result.h"

namespace trellis {

class FileSystem
{
public:
    virtual ~FileSystem() = default;

    // Creates or truncates `path` and writes `bytes` to it. A failure may leave a partial file.
    virtual Status              WriteFile(const std::string& path, const std::string& bytes) = 0;
    // Makes the content of `path` durable (fsync).
    virtual Status              SyncFile(const std::string& path) = 0;
    // Replaces `to` by `from` in one step.
    virtual Status              Rename(const std::string& from, const std::string& to) = 0;
    virtual Result<std::string> ReadFile(const std::string& path) = 0;
    virtual bool                Exists(const std::string& path) = 0;
    virtual Status              Remove(const std::string& path) = 0;
    virtual Status              MakeDirs(const std::string& dir) = 0;
    // Names (not paths) of the files in `dir`, sorted.
    virtual std::vector<std::string> List(const std::string& dir) = 0;
};

class DiskFileSystem final : public FileSystem
{
public:
    Status              WriteFile(const std::string& path, const std::string& bytes) override;
    Status              SyncFile(const std::string& path) override;
    Status              Rename(const std::string& from, const std::string& to) override;
    Result<std::string> ReadFile(const std::string& path) override;
    // At most `max_bytes` of `path`, whatever it is (a pipe, a device, a file still growing): more
    // gives *too_large true and what was read so far, never all of an endless stream.
    Result<std::string> ReadFileAtMost(const std::string& path, size_t max_bytes, bool* too_large);
    bool                Exists(const std::string& path) override;
    Status              Remove(const std::string& path) override;
    Status              MakeDirs(const std::string& dir) override;
    std::vector<std::string> List(const std::string& dir) override;
};

class MemoryFileSystem final : public FileSystem
{
public:
    Status              WriteFile(const std::string& path, const std::string& bytes) override;
    Status              SyncFile(const std::string& path) override;
    Status              Rename(const std::string& from, const std::string& to) override;
    Result<std::string> ReadFile(const std::string& path) override;
    bool                Exists(const std::string& path) override;
    Status              Remove(const std::string& path) override;
    Status              MakeDirs(const std::string& dir) override;
    std::vector<std::string> List(const std::string& dir) override;

    std::map<std::string, std::string> Files;   // path -> content
};

// Replaces `path` by `bytes` in one step: writes `path` + ".tmp" next to it, flushes it, renames it
// over `path`. With `keep_old_as`, the file it replaces is moved there first (a backup). On an Error
// the temporary file is gone and `path` still holds what it held before.
Status WriteFileAtomically(FileSystem& fs, const std::string& path, const std::string& bytes,
                           const std::string& keep_old_as = {});

} // namespace trellis
