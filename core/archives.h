// Trellis's own cereal archives: JSON and portable binary, over a std::string and a std::string_view.
//
// cereal's stock archives read and write through std::istream/std::ostream, and any basic_ios pulls
// std::locale into the web build, with every libc++ facet (money, time, wide chars): about 25 KB
// brotli of code the app never runs. These archives write exactly the bytes cereal's
// JSONOutputArchive and PortableBinaryOutputArchive write for our types, so files are unchanged
// (tests/unit/archives_test.cpp compares them byte for byte), and read them back with the same rules:
//   - JSON: an outer object; each class an object whose first member is "cereal_class_version" (the
//     first time a type appears); containers as arrays; unnamed values named "value0", "value1"...
//     Reading looks a name up among the members when the next member has another name.
//   - Binary: a first byte that says little-endian (1), then every number little-endian; sizes of
//     strings and lists as 64-bit counts before their elements.
// Errors are cereal::Exception; JsonError (one of them) when the text is not JSON or a value has
// the wrong JSON type, so callers can say "damaged" in the words that fit.
//
// [SECTION] JSON output
// [SECTION] JSON input
// [SECTION] Binary output
// [SECTION] Binary input
// [SECTION] How cereal drives the JSON archives
// [SECTION] How cereal drives the binary archives
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <cereal/cereal.hpp>

// rapidjson checks its own preconditions with this; an exception is what cereal's archive throws too.
#ifndef RAPIDJSON_ASSERT
#define RAPIDJSON_ASSERT(x) if (!(x)) { throw ::cereal::Exception("rapidjson internal assertion failure: " #x); }
#endif
// Written as cereal's archive writes: NaN and infinities as such rather than failing. rapidjson 1.1's
// PrettyWriter takes its flags only from this default.
#ifndef RAPIDJSON_WRITE_DEFAULT_FLAGS
#define RAPIDJSON_WRITE_DEFAULT_FLAGS kWriteNanAndInfFlag
#endif
#include <rapidjson/document.h>
#include <rapidjson/prettywriter.h>

namespace trellis {

// The text is not JSON, or a value in it is not of the JSON type the field needs.
struct JsonError : cereal::Exception
{
    using cereal::Exception::Exception;
};

// [SECTION] JSON output

struct JsonOptions
{
    char     IndentChar = ' ';  // what one level of indent is made of
    unsigned IndentLength = 4;  // characters per level; 0 still puts each member on its own line

    static JsonOptions NoIndent() { return JsonOptions{' ', 0}; }
};

class JsonOutputArchive : public cereal::OutputArchive<JsonOutputArchive>, public cereal::traits::TextArchive
{
public:
    using Options = JsonOptions;

    // Appends to `out`; the outer object is closed when the archive goes out of scope.
    explicit JsonOutputArchive(std::string& out, Options options = {});
    ~JsonOutputArchive() noexcept;

    // Called by the prologue, epilogue and save functions below, as cereal walks a value.
    void StartNode();
    void FinishNode();
    void SetNextName(const char* name) { NextName = name; }
    void MakeArray();
    void WriteName();
    template <class T>
    void WriteNumber(T value);
    void WriteString(const std::string& text);

private:
    // rapidjson's output stream concept, appending to our string.
    struct StringOut
    {
        using Ch = char;
        std::string* Out;
        void Put(char c) { Out->push_back(c); }
        void Flush() {}
    };
    enum class NodeState { StartObject, InObject, StartArray, InArray };
    struct Node
    {
        NodeState State = NodeState::StartObject;
        uint32_t  UnnamedCount = 0;     // for the "valueN" names of values without a name
    };
    using Writer = rapidjson::PrettyWriter<StringOut>;

