// A backup restored into an empty workspace, and merged into a full one.
#include "fuzz_import.h"
#include "../unit/sample_workspace.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const trellis::Workspace full = trellis::test::FullWorkspace();
    trellis::fuzz::ImportInto(trellis::Workspace{}, data, size);
    trellis::fuzz::ImportInto(full, data, size);
    return 0;
}
