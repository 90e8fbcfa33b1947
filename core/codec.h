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
//   offset  0   8 bytes   magic "\x89TRELLIS"
//   offset  8   u32       schema version
//   offset 12   u32       flags (BinaryHeaderFlags); 0 in files written before the flags existed
//   offset 16   i64       saved at (ms)
//   offset 24   u64       payload size
//   offset 32   u64       checksum (below)
//   offset 40   u8 + bytes: the app version; then the payload
// The checksum: with kHeaderChecked set, FileChecksum of the whole header (offsets 0 to the end of
// the app version) with the checksum field holding FileChecksum(payload). Every header byte is
// covered directly and the payload through its own checksum, so the payload is read once. Without
// kHeaderChecked (older builds), FileChecksum(payload) alone, and the header is not covered.
//
// The order of the checks, so damage is never mistaken for a newer file:
//   1. magic, lengths and the payload size: anything wrong is damage;
//   2. the checksum, by the rule the flags name: a mismatch is damage;
//   3. the flags: a bit this build does not know means a newer Trellis wrote the file, but only
//      under kHeaderChecked (the bit is then covered, so it was written, not flipped); unknown bits
//      without kHeaderChecked are damage. A newer Trellis therefore keeps setting kHeaderChecked
//      and keeps this checksum rule, whatever its other bits mean;
//   4. the schema: newer than kSchemaVersion means a newer Trellis, unless the header is not
//      covered and the schema is past kLastSchemaWithoutHeaderCheck (every build that writes a
//      later schema sets kHeaderChecked, so such a file is a flipped bit: damage).
// A torn or damaged file fails before cereal reads a byte, so it is reported as damaged (and the
// store falls back to a backup) instead of being half-read.
// Measured on the ten-year workspace (tests/bench): about 10x faster to load and to save than
// cereal's JSON, natively and in wasm; see the closing notes of issue 3.
enum BinaryHeaderFlags : uint32_t
{
    kHeaderChecked = 1,     // the checksum covers the header too; every file this build writes
};
inline constexpr uint32_t kKnownHeaderFlags = kHeaderChecked;
inline constexpr int      kLastSchemaWithoutHeaderCheck = 5;   // the newest schema written with flags 0

std::string         EncodeWorkspaceBinary(const Workspace& workspace, int64_t now_ms);
Result<Workspace>   DecodeWorkspaceBinary(std::string_view bytes);
Result<FileHeader>  DecodeBinaryHeader(std::string_view bytes);
bool                IsBinaryWorkspace(std::string_view bytes);
// FNV-1a-style 64-bit checksum, the one the binary header stores (see above).
uint64_t            FileChecksum(std::string_view bytes);
// The checksum a kHeaderChecked file with this header and payload must store, whatever its
// checksum field holds now: for tools and tests that build or alter a file on purpose.
// `bytes` must hold a complete header (0 if it does not).
uint64_t            HeaderCheckedChecksum(std::string_view bytes);

// Either encoding, told apart by the magic bytes: what the store reads.
Result<Workspace>   DecodeStoredWorkspace(std::string_view bytes);
Result<FileHeader>  DecodeStoredHeader(std::string_view bytes);

} // namespace trellis
