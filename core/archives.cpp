// [SECTION] JSON output
// [SECTION] JSON input
// [SECTION] Binary
#include "core/archives.h"

#include <bit>
#include <cstring>

#include <rapidjson/memorystream.h>

namespace trellis {

// [SECTION] JSON output

JsonOutputArchive::JsonOutputArchive(std::string& out, Options options)
    : cereal::OutputArchive<JsonOutputArchive>(this), Stream{&out}, Json(Stream)
{
    Json.SetIndent(options.IndentChar, options.IndentLength);
    Nodes.push_back(Node{});
}

JsonOutputArchive::~JsonOutputArchive() noexcept
{
    // Nothing written leaves nothing at all, as with cereal.
    if (Nodes.back().State == NodeState::InObject)
        Json.EndObject();
    else if (Nodes.back().State == NodeState::InArray)
        Json.EndArray();
}

void JsonOutputArchive::StartNode()
{
    WriteName();
    Nodes.push_back(Node{});
}

// A node is opened lazily, by its first value; one that got none is still written, empty.
void JsonOutputArchive::FinishNode()
{
    switch (Nodes.back().State)
    {
    case NodeState::StartArray:
        Json.StartArray();
        Json.EndArray();
        break;
    case NodeState::InArray:
        Json.EndArray();
        break;
    case NodeState::StartObject:
        Json.StartObject();
        Json.EndObject();
        break;
    case NodeState::InObject:
        Json.EndObject();
        break;
    }
    Nodes.pop_back();
}

void JsonOutputArchive::MakeArray()
{
    Nodes.back().State = NodeState::StartArray;
}

// Opens the node on its first value, then writes the name of the value about to be written.
void JsonOutputArchive::WriteName()
{
    Node& node = Nodes.back();
    if (node.State == NodeState::StartArray)
    {
        Json.StartArray();
        node.State = NodeState::InArray;
    }
    else if (node.State == NodeState::StartObject)
    {
        Json.StartObject();
        node.State = NodeState::InObject;
    }
    // In an array the pending name is neither written nor cleared: cereal's archive does the same.
    if (node.State == NodeState::InArray)
        return;
    if (NextName == nullptr)
    {
        const std::string name = "value" + std::to_string(node.UnnamedCount++);
        Json.Key(name.c_str(), static_cast<rapidjson::SizeType>(name.size()));
    }
    else
    {
        Json.Key(NextName);
        NextName = nullptr;
    }
}

void JsonOutputArchive::WriteString(const std::string& text)
{
    Json.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
}

// [SECTION] JSON input

JsonInputArchive::JsonInputArchive(std::string_view json) : cereal::InputArchive<JsonInputArchive>(this)
{
    // The flags cereal's archive parses with; a byte-order mark is not skipped, as with cereal.
    rapidjson::MemoryStream stream(json.data(), json.size());
    Document.ParseStream<rapidjson::kParseFullPrecisionFlag | rapidjson::kParseNanAndInfFlag, rapidjson::UTF8<>>(stream);
    if (Document.HasParseError())
        throw JsonError("text that is not JSON from byte " + std::to_string(Document.GetErrorOffset()));
    if (!Document.IsObject() && !Document.IsArray())
        throw JsonError("JSON that is not an object");
    Levels.push_back(Level{&Document});
}

// cereal's rule: read in order, unless a name is pending that the next member does not have; then
// find that member and carry on in order after it.
const rapidjson::Value& JsonInputArchive::Next()
{
    Level& level = Levels.back();
    const rapidjson::Value& container = *level.Container;
    const char* wanted = NextName;
    NextName = nullptr;
    if (container.IsObject())
    {
        const rapidjson::SizeType count = container.MemberCount();
        auto NameAt = [&](rapidjson::SizeType i) { return container.MemberBegin()[i].name.GetString(); };
        if (wanted != nullptr && (level.Index >= count || std::strcmp(wanted, NameAt(level.Index)) != 0))
        {
            rapidjson::SizeType i = 0;
            while (i < count && std::strcmp(wanted, NameAt(i)) != 0)
                i++;
            if (i == count)
                throw cereal::Exception(std::string("no field \"") + wanted + "\"");
            level.Index = i;
        }
        if (level.Index >= count)
            throw cereal::Exception("fewer values than expected");
        CurrentName = NameAt(level.Index);
        CurrentInList = false;
        return container.MemberBegin()[level.Index].value;
    }
    if (wanted != nullptr)
        throw cereal::Exception(std::string("a list where the field \"") + wanted + "\" was expected");
    if (level.Index >= container.Size())
        throw cereal::Exception("fewer values than expected");
    CurrentName = level.Name;
    CurrentInList = true;
    return container[level.Index];
}

void JsonInputArchive::WrongType(const char* expected) const
{
    std::string what = CurrentInList ? "a value in a list" : "a value";
    if (CurrentName != nullptr)
        what = CurrentInList ? std::string("a value in \"") + CurrentName + "\"" : std::string("a \"") + CurrentName + "\"";
    throw JsonError(what + " that is not " + expected);
}

void JsonInputArchive::StartNode()
{
    const rapidjson::Value& value = Next();
    if (!value.IsObject() && !value.IsArray())
        WrongType("an object or a list");
    Levels.push_back(Level{&value, 0, CurrentName});
}

void JsonInputArchive::FinishNode()
{
    Levels.pop_back();
    Levels.back().Index++;
}

void JsonInputArchive::LoadSize(cereal::size_type& size)
{
    const rapidjson::Value& container = *Levels.back().Container;
    if (!container.IsArray())
    {
        CurrentInList = false;
        WrongType("a list");
    }
    size = container.Size();
}

void JsonInputArchive::ReadString(std::string& text)
{
    const rapidjson::Value& json = Next();
    if (!json.IsString())
        WrongType("text");
    // Up to a first \u0000, as cereal's archive read it (Trellis never writes one).
    text = json.GetString();
    Levels.back().Index++;
}

// [SECTION] Binary

static constexpr bool kBigEndianHost = std::endian::native == std::endian::big;

BinaryOutputArchive::BinaryOutputArchive(std::string& out)
    : cereal::OutputArchive<BinaryOutputArchive, cereal::AllowEmptyClassElision>(this), Out(out)
{
    const uint8_t little_endian = 1;
    (*this)(little_endian);
}

void BinaryOutputArchive::WriteBytes(const void* data, size_t size, size_t element_size)
{
    const char* bytes = static_cast<const char*>(data);
    if (!kBigEndianHost || element_size == 1)
    {
        Out.append(bytes, size);
        return;
    }
    for (size_t i = 0; i < size; i += element_size)
        for (size_t j = element_size; j > 0; j--)
            Out.push_back(bytes[i + j - 1]);
}

BinaryInputArchive::BinaryInputArchive(std::string_view bytes)
    : cereal::InputArchive<BinaryInputArchive, cereal::AllowEmptyClassElision>(this), Bytes(bytes)
{
    uint8_t little_endian = 0;
    (*this)(little_endian);
    if (little_endian > 1)
        throw cereal::Exception("a first byte that is not a byte order");
    BigEndian = little_endian == 0;
}

void BinaryInputArchive::ReadBytes(void* data, size_t size, size_t element_size)
{
    if (size > Remaining())
        throw cereal::Exception("an end in the middle of a value");
    char* out = static_cast<char*>(data);
    std::memcpy(out, Bytes.data() + Position, size);
    Position += size;
    if (BigEndian != kBigEndianHost && element_size > 1)
        for (size_t i = 0; i < size; i += element_size)
            for (size_t j = 0; j < element_size / 2; j++)
                std::swap(out[i + j], out[i + element_size - 1 - j]);
}

} // namespace trellis
