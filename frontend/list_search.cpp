#include "list_search.h"

#include <algorithm>

#include "core/validate.h"
#include "icons.h"
#include "widgets.h"

void ListSearch::DrawField(const char* id, const char* hint, size_t records, size_t min_records)
{
    if (records < min_records && Query_.empty())
        return;
    const std::string label = std::string(ICON_SEARCH "  ") + hint;
    Widgets::TextField(id, label.c_str(), &Query_);
}

bool ListSearch::Active() const
{
    return !trellis::TrimSpace(Query_).empty();
}

bool ListSearch::Matches(const trellis::Workspace& data, trellis::RecordKind kind, const trellis::Id& id)
{
    Refresh(data, kind);
    return std::binary_search(Hits_.begin(), Hits_.end(), id);
}

// The clock moves with every edit; the address and size of the list catch an import that merged
// older records (no new stamp), as the journal's list does.
void ListSearch::Refresh(const trellis::Workspace& data, trellis::RecordKind kind)
{
    const void* records = kind == trellis::RecordKind::Goal ? static_cast<const void*>(data.Goals.data()) : static_cast<const void*>(data.Activities.data());
    const size_t count = kind == trellis::RecordKind::Goal ? data.Goals.size() : data.Activities.size();
    if (Valid_ && Clock_ == data.Clock && HitsQuery_ == Query_ && Records_ == records && Count_ == count && Kind_ == kind)
        return;
    Valid_ = true;
    Clock_ = data.Clock;
    HitsQuery_ = Query_;
    Records_ = records;
    Count_ = count;
    Kind_ = kind;
    Hits_.clear();
    // Every hit: the journal's entries are searched too, and must not crowd this list's out.
    trellis::SearchLimits limits;
    limits.MaxHits = data.Goals.size() + data.Activities.size() + data.Reflections.size();
    for (const trellis::SearchHit& hit : Index_.Search(data, Query_, limits))
        if (hit.Kind == kind)
            Hits_.push_back(hit.RecordId);
    std::sort(Hits_.begin(), Hits_.end());
}
