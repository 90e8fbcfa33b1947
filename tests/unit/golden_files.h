// Reading the golden files of tests/golden/, and writing new ones when a schema is released.
#pragma once

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace trellis::test {

inline std::string GoldenPath(const char* name)
{
    return std::string(TRELLIS_GOLDEN_DIR) + "/" + name;
}

inline std::string ReadGolden(const char* name)
{
    std::ifstream in(GoldenPath(name), std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

// With TRELLIS_WRITE_GOLDEN=1 in the environment, writes `bytes` as the golden file `name` (done
// once, when a schema version is released; the file is committed and never written again). Without
// it, does nothing: the test then holds the build to the file as committed.
inline void WriteGoldenIfAsked(const char* name, const std::string& bytes)
{
    const char* asked = std::getenv("TRELLIS_WRITE_GOLDEN");
    if (asked == nullptr || std::string(asked) != "1")
        return;
    std::ofstream out(GoldenPath(name), std::ios::binary | std::ios::trunc);
    out << bytes;
}

} // namespace trellis::test
