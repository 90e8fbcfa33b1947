// A search field over one list of records (my goals, my plan activities): the core's full-text
// search (core/search.h), kept to one kind, and cached until the data or the query changes.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/model.h"
#include "core/search.h"

class ListSearch
{
public:
    // The field, shown once the list holds `min_records` or more (a short list needs no search),
    // and always while a query is typed. `id` labels it for automation ("##goal-search").
    void    DrawField(const char* id, const char* hint, size_t records, size_t min_records = 5);
    // Whether a query is typed: the list then shows only the records Matches().
    bool    Active() const;
    bool    Matches(const trellis::Workspace& data, trellis::RecordKind kind, const trellis::Id& id);
    void    Clear()         { Query_.clear(); }

private:
    void    Refresh(const trellis::Workspace& data, trellis::RecordKind kind);

    std::string                 Query_;
    trellis::SearchIndex        Index_;
    std::vector<trellis::Id>    Hits_;          // sorted, for a binary search
    bool                        Valid_ = false;
    trellis::Stamp              Clock_;         // of the data Hits_ was found in
    const void*                 Records_ = nullptr;
    size_t                      Count_ = 0;
    std::string                 HitsQuery_;
    trellis::RecordKind         Kind_ = trellis::RecordKind::Goal;
};
