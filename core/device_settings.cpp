#include "core/device_settings.h"

#include <algorithm>
#include <cstdlib>

#include <cereal/cereal.hpp>
#include <cereal/types/string.hpp>

#include "core/archives.h"

// Version 1: theme and last backup time. Version 2: the text size (100 % when read from version 1).
// Bump it, and add a golden file, when a field moves.
CEREAL_CLASS_VERSION(trellis::DeviceSettings, 2);

namespace trellis {

static const char* const kFileName = "device.json";

static const char* ThemeName(ThemeChoice theme)
{
    switch (theme)
    {
    case ThemeChoice::Light: return "light";
    case ThemeChoice::Dark: return "dark";
    case ThemeChoice::System: break;
    }
    return "system";
}

template <class Archive>
void save(Archive& ar, const DeviceSettings& s, const std::uint32_t /*version*/)
{
    ar(cereal::make_nvp("theme", std::string(ThemeName(s.Theme))), cereal::make_nvp("last_backup_ms", s.LastBackupMs),
       cereal::make_nvp("text_size_percent", s.TextSizePercent));
}

template <class Archive>
void load(Archive& ar, DeviceSettings& s, const std::uint32_t version)
{
    std::string theme;
    ar(cereal::make_nvp("theme", theme), cereal::make_nvp("last_backup_ms", s.LastBackupMs));
    if (version >= 2)
        ar(cereal::make_nvp("text_size_percent", s.TextSizePercent));
    if (theme == "light")
        s.Theme = ThemeChoice::Light;
    else if (theme == "dark")
        s.Theme = ThemeChoice::Dark;
    else if (theme == "system")
        s.Theme = ThemeChoice::System;
    else
        throw cereal::Exception("unknown theme \"" + theme + "\"");
}

std::string EncodeDeviceSettings(const DeviceSettings& settings)
{
    std::string out;
    {
        JsonOutputArchive ar(out);
        ar(cereal::make_nvp("device", settings));
    }
    return out;
}

Result<DeviceSettings> DecodeDeviceSettings(std::string_view bytes)
{
    DeviceSettings settings;
    try
    {
        JsonInputArchive ar(bytes);
        ar(cereal::make_nvp("device", settings));
    }
    catch (const std::exception& e)
    {
        return Error{std::string("The device settings are damaged (") + e.what() + ")."};
    }
    if (settings.LastBackupMs < 0)
        return Error{"The device settings are damaged (a negative backup time)."};
    if (settings.TextSizePercent < kMinTextSizePercent || settings.TextSizePercent > kMaxTextSizePercent)
        return Error{"The device settings are damaged (a text size of " + std::to_string(settings.TextSizePercent) + " %)."};
    return settings;
}

Result<DeviceSettings> LoadDeviceSettings(FileSystem& fs, const std::string& dir)
{
    const std::string path = dir + "/" + kFileName;
    if (!fs.Exists(path))
        return DeviceSettings{};
    Result<std::string> bytes = fs.ReadFile(path);
    if (!bytes)
        return bytes.GetError();
    return DecodeDeviceSettings(bytes.Value());
}

Status SaveDeviceSettings(FileSystem& fs, const std::string& dir, const DeviceSettings& settings)
{
    if (Status made = fs.MakeDirs(dir); !made)
        return made;
    return WriteFileAtomically(fs, dir + "/" + kFileName, EncodeDeviceSettings(settings));
}

bool BackupIsStale(const DeviceSettings& settings, int64_t now_ms)
{
    return settings.LastBackupMs == 0 || now_ms - settings.LastBackupMs > kBackupStaleMs;
}

int NearestTextSizeStep(int percent)
{
    int nearest = 0;
    for (int i = 1; i < kTextSizeStepCount; i++)
        if (std::abs(kTextSizeSteps[i] - percent) < std::abs(kTextSizeSteps[nearest] - percent))
            nearest = i;
    return nearest;
}

int StepTextSize(int percent, int steps)
{
    const int step = std::clamp(NearestTextSizeStep(percent) + steps, 0, kTextSizeStepCount - 1);
    return kTextSizeSteps[step];
}

} // namespace trellis
