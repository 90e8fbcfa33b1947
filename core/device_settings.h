// What belongs to this device rather than to the workspace: the theme and the text size chosen in
// Settings, and when a backup was last exported. Kept in its own small file next to the workspace, never shared, never
// merged, and saved the same atomic way (temp file, sync, rename).
#pragma once

#include <cstdint>
#include <string>

#include "core/file_system.h"
#include "core/result.h"

namespace trellis {

enum class ThemeChoice : uint8_t
{
    System,     // follow the system's light or dark preference
    Light,
    Dark,
};

// Text size in Settings, in percent of the app's own (which suits a phone held at reading distance).
inline constexpr int kMinTextSizePercent = 85;
inline constexpr int kDefaultTextSizePercent = 100;
inline constexpr int kMaxTextSizePercent = 200;
// The sizes Settings' stepper and a pinch step through: each a difference a person can see.
inline constexpr int kTextSizeSteps[] = { 85, 100, 115, 130, 150, 175, 200 };
inline constexpr int kTextSizeStepCount = static_cast<int>(sizeof(kTextSizeSteps) / sizeof(kTextSizeSteps[0]));

// The step nearest to `percent` (a size kept from another step list steps from there).
int                     NearestTextSizeStep(int percent);
// The size `steps` steps from `percent` (negative: smaller), held within the list's ends.
int                     StepTextSize(int percent, int steps);

struct DeviceSettings
{
    ThemeChoice Theme = ThemeChoice::System;
    int64_t     LastBackupMs = 0;       // the last backup file exported from this device; 0: never
    int         TextSizePercent = kDefaultTextSizePercent;  // text size, kMinTextSizePercent..kMaxTextSizePercent
};

// The settings in `dir`, or the defaults when there are none yet. A damaged file gives an Error;
// the caller goes on with the defaults and the file is left as it is until the next save.
Result<DeviceSettings>  LoadDeviceSettings(FileSystem& fs, const std::string& dir);
Status                  SaveDeviceSettings(FileSystem& fs, const std::string& dir, const DeviceSettings& settings);

// The JSON itself, for tests and golden files.
std::string             EncodeDeviceSettings(const DeviceSettings& settings);
Result<DeviceSettings>  DecodeDeviceSettings(std::string_view bytes);

// A backup is worth offering when none was ever made or the last is older than this.
inline constexpr int64_t kBackupStaleMs = 14LL * 24 * 60 * 60 * 1000;
bool                    BackupIsStale(const DeviceSettings& settings, int64_t now_ms);

} // namespace trellis
