// [SECTION] Serialization
// [SECTION] Files
// [SECTION] Export
// [SECTION] Checking bytes
// [SECTION] Checking content
// [SECTION] Reading
// [SECTION] Import
#include "core/exchange.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>
#include <set>

#include <sys/stat.h>

#include "core/archives.h"
#include "core/codec.h"
#include "core/file_system.h"
#include "core/records.h"
#include "core/serialize.h"
#include "core/sort.h"
#include "core/text_fold.h"
#include "core/validate.h"
#include "core/version.h"
#include "core/words.h"

namespace trellis {

// [SECTION] Serialization

template <class Archive>
void serialize(Archive& ar, ExchangeHeader& h, const std::uint32_t /*version*/)
{
    ar(cereal::make_nvp("format", h.Format));
    ar(cereal::make_nvp("schema", h.Schema));
    ar(cereal::make_nvp("app_version", h.AppVersion));
    ar(cereal::make_nvp("exported_at", h.ExportedAtMs));
    ar(cereal::make_nvp("from_name", h.FromName));
    detail::DeviceField(ar, "from_device", h.FromDevice);
    ar(cereal::make_nvp("scope", h.Scope));
    detail::DeviceField(ar, "scope_device", h.ScopeDevice);
}

} // namespace trellis

CEREAL_CLASS_VERSION(trellis::ExchangeHeader, 1);

