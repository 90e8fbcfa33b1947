#include "core/file_system.h"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <unistd.h>

namespace trellis {

// [SECTION] DiskFileSystem
// [SECTION] MemoryFileSystem
// [SECTION] Atomic writes

// [SECTION] DiskFileSystem

static Error IoError(const char* what, const std::string& path)
{
    const int err = errno;
    if (err == ENOSPC || err == EDQUOT)
        return Error{std::string("The device is full: could not ") + what + " " + path + "."};
    return Error{std::string("Could not ") + what + " " + path + ": " + std::strerror(err) + "."};
}

Status DiskFileSystem::WriteFile(const std::string& path, const std::string& bytes)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return IoError("create", path);
    size_t done = 0;
    while (done < bytes.size())
    {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0)
        {
            if (errno == EINTR)
                continue;
            Error error = IoError("write", path);
            ::close(fd);
            return error;
        }
        done += static_cast<size_t>(n);
    }
    if (::close(fd) != 0)
        return IoError("write", path);
    return Status::Ok();
}

Status DiskFileSystem::SyncFile(const std::string& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return IoError("open", path);
    if (::fsync(fd) != 0)
    {
        Error error = IoError("flush", path);
        ::close(fd);
        return error;
    }
    ::close(fd);
    return Status::Ok();
}

// A rename is durable only once the folder holding the new name is flushed too: without it, a
// power cut right after a save can bring back the old name and lose the new file. Best effort:
// some file systems (IDBFS in a browser among them) cannot flush a folder, and the rename itself
// has already succeeded.
static void SyncParentDir(const std::string& path)
{
    const size_t slash = path.find_last_of('/');
    const std::string dir = slash == std::string::npos ? "." : slash == 0 ? "/" : path.substr(0, slash);
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    (void)::fsync(fd);
    ::close(fd);
}

Status DiskFileSystem::Rename(const std::string& from, const std::string& to)
{
    if (std::rename(from.c_str(), to.c_str()) != 0)
        return IoError("rename", from);
    SyncParentDir(to);
    return Status::Ok();
}

Result<std::string> DiskFileSystem::ReadFile(const std::string& path)
{
    bool too_large = false;
    return ReadFileAtMost(path, SIZE_MAX - 1, &too_large);
}

Result<std::string> DiskFileSystem::ReadFileAtMost(const std::string& path, size_t max_bytes, bool* too_large)
{
    *too_large = false;
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f)
        return IoError("open", path);
    std::string bytes;
    char buf[65536];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof(buf), f)) > 0)
    {
        bytes.append(buf, n);
        if (bytes.size() > max_bytes)
        {
            *too_large = true;
            break;
        }
    }
    const bool failed = !*too_large && std::ferror(f) != 0;
    std::fclose(f);
    if (failed)
        return IoError("read", path);
    return bytes;
}

bool DiskFileSystem::Exists(const std::string& path)
{
    std::error_code ec;
    return std::filesystem::exists(path, ec);
}

Status DiskFileSystem::Remove(const std::string& path)
{
    if (std::remove(path.c_str()) != 0 && errno != ENOENT)
        return IoError("remove", path);
    return Status::Ok();
}

Status DiskFileSystem::MakeDirs(const std::string& dir)
{
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec)
        return Error{"Could not create the folder " + dir + ": " + ec.message() + "."};
    return Status::Ok();
}

std::vector<std::string> DiskFileSystem::List(const std::string& dir)
{
    std::vector<std::string> names;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
        if (entry.is_regular_file(ec))
            names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

// [SECTION] MemoryFileSystem

Status MemoryFileSystem::WriteFile(const std::string& path, const std::string& bytes)
{
    Files[path] = bytes;
    return Status::Ok();
}

Status MemoryFileSystem::SyncFile(const std::string& path)
{
    if (!Files.count(path))
        return Error{"Could not flush " + path + ": no such file."};
    return Status::Ok();
}

Status MemoryFileSystem::Rename(const std::string& from, const std::string& to)
{
    auto it = Files.find(from);
    if (it == Files.end())
        return Error{"Could not rename " + from + ": no such file."};
    std::string bytes = std::move(it->second);
    Files.erase(it);
    Files[to] = std::move(bytes);
    return Status::Ok();
}

Result<std::string> MemoryFileSystem::ReadFile(const std::string& path)
{
    auto it = Files.find(path);
    if (it == Files.end())
        return Error{"Could not open " + path + ": no such file."};
    return it->second;
}

bool MemoryFileSystem::Exists(const std::string& path)
{
    return Files.count(path) != 0;
}

Status MemoryFileSystem::Remove(const std::string& path)
{
    Files.erase(path);
    return Status::Ok();
}

Status MemoryFileSystem::MakeDirs(const std::string& /*dir*/)
{
    return Status::Ok();
}

std::vector<std::string> MemoryFileSystem::List(const std::string& dir)
{
    const std::string prefix = dir + "/";
    std::vector<std::string> names;
    for (auto it = Files.lower_bound(prefix); it != Files.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it)
        if (it->first.find('/', prefix.size()) == std::string::npos)
            names.push_back(it->first.substr(prefix.size()));
    return names;
}

// [SECTION] Atomic writes

Status WriteFileAtomically(FileSystem& fs, const std::string& path, const std::string& bytes, const std::string& keep_old_as)
{
    const std::string temp = path + ".tmp";
    Status done = fs.WriteFile(temp, bytes);
    if (done)
        done = fs.SyncFile(temp);
    const bool keep_old = done && !keep_old_as.empty() && fs.Exists(path);
    if (keep_old)
        done = fs.Rename(path, keep_old_as);
    if (done)
    {
        done = fs.Rename(temp, path);
        if (!done && keep_old)
            (void)fs.Rename(keep_old_as, path);    // put the old file back where a reader looks first
    }
    if (!done)
        (void)fs.Remove(temp);      // a half-written temporary file is never worth keeping
    return done;
}

} // namespace trellis
