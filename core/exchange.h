// The files people exchange: share, response and backup files, and importing them.
//
//   share     employee -> manager: the profile, shared goals and plan activities, skills, career
//             paths, the next one-on-one's shared agenda and open action items, and the comments on
//             those. Private records never appear in it, not even as ids or counts.
//   response  manager -> employee: the manager's comments on the employee's records (notes,
//             agreements, agreed actions, agenda notes on the one-on-one), for one report.
//   backup    the whole workspace, private records included. Restoring it into an empty workspace
//             gives back an identical workspace.
//
// Every file is JSON: {"header": {format, schema, app_version, exported_at, from_name, from_device,
// scope, scope_device}, "content": <a workspace holding only what the file carries>}.
//
// What each kind may change, checked in the core before any preview (issue 18); anything else in
// the file is refused in words and the workspace is untouched:
//   share     (manager's side) creates or updates the Team report of the device that wrote it, and
//             only it: the report's profile, goals, plan activities, skills, career paths, the
//             one-on-ones it shares and the comments on those. Never a journal, a team, earlier
//             versions (history is never taken from another person) or anything outside the report.
//   response  (employee's side) creates, updates or withdraws comments on the employee's own records
//             (a withdrawn comment is a tombstone), and through agreed actions the action items of
//             live one-on-ones. Never a profile, a record of another kind, earlier versions, or a
//             comment about a record that is not in the workspace; only for the device it names.
//   backup    (the same person) anything: merged into a workspace, or restored as it is into an
//             empty one; its earlier versions keep the rules of records.
// For every kind: each record is kept as the app would save it (trimmed, then checked against the
// limits), no stamp may be more than kMaxFutureMs past this device's clock, and the workspace as
// the import would leave it must back up and restore (one id for two kinds of record, or a backup
// past the size cap, is refused). Two versions with one stamp merge by their content (merge.h), so
// the order of imports never matters.
//
// Import is ReadExchangeFile (checks the bytes, then the content) -> PreviewImport (what would
// change, nothing touched) -> ApplyImport (a new workspace; Session::ApplyImport saves it and keeps
// the old one for undo). Every refusal is one sentence a person can read.
//
// [SECTION] Files
// [SECTION] Export
// [SECTION] Reading and checking
// [SECTION] Import
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/merge.h"
#include "core/model.h"
#include "core/result.h"

