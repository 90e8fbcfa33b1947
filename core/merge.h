// Merging two workspaces record by record, as an import does.
//
// Records merge by id; for the same id the later `updated` stamp wins (a Stamp orders by wall
// time, counter, then device id, so ties are broken by device), and a newer tombstone deletes.
// Two versions with the same stamp and different content (only a crafted file or a bug makes
// them) are ordered by their content (ContentLess), so the greater one wins whichever way they
// meet. The
// version that loses is kept in Workspace::Superseded, so an edit made elsewhere is never lost
// silently. Team reports merge by the report's device. Merge is commutative, associative and
// idempotent on everything but the device id, which stays the receiving workspace's own: importing
// the same file twice, or two files in either order, gives the same workspace.
#pragma once

#include <cstddef>

#include "core/model.h"

namespace trellis {

struct MergeLimits
{
    size_t VersionsPerRecord = 10;  // superseded versions kept per record (and for the profile), newest kept
};

// Merges `from` into `into`. `into` keeps its DeviceId; its Clock becomes the later of both clocks
// and every stamp seen, so a HybridClock that observes it stamps later than anything merged.
void    Merge(Workspace& into, const Workspace& from, const MergeLimits& limits = {});

// A total order on versions that share a stamp: the one whose binary encoding (core/archives.h)
// is less. Every field takes part, so two versions are equivalent only when they are equal. Defined
// for every record type and Profile.
template <class R>
bool    ContentLess(const R& a, const R& b);

// Of two versions with the same stamp, the one a merge keeps: the greater by ContentLess.
template <class R>
const R& PickOfEqualStamps(const R& a, const R& b)
{
    return a == b || !ContentLess(a, b) ? a : b;
}

// `w` in the order a merge leaves a workspace: records by id, earlier versions by id and stamp,
// reports by device. What merging it into an empty workspace gives, its profile and clock kept.
Workspace InMergeOrder(const Workspace& w, const MergeLimits& limits = {});

// The latest stamp anywhere in `w`: records, superseded versions and team.
Stamp   LatestStamp(const Workspace& w);

} // namespace trellis
