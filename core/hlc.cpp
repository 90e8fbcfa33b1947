#include "core/hlc.h"

#include <charconv>

namespace trellis {

std::string Stamp::ToString() const
{
    char device[17];
    const auto end = std::to_chars(device, device + sizeof(device), Device, 16).ptr;
    return std::to_string(WallMs) + "." + std::to_string(Counter) + "." + std::string(device, end);
}

std::optional<Stamp> Stamp::Parse(std::string_view text)
{
    Stamp s;
    const char* p = text.data();
    const char* end = text.data() + text.size();
    auto wall = std::from_chars(p, end, s.WallMs);
    if (wall.ec != std::errc() || wall.ptr == end || *wall.ptr != '.' || s.WallMs < 0)
        return std::nullopt;
    auto counter = std::from_chars(wall.ptr + 1, end, s.Counter);
    if (counter.ec != std::errc() || counter.ptr == end || *counter.ptr != '.')
        return std::nullopt;
    auto device = std::from_chars(counter.ptr + 1, end, s.Device, 16);
    if (device.ec != std::errc() || device.ptr != end || device.ptr == counter.ptr + 1)
        return std::nullopt;
    return s;
}

Stamp HybridClock::Now(int64_t physical_ms)
{
    if (physical_ms > Last_.WallMs)
    {
        Last_.WallMs = physical_ms;
        Last_.Counter = 0;
    }
    else if (Last_.Counter < kMaxCounter)
    {
        Last_.Counter++;
    }
    else if (Last_.WallMs < kMaxWallMs)
    {
        // The counter is full (a stamp from elsewhere filled it): carry into the next millisecond
        // rather than wrap to 0 and go backwards.
        Last_.WallMs++;
        Last_.Counter = 0;
    }
    // At the very last stamp the clock stays there (Saturated()): never backwards.
    Last_.Device = Device_;
    return Last_;
}

void HybridClock::Observe(const Stamp& seen)
{
    if (seen.WallMs > Last_.WallMs || (seen.WallMs == Last_.WallMs && seen.Counter > Last_.Counter))
    {
        Last_.WallMs = seen.WallMs;
        Last_.Counter = seen.Counter;
    }
}

} // namespace trellis
