// An employee imports a response file: the sample workspace, whose device the corpus's response is for.
#include "fuzz_import.h"
#include "../unit/sample_workspace.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const trellis::Workspace employee = trellis::test::FullWorkspace();
    trellis::fuzz::ImportInto(employee, data, size);
    return 0;
}
