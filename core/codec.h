// Workspace <-> bytes. The only place cereal runs; its exceptions end here as Errors.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/model.h"
#include "core/result.h"

namespace trellis {

// What a file says about itself, before its content.
struct FileHeader
{
    std::string Format;         // "trellis-workspace"
    int         Schema = 0;     // kSchemaVersion of the writer
    std::string AppVersion;     // the writer's kAppVersion
    int64_t     SavedAtMs = 0;  // wall clock when written
};

inline constexpr const char* kWorkspaceFormat = "trellis-workspace";

std::string         EncodeWorkspace(const Workspace& workspace, int64_t now_ms);
Result<Workspace>   DecodeWorkspace(std::string_view bytes);
// Only the header of a file (the whole document is parsed; only the header is read).
Result<FileHeader>  DecodeHeader(std::string_view bytes);

} // namespace trellis
