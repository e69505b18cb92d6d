#include "model/document/commands/feedcommands.h"

#include "model/document/commands/powercommands.h"
#include "model/document/projectdocument.h"

#include <QUndoCommand>

#include <algorithm>

namespace fjord {

QUndoCommand *makeFeedPlanCommand(ProjectDocument *document, const FeedPlan &plan, const QString &text)
{
    if (plan.feeds.isEmpty())
        return nullptr;
    auto *macro = new QUndoCommand(text);
    QList<Id> racks = plan.feeds.keys();
    std::sort(racks.begin(), racks.end()); // a stable order, whatever the hash's
    for (Id rack : racks)
        new AssignRackFeedsCommand(document, rack, plan.feeds.value(rack), macro);
    return macro;
}

} // namespace fjord
