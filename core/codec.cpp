#include "core/codec.h"

#include <sstream>

#include <cereal/archives/json.hpp>

#include "core/serialize.h"
#include "core/version.h"

namespace trellis {

template <class Archive>
void serialize(Archive& ar, FileHeader& h, const std::uint32_t /*version*/)
{
    ar(cereal::make_nvp("format", h.Format));
    ar(cereal::make_nvp("schema", h.Schema));
    ar(cereal::make_nvp("app_version", h.AppVersion));
    ar(cereal::make_nvp("saved_at", h.SavedAtMs));
}

} // namespace trellis

CEREAL_CLASS_VERSION(trellis::FileHeader, 1);

namespace trellis {

std::string EncodeWorkspace(const Workspace& workspace, int64_t now_ms)
{
    FileHeader header{kWorkspaceFormat, kSchemaVersion, kAppVersion, now_ms};
    std::ostringstream out;
    {
        cereal::JSONOutputArchive ar(out, cereal::JSONOutputArchive::Options::NoIndent());
        ar(cereal::make_nvp("header", header));
        ar(cereal::make_nvp("workspace", workspace));
    }
    return std::move(out).str();
}

Result<Workspace> DecodeWorkspace(std::string_view bytes)
{
    if (bytes.empty())
        return Error{"The workspace file is empty."};
    try
    {
        std::istringstream in{std::string(bytes)};
        cereal::JSONInputArchive ar(in);
        FileHeader header;
        ar(cereal::make_nvp("header", header));
        if (header.Format != kWorkspaceFormat)
            return Error{"This is not a Trellis workspace file."};
        if (header.Schema > kSchemaVersion)
            return Error{"This workspace was saved by a newer Trellis (" + header.AppVersion + "). Please update the app."};
        Workspace workspace;
        ar(cereal::make_nvp("workspace", workspace));
        return workspace;
    }
    catch (const cereal::RapidJSONException&)
    {
        // rapidjson reports a parse error or a JSON value of an unexpected type.
        return Error{"The workspace file is damaged: it is not complete JSON, or a value has the wrong type."};
    }
    catch (const std::exception& e)
    {
        return Error{std::string("The workspace file is damaged: ") + e.what() + "."};
    }
}

Result<FileHeader> DecodeHeader(std::string_view bytes)
{
    try
    {
        std::istringstream in{std::string(bytes)};
        cereal::JSONInputArchive ar(in);
        FileHeader header;
        ar(cereal::make_nvp("header", header));
        return header;
    }
    catch (const std::exception&)
    {
        return Error{"The file has no readable Trellis header."};
    }
}

} // namespace trellis
