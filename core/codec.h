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

// [SECTION] JSON: readable, for files people move (backups, exports) and schema-1 stores.
std::string         EncodeWorkspace(const Workspace& workspace, int64_t now_ms);
Result<Workspace>   DecodeWorkspace(std::string_view bytes);
// Only the header of a file (the whole document is parsed; only the header is read).
Result<FileHeader>  DecodeHeader(std::string_view bytes);

// [SECTION] Binary: how the store keeps the workspace on the device since schema 2.
// cereal's portable binary format (BinaryOutputArchive, core/archives.h) behind a fixed header:
//   8 bytes   magic "\x89TRELLIS"
//   u32       schema version            u32  reserved, 0
//   i64       saved at (ms)             u64  payload size
//   u64       checksum of the payload   u8 + bytes: the app version
// A torn or damaged file fails the size or checksum test before cereal reads a byte, so it is
// reported as damaged (and the store falls back to a backup) instead of being half-read.
// Measured on the ten-year workspace (tests/bench): about 10x faster to load and to save than
// cereal's JSON, natively and in wasm; see the closing notes of issue 3.
std::string         EncodeWorkspaceBinary(const Workspace& workspace, int64_t now_ms);
Result<Workspace>   DecodeWorkspaceBinary(std::string_view bytes);
Result<FileHeader>  DecodeBinaryHeader(std::string_view bytes);
bool                IsBinaryWorkspace(std::string_view bytes);

// Either encoding, told apart by the magic bytes: what the store reads.
Result<Workspace>   DecodeStoredWorkspace(std::string_view bytes);
Result<FileHeader>  DecodeStoredHeader(std::string_view bytes);

} // namespace trellis
