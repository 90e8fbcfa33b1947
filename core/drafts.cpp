#include "core/drafts.h"

#include <cereal/cereal.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>

#include "core/archives.h"
#include "core/serialize.h"

// Version 1: the kind, whether new, when saved, and the record (Reflection, Goal or PlanActivity
// at their own versions). Version 2: the kinds skill, path (with the role index), week-review
// (with the step) and note (place, about, texts); a version 1 file reads the same as before.
// Bump it, and add a golden file, when a field moves.
CEREAL_CLASS_VERSION(trellis::Draft, 2);

namespace trellis {

static const char* const kDraftFile = "draft.json";

static const char* KindName(DraftKind kind)
{
    switch (kind)
    {
    case DraftKind::Goal:           return "goal";
    case DraftKind::PlanActivity:   return "activity";
    case DraftKind::Skill:          return "skill";
    case DraftKind::CareerPath:     return "path";
    case DraftKind::WeekReview:     return "week-review";
    case DraftKind::Note:           return "note";
    case DraftKind::Reflection:     break;
    }
    return "reflection";
}

static const char* PlaceName(NotePlace place)
{
    switch (place)
    {
    case NotePlace::Comment:        return "comment";
    case NotePlace::NewGoal:        return "new-goal";
    case NotePlace::MeetingNotes:   break;
    }
    return "meeting-notes";
}

template <class Archive>
void save(Archive& ar, const Draft& d, const std::uint32_t /*version*/)
{
    ar(cereal::make_nvp("kind", std::string(KindName(d.Kind))), cereal::make_nvp("new", d.IsNew),
       cereal::make_nvp("saved_ms", d.SavedMs));
    switch (d.Kind)
    {
    case DraftKind::Reflection:     ar(cereal::make_nvp("record", d.AsReflection)); break;
    case DraftKind::Goal:           ar(cereal::make_nvp("record", d.AsGoal)); break;
    case DraftKind::PlanActivity:   ar(cereal::make_nvp("record", d.AsActivity)); break;
    case DraftKind::Skill:          ar(cereal::make_nvp("record", d.AsSkill)); break;
    case DraftKind::CareerPath:     ar(cereal::make_nvp("record", d.AsPath), cereal::make_nvp("role", d.RoleIndex)); break;
    case DraftKind::WeekReview:     ar(cereal::make_nvp("record", d.AsReflection), cereal::make_nvp("step", d.Step)); break;
    case DraftKind::Note:
        ar(cereal::make_nvp("place", std::string(PlaceName(d.Place))), cereal::make_nvp("about", d.About),
           cereal::make_nvp("texts", d.Texts));
        break;
    }
}

template <class Archive>
void load(Archive& ar, Draft& d, const std::uint32_t version)
{
    std::string kind;
    ar(cereal::make_nvp("kind", kind), cereal::make_nvp("new", d.IsNew), cereal::make_nvp("saved_ms", d.SavedMs));
    if (kind == "reflection")
    {
        d.Kind = DraftKind::Reflection;
        ar(cereal::make_nvp("record", d.AsReflection));
    }
    else if (kind == "goal")
    {
        d.Kind = DraftKind::Goal;
        ar(cereal::make_nvp("record", d.AsGoal));
    }
    else if (kind == "activity")
    {
        d.Kind = DraftKind::PlanActivity;
        ar(cereal::make_nvp("record", d.AsActivity));
    }
    else if (version >= 2 && kind == "skill")
    {
        d.Kind = DraftKind::Skill;
        ar(cereal::make_nvp("record", d.AsSkill));
    }
    else if (version >= 2 && kind == "path")
    {
        d.Kind = DraftKind::CareerPath;
        ar(cereal::make_nvp("record", d.AsPath), cereal::make_nvp("role", d.RoleIndex));
        if (d.RoleIndex < -1 || d.RoleIndex >= static_cast<int>(d.AsPath.Roles.size()))
            throw cereal::Exception("a role that is not on the path");
    }
    else if (version >= 2 && kind == "week-review")
    {
        d.Kind = DraftKind::WeekReview;
        ar(cereal::make_nvp("record", d.AsReflection), cereal::make_nvp("step", d.Step));
        if (d.Step < 0 || d.Step > 2)
            throw cereal::Exception("a step the week review does not have");
    }
    else if (version >= 2 && kind == "note")
    {
        d.Kind = DraftKind::Note;
        std::string place;
        ar(cereal::make_nvp("place", place), cereal::make_nvp("about", d.About), cereal::make_nvp("texts", d.Texts));
        if (place == "meeting-notes")
            d.Place = NotePlace::MeetingNotes;
        else if (place == "comment")
            d.Place = NotePlace::Comment;
        else if (place == "new-goal")
            d.Place = NotePlace::NewGoal;
        else
            throw cereal::Exception("unknown place \"" + place.substr(0, 40) + "\"");
        if (d.Texts.size() > kMaxDraftTexts)
            throw cereal::Exception("more texts than any editor has");
    }
    else
    {
        throw cereal::Exception("unknown kind \"" + kind.substr(0, 40) + "\"");
    }
}

std::string EncodeDraft(const Draft& draft)
{
    std::string out;
    {
        JsonOutputArchive ar(out);
        ar(cereal::make_nvp("draft", draft));
    }
    return out;
}

Result<Draft> DecodeDraft(std::string_view bytes)
{
    if (bytes.size() > kMaxDraftBytes)
        return Error{"The draft is too large to be one."};
    Draft draft;
    try
    {
        JsonInputArchive ar(bytes);
        ar(cereal::make_nvp("draft", draft));
    }
    catch (const std::exception& e)
    {
        return Error{std::string("The draft is damaged (") + e.what() + ")."};
    }
    if (draft.SavedMs < 0)
        return Error{"The draft is damaged (a negative time)."};
    return draft;
}

Result<std::optional<Draft>> LoadDraft(FileSystem& fs, const std::string& dir)
{
    const std::string path = dir + "/" + kDraftFile;
    if (!fs.Exists(path))
        return std::optional<Draft>{};
    Result<std::string> bytes = fs.ReadFile(path);
    if (!bytes)
        return bytes.GetError();
    Result<Draft> draft = DecodeDraft(bytes.Value());
    if (!draft)
        return draft.GetError();
    return std::optional<Draft>{std::move(draft.Value())};
}

Status SaveDraft(FileSystem& fs, const std::string& dir, const Draft& draft)
{
    if (Status made = fs.MakeDirs(dir); !made)
        return made;
    return WriteFileAtomically(fs, dir + "/" + kDraftFile, EncodeDraft(draft));
}

Status RemoveDraft(FileSystem& fs, const std::string& dir)
{
    const std::string path = dir + "/" + kDraftFile;
    return fs.Exists(path) ? fs.Remove(path) : Status::Ok();
}

} // namespace trellis
