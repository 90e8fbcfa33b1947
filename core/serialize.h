// How the model is written with cereal. Every type carries a CEREAL_CLASS_VERSION from its first
// commit and branches on the version when loading, so old files always load (the golden files in
// tests/golden/ prove it). Ids, stamps, dates and enums are written as short strings: readable in a
// file, and checked on load.
//
// Only core/codec.cpp, core/drafts.cpp and core/exchange.cpp include this file: cereal's exceptions stay inside the core.
#pragma once

#include <cereal/cereal.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>

#include "core/model.h"

namespace trellis {

// The schema of the whole workspace. Bump it, and add a golden file, whenever a version below moves.
// Schema 1: profile and goals. Schema 2: reflections, skills, career paths, plan activities,
// one-on-ones and comments. Schema 3: comment kinds, superseded versions and the manager's team.
// Schema 4: the profile's one-on-one cadence (Profile 2) and each skill's level history (Skill 2).
// Schema 5: an action comment's owner and due date (Comment 3), a meeting's private notes (OneOnOne
// 2) and agenda items marked as covered (AgendaItem 2).
inline constexpr int kSchemaVersion = 5;

namespace detail {

[[noreturn]] inline void Fail(const std::string& what)
{
    throw cereal::Exception(what);
}

template <class Archive>
constexpr bool IsLoading() { return Archive::is_loading::value; }

template <class Archive, class E>
void EnumField(Archive& ar, const char* name, E& value)
{
    std::string text;
    if constexpr (!IsLoading<Archive>())
        text = ToString(value);
    ar(cereal::make_nvp(name, text));
    if constexpr (IsLoading<Archive>())
        if (!FromString(text, &value))
            Fail(std::string("unknown value \"") + text + "\" for " + name);
}

template <class Archive>
void IdField(Archive& ar, const char* name, Id& id)
{
    std::string text;
    if constexpr (!IsLoading<Archive>())
        text = id.ToHex();
    ar(cereal::make_nvp(name, text));
    if constexpr (IsLoading<Archive>())
    {
        auto parsed = Id::FromHex(text);
        if (!parsed)
            Fail(std::string("a malformed id in ") + name);
        id = *parsed;
    }
}

template <class Archive>
void IdListField(Archive& ar, const char* name, std::vector<Id>& ids)
{
    std::vector<std::string> texts;
    if constexpr (!IsLoading<Archive>())
        for (const Id& id : ids)
            texts.push_back(id.ToHex());
    ar(cereal::make_nvp(name, texts));
    if constexpr (IsLoading<Archive>())
    {
        ids.clear();
        for (const std::string& text : texts)
        {
            auto parsed = Id::FromHex(text);
            if (!parsed)
                Fail(std::string("a malformed id in ") + name);
            ids.push_back(*parsed);
        }
    }
}

template <class Archive>
void StampField(Archive& ar, const char* name, Stamp& stamp)
{
    std::string text;
    if constexpr (!IsLoading<Archive>())
        text = stamp.ToString();
    ar(cereal::make_nvp(name, text));
    if constexpr (IsLoading<Archive>())
    {
        auto parsed = Stamp::Parse(text);
        if (!parsed)
            Fail(std::string("a malformed time stamp in ") + name);
        stamp = *parsed;
    }
}

// An optional date is "" when unset.
template <class Archive>
void DateField(Archive& ar, const char* name, std::optional<Date>& date)
{
    std::string text;
    if constexpr (!IsLoading<Archive>())
        text = date ? date->ToString() : std::string();
    ar(cereal::make_nvp(name, text));
    if constexpr (IsLoading<Archive>())
    {
        if (text.empty())
        {
            date.reset();
            return;
        }
        date = Date::Parse(text);
        if (!date)
            Fail(std::string("an impossible date \"") + text + "\" in " + name);
    }
}

// A date that must be there (a reflection's day, a one-on-one's day).
template <class Archive>
void DateField(Archive& ar, const char* name, Date& date)
{
    std::optional<Date> value = date;
    DateField(ar, name, value);
    if constexpr (IsLoading<Archive>())
    {
        if (!value)
            Fail(std::string("a missing date in ") + name);
        date = *value;
    }
}

// A link that may be unset is "" when nil.
template <class Archive>
void OptionalIdField(Archive& ar, const char* name, Id& id)
{
    std::string text;
    if constexpr (!IsLoading<Archive>())
        text = id.IsNil() ? std::string() : id.ToHex();
    ar(cereal::make_nvp(name, text));
    if constexpr (IsLoading<Archive>())
    {
        if (text.empty())
        {
            id = Id{};
            return;
        }
        auto parsed = Id::FromHex(text);
        if (!parsed)
            Fail(std::string("a malformed id in ") + name);
        id = *parsed;
    }
}

// A device id is 16 hex digits.
template <class Archive>
void DeviceField(Archive& ar, const char* name, uint64_t& device)
{
    std::string text;
    if constexpr (!IsLoading<Archive>())
        text = Id{0, device}.ToHex().substr(16);
    ar(cereal::make_nvp(name, text));
    if constexpr (IsLoading<Archive>())
    {
        auto parsed = text.size() == 16 ? Id::FromHex(std::string(16, '0') + text) : std::nullopt;
        if (!parsed)
            Fail(std::string("a malformed device id in ") + name);
        device = parsed->Lo;
    }
}

} // namespace detail

template <class Archive>
void serialize(Archive& ar, RecordMeta& m, const std::uint32_t /*version*/)
{
    detail::IdField(ar, "id", m.RecordId);
    ar(cereal::make_nvp("created", m.CreatedMs));
    detail::StampField(ar, "updated", m.Updated);
    ar(cereal::make_nvp("deleted", m.Deleted));
}

template <class Archive>
void serialize(Archive& ar, Milestone& m, const std::uint32_t /*version*/)
{
    detail::IdField(ar, "id", m.MilestoneId);
    ar(cereal::make_nvp("title", m.Title));
    detail::DateField(ar, "due", m.Due);
    detail::DateField(ar, "done_on", m.DoneOn);
}

template <class Archive>
void serialize(Archive& ar, Goal& g, const std::uint32_t /*version*/)
{
    ar(cereal::make_nvp("meta", g.Meta));
    ar(cereal::make_nvp("title", g.Title));
    ar(cereal::make_nvp("why", g.Why));
    detail::EnumField(ar, "kind", g.Kind);
    detail::EnumField(ar, "horizon", g.Term);
    detail::EnumField(ar, "status", g.Status);
    detail::EnumField(ar, "visibility", g.Visible);
    detail::DateField(ar, "target", g.Target);
    ar(cereal::make_nvp("milestones", g.Milestones));
    ar(cereal::make_nvp("manual_progress", g.ManualProgress));
    detail::IdListField(ar, "skills", g.SkillIds);
    detail::IdListField(ar, "activities", g.ActivityIds);
}

template <class Archive>
void serialize(Archive& ar, Profile& p, const std::uint32_t version)
{
    detail::StampField(ar, "updated", p.Updated);
    ar(cereal::make_nvp("name", p.Name));
    ar(cereal::make_nvp("role", p.Role));
    ar(cereal::make_nvp("manager", p.ManagerName));
    std::vector<std::string> motivations;
    if constexpr (!detail::IsLoading<Archive>())
        for (Motivation m : p.Motivations)
            motivations.push_back(ToString(m));
    ar(cereal::make_nvp("motivations", motivations));
    if constexpr (detail::IsLoading<Archive>())
    {
        p.Motivations.clear();
        for (const std::string& text : motivations)
        {
            Motivation m;
            if (!FromString(text, &m))
                detail::Fail("unknown motivation \"" + text + "\"");
            p.Motivations.push_back(m);
        }
    }
    ar(cereal::make_nvp("review_cadence_months", p.ReviewCadenceMonths));
    detail::DateField(ar, "next_one_on_one", p.NextOneOnOne);
    // Version 1 profiles had no one-on-one cadence: the default one applies.
    if (version >= 2)
        ar(cereal::make_nvp("one_on_one_cadence_weeks", p.OneOnOneCadenceWeeks));
}

template <class Archive>
void serialize(Archive& ar, Reflection& r, const std::uint32_t /*version*/)
{
    ar(cereal::make_nvp("meta", r.Meta));
    detail::DateField(ar, "date", r.On);
    ar(cereal::make_nvp("prompt", r.Prompt));
    ar(cereal::make_nvp("text", r.Text));
    ar(cereal::make_nvp("loved", r.Loved));
    ar(cereal::make_nvp("disliked", r.Disliked));
    ar(cereal::make_nvp("energy", r.Energy));
    ar(cereal::make_nvp("tags", r.Tags));
    detail::IdListField(ar, "goals", r.GoalIds);
    detail::EnumField(ar, "visibility", r.Visible);
}

template <class Archive>
void serialize(Archive& ar, SkillLevelChange& c, const std::uint32_t /*version*/)
{
    detail::DateField(ar, "date", c.On);
    ar(cereal::make_nvp("from", c.From));
    ar(cereal::make_nvp("to", c.To));
}

template <class Archive>
void serialize(Archive& ar, Skill& s, const std::uint32_t version)
{
    ar(cereal::make_nvp("meta", s.Meta));
    ar(cereal::make_nvp("name", s.Name));
    ar(cereal::make_nvp("category", s.Category));
    ar(cereal::make_nvp("current_level", s.Current));
    ar(cereal::make_nvp("target_level", s.Target));
    ar(cereal::make_nvp("evidence", s.Evidence));
    // Version 1 skills kept no history: they load with none, and their next change starts one.
    if (version >= 2)
        ar(cereal::make_nvp("level_history", s.History));
}

template <class Archive>
void serialize(Archive& ar, SkillRequirement& r, const std::uint32_t /*version*/)
{
    ar(cereal::make_nvp("skill", r.SkillName));
    ar(cereal::make_nvp("level", r.Level));
}

template <class Archive>
void serialize(Archive& ar, ExperienceRequirement& r, const std::uint32_t /*version*/)
{
    ar(cereal::make_nvp("title", r.Title));
    detail::EnumField(ar, "type", r.Type);
}

template <class Archive>
void serialize(Archive& ar, PathRole& r, const std::uint32_t /*version*/)
{
    detail::IdField(ar, "id", r.RoleId);
    ar(cereal::make_nvp("title", r.Title));
    ar(cereal::make_nvp("skills", r.Skills));
    ar(cereal::make_nvp("experiences", r.Experiences));
}

template <class Archive>
void serialize(Archive& ar, CareerPath& p, const std::uint32_t /*version*/)
{
    ar(cereal::make_nvp("meta", p.Meta));
    ar(cereal::make_nvp("title", p.Title));
    ar(cereal::make_nvp("roles", p.Roles));
}

template <class Archive>
void serialize(Archive& ar, PlanActivity& a, const std::uint32_t /*version*/)
{
    ar(cereal::make_nvp("meta", a.Meta));
    ar(cereal::make_nvp("title", a.Title));
    detail::EnumField(ar, "type", a.Type);
    detail::IdListField(ar, "goals", a.GoalIds);
    detail::IdListField(ar, "skills", a.SkillIds);
    detail::DateField(ar, "start", a.Start);
    detail::DateField(ar, "due", a.Due);
    detail::EnumField(ar, "status", a.Status);
    detail::DateField(ar, "completed_on", a.CompletedOn);
    detail::EnumField(ar, "funding", a.FundedBy);
    ar(cereal::make_nvp("support_needed", a.SupportNeeded));
    ar(cereal::make_nvp("outcome", a.Outcome));
    ar(cereal::make_nvp("evidence", a.Evidence));
    ar(cereal::make_nvp("usefulness", a.Usefulness));
    detail::EnumField(ar, "visibility", a.Visible);
}

template <class Archive>
void serialize(Archive& ar, AgendaItem& i, const std::uint32_t version)
{
    detail::IdField(ar, "id", i.ItemId);
    detail::EnumField(ar, "kind", i.Kind);
    ar(cereal::make_nvp("text", i.Text));
    detail::OptionalIdField(ar, "about", i.RefId);
    detail::EnumField(ar, "visibility", i.Visible);
    if (version >= 2)
        ar(cereal::make_nvp("covered", i.Covered));
    // Before version 2 a question stored on a meeting counted as asked, and so it stays.
    else if constexpr (detail::IsLoading<Archive>())
        i.Covered = i.Kind == AgendaItemKind::Question;
}

template <class Archive>
void serialize(Archive& ar, ActionItem& i, const std::uint32_t /*version*/)
{
    detail::IdField(ar, "id", i.ItemId);
    ar(cereal::make_nvp("text", i.Text));
    detail::EnumField(ar, "owner", i.Owner);
    detail::DateField(ar, "due", i.Due);
    detail::DateField(ar, "done_on", i.DoneOn);
}

template <class Archive>
void serialize(Archive& ar, OneOnOne& o, const std::uint32_t version)
{
    ar(cereal::make_nvp("meta", o.Meta));
    detail::DateField(ar, "date", o.On);
    ar(cereal::make_nvp("agenda", o.Agenda));
    ar(cereal::make_nvp("notes", o.Notes));
    // Version 1 meetings had shared notes only.
    if (version >= 2)
        ar(cereal::make_nvp("private_notes", o.PrivateNotes));
    ar(cereal::make_nvp("actions", o.Actions));
    ar(cereal::make_nvp("covered_career", o.CoveredCareer));
    detail::EnumField(ar, "visibility", o.Visible);
}

template <class Archive>
void serialize(Archive& ar, Comment& c, const std::uint32_t version)
{
    ar(cereal::make_nvp("meta", c.Meta));
    detail::IdField(ar, "on", c.TargetId);
    ar(cereal::make_nvp("author", c.Author));
    ar(cereal::make_nvp("text", c.Text));
    // Version 1 comments were all notes.
    if (version >= 2)
        detail::EnumField(ar, "kind", c.Kind);
    // Version 2 actions had no owner (the person) and no due date.
    if (version >= 3)
    {
        detail::EnumField(ar, "owner", c.Owner);
        detail::DateField(ar, "due", c.Due);
    }
}

template <class Archive>
void serialize(Archive& ar, SupersededVersions& v, const std::uint32_t /*version*/)
{
    ar(cereal::make_nvp("profiles", v.Profiles));
    ar(cereal::make_nvp("goals", v.Goals));
    ar(cereal::make_nvp("reflections", v.Reflections));
    ar(cereal::make_nvp("skills", v.Skills));
    ar(cereal::make_nvp("career_paths", v.CareerPaths));
    ar(cereal::make_nvp("activities", v.Activities));
    ar(cereal::make_nvp("one_on_ones", v.OneOnOnes));
    ar(cereal::make_nvp("comments", v.Comments));
}

template <class Archive>
void serialize(Archive& ar, ImportNote& n, const std::uint32_t /*version*/)
{
    ar(cereal::make_nvp("imported_at", n.ImportedAtMs));
    ar(cereal::make_nvp("exported_at", n.ExportedAtMs));
    ar(cereal::make_nvp("app_version", n.AppVersion));
}

template <class Archive>
void serialize(Archive& ar, TeamReport& r, const std::uint32_t /*version*/)
{
    detail::DeviceField(ar, "device", r.Device);
    ar(cereal::make_nvp("plan", r.Plan));
    ar(cereal::make_nvp("imports", r.Imports));
}

template <class Archive>
void serialize(Archive& ar, Workspace& w, const std::uint32_t version)
{
    detail::DeviceField(ar, "device", w.DeviceId);
    detail::StampField(ar, "clock", w.Clock);
    ar(cereal::make_nvp("profile", w.Me));
    ar(cereal::make_nvp("goals", w.Goals));
    // Version 1 had only a profile and goals: the other collections load empty.
    if (version < 2)
        return;
    ar(cereal::make_nvp("reflections", w.Reflections));
    ar(cereal::make_nvp("skills", w.Skills));
    ar(cereal::make_nvp("career_paths", w.CareerPaths));
    ar(cereal::make_nvp("activities", w.Activities));
    ar(cereal::make_nvp("one_on_ones", w.OneOnOnes));
    ar(cereal::make_nvp("comments", w.Comments));
    // Version 2 had no merges and no team: both load empty.
    if (version < 3)
        return;
    ar(cereal::make_nvp("superseded", w.Superseded));
    ar(cereal::make_nvp("team", w.Team));
}

} // namespace trellis

