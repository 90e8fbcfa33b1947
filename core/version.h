#pragma once

namespace trellis {

inline constexpr const char* kAppVersion = "0.1.0";

} // namespace trellis
