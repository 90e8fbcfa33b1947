// Full-text search over goals, reflections and plan activities, ignoring case and accents
// (core/text_fold.h), in any script.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/model.h"

namespace trellis {

// The part of a record a search word was found in.
enum class SearchField : uint8_t
{
    Title, Why, Milestone,                          // goals (plan activities have a title too)
    Prompt, Text, Loved, Disliked, Tag,             // reflections
    SupportNeeded, Outcome, Evidence,               // plan activities
    COUNT
};

const char* DisplayName(SearchField f);             // "What I loved"

struct SearchMatch
{
    SearchField Field = SearchField::Title;
    size_t      Item = 0;       // which milestone, loved or disliked item, or tag; 0 for other fields
    size_t      Begin = 0;      // the match's byte range in that text as stored, to highlight it
    size_t      End = 0;
};

struct SearchHit
{
    RecordKind                  Kind = RecordKind::Goal;    // Goal, Reflection or PlanActivity
    Id                          RecordId;
    std::vector<SearchMatch>    Matches;                    // the first place each word was found, in query order
};

struct SearchLimits
{
    size_t MaxHits = 200;           // results returned; a longer list is no help on a phone
    size_t MaxQueryBytes = 300;     // a longer query is cut (at a character boundary)
};

// The live goals, reflections and plan activities that contain every word of `query`; a word may
// match inside a longer word ("mentor" finds "mentoring"). Records with a word in their title come
// first, then the most recently edited. An empty query finds nothing.
//
// Folding ten years of text is what a search spends its time on, so the app keeps a SearchIndex:
// it holds the folded text of every record between searches and folds again only the records
// whose stamp changed since. Search() is the same with a fresh index each time.
class SearchIndex
{
public:
    std::vector<SearchHit> Search(const Workspace& workspace, std::string_view query, const SearchLimits& limits = {});

private:
    struct Entry
    {
        RecordKind                  Kind = RecordKind::Goal;
        const void*                 Record = nullptr;   // into the workspace; refreshed before each use
        Id                          RecordId;
        Stamp                       Updated;
        bool                        Deleted = false;
        std::vector<std::string>    Folded;             // one per field, as FieldsOf() lists them
    };

    void                Refresh(const Workspace& workspace);
    template <class R>
    void                RefreshKind(const std::vector<R>& records, RecordKind kind, std::vector<Entry>& next);

    std::vector<Entry>  Entries_;
};

std::vector<SearchHit> Search(const Workspace& workspace, std::string_view query, const SearchLimits& limits = {});

} // namespace trellis
