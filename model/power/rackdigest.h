#pragma once

#include "model/project.h"

#include <memory>
#include <vector>

namespace fjord {

// The racks of a scenario as the per-stage analyses read them, resolved once for all the stages of an
// evaluation and grouped: racks with the same stage, rack type, feeds (nodes and phases, in order),
// row, hall and own tenant are treated alike by the power analysis, the tenant allocation, the revenue
// and the load model, so these work per group (its figures times its rack count) and name single racks
// only in problems. The racks of a row usually form one group: the Narvik sample's 3,579 racks are a
// few hundred groups.
struct RackDigest {
    struct Group {
        int stage = -1;                 // Scenario::stageIndex of its stage (0 without one); -1: unknown
        const RackType *type = nullptr; // by id, the last of equal ids (as ChainIndex::rackType)
        int firstFeed = 0;              // into feeds: the group's feeds (every member's)
        int feedCount = 0;
        int firstMember = 0; // into members
        int rackCount = 0;
    };
    std::vector<Group> groups;   // in the order of their first rack in scenario.racks
    std::vector<RackFeed> feeds; // by Group::firstFeed
    std::vector<int> members;    // indexes into scenario.racks, each group's in rack order

    RackDigest(const Project &project, const Scenario &scenario);

    // Scenario::builtBy for the racks of group `g`.
    static bool builtBy(const Group &g, int stageIndex) { return g.stage >= 0 && g.stage <= stageIndex; }
    // The group's first rack: its row, hall and tenant are every member's.
    const Rack &representative(const Scenario &scenario, const Group &g) const
    {
        return scenario.racks[members[size_t(g.firstMember)]];
    }
};

// The digest of the scenario's racks, built once and shared by every evaluation whose racks, rack types
// and stages are the very same lists (QList's implicitly shared data): the app's next evaluation after
// any edit that leaves the racks alone, and a sweep's variants. Safe because the cache keeps a reference
// to the three lists: any change to one of them detaches it, so a changed list never has the data
// pointer of a cached one. Thread-safe.
std::shared_ptr<const RackDigest> sharedRackDigest(const Project &project, const Scenario &scenario);

} // namespace fjord