namespace trellis {

static std::string Encode(const ExchangeHeader& header, const Workspace& content)
{
    std::string out;
    {
        JsonOutputArchive ar(out, JsonOutputArchive::Options::NoIndent());
        ar(cereal::make_nvp("header", header));
        ar(cereal::make_nvp("content", content));
    }
    return out;
}

// [SECTION] Files

const char* FormatName(FileKind kind)
{
    switch (kind)
    {
    case FileKind::Share:    return kShareFormat;
    case FileKind::Response: return kResponseFormat;
    default:                 return kBackupFormat;
    }
}

static const char* KindWord(FileKind kind)
{
    switch (kind)
    {
    case FileKind::Share:    return "share";
    case FileKind::Response: return "response";
    default:                 return "backup";
    }
}

std::string FileNameSlug(std::string_view name)
{
    // Latin-1 letters (U+00C0..U+00FF, UTF-8 "\xC3\x80".."\xC3\xBF") become their base letter;
    // anything else that is not an ASCII letter or digit becomes a single dash.
    static const char kLatin1Base[] = "aaaaaaaceeeeiiiidnooooo-ouuuuytsaaaaaaaceeeeiiiidnooooo-ouuuuyty";
    std::string safe;
    auto dash = [&] {
        if (!safe.empty() && safe.back() != '-')
            safe.push_back('-');
    };
    for (size_t i = 0; i < name.size(); i++)
    {
        const unsigned char c = static_cast<unsigned char>(name[i]);
        if (c < 0x80 && std::isalnum(c))
            safe.push_back(static_cast<char>(std::tolower(c)));
        else if (c == 0xC3 && i + 1 < name.size() && (static_cast<unsigned char>(name[i + 1]) & 0xC0) == 0x80)
        {
            const char base = kLatin1Base[static_cast<unsigned char>(name[++i]) & 0x3F];
            if (base == '-')
                dash();
            else
                safe.push_back(base);
        }
        else if (c < 0x80 || (c & 0xC0) == 0xC0)    // ASCII punctuation, or the first byte of another character
            dash();
    }
    if (safe.size() > 40)
        safe.resize(40);
    while (!safe.empty() && safe.back() == '-')
        safe.pop_back();
    if (safe.empty())
        safe = "trellis";
    return safe;
}

std::string ExchangeFileName(FileKind kind, std::string_view name, int64_t now_ms)
{
    return std::string("trellis-") + KindWord(kind) + "-" + FileNameSlug(name) + "-" + Date::FromUnixMs(now_ms, 0).ToString() + ".json";
}

// [SECTION] Export

static ExchangeHeader MakeHeader(FileKind kind, const Workspace& w, int64_t now_ms, std::string scope, uint64_t scope_device)
{
    return ExchangeHeader{FormatName(kind), kSchemaVersion, kAppVersion, now_ms, w.Me.Name, w.DeviceId, std::move(scope), scope_device};
}

template <class R>
static void CollectIds(const std::vector<R>& records, std::set<Id>& ids)
{
    for (const R& record : records)
        ids.insert(record.Meta.RecordId);
}

// The ids of every record of `w`, deleted or not.
static std::set<Id> AllIds(const Workspace& w)
{
    std::set<Id> ids;
    CollectIds(w.Goals, ids);
    CollectIds(w.Reflections, ids);
    CollectIds(w.Skills, ids);
    CollectIds(w.CareerPaths, ids);
    CollectIds(w.Activities, ids);
    CollectIds(w.OneOnOnes, ids);
    CollectIds(w.Comments, ids);
    return ids;
}

static void KeepKnown(std::vector<Id>& links, const std::set<Id>& known)
{
    std::erase_if(links, [&](const Id& id) { return !known.contains(id); });
}

static bool HasOpenActions(const OneOnOne& meeting)
{
    return std::any_of(meeting.Actions.begin(), meeting.Actions.end(), [](const ActionItem& a) { return !a.DoneOn; });
}

Workspace ShareContent(const Workspace& w, int64_t now_ms, int utc_offset_minutes)
{
    Workspace out;
    out.DeviceId = w.DeviceId;
    out.Me = w.Me;
    for (const Goal& goal : w.Goals)
        if (goal.Visible == Visibility::Shared)
            out.Goals.push_back(goal);
    for (const PlanActivity& activity : w.Activities)
        if (activity.Visible == Visibility::Shared)
            out.Activities.push_back(activity);
    out.Skills = w.Skills;
    out.CareerPaths = w.CareerPaths;

    // The next one-on-one with its shared agenda, and the open action items of earlier ones.
    const Date today = Date::FromUnixMs(now_ms, utc_offset_minutes);
    const OneOnOne* next = nullptr;
    for (const OneOnOne& meeting : w.OneOnOnes)
        if (!meeting.Meta.Deleted && meeting.Visible == Visibility::Shared && meeting.On >= today && (!next || meeting.On < next->On))
            next = &meeting;
    for (const OneOnOne& meeting : w.OneOnOnes)
    {
        if (meeting.Meta.Deleted || meeting.Visible != Visibility::Shared || (&meeting != next && !HasOpenActions(meeting)))
            continue;
        OneOnOne shared = meeting;
        shared.PrivateNotes.clear();
        std::erase_if(shared.Agenda, [](const AgendaItem& item) { return item.Visible != Visibility::Shared; });
        if (&meeting != next)
        {
            shared.Agenda.clear();
            shared.Notes.clear();
            std::erase_if(shared.Actions, [](const ActionItem& a) { return a.DoneOn.has_value(); });
        }
        out.OneOnOnes.push_back(std::move(shared));
    }

    // Links to what stays behind would leak a private record's id.
    std::set<Id> shared_ids = AllIds(out);     // no journal in it, and no comments yet
    for (Goal& goal : out.Goals)
    {
        KeepKnown(goal.SkillIds, shared_ids);
        KeepKnown(goal.ActivityIds, shared_ids);
    }
    for (PlanActivity& activity : out.Activities)
    {
        KeepKnown(activity.GoalIds, shared_ids);
        KeepKnown(activity.SkillIds, shared_ids);
    }
    for (OneOnOne& meeting : out.OneOnOnes)
        for (AgendaItem& item : meeting.Agenda)
            if (!shared_ids.contains(item.RefId))
                item.RefId = Id{};
    // Comments on what is shared, and the answers to those (an answer to an answer too).
    for (bool added = true; added;)
    {
        added = false;
        for (const Comment& comment : w.Comments)
            if (shared_ids.contains(comment.TargetId) && !shared_ids.contains(comment.Meta.RecordId))
            {
                out.Comments.push_back(comment);
                shared_ids.insert(comment.Meta.RecordId);
                added = true;
            }
    }
    // The clock would tell when a private record was last edited.
    out.Clock = Stamp{};
    out.Clock = LatestStamp(out);
    return out;
}

std::string ExportShare(const Workspace& w, int64_t now_ms, int utc_offset_minutes)
{
    const ExchangeHeader header = MakeHeader(FileKind::Share, w, now_ms, w.Me.Name + "'s plan", w.DeviceId);
    return Encode(header, ShareContent(w, now_ms, utc_offset_minutes));
}

Result<std::string> ExportResponse(const Workspace& manager, uint64_t report_device, int64_t now_ms)
{
    auto report = std::find_if(manager.Team.begin(), manager.Team.end(), [&](const TeamReport& r) { return r.Device == report_device; });
    if (report == manager.Team.end())
        return Error{"There is no such person in your team; import their share file first."};
    Workspace content;
    content.DeviceId = manager.DeviceId;
    content.Comments = report->Plan.Comments;
    content.Clock = LatestStamp(content);
    const std::string scope = report->Plan.Me.Name.empty() ? std::string() : "for " + report->Plan.Me.Name;
    const ExchangeHeader header = MakeHeader(FileKind::Response, manager, now_ms, scope, report_device);
    return Encode(header, content);
}

std::string ExportBackup(const Workspace& w, int64_t now_ms)
{
    return Encode(MakeHeader(FileKind::Backup, w, now_ms, "everything", w.DeviceId), w);
}

// [SECTION] Checking bytes

// Overlong forms, surrogates and code points past U+10FFFF are not UTF-8 (DecodeUtf8 says 0).
static bool IsValidUtf8(std::string_view bytes)
{
    for (size_t i = 0; i < bytes.size();)
    {
        char32_t c;
        const size_t length = DecodeUtf8(bytes, i, &c);
        if (length == 0)
            return false;
        i += length;
    }
    return true;
}

// What a scan of the bytes outside strings finds, before the parser runs.
struct JsonShape
{
    int     Depth = 0;              // the deepest nesting of [ and {, counted up to the limit
    size_t  LongestNumber = 0;      // characters in the longest number
    bool    HasExponent = false;    // a number written like 1e5
    bool    BadSurrogate = false;   // an escape of half a UTF-16 pair without its other half
};

static int HexValue(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

static JsonShape ScanShape(std::string_view bytes, int depth_limit)
{
    JsonShape shape;
    int depth = 0;
    bool in_string = false, escaped = false, high_pending = false;
    for (size_t i = 0; i < bytes.size(); i++)
    {
        const char c = bytes[i];
        if (in_string)
        {
            // An escaped high half of a UTF-16 pair (D800-DBFF) must be followed at once by an
            // escaped low half (DC00-DFFF): rapidjson stores a lone low half as bytes that are not
            // UTF-8, and every export would then be refused as such.
            if (escaped && c == 'u')
            {
                int value = 0;
                for (size_t k = 1; k <= 4; k++)
                    value = value * 16 + (i + k < bytes.size() && HexValue(bytes[i + k]) >= 0 ? HexValue(bytes[i + k]) : 0);
                const bool high = value >= 0xD800 && value <= 0xDBFF, low = value >= 0xDC00 && value <= 0xDFFF;
                shape.BadSurrogate = shape.BadSurrogate || low != high_pending;
                high_pending = high;
                escaped = false;
                i = std::min(i + 4, bytes.size() - 1);     // past the four digits
                continue;
            }
            if (high_pending && !(c == '\\' && !escaped))
                shape.BadSurrogate = true;          // the high half is followed by something else
            if (escaped)            escaped = false;
            else if (c == '\\')    escaped = true;
            else if (c == '"')      in_string = false;
            continue;
        }
        if (c == '"')
            in_string = true;
        else if (c == '[' || c == '{')
        {
            shape.Depth = std::max(shape.Depth, ++depth);
            if (shape.Depth > depth_limit)
                return shape;
        }
        else if (c == ']' || c == '}')
            depth--;
        else if (c == '-' || (c >= '0' && c <= '9'))
        {
            const size_t start = i;
            for (; i < bytes.size() && bytes[i] != '\0' && std::strchr("0123456789+-.eE", bytes[i]); i++)
                shape.HasExponent = shape.HasExponent || bytes[i] == 'e' || bytes[i] == 'E';
            shape.LongestNumber = std::max(shape.LongestNumber, i - start);
            i--;
        }
    }
    return shape;
}

static std::string_view WithoutBom(std::string_view bytes)
{
    return bytes.starts_with("\xEF\xBB\xBF") ? bytes.substr(3) : bytes;
}

static Error TooLarge(const ExchangeLimits& limits)
{
    return Error{"The file is larger than " + std::to_string(limits.MaxBytes / (1024 * 1024)) + " MB, more than any Trellis file, so it was not opened."};
}

Result<std::string> ReadImportFile(const std::string& path, const ExchangeLimits& limits)
{
    struct stat info;
    if (::stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode) && static_cast<uint64_t>(info.st_size) > limits.MaxBytes)
        return TooLarge(limits);
    // Read with the same cap: a pipe, a device (/dev/zero) or a file growing meanwhile is never
    // read past it.
    DiskFileSystem disk;
    bool too_large = false;
    Result<std::string> bytes = disk.ReadFileAtMost(path, limits.MaxBytes, &too_large);
    if (bytes && too_large)
        return TooLarge(limits);
    return bytes;
}

Status CheckBytes(std::string_view bytes, const ExchangeLimits& limits)
{
    if (bytes.size() > limits.MaxBytes)
        return TooLarge(limits);
    if (TrimSpace(WithoutBom(bytes)).empty())
        return Error{"The file is empty."};
    if (bytes.starts_with("\x89PNG") || bytes.starts_with("\xFF\xD8\xFF") || bytes.starts_with("GIF8") || bytes.starts_with("%PDF"))
        return Error{"This is a picture or a document, not a Trellis file."};
    if (bytes.find('\0') != std::string_view::npos)
        return Error{"The file contains binary data (NUL bytes), so it is not a Trellis file."};
    if (!IsValidUtf8(bytes))
        return Error{"The file is not valid UTF-8 text, so it is not a Trellis file."};
    const JsonShape shape = ScanShape(bytes, limits.MaxDepth);
    if (shape.Depth > limits.MaxDepth)
        return Error{"The file is nested far deeper than any Trellis file, so it was not opened."};
    // rapidjson's conversion of a number with an exponent (0E77, 1e-2032719500) shifts by negative
    // amounts and overflows its integers (undefined behaviour, found by the fuzzers). Trellis
    // writes whole numbers only, none longer than an int64.
    if (shape.LongestNumber > limits.MaxNumberChars)
        return Error{"The file holds a number far larger than any Trellis value, so it is damaged."};
    if (shape.HasExponent)
        return Error{"The file holds a number with an exponent, which Trellis never writes, so it is damaged."};
    if (shape.BadSurrogate)
        return Error{"The file holds half of an escaped UTF-16 character, which is not text, so it is damaged."};
    return Status::Ok();
}

// [SECTION] Checking content

template <class R>
static const char* Plural()
{
    if constexpr (std::is_same_v<R, Goal>)              return "goals";
    else if constexpr (std::is_same_v<R, Reflection>)   return "reflections";
    else if constexpr (std::is_same_v<R, Skill>)        return "skills";
    else if constexpr (std::is_same_v<R, CareerPath>)   return "career paths";
    else if constexpr (std::is_same_v<R, PlanActivity>) return "plan activities";
    else if constexpr (std::is_same_v<R, OneOnOne>)     return "one-on-ones";
    else                                                return "comments";
}

// Ids are present and unique, and each record keeps the rules the app keeps when saving it. Each
// is kept as the app would save it (Normalize: text trimmed, then measured), so a title padded
// with spaces past its limit is stored as the short title it is.
template <class R>
static Status CheckRecords(std::vector<R>& records, std::set<Id>& seen)
{
    const TextLimits limits;
    for (R& record : records)
    {
        if (record.Meta.RecordId.IsNil())
            return Error{std::string("The file is damaged: one of its ") + Plural<R>() + " has no id."};
        if (!seen.insert(record.Meta.RecordId).second)
            return Error{std::string("The file is damaged: two records in it have the same id (in its ") + Plural<R>() + ")."};
        if (Status valid = Normalize(record, limits); !valid)
            return Error{std::string("The file is damaged: one of its ") + Plural<R>() + " breaks a rule: " + valid.GetError().Message};
    }
    return Status::Ok();
}

// Earlier versions (a backup's history) keep the same rules as records; one id has many versions.
template <class R>
static Status CheckHistory(std::vector<R>& versions)
{
    const TextLimits limits;
    for (R& version : versions)
    {
        if (version.Meta.RecordId.IsNil())
            return Error{std::string("The file is damaged: an earlier version of one of its ") + Plural<R>() + " has no id."};
        if (Status valid = Normalize(version, limits); !valid)
            return Error{std::string("The file is damaged: an earlier version of one of its ") + Plural<R>() + " breaks a rule: " + valid.GetError().Message};
    }
    return Status::Ok();
}

static Status CheckHistory(SupersededVersions& v)
{
    for (Profile& profile : v.Profiles)
        if (Status valid = Normalize(profile, TextLimits{}); !valid)
            return Error{"The file is damaged: an earlier version of its profile breaks a rule: " + valid.GetError().Message};
    Status s = CheckHistory(v.Goals);
    if (s) s = CheckHistory(v.Reflections);
    if (s) s = CheckHistory(v.Skills);
    if (s) s = CheckHistory(v.CareerPaths);
    if (s) s = CheckHistory(v.Activities);
    if (s) s = CheckHistory(v.OneOnOnes);
    if (s) s = CheckHistory(v.Comments);
    return s;
}

static Status CheckLinks(const std::vector<Id>& links, const std::set<Id>& known, const char* what)
{
    for (const Id& id : links)
        if (!known.contains(id))
            return Error{std::string("The file is damaged: ") + what + " links to a record that is not in it."};
    return Status::Ok();
}

// References inside a share or a backup point at records in the same file.
static Status CheckReferences(const Workspace& c, const std::set<Id>& known)
{
    for (const Goal& goal : c.Goals)
    {
        if (Status s = CheckLinks(goal.SkillIds, known, "a goal"); !s) return s;
        if (Status s = CheckLinks(goal.ActivityIds, known, "a goal"); !s) return s;
    }
    for (const PlanActivity& activity : c.Activities)
    {
        if (Status s = CheckLinks(activity.GoalIds, known, "a plan activity"); !s) return s;
        if (Status s = CheckLinks(activity.SkillIds, known, "a plan activity"); !s) return s;
    }
    for (const Reflection& reflection : c.Reflections)
        if (Status s = CheckLinks(reflection.GoalIds, known, "a reflection"); !s) return s;
    for (const OneOnOne& meeting : c.OneOnOnes)
        for (const AgendaItem& item : meeting.Agenda)
            if (!item.RefId.IsNil() && !known.contains(item.RefId))
                return Error{"The file is damaged: an agenda item is about a record that is not in it."};
    for (const Comment& comment : c.Comments)
        if (!known.contains(comment.TargetId))
            return Error{"The file is damaged: a comment is about a record that is not in it."};
    return Status::Ok();
}

static bool IsEmpty(const SupersededVersions& v)
{
    return v.Profiles.empty() && v.Goals.empty() && v.Reflections.empty() && v.Skills.empty() && v.CareerPaths.empty() &&
           v.Activities.empty() && v.OneOnOnes.empty() && v.Comments.empty();
}

// Checks `c` and leaves it as the app would have saved it (see CheckRecords).
static Status CheckContent(FileKind kind, Workspace& c, int depth)
{
    std::set<Id> ids;
    Status s = CheckRecords(c.Goals, ids);
    if (s) s = CheckRecords(c.Reflections, ids);
    if (s) s = CheckRecords(c.Skills, ids);
    if (s) s = CheckRecords(c.CareerPaths, ids);
    if (s) s = CheckRecords(c.Activities, ids);
    if (s) s = CheckRecords(c.OneOnOnes, ids);
    if (s) s = CheckRecords(c.Comments, ids);
    if (!s)
        return s;
    if (Status valid = Normalize(c.Me, TextLimits{}); !valid)
        return Error{"The file is damaged: its profile breaks a rule: " + valid.GetError().Message};
    if (Status history = CheckHistory(c.Superseded); !history)
        return history;
    const bool has_private_kinds = !c.Reflections.empty() || !c.Team.empty();
    if (kind == FileKind::Share && has_private_kinds)
        return Error{"The file is damaged: a share file never holds a journal or a team."};
    if (kind == FileKind::Response && (has_private_kinds || !c.Goals.empty() || !c.Skills.empty() || !c.CareerPaths.empty() || !c.Activities.empty() || !c.OneOnOnes.empty()))
        return Error{"The file is damaged: a response file holds only comments."};
    // What a file may say, by its kind (issue 18): a response never carries a profile, and neither
    // a response nor a share carries earlier versions: history is never taken from another person.
    if (kind == FileKind::Response && !(c.Me == Profile{}))
        return Error{"The file is damaged: a response file holds only comments, never a profile."};
    // (A backup's team reports keep the versions their merges superseded: depth > 0.)
    if ((kind == FileKind::Response || kind == FileKind::Share) && depth == 0 && !IsEmpty(c.Superseded))
        return Error{"The file is damaged: a share or response file never holds earlier versions of records."};
    // A response's comments are about records of the person it is for, checked on import.
    if (kind != FileKind::Response)
        if (Status refs = CheckReferences(c, ids); !refs)
            return refs;
    // A backup's team reports are workspaces of their own; they hold no team of their own.
    for (TeamReport& report : c.Team)
    {
        if (depth > 0 || !report.Plan.Team.empty())
            return Error{"The file is damaged: a team report holds another team."};
        if (Status team = CheckContent(FileKind::Share, report.Plan, depth + 1); !team)
            return team;
    }
    return Status::Ok();
}

// [SECTION] Reading

static Result<FileKind> KindOfFormat(const std::string& format)
{
    for (int i = 0; i < static_cast<int>(FileKind::COUNT); i++)
        if (format == FormatName(static_cast<FileKind>(i)))
            return static_cast<FileKind>(i);
    if (format == "trellis-workspace")
        return Error{"This is the workspace file Trellis keeps on a device, not a file made to share; export a backup instead."};
    return Error{"This JSON file was not made by Trellis, so there is nothing in it to import."};
}

Result<ExchangeFile> ReadExchangeFile(std::string_view bytes, const ExchangeLimits& limits)
{
    if (Status checked = CheckBytes(bytes, limits); !checked)
        return checked.GetError();
    const std::string_view json = WithoutBom(bytes);
    const std::string_view trimmed = TrimSpace(json);
    if (trimmed.front() != '{')
        return Error{"The file is not JSON, so it is not a Trellis file."};
    ExchangeFile file;
    bool header_read = false;
    try
    {
        JsonInputArchive ar(json);
        try
        {
            ar(cereal::make_nvp("header", file.Header));
        }
        catch (const cereal::Exception&)
        {
            // The workspace file a device keeps has a header of its own.
            Result<FileHeader> stored = DecodeHeader(json);
            return KindOfFormat(stored ? stored->Format : std::string()).GetError();
        }
        header_read = true;
        Result<FileKind> kind = KindOfFormat(file.Header.Format);
        if (!kind)
            return kind.GetError();
        file.Kind = kind.Value();
        if (file.Header.Schema > kSchemaVersion)
            return Error{"This file was made by a newer Trellis (" + ForMessage(file.Header.AppVersion, 20) + "), please update the app to open it."};
        if (file.Header.Schema < 3)
            return Error{"This file says it was made by a Trellis older than any that made such files, so it is damaged."};
        ar(cereal::make_nvp("content", file.Content));
    }
    catch (const JsonError&)
    {
        return Error{header_read ? "The file is damaged: a value in it has the wrong type or it is cut short."
                                 : "The file is not complete JSON: it may be cut short or not JSON at all."};
    }
    catch (const std::exception& e)
    {
        return Error{"The file is damaged: it has " + ForMessage(e.what()) + "."};
    }
    if (Status valid = CheckContent(file.Kind, file.Content, 0); !valid)
        return valid.GetError();
    return file;
}

// The UTC day of a stamp's wall clock, for a message; any int64 is one.
static std::string DayOf(int64_t unix_ms)
{
    constexpr int64_t kYear10000 = 253402300800000;   // 10000-01-01 00:00 UTC
    return unix_ms >= kYear10000 ? std::string("after the year 9999") : unix_ms < 0 ? std::string("before 1970")
                                                                       : Date::FromUnixMs(unix_ms, 0).ToString();
}

template <class R>
static int LiveCount(const std::vector<R>& records)
{
    return static_cast<int>(std::count_if(records.begin(), records.end(), [](const R& r) { return !r.Meta.Deleted; }));
}

std::string Summary(const ExchangeFile& file)
{
    const Workspace& c = file.Content;
    // What the file says of itself is shown as plain text, one line, never long.
    const std::string when = DayOf(file.Header.ExportedAtMs);
    const std::string from = file.Header.FromName.empty() ? std::string() : " from " + ForMessage(file.Header.FromName, 60);
    std::string line = std::string("A ") + KindWord(file.Kind) + " file" + from + " (" + when + ")";
    auto part = [&](int n, const char* one, const char* many) {
        if (n > 0)
            line += (line.back() == ':' ? " " : ", ") + Counted(n, one, many);
    };
    line += ":";
    part(LiveCount(c.Goals), "goal", "goals");
    part(LiveCount(c.Reflections), "reflection", "reflections");
    part(LiveCount(c.Skills), "skill", "skills");
    part(LiveCount(c.CareerPaths), "career path", "career paths");
    part(LiveCount(c.Activities), "plan activity", "plan activities");
    part(LiveCount(c.OneOnOnes), "one-on-one", "one-on-ones");
    part(LiveCount(c.Comments), "comment", "comments");
    part(static_cast<int>(c.Team.size()), "team report", "team reports");
    if (line.back() == ':')
        line += " nothing in it";
    if (file.Kind == FileKind::Response && !file.Header.Scope.empty() && file.Header.Scope != "for ")
        line += ", " + ForMessage(file.Header.Scope, 70);
    return line + ".";
}

// [SECTION] Import

bool IsEmptyWorkspace(const Workspace& w)
{
    return w.Me.Updated == Stamp{} && w.Goals.empty() && w.Reflections.empty() && w.Skills.empty() && w.CareerPaths.empty() &&
           w.Activities.empty() && w.OneOnOnes.empty() && w.Comments.empty() && w.Team.empty();
}

template <class R>
static std::string Describe(const R& r)
{
    if constexpr (std::is_same_v<R, Goal> || std::is_same_v<R, PlanActivity> || std::is_same_v<R, CareerPath>)
        return std::string(DisplayName(KindOf<R>())) + " \"" + r.Title + "\"";
    else if constexpr (std::is_same_v<R, Skill>)
        return "Skill \"" + r.Name + "\"";
    else if constexpr (std::is_same_v<R, Reflection> || std::is_same_v<R, OneOnOne>)
        return std::string(DisplayName(KindOf<R>())) + " of " + r.On.ToString();
    else
        return "Comment \"" + r.Text.substr(0, 40) + "\"";
}

// Records of one kind by id, the first of equal ids as FindRecord finds it. Every lookup an import
// makes goes through an index: a scan of the workspace for each record of the file made importing
// a large share over the same report quadratic (issue 18).
// One index type for every kind (the records' addresses, untyped): each std::map type is code of
// its own in the web build, which every first visit downloads.
using RecordIndex = std::map<Id, const void*>;

template <class R>
static RecordIndex ById(const std::vector<R>& records)
{
    RecordIndex index;
    for (const R& record : records)
        index.emplace(record.Meta.RecordId, &record);
    return index;
}

template <class R>
static const R* Find(const RecordIndex& index, const Id& id)
{
    auto it = index.find(id);
    return it == index.end() ? nullptr : static_cast<const R*>(it->second);
}

// `superseded`: an older version already kept in history changes nothing when it comes again
// (one with other content under a kept stamp is found by PreviewImport's own check: Other).
template <class R>
static void Count(const std::vector<R>& local, const std::vector<R>& superseded, const std::vector<R>& incoming, ImportPreview& p)
{
    RecordIndex local_by_id;
    for (const R& record : local)
        local_by_id[record.Meta.RecordId] = &record;    // the last of equal ids, as the scan this replaced kept
    std::set<std::pair<Id, Stamp>> kept;
    for (const R& old : superseded)
        kept.emplace(old.Meta.RecordId, old.Meta.Updated);
    for (const R& in : incoming)
    {
        const R* here = Find<R>(local_by_id, in.Meta.RecordId);
        if (!here)
            (std::is_same_v<R, Comment> ? p.Comments : p.New)++;
        else if (here->Meta.Updated == in.Meta.Updated)
            // The same stamp with other content (a crafted file): the merge keeps the greater.
            (*here == in || !ContentLess(*here, in) ? p.Unchanged : p.Changed)++;
        else if (kept.contains(std::pair(in.Meta.RecordId, in.Meta.Updated)))
            p.Unchanged++;
        else if (here->Meta.Updated > in.Meta.Updated)
            p.Conflicting++;
        else if (in.Meta.Deleted && !here->Meta.Deleted)
            p.Deleted.push_back(Describe(*here));
        else
            p.Changed++;
    }
}

static void CountAll(const Workspace& local, const Workspace& incoming, ImportPreview& p)
{
    Count(local.Goals, local.Superseded.Goals, incoming.Goals, p);
    Count(local.Reflections, local.Superseded.Reflections, incoming.Reflections, p);
    Count(local.Skills, local.Superseded.Skills, incoming.Skills, p);
    Count(local.CareerPaths, local.Superseded.CareerPaths, incoming.CareerPaths, p);
    Count(local.Activities, local.Superseded.Activities, incoming.Activities, p);
    Count(local.OneOnOnes, local.Superseded.OneOnOnes, incoming.OneOnOnes, p);
    Count(local.Comments, local.Superseded.Comments, incoming.Comments, p);
    if (local.Me.Updated < incoming.Me.Updated ||
        (local.Me.Updated == incoming.Me.Updated && !(local.Me == incoming.Me) && ContentLess(local.Me, incoming.Me)))
        p.Changed++;
}

// Every comment is about a record of `w`, deleted or not: a comment on a record deleted since still
// belongs.
static bool HasEveryTarget(const Workspace& w, const std::vector<Comment>& comments)
{
    const std::set<Id> ids = AllIds(w);
    return std::all_of(comments.begin(), comments.end(), [&](const Comment& comment) { return ids.contains(comment.TargetId); });
}

static const TeamReport* FindReport(const Workspace& w, uint64_t device)
{
    for (const TeamReport& report : w.Team)
        if (report.Device == device)
            return &report;
    return nullptr;
}

// The one-on-ones and comments of a workspace, by id.
struct MeetingsAndComments
{
    RecordIndex Meetings;
    RecordIndex Comments;

