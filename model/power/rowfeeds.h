#pragma once

#include "model/power/autofeed.h"
#include "model/rack.h"

#include <QList>

namespace fjord {

struct Row;
struct Scenario;

// The feeds a rack added to `row` gets: the row's A and B defaults that name a power node of the
// scenario (a removed node counts as none), each three-phase. Empty when the row has none.
QList<RackFeed> rowDefaultFeeds(const Scenario &scenario, const Row &row);

// "Apply the row's feeds to its racks": every rack of the row whose feeds differ from the row's
// defaults gets them. Empty when the row has no defaults or its racks have them already.
FeedPlan rowFeedPlan(const Scenario &scenario, const Row &row);

} // namespace fjord
