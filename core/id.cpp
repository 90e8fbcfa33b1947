#include "core/id.h"

namespace trellis {

static void AppendHex(std::string& out, uint64_t v)
{
    static const char digits[] = "0123456789abcdef";
    for (int shift = 60; shift >= 0; shift -= 4)
        out.push_back(digits[(v >> shift) & 0xF]);
}

static int HexValue(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string Id::ToHex() const
{
    std::string out;
    out.reserve(32);
    AppendHex(out, Hi);
    AppendHex(out, Lo);
    return out;
}

std::optional<Id> Id::FromHex(std::string_view hex)
{
    if (hex.size() != 32)
        return std::nullopt;
    Id id;
    for (size_t i = 0; i < 32; i++)
    {
        int v = HexValue(hex[i]);
        if (v < 0)
            return std::nullopt;
        uint64_t& half = i < 16 ? id.Hi : id.Lo;
        half = (half << 4) | static_cast<uint64_t>(v);
    }
    return id;
}

Id IdGenerator::Next()
{
    Id id;
    do
    {
        id.Hi = Engine_();
        id.Lo = Engine_();
    } while (id.IsNil());
    return id;
}

} // namespace trellis