namespace trellis {

// [SECTION] Files

enum class FileKind : uint8_t
{
    Share, Response, Backup,
    COUNT
};

inline constexpr const char* kShareFormat = "trellis-share";
inline constexpr const char* kResponseFormat = "trellis-response";
inline constexpr const char* kBackupFormat = "trellis-backup";

struct ExchangeHeader
{
    std::string Format;             // kShareFormat, kResponseFormat or kBackupFormat
    int         Schema = 0;         // kSchemaVersion of the writer
    std::string AppVersion;         // the writer's kAppVersion
    int64_t     ExportedAtMs = 0;   // wall clock when written
    std::string FromName;           // the profile name of who wrote it
    uint64_t    FromDevice = 0;     // the device that wrote it
    std::string Scope;              // in words: "Inès's plan", "for Inès", "everything"
    uint64_t    ScopeDevice = 0;    // whose records it is about: the report's device for a response
};

struct ExchangeFile
{
    FileKind        Kind = FileKind::Share;
    ExchangeHeader  Header;
    Workspace       Content;
};

// Checks made before the JSON parser sees a byte.
struct ExchangeLimits
{
    size_t MaxBytes = 20 * 1024 * 1024;     // 20 MB: a ten-year backup is about 8 MB
    int    MaxDepth = 64;                   // nesting of [ and {: our files use about 12; rapidjson
                                            // recurses, so 100,000 levels would overflow the stack
    size_t MaxNumberChars = 24;             // an int64 has 20 characters with its sign
    // The device's clock when the file is imported: a file with a stamp later than NowMs +
    // kMaxFutureMs is refused (its edits would win over every real one until then). 0: not known,
    // not checked (tests of the file format alone).
    int64_t NowMs = 0;
};

// How far ahead of this device's clock another device's clock may be: a day.
inline constexpr int64_t kMaxFutureMs = 24LL * 60 * 60 * 1000;

// "trellis-share-ines-odegard-2026-03-10.json": lowercase ASCII letters, digits and dashes only, so
// the name survives every file system and share sheet. `name` falls back to "trellis" when nothing
// of it is left.
std::string ExchangeFileName(FileKind kind, std::string_view name, int64_t now_ms);
// The name part of such file names: "Inès Ødegård" -> "ines-odegard", at most 40 characters.
std::string FileNameSlug(std::string_view name);
const char* FormatName(FileKind kind);

// [SECTION] Export

std::string         ExportShare(const Workspace& w, int64_t now_ms, int utc_offset_minutes);
// The manager's comments for one report of the Team; an Error when there is no such report.
Result<std::string> ExportResponse(const Workspace& manager, uint64_t report_device, int64_t now_ms);
std::string         ExportBackup(const Workspace& w, int64_t now_ms);

// What ExportShare and ExportResponse put in their content, for tests and previews.
Workspace           ShareContent(const Workspace& w, int64_t now_ms, int utc_offset_minutes);

// [SECTION] Reading and checking

// The bytes of a file the person picked or dropped, from anywhere on the disk (the desktop, the
// command-line tool). A file over limits.MaxBytes is refused before it is read.
Result<std::string> ReadImportFile(const std::string& path, const ExchangeLimits& limits = {});
// Size, encoding (UTF-8, an optional byte-order mark, no NUL) and nesting depth.
Status              CheckBytes(std::string_view bytes, const ExchangeLimits& limits = {});
// CheckBytes, then the header, then the content: types, ids, dates, enums, rules and references.
Result<ExchangeFile> ReadExchangeFile(std::string_view bytes, const ExchangeLimits& limits = {});
// One line for a person: "A share file from Inès Ødegård (2026-03-10): 3 goals, 2 plan activities."
std::string         Summary(const ExchangeFile& file);

// [SECTION] Import

// What an import would do, in words: the import sheet shows it, trellis-file prints it.
struct ImportDescription
{
    std::string                 Summary;        // what the file is (Summary())
    std::string                 Destination;    // "Goes to Team: Inès Ødegård."
    std::vector<std::string>    Changes;        // one line each ("3 new records", "Deletes …"); empty: none
    std::string                 Note;           // that nothing changes, or how conflicts are kept; may be empty
};

struct ImportPreview
{
    ExchangeFile                File;
    std::string                 Destination;    // "your workspace", "Team: Inès Ødegård"
    bool                        Restore = false; // a backup into an empty workspace: taken as it is
    int                         New = 0;        // records not here yet (comments apart)
    int                         Changed = 0;    // newer versions of records here
    int                         Conflicting = 0; // older versions of records changed here: kept in history, yours stays
    int                         Comments = 0;   // new comments
    int                         Actions = 0;    // agreed actions that become or update action items of my one-on-ones
    int                         Unchanged = 0;
    std::vector<std::string>    Deleted;        // what the import deletes, in words
    bool                        Other = false;  // a change no count names: earlier versions joining the
                                                // history, a backup's team reports

    bool                        ChangesNothing() const { return New + Changed + Conflicting + Comments == 0 && Deleted.empty() && !Restore && !Other; }
    // Nothing at all to apply: Session::ApplyImport() then neither saves nor keeps an undo.
    bool                        IsNoOp() const { return ChangesNothing() && Actions == 0; }
    ImportDescription           Describe() const;
};

// Checks the file and what it would do to `w`; `w` is not touched.
Result<ImportPreview>   PreviewImport(const Workspace& w, std::string_view bytes, const ExchangeLimits& limits = {});
// The workspace after the import: merged, or the backup itself for an empty workspace.
Workspace               ApplyImport(const Workspace& w, const ImportPreview& preview, int64_t now_ms);
// True when `a` and `b` differ only in their clocks, in the notes of when files were imported and
// in the order of their records: what an import that changes nothing may leave different.
bool                    SameApartFromClocks(const Workspace& a, const Workspace& b);
// True when `w` holds nothing a person made: a first run.
bool                    IsEmptyWorkspace(const Workspace& w);

// The one-on-ones of `after` (the workspace a response was just merged into) as a response's agreed
// actions change them: a new action comment on a live one-on-one becomes an action item with the
// comment's id, text, owner and due date; a changed one updates its item's text, owner and due date
// (a done item stays done); a withdrawn one (a tombstone) removes its item unless it is done. Only
// comments that the file brought newer than `before` had them count, so importing a file twice adds
// nothing twice, and an item the person reworded keeps their words until the manager changes the
// action again. Only the meetings that change are returned, unstamped: the session stamps them.
std::vector<OneOnOne>   AgreedActionMeetings(const Workspace& before, const Workspace& after, const std::vector<Comment>& incoming);

} // namespace trellis