    StringOut         Stream;
    Writer            Json;
    std::vector<Node> Nodes;
    const char*       NextName = nullptr;
};

template <class T>
void JsonOutputArchive::WriteNumber(T value)
{
    // The same widths as cereal's archive: 32-bit values as such, 64-bit ones as 64-bit.
    if constexpr (std::is_same_v<T, bool>)
        Json.Bool(value);
    else if constexpr (std::is_floating_point_v<T>)
    {
        static_assert(sizeof(T) <= sizeof(double), "long double is not written by Trellis's JSON archive");
        Json.Double(value);
    }
    else if constexpr (std::is_signed_v<T>)
    {
        if constexpr (sizeof(T) <= sizeof(int32_t))
            Json.Int(value);
        else
            Json.Int64(value);
    }
    else
    {
        if constexpr (sizeof(T) <= sizeof(uint32_t))
            Json.Uint(value);
        else
            Json.Uint64(value);
    }
}

// [SECTION] JSON input

class JsonInputArchive : public cereal::InputArchive<JsonInputArchive>, public cereal::traits::TextArchive
{
public:
    // Parses the whole text; throws JsonError when it is not JSON or its root is not an object or array.
    explicit JsonInputArchive(std::string_view json);

    void StartNode();
    void FinishNode();
    void SetNextName(const char* name) { NextName = name; }
    void LoadSize(cereal::size_type& size);
    template <class T>
    void ReadNumber(T& value);
    void ReadString(std::string& text);

private:
    // An object or array being read, and the index of the member or element read next.
    struct Level
    {
        const rapidjson::Value* Container;
        rapidjson::SizeType     Index = 0;
        const char*             Name = nullptr;     // its member name, for errors
    };

    // The value to read now: the next one in order, or the member named by the pending name.
    const rapidjson::Value& Next();
    [[noreturn]] void WrongType(const char* expected) const;

    rapidjson::Document Document;
    std::vector<Level>  Levels;
    const char*         NextName = nullptr;
    const char*         CurrentName = nullptr;  // for errors: the member Next() returned, or its list
    bool                CurrentInList = false;
};

template <class T>
void JsonInputArchive::ReadNumber(T& value)
{
    const rapidjson::Value& json = Next();
    if constexpr (std::is_same_v<T, bool>)
    {
        if (!json.IsBool())
            WrongType("true or false");
        value = json.GetBool();
    }
    else if constexpr (std::is_floating_point_v<T>)
    {
        static_assert(sizeof(T) <= sizeof(double), "long double is not read by Trellis's JSON archive");
        if (!json.IsNumber())
            WrongType("a number");
        value = static_cast<T>(json.GetDouble());
    }
    else if constexpr (std::is_signed_v<T>)
    {
        if constexpr (sizeof(T) < sizeof(int64_t))
        {
            if (!json.IsInt())
                WrongType("a whole number");
            value = static_cast<T>(json.GetInt());
        }
        else
        {
            if (!json.IsInt64())
                WrongType("a whole number");
            value = json.GetInt64();
        }
    }
    else
    {
        if constexpr (sizeof(T) < sizeof(uint64_t))
        {
            if (!json.IsUint())
                WrongType("a positive whole number");
            value = static_cast<T>(json.GetUint());
        }
        else
        {
            if (!json.IsUint64())
                WrongType("a positive whole number");
            value = json.GetUint64();
        }
    }
    Levels.back().Index++;
}

// [SECTION] Binary output

class BinaryOutputArchive : public cereal::OutputArchive<BinaryOutputArchive, cereal::AllowEmptyClassElision>
{
public:
    // Appends to `out`, starting with the byte that says the numbers are little-endian.
    explicit BinaryOutputArchive(std::string& out);

    // `size` bytes of elements `element_size` bytes wide, each written little-endian.
    void WriteBytes(const void* data, size_t size, size_t element_size);

private:
    std::string& Out;
};

// [SECTION] Binary input

class BinaryInputArchive : public cereal::InputArchive<BinaryInputArchive, cereal::AllowEmptyClassElision>
{
public:
    // Reads from `bytes`, which must outlive the archive.
    explicit BinaryInputArchive(std::string_view bytes);

