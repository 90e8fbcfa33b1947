// [SECTION] The query
// [SECTION] Matching one record
// [SECTION] Searching the workspace
#include "core/search.h"

#include <algorithm>
#include <string>

#include "core/text_fold.h"

namespace trellis {

const char* DisplayName(SearchField f)
{
    switch (f)
    {
    case SearchField::Title:         return "Title";
    case SearchField::Why:           return "Why it matters";
    case SearchField::Milestone:     return "Milestone";
    case SearchField::Prompt:        return "Prompt";
    case SearchField::Text:          return "Text";
    case SearchField::Loved:         return "What I loved";
    case SearchField::Disliked:      return "What drained me";
    case SearchField::Tag:           return "Tag";
    case SearchField::SupportNeeded: return "Support needed";
    case SearchField::Outcome:       return "Outcome";
    case SearchField::Evidence:      return "Evidence";
    case SearchField::COUNT:         break;
    }
    return "";
}

// [SECTION] The query

// The length of the white space at `pos` in `text`: ASCII, NO-BREAK SPACE or IDEOGRAPHIC SPACE.
static size_t SpaceBytes(std::string_view text, size_t pos)
{
    const std::string_view rest = text.substr(pos);
    if (rest[0] == ' ' || (rest[0] >= '\t' && rest[0] <= '\r'))
        return 1;
    if (rest.starts_with("\xC2\xA0"))
        return 2;
    if (rest.starts_with("\xE3\x80\x80"))
        return 3;
    return 0;
}

// The query cut to the limit without splitting a character, folded, split at white space.
static std::vector<std::string> QueryWords(std::string_view query, size_t max_bytes)
{
    if (query.size() > max_bytes)
    {
        size_t cut = max_bytes;
        while (cut > 0 && (static_cast<unsigned char>(query[cut]) & 0xC0) == 0x80)
            cut--;
        query = query.substr(0, cut);
    }
    const std::string folded = FoldForSearch(query);
    std::vector<std::string> words;
    std::string word;
    for (size_t pos = 0; pos < folded.size();)
    {
        if (const size_t space = SpaceBytes(folded, pos))
        {
            if (!word.empty())
                words.push_back(std::move(word));
            word.clear();
            pos += space;
        }
        else
        {
            word.push_back(folded[pos++]);
        }
    }
    if (!word.empty())
        words.push_back(std::move(word));
    return words;
}

// [SECTION] Matching one record

struct FieldText
{
    SearchField         Field;
    size_t              Item;
    std::string_view    Text;
};

static void AddList(std::vector<FieldText>& fields, SearchField field, const std::vector<std::string>& items)
{
    for (size_t i = 0; i < items.size(); i++)
        fields.push_back({ field, i, items[i] });
}

static std::vector<FieldText> FieldsOf(const Goal& goal)
{
    std::vector<FieldText> fields = { { SearchField::Title, 0, goal.Title }, { SearchField::Why, 0, goal.Why } };
    for (size_t i = 0; i < goal.Milestones.size(); i++)
        fields.push_back({ SearchField::Milestone, i, goal.Milestones[i].Title });
    return fields;
}

static std::vector<FieldText> FieldsOf(const Reflection& reflection)
{
    std::vector<FieldText> fields = { { SearchField::Prompt, 0, reflection.Prompt }, { SearchField::Text, 0, reflection.Text } };
    AddList(fields, SearchField::Loved, reflection.Loved);
    AddList(fields, SearchField::Disliked, reflection.Disliked);
    AddList(fields, SearchField::Tag, reflection.Tags);
    return fields;
}

static std::vector<FieldText> FieldsOf(const PlanActivity& activity)
{
    return { { SearchField::Title, 0, activity.Title }, { SearchField::SupportNeeded, 0, activity.SupportNeeded },
             { SearchField::Outcome, 0, activity.Outcome }, { SearchField::Evidence, 0, activity.Evidence } };
}

// The byte range in the original text of folded bytes [begin, end).
static SearchMatch LocateMatch(const FieldText& field, size_t begin, size_t end)
{
    const FoldedText folded = FoldWithOffsets(field.Text);
    const std::vector<uint32_t>& offsets = folded.SourceOffsets;
    // The match ends after the character that made its last byte ("s" in "ß" ends after the ß).
    size_t after = end;
    while (after < folded.Text.size() && offsets[after] == offsets[end - 1])
        after++;
    return SearchMatch{ field.Field, field.Item, offsets[begin], offsets[after] };
}

// The matches of every word in the record, or nothing when a word is missing.
static std::vector<SearchMatch> MatchRecord(const std::vector<FieldText>& fields, const std::vector<std::string>& words)
{
    std::vector<std::string> folded;
    folded.reserve(fields.size());
    for (const FieldText& field : fields)
        folded.push_back(FoldForSearch(field.Text));
    std::vector<SearchMatch> matches;
    for (const std::string& word : words)
    {
        bool found = false;
        for (size_t f = 0; f < fields.size() && !found; f++)
        {
            const size_t at = folded[f].find(word);
            if (at == std::string::npos)
                continue;
            matches.push_back(LocateMatch(fields[f], at, at + word.size()));
            found = true;
        }
        if (!found)
            return {};
    }
    return matches;
}

// [SECTION] Searching the workspace

struct RankedHit
{
    SearchHit   Hit;
    bool        InTitle = false;
    Stamp       Updated;
};

template <class R>
static void SearchRecords(const std::vector<R>& records, RecordKind kind, const std::vector<std::string>& words, std::vector<RankedHit>& hits)
{
    for (const R& record : records)
    {
        if (record.Meta.Deleted)
            continue;
        std::vector<SearchMatch> matches = MatchRecord(FieldsOf(record), words);
        if (matches.empty())
            continue;
        const bool in_title = std::any_of(matches.begin(), matches.end(), [](const SearchMatch& m) { return m.Field == SearchField::Title; });
        hits.push_back(RankedHit{ SearchHit{ kind, record.Meta.RecordId, std::move(matches) }, in_title, record.Meta.Updated });
    }
}

std::vector<SearchHit> Search(const Workspace& workspace, std::string_view query, const SearchLimits& limits)
{
    const std::vector<std::string> words = QueryWords(query, limits.MaxQueryBytes);
    if (words.empty())
        return {};
    std::vector<RankedHit> ranked;
    SearchRecords(workspace.Goals, RecordKind::Goal, words, ranked);
    SearchRecords(workspace.Activities, RecordKind::PlanActivity, words, ranked);
    SearchRecords(workspace.Reflections, RecordKind::Reflection, words, ranked);
    std::stable_sort(ranked.begin(), ranked.end(), [](const RankedHit& a, const RankedHit& b) {
        if (a.InTitle != b.InTitle)
            return a.InTitle;
        return a.Updated > b.Updated;
    });
    std::vector<SearchHit> hits;
    for (size_t i = 0; i < ranked.size() && i < limits.MaxHits; i++)
        hits.push_back(std::move(ranked[i].Hit));
    return hits;
}

} // namespace trellis
