// Structure-aware fuzzing of imports: the input chooses which values of a valid share, response
// or backup change and how (tests/unit/import_laws.h), so the fuzzer spends its time on files that
// parse and pass the first checks. A crash, a sanitizer report or a broken import law traps.
#include <cstdio>

#include "../unit/import_laws.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static trellis::test::Files files;
    static bool made = (trellis::test::MakeFiles(files), true);
    (void)made;
    trellis::test::Rng r{std::mt19937_64(size), data, size};
    const trellis::test::Round round = trellis::test::RunRound(files, r);
    if (!round.Broken.empty())
    {
        std::fprintf(stderr, "import law broken (file kind %d): %s\n", round.Kind, round.Broken.c_str());
        __builtin_trap();
    }
    return 0;
}
