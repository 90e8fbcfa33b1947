// A manager imports a share file into an empty team.
#include "fuzz_import.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const trellis::Workspace manager = [] {
        trellis::Workspace w;
        w.DeviceId = 0x2222;
        return w;
    }();
    trellis::fuzz::ImportInto(manager, data, size);
    return 0;
}
