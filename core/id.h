// Record identifiers: 128 random bits, written as 32 lowercase hex digits.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <string_view>

namespace trellis {

struct Id
{
    uint64_t Hi = 0;
    uint64_t Lo = 0;

    bool                        IsNil() const { return Hi == 0 && Lo == 0; }
    std::string                 ToHex() const;
    static std::optional<Id>    FromHex(std::string_view hex);   // nullopt unless exactly 32 hex digits

    auto operator<=>(const Id&) const = default;
};

// Makes ids from a seeded generator, so tests are deterministic; the app seeds it from the
// platform's entropy source.
class IdGenerator
{
public:
    explicit IdGenerator(uint64_t seed) : Engine_(seed) {}
    Id Next();

private:
    std::mt19937_64 Engine_;
};

} // namespace trellis
