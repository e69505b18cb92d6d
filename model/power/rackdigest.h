#pragma once

#include "model/project.h"

#include <memory>
#include <vector>

namespace fjord {

// The racks of a scenario as the power analysis reads them, resolved once for all the stages of an
// evaluation: built stage, rack type and feeds in flat arrays. Each rack's feeds live in a heap block
// of their own that the hourly arrays evict between passes; reading them once per evaluation instead
// of once per stage, and then walking contiguous arrays, removes most of the analysis' cache misses.
struct RackDigest {
    struct Entry {
        int stage = -1;                 // Scenario::stageIndex of its stage (0 without one); -1: unknown
        const RackType *type = nullptr; // by id, the last of equal ids (as ChainIndex::rackType)
        int firstFeed = 0;              // into feeds
        int feedCount = 0;
    };
    std::vector<Entry> racks; // scenario.racks' order
    std::vector<RackFeed> feeds;

    RackDigest(const Project &project, const Scenario &scenario);

    // Scenario::builtBy for rack `i`.
    bool builtBy(int i, int stageIndex) const { return racks[i].stage >= 0 && racks[i].stage <= stageIndex; }
};

// The digest of the scenario's racks, built once and shared by every evaluation whose racks, rack types
// and stages are the very same lists (QList's implicitly shared data): the app's next evaluation after
// any other edit, and a sweep's variants. Building it fresh each time was nearly half of a full
// evaluation of the Narvik sample (its ~100 k feeds are read from scattered heap blocks into new
// memory that the kernel must fault in). Safe because the cache keeps a reference to the three lists:
// any change to one of them detaches it, so a changed list never has the data pointer of a cached one.
// Thread-safe.
std::shared_ptr<const RackDigest> sharedRackDigest(const Project &project, const Scenario &scenario);

} // namespace fjord
