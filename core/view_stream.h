// An istream over bytes the caller owns, so decoding a many-megabyte file never copies it.
// Used where cereal reads (core/codec.cpp, core/exchange.cpp).
#pragma once

#include <istream>
#include <streambuf>
#include <string_view>

namespace trellis {

class ViewStreamBuf final : public std::streambuf
{
public:
    explicit ViewStreamBuf(std::string_view bytes)
    {
        char* begin = const_cast<char*>(bytes.data());
        setg(begin, begin, begin + bytes.size());
    }
};

} // namespace trellis
