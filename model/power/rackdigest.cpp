#include "model/power/rackdigest.h"

#include "model/idindex.h"

namespace fjord {

RackDigest::RackDigest(const Project &project, const Scenario &scenario)
{
    std::vector<Id> typeIds;
    typeIds.reserve(project.rackTypes.size());
    for (const RackType &t : project.rackTypes)
        typeIds.push_back(t.id);
    const IdIndex types(typeIds);
    racks.reserve(scenario.racks.size());
    for (const Rack &rack : scenario.racks) {
        Entry e;
        e.stage = rack.stageId == NoId ? 0 : scenario.stageIndex(rack.stageId);
        const int type = types.value(rack.rackTypeId);
        e.type = type < 0 ? nullptr : &project.rackTypes[type];
        e.firstFeed = int(feeds.size());
        e.feedCount = int(rack.feeds.size());
        feeds.insert(feeds.end(), rack.feeds.cbegin(), rack.feeds.cend());
        racks.push_back(e);
    }
}

} // namespace fjord