CEREAL_CLASS_VERSION(trellis::RecordMeta, 1);
CEREAL_CLASS_VERSION(trellis::Milestone, 1);
CEREAL_CLASS_VERSION(trellis::Goal, 1);
CEREAL_CLASS_VERSION(trellis::Profile, 2);
CEREAL_CLASS_VERSION(trellis::Reflection, 1);
CEREAL_CLASS_VERSION(trellis::SkillLevelChange, 1);
CEREAL_CLASS_VERSION(trellis::Skill, 2);
CEREAL_CLASS_VERSION(trellis::SkillRequirement, 1);
CEREAL_CLASS_VERSION(trellis::ExperienceRequirement, 1);
CEREAL_CLASS_VERSION(trellis::PathRole, 1);
CEREAL_CLASS_VERSION(trellis::CareerPath, 1);
CEREAL_CLASS_VERSION(trellis::PlanActivity, 1);
CEREAL_CLASS_VERSION(trellis::AgendaItem, 2);
CEREAL_CLASS_VERSION(trellis::ActionItem, 1);
CEREAL_CLASS_VERSION(trellis::OneOnOne, 2);
CEREAL_CLASS_VERSION(trellis::Comment, 3);
CEREAL_CLASS_VERSION(trellis::SupersededVersions, 1);
CEREAL_CLASS_VERSION(trellis::ImportNote, 1);
CEREAL_CLASS_VERSION(trellis::TeamReport, 1);
CEREAL_CLASS_VERSION(trellis::Workspace, 3);
