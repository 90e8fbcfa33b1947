#include "sort.h"

#include <algorithm>

namespace trellis::detail {

void StableSortPositions(std::vector<uint32_t>& positions, PositionLess less, const void* context)
{
    std::stable_sort(positions.begin(), positions.end(), [&](uint32_t a, uint32_t b) { return less(context, a, b); });
}

} // namespace trellis::detail
