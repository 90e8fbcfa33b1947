// What every import fuzz target does: the bytes go through PreviewImport and, when accepted,
// ApplyImport, into the workspace that import path meets in the app. Any crash, leak, hang or
// sanitizer report is a bug; a refusal is the expected answer for almost every input.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/exchange.h"

namespace trellis::fuzz {

inline void ImportInto(const Workspace& w, const uint8_t* data, size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    Result<ImportPreview> preview = PreviewImport(w, bytes);
    if (!preview)
        return;
    (void)preview->Describe();
    const Workspace after = ApplyImport(w, preview.Value(), 1);
    // An accepted file imported twice must change nothing the second time.
    Result<ImportPreview> again = PreviewImport(after, bytes);
    if (again && preview->File.Kind != FileKind::Backup && !again->ChangesNothing())
        __builtin_trap();
}

} // namespace trellis::fuzz
