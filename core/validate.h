// What a record must satisfy before it is saved, and the tidying applied to what a person typed.
//
// Normalize() trims titles and text, drops empty list items, clears fields that contradict the
// record's state, and returns an Error saying what to fix when a rule is broken. The session runs
// it on every record it creates or edits, so nothing it saves breaks these rules.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/model.h"
#include "core/result.h"

namespace trellis {

// Limits on what a person can type, so a stray paste cannot make the workspace unusable.
struct TextLimits
{
    size_t TitleBytes = 300;        // a title, a name, a list item, an agenda or action item, in UTF-8 bytes
    size_t TextBytes = 20000;       // free text: a reflection, why a goal matters, notes, evidence
    size_t ListItems = 200;         // entries in one list: milestones, loved items, tags, roles, agenda items
};

inline constexpr int kMinEnergy = 1;
inline constexpr int kMaxEnergy = 5;
inline constexpr int kMaxUsefulness = 5;            // 0 means not rated yet
inline constexpr int kMaxReviewCadenceMonths = 24;
inline constexpr int kMaxOneOnOneCadenceWeeks = 8;  // 0 means no fixed rhythm

Status Normalize(Profile& profile, const TextLimits& limits);
Status Normalize(Goal& goal, const TextLimits& limits);
Status Normalize(Reflection& reflection, const TextLimits& limits);
Status Normalize(Skill& skill, const TextLimits& limits);
Status Normalize(CareerPath& path, const TextLimits& limits);
Status Normalize(PlanActivity& activity, const TextLimits& limits);
Status Normalize(OneOnOne& meeting, const TextLimits& limits);
Status Normalize(Comment& comment, const TextLimits& limits);

// `text` without leading and trailing white space (ASCII and the common Unicode spaces).
std::string_view TrimSpace(std::string_view text);

// Text from a file, fit for a message or a summary line: control characters (C0, DEL, C1), line
// breaks and the bidirectional overrides become spaces, runs of spaces one, bytes that are not
// UTF-8 a "?", and past `max_chars` characters it is cut with an ellipsis.
std::string ForMessage(std::string_view text, size_t max_chars = 80);

} // namespace trellis
