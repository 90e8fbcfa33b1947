// A ten-year workspace for benchmarks: a reflection every day, goals with milestones, a development
// plan, skills, a career path and a one-on-one a month. Deterministic for a given seed, so every run
// (natively, in wasm, in the browser) measures the same data.
#pragma once

#include <cstdint>

#include "core/model.h"

namespace trellis::bench {

struct TenYearSize
{
    int Reflections = 3650;         // one a day for ten years
    int ReflectionTextBytes = 1500; // free text of each, about
    int Goals = 200;
    int Milestones = 1000;          // spread over the goals
    int Activities = 500;
    int Skills = 100;
    int OneOnOnes = 120;            // one a month

    // A tenth of everything (and short texts), for `scripts/bench --quick` and tests.
    static TenYearSize Quick() { return {365, 600, 20, 100, 50, 10, 12}; }
};

Workspace MakeTenYearWorkspace(const TenYearSize& size, uint64_t seed);

} // namespace trellis::bench
