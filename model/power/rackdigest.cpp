#include "model/power/rackdigest.h"

#include "model/idindex.h"

#include <mutex>

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

namespace {

// The one digest kept, with references to the lists it was built from.
struct DigestCache {
    std::mutex mutex;
    QList<Rack> racks;
    QList<RackType> rackTypes;
    QList<Stage> stages;
    std::shared_ptr<const RackDigest> digest;
};

template <typename T> bool sameData(const QList<T> &a, const QList<T> &b)
{
    return a.constData() == b.constData() && a.size() == b.size();
}

} // namespace

std::shared_ptr<const RackDigest> sharedRackDigest(const Project &project, const Scenario &scenario)
{
    static DigestCache cache;
    {
        const std::lock_guard lock(cache.mutex);
        if (cache.digest && sameData(cache.racks, scenario.racks) &&
            sameData(cache.rackTypes, project.rackTypes) && sameData(cache.stages, scenario.stages))
            return cache.digest;
    }
    // Built outside the lock: another thread's evaluation of a different scenario need not wait.
    auto digest = std::make_shared<const RackDigest>(project, scenario);
    const std::lock_guard lock(cache.mutex);
    cache.racks = scenario.racks;
    cache.rackTypes = project.rackTypes;
    cache.stages = scenario.stages;
    cache.digest = digest;
    return digest;
}

} // namespace fjord
