#pragma once

#include "model/power/autofeed.h"

class QUndoCommand;

namespace fjord {

class ProjectDocument;

// Applies a FeedPlan (model/power/autofeed.h) to the current scenario as one undo step named `text`;
// nullptr when the plan changes no rack.
QUndoCommand *makeFeedPlanCommand(ProjectDocument *document, const FeedPlan &plan, const QString &text);

} // namespace fjord
