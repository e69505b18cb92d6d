#include "model/power/rackdigest.h"

#include "model/idindex.h"

#include <mutex>
#include <unordered_map>

namespace fjord {

namespace {

// What makes two racks alike for the analyses (RackDigest): everything of a rack they read but its name,
// id and position.
struct GroupKey {
    int stage = -1;
    const RackType *type = nullptr;
    Id rowId = NoId, hallId = NoId, tenantId = NoId;
    const QList<RackFeed> *feeds = nullptr;

    bool operator==(const GroupKey &o) const
    {
        return stage == o.stage && type == o.type && rowId == o.rowId && hallId == o.hallId &&
               tenantId == o.tenantId && *feeds == *o.feeds;
    }
};

struct GroupKeyHash {
    size_t operator()(const GroupKey &k) const
    {
        size_t h = std::hash<const void *>()(k.type) ^ size_t(k.stage) * 0x9e3779b97f4a7c15u;
        for (Id id : {k.rowId, k.hallId, k.tenantId})
            h = h * 1000003u ^ size_t(id);
        for (const RackFeed &f : *k.feeds)
            h = h * 1000003u ^ (size_t(f.nodeId) << 2 | size_t(f.phase));
        return h;
    }
};

} // namespace

RackDigest::RackDigest(const Project &project, const Scenario &scenario)
{
    std::vector<Id> typeIds;
    typeIds.reserve(project.rackTypes.size());
    for (const RackType &t : project.rackTypes)
        typeIds.push_back(t.id);
    const IdIndex types(typeIds);

    // Racks of a row follow one another: a rack with the previous rack's fields joins its group
    // without a lookup; else the previous rack's key is tried before the hash.
    std::unordered_map<GroupKey, int, GroupKeyHash> groupOf;
    std::vector<int> groupOfRack;
    groupOfRack.reserve(size_t(scenario.racks.size()));
    GroupKey last;
    int lastGroup = -1;
    const Rack *previous = nullptr;
    for (const Rack &rack : scenario.racks) {
        const bool likePrevious = previous && rack.rackTypeId == previous->rackTypeId &&
                                  rack.stageId == previous->stageId && rack.rowId == previous->rowId &&
                                  rack.hallId == previous->hallId && rack.tenantId == previous->tenantId &&
                                  rack.feeds == previous->feeds;
        previous = &rack;
        if (likePrevious) {
            groupOfRack.push_back(lastGroup);
            ++groups[size_t(lastGroup)].rackCount;
            continue;
        }
        const int type = types.value(rack.rackTypeId);
        const GroupKey key{rack.stageId == NoId ? 0 : scenario.stageIndex(rack.stageId),
                           type < 0 ? nullptr : &project.rackTypes[type],
                           rack.rowId,
                           rack.hallId,
                           rack.tenantId,
                           &rack.feeds};
        if (lastGroup < 0 || !(key == last)) {
            const auto [it, added] = groupOf.try_emplace(key, int(groups.size()));
            if (added) {
                Group g;
                g.stage = key.stage;
                g.type = key.type;
                g.firstFeed = int(feeds.size());
                g.feedCount = int(rack.feeds.size());
                feeds.insert(feeds.end(), rack.feeds.cbegin(), rack.feeds.cend());
                groups.push_back(g);
            }
            last = key;
            lastGroup = it->second;
        }
        groupOfRack.push_back(lastGroup);
        ++groups[size_t(lastGroup)].rackCount;
    }
    // Members by group, each group's in rack order (a counting sort).
    int first = 0;
    for (Group &g : groups) {
        g.firstMember = first;
        first += g.rackCount;
    }
    members.resize(groupOfRack.size());
    std::vector<int> fill(groups.size());
    for (size_t g = 0; g < groups.size(); ++g)
        fill[g] = groups[g].firstMember;
    for (int r = 0; r < int(groupOfRack.size()); ++r)
        members[size_t(fill[size_t(groupOfRack[size_t(r)])]++)] = r;
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
