#include "model/document/commands/stagecommands.h"

#include "model/document/commands/changevaluecommand.h"
#include "model/tr.h"

#include <cmath>

namespace fjord {

namespace {
} // namespace

QUndoCommand *setStageEnergisation(ProjectDocument *document, Id stageId, const QDate &date)
{
    if (!date.isValid())
        return nullptr;
    return makeMemberChange(document, stageId, &Stage::energisation, date,
                            CommandsTr::tr("energisation date"));
}

QUndoCommand *setStageGridCapacity(ProjectDocument *document, Id stageId, double gridCapacityAddedW)
{
    if (!std::isfinite(gridCapacityAddedW) || gridCapacityAddedW < 0)
        return nullptr;
    return makeMemberChange(document, stageId, &Stage::gridCapacityAddedW, gridCapacityAddedW,
                            CommandsTr::tr("grid capacity"));
}

QUndoCommand *setStageRampUp(ProjectDocument *document, Id stageId, int months)
{
    if (months < 0 || months > MaxRampUpMonths)
        return nullptr;
    return makeMemberChange(document, stageId, &Stage::rampUpMonths, months, CommandsTr::tr("ramp-up"));
}

} // namespace fjord
