// Hybrid logical clock: the `updated` stamp of every record.
//
// A stamp is (wall milliseconds, counter, device). It never goes backwards on one device, even when
// the phone's clock does, and it moves past every stamp the device has seen in an imported file,
// so a device with a wrong clock cannot make its old edits win forever. Ties between devices are
// broken by the device id, which makes the order total.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace trellis {

struct Stamp
{
    int64_t  WallMs = 0;    // milliseconds since 1970-01-01 UTC
    uint32_t Counter = 0;   // orders events within the same millisecond
    uint64_t Device = 0;    // the device that made the stamp

    auto operator<=>(const Stamp&) const = default;

    std::string                 ToString() const;     // "wall.counter.devicehex"
    static std::optional<Stamp> Parse(std::string_view text);
};

inline constexpr int64_t  kMaxWallMs = INT64_MAX;
inline constexpr uint32_t kMaxCounter = UINT32_MAX;

class HybridClock
{
public:
    explicit HybridClock(uint64_t device) : Device_(device) {}

    // A stamp later than every stamp made or observed so far; never earlier than the last one, even
    // when the counter is full (it carries into the next millisecond) or at the last stamp there is
    // (it stays there: Saturated()).
    Stamp   Now(int64_t physical_ms);
    bool    Saturated() const { return Last_.WallMs == kMaxWallMs && Last_.Counter == kMaxCounter; }
    // Remember a stamp seen in data from elsewhere, so the next Now() is later than it.
    void    Observe(const Stamp& seen);

    uint64_t        Device() const { return Device_; }
    const Stamp&    Last() const   { return Last_; }

private:
    uint64_t Device_;
    Stamp    Last_;
};

} // namespace trellis
