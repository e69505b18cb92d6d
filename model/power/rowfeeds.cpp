#include "model/power/rowfeeds.h"

#include "model/scenario.h"

#include <algorithm>

namespace fjord {

QList<RackFeed> rowDefaultFeeds(const Scenario &scenario, const Row &row)
{
    QList<RackFeed> feeds;
    for (Id node : {row.feedA, row.feedB})
        if (node != NoId && scenario.powerNode(node) &&
            std::none_of(feeds.cbegin(), feeds.cend(),
                         [node](const RackFeed &f) { return f.nodeId == node; }))
            feeds.append(RackFeed{node, Phase::ThreePhase});
    return feeds;
}

FeedPlan rowFeedPlan(const Scenario &scenario, const Row &row)
{
    FeedPlan plan;
    const QList<RackFeed> feeds = rowDefaultFeeds(scenario, row);
    if (feeds.isEmpty())
        return plan;
    for (const Rack &r : scenario.racks)
        if (r.rowId == row.id && r.feeds != feeds)
            plan.feeds.insert(r.id, feeds);
    return plan;
}

} // namespace fjord
