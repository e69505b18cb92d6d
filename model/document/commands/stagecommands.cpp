#include "model/document/commands/stagecommands.h"

#include "model/document/commands/changevaluecommand.h"

#include <cmath>

namespace fjord {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("fjord::Commands", text);
}
} // namespace

QUndoCommand *setStageEnergisation(ProjectDocument *document, Id stageId, const QDate &date)
{
    if (!date.isValid())
        return nullptr;
    return makeMemberChange(document, stageId, &Stage::energisation, date, tr("energisation date"));
}

QUndoCommand *setStageGridCapacity(ProjectDocument *document, Id stageId, double gridCapacityAddedW)
{
    if (!std::isfinite(gridCapacityAddedW) || gridCapacityAddedW < 0)
        return nullptr;
    return makeMemberChange(document, stageId, &Stage::gridCapacityAddedW, gridCapacityAddedW,
                            tr("grid capacity"));
}

QUndoCommand *setStageRampUp(ProjectDocument *document, Id stageId, int months)
{
    if (months < 0 || months > MaxRampUpMonths)
        return nullptr;
    return makeMemberChange(document, stageId, &Stage::rampUpMonths, months, tr("ramp-up"));
}

} // namespace fjord