    explicit MeetingsAndComments(const Workspace& w) : Meetings(ById(w.OneOnOnes)), Comments(ById(w.Comments)) {}
};

// An action comment the file brings newer than `w` has it, about a live one-on-one of `w`.
static bool IsNewAgreedAction(const MeetingsAndComments& w, const Comment& comment)
{
    if (comment.Kind != CommentKind::Action)
        return false;
    const OneOnOne* meeting = Find<OneOnOne>(w.Meetings, comment.TargetId);
    if (!meeting || meeting->Meta.Deleted)
        return false;
    const Comment* here = Find<Comment>(w.Comments, comment.Meta.RecordId);
    return !here || here->Meta.Updated < comment.Meta.Updated;
}

static int CountAgreedActions(const Workspace& w, const std::vector<Comment>& incoming)
{
    const MeetingsAndComments here(w);
    return static_cast<int>(std::count_if(incoming.begin(), incoming.end(), [&](const Comment& c) { return IsNewAgreedAction(here, c); }));
}

std::vector<OneOnOne> AgreedActionMeetings(const Workspace& before, const Workspace& after, const std::vector<Comment>& incoming)
{
    // Items join their meeting in the order the manager wrote them, not in the file's id order.
    std::vector<const Comment*> in_order;
    for (const Comment& comment : incoming)
        in_order.push_back(&comment);
    StableSort(in_order.begin(), in_order.end(), [](const Comment* a, const Comment* b) { return a->Meta.CreatedMs < b->Meta.CreatedMs; });
    const MeetingsAndComments was(before);
    const MeetingsAndComments now(after);
    std::vector<OneOnOne> changed;
    std::map<Id, size_t> changed_at;    // where each meeting is in `changed`
    const TextLimits limits;
    for (const Comment* in : in_order)
    {
        const Comment& comment = *in;
        // The file's version must be the one that won the merge.
        const Comment* merged = Find<Comment>(now.Comments, comment.Meta.RecordId);
        if (!IsNewAgreedAction(was, comment) || !merged || merged->Meta.Updated != comment.Meta.Updated)
            continue;
        auto at = changed_at.find(comment.TargetId);
        auto edited = at != changed_at.end() ? changed.begin() + static_cast<std::ptrdiff_t>(at->second) : changed.end();
        const OneOnOne* current = Find<OneOnOne>(now.Meetings, comment.TargetId);
        if (!current || current->Meta.Deleted)
            continue;
        OneOnOne meeting = edited != changed.end() ? *edited : *current;
        auto item = std::find_if(meeting.Actions.begin(), meeting.Actions.end(), [&](const ActionItem& a) { return a.ItemId == comment.Meta.RecordId; });
        if (comment.Meta.Deleted)
        {
            if (item != meeting.Actions.end() && !item->DoneOn)
                meeting.Actions.erase(item);
        }
        else if (item == meeting.Actions.end())
            meeting.Actions.push_back(ActionItem{ comment.Meta.RecordId, comment.Text, comment.Owner, comment.Due, std::nullopt });
        else
        {
            item->Text = comment.Text;
            item->Owner = comment.Owner;
            item->Due = comment.Due;
        }
        // A meeting already at its limit of items keeps what it has; the comment still shows.
        OneOnOne checked = meeting;
        if (!Normalize(checked, limits))
            continue;
        if (edited != changed.end())
            *edited = std::move(meeting);
        else if (!(meeting == *current))
        {
            changed_at.emplace(comment.TargetId, changed.size());
            changed.push_back(std::move(meeting));
        }
    }
    std::erase_if(changed, [&](const OneOnOne& m) { return *Find<OneOnOne>(now.Meetings, m.Meta.RecordId) == m; });
    return changed;
}

// The same workspace but for its clocks, the notes of when files were imported (which a no-op
// import does not record) and the order of records (which a merge puts in id order).
bool SameApartFromClocks(const Workspace& first, const Workspace& second)
{
    Workspace a = InMergeOrder(first), b = InMergeOrder(second);
    for (Workspace* w : { &a, &b })
    {
        w->Clock = Stamp{};
        for (TeamReport& report : w->Team)
        {
            report.Plan.Clock = Stamp{};
            report.Imports.clear();
        }
    }
    return EncodeWorkspaceBinary(a, 0) == EncodeWorkspaceBinary(b, 0);
}

// A sentence as a clause: "The file is damaged." -> "the file is damaged".
static std::string Uncapitalized(std::string sentence)
{
    if (!sentence.empty() && sentence.back() == '.')
        sentence.pop_back();
    if (!sentence.empty() && sentence[0] >= 'A' && sentence[0] <= 'Z')
        sentence[0] = static_cast<char>(sentence[0] - 'A' + 'a');
    return sentence;
}

Result<ImportPreview> PreviewImport(const Workspace& w, std::string_view bytes, const ExchangeLimits& limits)
{
    Result<ExchangeFile> read = ReadExchangeFile(bytes, limits);
    if (!read)
        return read.GetError();
    ImportPreview p;
    p.File = std::move(read.Value());
    const ExchangeHeader& h = p.File.Header;
    if (limits.NowMs > 0)
    {
        // A stamp from the future would beat every real edit made before it: refused, not clamped,
        // since the file's order of edits is only right if its clock was.
        const int64_t latest = std::max({h.ExportedAtMs, p.File.Content.Clock.WallMs, LatestStamp(p.File.Content).WallMs});
        if (latest > limits.NowMs + kMaxFutureMs)
            return Error{"This file is dated " + DayOf(latest) + ", more than a day after this device's clock (" +
                         DayOf(limits.NowMs) + "), so its changes would win over every edit made until then. "
                         "If a clock is wrong, set it right and export the file again."};
    }
    switch (p.File.Kind)
    {
    case FileKind::Share:
    {
        if (h.FromDevice == w.DeviceId)
            return Error{"This is your own share file: send it to your manager, who imports it."};
        p.Destination = "Team: " + (p.File.Content.Me.Name.empty() ? std::string("a report without a name") : ForMessage(p.File.Content.Me.Name, 60));
        const TeamReport* report = FindReport(w, h.FromDevice);
        CountAll(report ? report->Plan : Workspace{}, p.File.Content, p);
        break;
    }
    case FileKind::Response:
    {
        if (h.ScopeDevice != w.DeviceId)
            return Error{"This response file is " + ForMessage(h.Scope, 70) + ", not for you: it was made for someone else's plan."};
        if (!HasEveryTarget(w, p.File.Content.Comments))
            return Error{"The response comments on something that is not in your workspace, so it is damaged or meant for another copy."};
        p.Destination = "your workspace";
        CountAll(w, p.File.Content, p);
        p.Actions = CountAgreedActions(w, p.File.Content.Comments);
        break;
    }
    default:
        p.Destination = "your workspace";
        p.Restore = IsEmptyWorkspace(w);
        CountAll(w, p.File.Content, p);
        break;
    }
    // The counts name records; what they do not (earlier versions, a backup's team reports) is
    // found by doing the import: a preview that says "changes nothing" is never wrong.
    if (p.IsNoOp() && !SameApartFromClocks(ApplyImport(w, p, h.ExportedAtMs), w))
        p.Other = true;
    // Nothing accepted may make the app's own exports unreadable by the app (two records of
    // different kinds with one id, a backup grown past the cap): the workspace as it would be after
    // this import must give a backup that reads again.
    if (!p.IsNoOp() && !p.Restore)     // a restore is the backup just read and checked, as it is
    {
        const Workspace after = ApplyImport(w, p, h.ExportedAtMs);
        if (Result<ExchangeFile> again = ReadExchangeFile(ExportBackup(after, h.ExportedAtMs), limits); !again)
            return Error{"This file was not imported: your workspace with it could not be backed up and restored (" +
                         Uncapitalized(again.GetError().Message) + ")."};
    }
    return p;
}

Workspace ApplyImport(const Workspace& w, const ImportPreview& p, int64_t now_ms)
{
    if (p.Restore)
        return p.File.Content;
    Workspace next = w;
    if (p.File.Kind != FileKind::Share)
    {
        Merge(next, p.File.Content);
        return next;
    }
    TeamReport incoming;
    incoming.Device = p.File.Header.FromDevice;
    incoming.Plan = p.File.Content;
    const TeamReport* known = FindReport(w, incoming.Device);
    // The same file imported again is one import, not two.
    const bool seen = known && std::any_of(known->Imports.begin(), known->Imports.end(), [&](const ImportNote& n) { return n.ExportedAtMs == p.File.Header.ExportedAtMs; });
    if (!seen)
        incoming.Imports.push_back(ImportNote{now_ms, p.File.Header.ExportedAtMs, p.File.Header.AppVersion});
    Workspace carrier;
    carrier.Team.push_back(std::move(incoming));
    Merge(next, carrier);
    return next;
}

ImportDescription ImportPreview::Describe() const
{
    ImportDescription text;
    text.Summary = Summary(File);
    text.Destination = "Goes to " + Destination + ".";
    if (Restore)
        text.Changes.push_back("Your workspace is empty: the backup is restored as it is.");
    const auto count = [&](int n, const char* one, const char* many) {
        if (n > 0)
            text.Changes.push_back(Counted(n, one, many));
    };
    count(New, "new record", "new records");
    count(Changed, "record updated", "records updated");
    count(Comments, "new comment", "new comments");
    count(Actions, "agreed action for a one-on-one", "agreed actions for your one-on-ones");
    count(Conflicting, "older version kept in the history", "older versions kept in the history");
    for (const std::string& deleted : Deleted)
        text.Changes.push_back("Deletes " + deleted);
    if (Other)
        text.Changes.push_back("Earlier versions or team reports join your workspace");
    if (ChangesNothing())
        text.Note = "Everything in this file is already here: importing it changes nothing.";
    else if (Conflicting > 0)
        text.Note = "Where you changed something after the file was made, your version stays; the file's is kept in the history.";
    return text;
}

} // namespace trellis
