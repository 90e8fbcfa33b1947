// What is being typed in an editor and not saved yet, kept on this device so that a reload, a crash
// or a phone discarding the tab loses nothing: one draft at a time (the editor open), in its own
// small file next to the workspace, written the same atomic way. Never in a backup or a share:
// a draft of a private reflection stays on the device. Saving the record or closing the editor
// removes it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/file_system.h"
#include "core/model.h"
#include "core/result.h"

namespace trellis {

enum class DraftKind : uint8_t
{
    Reflection,
    Goal,
    PlanActivity,
    Skill,          // version 2 on
    CareerPath,     // the path's editor, or one of its roles' (RoleIndex)
    WeekReview,     // the week review's answers so far, as the reflection it saves (AsReflection)
    Note,           // text typed into fields that are not a record's editor (Place)
};

// Where a Note draft was typed. Its texts, in order:
enum class NotePlace : uint8_t
{
    MeetingNotes,   // About: the one-on-one. Texts: the shared notes, the private notes
    Comment,        // About: the report's device (hex) and the record commented. Texts: the comment
    NewGoal,        // Texts: the title of the goal about to be added
};

struct Draft
{
    DraftKind       Kind = DraftKind::Reflection;
    bool            IsNew = true;       // a record not saved yet; else the one of this record's id is edited
    int64_t         SavedMs = 0;        // wall clock when written
    // The record as the editor holds it; only the one of `Kind` is written.
    Reflection      AsReflection;       // also WeekReview's
    Goal            AsGoal;
    PlanActivity    AsActivity;
    Skill           AsSkill;
    CareerPath      AsPath;
    int             RoleIndex = -1;     // CareerPath: the role being edited, -1 for the path itself
    int             Step = 0;           // WeekReview: the question it was on (0..2)
    NotePlace       Place = NotePlace::MeetingNotes;    // Note
    std::string     About;              // Note: what it is about, as Place says
    std::vector<std::string> Texts;     // Note: its fields (at most kMaxDraftTexts)
};

inline constexpr size_t kMaxDraftTexts = 4;

// The draft in `dir`, nullopt when there is none. A damaged draft gives an Error (the caller drops
// it: it was only ever a copy of what was on screen).
Result<std::optional<Draft>>    LoadDraft(FileSystem& fs, const std::string& dir);
Status                          SaveDraft(FileSystem& fs, const std::string& dir, const Draft& draft);
Status                          RemoveDraft(FileSystem& fs, const std::string& dir);

// The JSON itself, for tests, golden files, and telling whether a draft changed.
std::string                     EncodeDraft(const Draft& draft);
Result<Draft>                   DecodeDraft(std::string_view bytes);

// A draft file larger than this is not read: no editor holds that much.
inline constexpr size_t kMaxDraftBytes = 4u << 20;

} // namespace trellis
