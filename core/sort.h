// One stable sort for the whole app. std::stable_sort and std::sort are templates: every call with
// its own comparator lambda is a new copy of the merge sort (about 3 KB of wasm each), and 45 of
// them were a tenth of the web build's code, downloaded on every first visit. StableSort() sorts
// the positions of the elements through one compiled merge sort that calls the comparator
// through a pointer, then moves the elements into that order: a few hundred bytes per call.
//
// Stable: equal elements keep their order, so a result never depends on how they came in.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <utility>
#include <vector>

namespace trellis {

namespace detail {

using PositionLess = bool (*)(const void* context, uint32_t a, uint32_t b);

// Orders `positions` stably by less(context, a, b): the one merge sort compiled.
void StableSortPositions(std::vector<uint32_t>& positions, PositionLess less, const void* context);

} // namespace detail

// Sorts [first, last) stably by `less` (a strict weak order, as for std::stable_sort).
template <class It, class Less>
void StableSort(It first, It last, Less less)
{
    const size_t count = static_cast<size_t>(last - first);
    if (count < 2)
        return;
    struct Context
    {
        It      First;
        Less*   By;
    };
    const Context context{first, &less};
    std::vector<uint32_t> positions(count);
    for (size_t i = 0; i < count; i++)
        positions[i] = static_cast<uint32_t>(i);
    detail::StableSortPositions(positions, [](const void* c, uint32_t a, uint32_t b) {
        const Context& of = *static_cast<const Context*>(c);
        return (*of.By)(of.First[a], of.First[b]);
    }, &context);
    using T = typename std::iterator_traits<It>::value_type;
    std::vector<T> sorted;
    sorted.reserve(count);
    for (uint32_t i : positions)
        sorted.push_back(std::move(first[i]));
    std::move(sorted.begin(), sorted.end(), first);
}

template <class T, class Less>
void StableSort(std::vector<T>& items, Less less)
{
    StableSort(items.begin(), items.end(), less);
}

} // namespace trellis