    void ReadBytes(void* data, size_t size, size_t element_size);
    size_t Remaining() const { return Bytes.size() - Position; }

private:
    std::string_view Bytes;
    size_t           Position = 0;
    bool             BigEndian = false;     // what the first byte says the writer was
};

// [SECTION] How cereal drives the JSON archives
// Found by argument-dependent lookup on the archive types. Names, sizes and values open no node of
// their own; any other class is a JSON object (or an array, once it writes a size).

template <class T>
void prologue(JsonOutputArchive&, const cereal::NameValuePair<T>&) {}
template <class T>
void epilogue(JsonOutputArchive&, const cereal::NameValuePair<T>&) {}
template <class T>
void prologue(JsonInputArchive&, const cereal::NameValuePair<T>&) {}
template <class T>
void epilogue(JsonInputArchive&, const cereal::NameValuePair<T>&) {}

template <class T>
void prologue(JsonOutputArchive&, const cereal::DeferredData<T>&) {}
template <class T>
void epilogue(JsonOutputArchive&, const cereal::DeferredData<T>&) {}
template <class T>
void prologue(JsonInputArchive&, const cereal::DeferredData<T>&) {}
template <class T>
void epilogue(JsonInputArchive&, const cereal::DeferredData<T>&) {}

template <class T>
void prologue(JsonOutputArchive& ar, const cereal::SizeTag<T>&) { ar.MakeArray(); }
template <class T>
void epilogue(JsonOutputArchive&, const cereal::SizeTag<T>&) {}
template <class T>
void prologue(JsonInputArchive&, const cereal::SizeTag<T>&) {}
template <class T>
void epilogue(JsonInputArchive&, const cereal::SizeTag<T>&) {}

template <class T, cereal::traits::EnableIf<std::is_arithmetic<T>::value> = cereal::traits::sfinae>
void prologue(JsonOutputArchive& ar, const T&) { ar.WriteName(); }
template <class T, cereal::traits::EnableIf<std::is_arithmetic<T>::value> = cereal::traits::sfinae>
void epilogue(JsonOutputArchive&, const T&) {}
template <class T, cereal::traits::EnableIf<std::is_arithmetic<T>::value> = cereal::traits::sfinae>
void prologue(JsonInputArchive&, const T&) {}
template <class T, cereal::traits::EnableIf<std::is_arithmetic<T>::value> = cereal::traits::sfinae>
void epilogue(JsonInputArchive&, const T&) {}

inline void prologue(JsonOutputArchive& ar, const std::string&) { ar.WriteName(); }
inline void epilogue(JsonOutputArchive&, const std::string&) {}
inline void prologue(JsonInputArchive&, const std::string&) {}
inline void epilogue(JsonInputArchive&, const std::string&) {}

// A class with a save_minimal/load_minimal is written as the value it returns, without a node.
template <class T>
inline constexpr bool kSavedAsNode = !std::is_arithmetic<T>::value
    && !cereal::traits::has_minimal_base_class_serialization<T, cereal::traits::has_minimal_output_serialization, JsonOutputArchive>::value
    && !cereal::traits::has_minimal_output_serialization<T, JsonOutputArchive>::value;
template <class T>
inline constexpr bool kLoadedAsNode = !std::is_arithmetic<T>::value
    && !cereal::traits::has_minimal_base_class_serialization<T, cereal::traits::has_minimal_input_serialization, JsonInputArchive>::value
    && !cereal::traits::has_minimal_input_serialization<T, JsonInputArchive>::value;

template <class T, cereal::traits::EnableIf<kSavedAsNode<T>> = cereal::traits::sfinae>
void prologue(JsonOutputArchive& ar, const T&) { ar.StartNode(); }
template <class T, cereal::traits::EnableIf<kSavedAsNode<T>> = cereal::traits::sfinae>
void epilogue(JsonOutputArchive& ar, const T&) { ar.FinishNode(); }
template <class T, cereal::traits::EnableIf<kLoadedAsNode<T>> = cereal::traits::sfinae>
void prologue(JsonInputArchive& ar, const T&) { ar.StartNode(); }
template <class T, cereal::traits::EnableIf<kLoadedAsNode<T>> = cereal::traits::sfinae>
void epilogue(JsonInputArchive& ar, const T&) { ar.FinishNode(); }

template <class T>
void CEREAL_SAVE_FUNCTION_NAME(JsonOutputArchive& ar, const cereal::NameValuePair<T>& nvp)
{
    ar.SetNextName(nvp.name);
    ar(nvp.value);
}
template <class T>
void CEREAL_LOAD_FUNCTION_NAME(JsonInputArchive& ar, cereal::NameValuePair<T>& nvp)
{
    ar.SetNextName(nvp.name);
    ar(nvp.value);
}

// JSON needs no sizes: an array's length is its size.
template <class T>
void CEREAL_SAVE_FUNCTION_NAME(JsonOutputArchive&, const cereal::SizeTag<T>&) {}
template <class T>
void CEREAL_LOAD_FUNCTION_NAME(JsonInputArchive& ar, cereal::SizeTag<T>& tag) { ar.LoadSize(tag.size); }

template <class T, cereal::traits::EnableIf<std::is_arithmetic<T>::value> = cereal::traits::sfinae>
void CEREAL_SAVE_FUNCTION_NAME(JsonOutputArchive& ar, const T& value) { ar.WriteNumber(value); }
template <class T, cereal::traits::EnableIf<std::is_arithmetic<T>::value> = cereal::traits::sfinae>
void CEREAL_LOAD_FUNCTION_NAME(JsonInputArchive& ar, T& value) { ar.ReadNumber(value); }

inline void CEREAL_SAVE_FUNCTION_NAME(JsonOutputArchive& ar, const std::string& text) { ar.WriteString(text); }
inline void CEREAL_LOAD_FUNCTION_NAME(JsonInputArchive& ar, std::string& text) { ar.ReadString(text); }

// [SECTION] How cereal drives the binary archives
// Names are dropped; sizes are 64-bit numbers; strings and arrays of numbers are raw bytes
// (cereal's string and vector code asks for BinaryData when an archive has it).

template <class T>
void CEREAL_SAVE_FUNCTION_NAME(BinaryOutputArchive& ar, const cereal::NameValuePair<T>& nvp) { ar(nvp.value); }
template <class T>
void CEREAL_LOAD_FUNCTION_NAME(BinaryInputArchive& ar, cereal::NameValuePair<T>& nvp) { ar(nvp.value); }

template <class T>
void CEREAL_SAVE_FUNCTION_NAME(BinaryOutputArchive& ar, const cereal::SizeTag<T>& tag) { ar(tag.size); }
template <class T>
void CEREAL_LOAD_FUNCTION_NAME(BinaryInputArchive& ar, cereal::SizeTag<T>& tag)
{
    ar(tag.size);
    // Every element Trellis stores takes at least one byte: a longer count is damage, and
    // believing it would allocate gigabytes before the read fails.
    if (tag.size > ar.Remaining())
        throw cereal::Exception("a list longer than the rest of the file");
}

template <class T, cereal::traits::EnableIf<std::is_arithmetic<T>::value> = cereal::traits::sfinae>
void CEREAL_SAVE_FUNCTION_NAME(BinaryOutputArchive& ar, const T& value)
{
    static_assert(!std::is_floating_point_v<T> || std::numeric_limits<T>::is_iec559, "portable binary needs IEEE 754 floats");
    ar.WriteBytes(&value, sizeof(T), sizeof(T));
}
template <class T, cereal::traits::EnableIf<std::is_arithmetic<T>::value> = cereal::traits::sfinae>
void CEREAL_LOAD_FUNCTION_NAME(BinaryInputArchive& ar, T& value)
{
    static_assert(!std::is_floating_point_v<T> || std::numeric_limits<T>::is_iec559, "portable binary needs IEEE 754 floats");
    ar.ReadBytes(&value, sizeof(T), sizeof(T));
}

template <class T>
void CEREAL_SAVE_FUNCTION_NAME(BinaryOutputArchive& ar, const cereal::BinaryData<T>& data)
{
    ar.WriteBytes(data.data, static_cast<size_t>(data.size), sizeof(std::remove_pointer_t<T>));
}
template <class T>
void CEREAL_LOAD_FUNCTION_NAME(BinaryInputArchive& ar, cereal::BinaryData<T>& data)
{
    ar.ReadBytes(data.data, static_cast<size_t>(data.size), sizeof(std::remove_pointer_t<T>));
}

} // namespace trellis

CEREAL_REGISTER_ARCHIVE(trellis::JsonOutputArchive)
CEREAL_REGISTER_ARCHIVE(trellis::JsonInputArchive)
CEREAL_SETUP_ARCHIVE_TRAITS(trellis::JsonInputArchive, trellis::JsonOutputArchive)
CEREAL_REGISTER_ARCHIVE(trellis::BinaryOutputArchive)
CEREAL_REGISTER_ARCHIVE(trellis::BinaryInputArchive)
CEREAL_SETUP_ARCHIVE_TRAITS(trellis::BinaryInputArchive, trellis::BinaryOutputArchive)
