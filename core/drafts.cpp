#include "core/drafts.h"

#include <cereal/cereal.hpp>
#include <cereal/types/string.hpp>

#include "core/archives.h"
#include "core/serialize.h"

// Version 1: the kind, whether new, when saved, and the record (Reflection, Goal or PlanActivity
// at their own versions). Bump it, and add a golden file, when a field moves.
CEREAL_CLASS_VERSION(trellis::Draft, 1);

namespace trellis {

static const char* const kDraftFile = "draft.json";

static const char* KindName(DraftKind kind)
{
    switch (kind)
    {
    case DraftKind::Goal:           return "goal";
    case DraftKind::PlanActivity:   return "activity";
    case DraftKind::Reflection:     break;
    }
    return "reflection";
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
    }
}

template <class Archive>
void load(Archive& ar, Draft& d, const std::uint32_t /*version*/)
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
    else
    {
        throw cereal::Exception("unknown kind \"" + kind + "\"");
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
