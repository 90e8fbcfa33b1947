// Small pieces of wording shared by the core's sentences and the screens.
#pragma once

#include <string>

namespace trellis {

// A count and its noun, singular or plural: Counted(1, "goal", "goals") is "1 goal", 3 gives
// "3 goals" and 0 "0 goals".
inline std::string Counted(int count, const char* one, const char* many)
{
    return std::to_string(count) + " " + (count == 1 ? one : many);
}

} // namespace trellis
