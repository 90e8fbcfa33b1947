// [SECTION] The query
// [SECTION] Matching one record
// [SECTION] Searching the workspace
#include "core/search.h"

#include <algorithm>
#include <cstring>
#include <string>

#include "core/sort.h"
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

// [SECTION] Searching the workspace

// Keeps the folded fields of records that did not change (same position, id and stamp), folds
// the others.
template <class R>
void SearchIndex::RefreshKind(const std::vector<R>& records, RecordKind kind, std::vector<Entry>& next)
{
    size_t old = 0;
    while (old < Entries_.size() && Entries_[old].Kind != kind)
        old++;
    for (size_t i = 0; i < records.size(); i++, old++)
    {
        const R& record = records[i];
        Entry entry;
        const bool same = old < Entries_.size() && Entries_[old].Kind == kind && Entries_[old].RecordId == record.Meta.RecordId &&
                          Entries_[old].Updated == record.Meta.Updated;
        if (same)
            entry = std::move(Entries_[old]);
        else
        {
            entry.Kind = kind;
            entry.RecordId = record.Meta.RecordId;
            entry.Updated = record.Meta.Updated;
            for (const FieldText& field : FieldsOf(record))
                entry.Folded.push_back(FoldForSearch(field.Text));
        }
        entry.Record = &record;
        entry.Deleted = record.Meta.Deleted;
        next.push_back(std::move(entry));
    }
}

void SearchIndex::Refresh(const Workspace& workspace)
{
    std::vector<Entry> next;
    next.reserve(workspace.Goals.size() + workspace.Activities.size() + workspace.Reflections.size());
    RefreshKind(workspace.Goals, RecordKind::Goal, next);
    RefreshKind(workspace.Activities, RecordKind::PlanActivity, next);
    RefreshKind(workspace.Reflections, RecordKind::Reflection, next);
    Entries_ = std::move(next);
}

static std::vector<FieldText> FieldsOfEntry(RecordKind kind, const void* record)
{
    switch (kind)
    {
    case RecordKind::Goal:         return FieldsOf(*static_cast<const Goal*>(record));
    case RecordKind::PlanActivity: return FieldsOf(*static_cast<const PlanActivity*>(record));
    default:                       return FieldsOf(*static_cast<const Reflection*>(record));
    }
}

// Finds a folded word in folded text by scanning for its rarest byte (memchr is fast) and checking
// around each hit: most of ten years of text is skipped without a comparison. "equipe" is looked
// for by its "q", not by its "e".
class WordFinder
{
public:
    explicit WordFinder(const std::string& word) : Word_(word)
    {
        // English letters from the most to the least frequent; any other byte (a digit, a byte of
        // an accented or non-Latin letter) counts as rarer still.
        static const char kByFrequency[] = "etaoinshrdlcumwfgypbvkjxqz";
        int rarest = -1;
        for (size_t i = 0; i < Word_.size(); i++)
        {
            const char* in_list = std::strchr(kByFrequency, Word_[i]);
            const int rank = Word_[i] != '\0' && in_list ? static_cast<int>(in_list - kByFrequency) : 100;
            if (rank > rarest)
            {
                rarest = rank;
                Rare_ = i;
            }
        }
    }

    size_t Find(const std::string& text) const
    {
        const size_t size = Word_.size();
        if (text.size() < size)
            return std::string::npos;
        const char* data = text.data();
        const char* end = data + text.size() - (size - 1 - Rare_);
        for (const char* p = data + Rare_; p < end;)
        {
            p = static_cast<const char*>(std::memchr(p, Word_[Rare_], static_cast<size_t>(end - p)));
            if (p == nullptr)
                return std::string::npos;
            const char* start = p - Rare_;
            if (std::memcmp(start, Word_.data(), size) == 0)
                return static_cast<size_t>(start - data);
            p++;
        }
        return std::string::npos;
    }

private:
    std::string Word_;
    size_t      Rare_ = 0;      // the index in Word_ of its rarest byte
};

struct Candidate
{
    size_t              Entry = 0;
    std::vector<size_t> Field;      // per query word: the first field it is in, and where
    std::vector<size_t> At;
    bool                InTitle = false;
    Stamp               Updated;
};

std::vector<SearchHit> SearchIndex::Search(const Workspace& workspace, std::string_view query, const SearchLimits& limits)
{
    const std::vector<std::string> words = QueryWords(query, limits.MaxQueryBytes);
    if (words.empty())
        return {};
    Refresh(workspace);

    // Which records hold every word, from the folded text alone.
    std::vector<WordFinder> finders;
    for (const std::string& word : words)
        finders.emplace_back(word);
    std::vector<Candidate> candidates;
    for (size_t e = 0; e < Entries_.size(); e++)
    {
        const Entry& entry = Entries_[e];
        if (entry.Deleted)
            continue;
        Candidate candidate;
        for (const WordFinder& finder : finders)
        {
            size_t field = 0, at = std::string::npos;
            for (; field < entry.Folded.size(); field++)
                if ((at = finder.Find(entry.Folded[field])) != std::string::npos)
                    break;
            if (at == std::string::npos)
                break;
            candidate.Field.push_back(field);
            candidate.At.push_back(at);
        }
        if (candidate.Field.size() != words.size())
            continue;
        candidate.Entry = e;
        candidate.Updated = entry.Updated;
        candidate.InTitle = std::find(candidate.Field.begin(), candidate.Field.end(), 0) != candidate.Field.end() &&
                            entry.Kind != RecordKind::Reflection;     // field 0 of a reflection is its prompt
        candidates.push_back(std::move(candidate));
    }
    StableSort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        if (a.InTitle != b.InTitle)
            return a.InTitle;
        return a.Updated > b.Updated;
    });
    if (candidates.size() > limits.MaxHits)
        candidates.resize(limits.MaxHits);

    // Where exactly, in the text as stored, for the hits shown.
    std::vector<SearchHit> hits;
    hits.reserve(candidates.size());
    for (const Candidate& candidate : candidates)
    {
        const Entry& entry = Entries_[candidate.Entry];
        const std::vector<FieldText> fields = FieldsOfEntry(entry.Kind, entry.Record);
        SearchHit hit{ entry.Kind, entry.RecordId, {} };
        for (size_t w = 0; w < words.size(); w++)
            hit.Matches.push_back(LocateMatch(fields[candidate.Field[w]], candidate.At[w], candidate.At[w] + words[w].size()));
        hits.push_back(std::move(hit));
    }
    return hits;
}

std::vector<SearchHit> Search(const Workspace& workspace, std::string_view query, const SearchLimits& limits)
{
    SearchIndex index;
    return index.Search(workspace, query, limits);
}

} // namespace trellis
