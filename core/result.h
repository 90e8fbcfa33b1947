// Errors as values the UI can show in words.
//
// The core never lets an exception escape to its callers: a failure comes back as an Error whose
// message is one plain sentence a person can read ("The file is not a Trellis file.").
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace trellis {

struct Error
{
    std::string Message;    // one sentence, shown to the user as it is
};

// A value or an Error.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : Value_(std::move(value)) {}
    Result(Error error) : Value_(std::move(error)) {}

    bool            IsOk() const        { return std::holds_alternative<T>(Value_); }
    explicit        operator bool() const { return IsOk(); }
    T&              Value()             { return std::get<T>(Value_); }
    const T&        Value() const       { return std::get<T>(Value_); }
    T*              operator->()        { return &Value(); }
    const T*        operator->() const  { return &Value(); }
    const Error&    GetError() const    { return std::get<Error>(Value_); }

private:
    std::variant<T, Error> Value_;
};

// Success, or an Error.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : Error_(std::move(error)) {}
    static Status   Ok()                { return Status(); }

    bool            IsOk() const        { return !Error_.has_value(); }
    explicit        operator bool() const { return IsOk(); }
    const Error&    GetError() const    { return *Error_; }

private:
    std::optional<Error> Error_;
};

} // namespace trellis
