#include "model/document/commands/racktypecommands.h"

#include "model/document/commands/changevaluecommand.h"

#include <cmath>

namespace fjord {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("fjord::Commands", text);
}
bool nonNegative(double v)
{
    return std::isfinite(v) && v >= 0;
}
} // namespace

QUndoCommand *setRackTypeDesignPower(ProjectDocument *document, Id rackTypeId, double watts)
{
    if (!std::isfinite(watts) || watts <= 0)
        return nullptr;
    return makeMemberChange(document, rackTypeId, &RackType::designPowerW, watts, tr("design power"));
}

QUndoCommand *setRackTypeGpus(ProjectDocument *document, Id rackTypeId, int gpus)
{
    if (gpus < 0)
        return nullptr;
    return makeMemberChange(document, rackTypeId, &RackType::gpus, gpus, tr("GPUs per rack"));
}

QUndoCommand *setRackTypeLiquidFraction(ProjectDocument *document, Id rackTypeId, double fraction)
{
    if (!nonNegative(fraction) || fraction > 1)
        return nullptr;
    return makeMemberChange(document, rackTypeId, &RackType::liquidFraction, fraction, tr("liquid fraction"));
}

QUndoCommand *setRackTypePowerFactor(ProjectDocument *document, Id rackTypeId, double powerFactor)
{
    if (!std::isfinite(powerFactor) || powerFactor <= 0 || powerFactor > 1)
        return nullptr;
    return makeMemberChange(document, rackTypeId, &RackType::powerFactor, powerFactor, tr("power factor"));
}

QUndoCommand *setRackTypeMass(ProjectDocument *document, Id rackTypeId, double kilograms)
{
    if (!nonNegative(kilograms))
        return nullptr;
    return makeMemberChange(document, rackTypeId, &RackType::massKg, kilograms, tr("mass"));
}

QUndoCommand *setRackTypeUnitCost(ProjectDocument *document, Id rackTypeId, double cost)
{
    if (!nonNegative(cost))
        return nullptr;
    return makeMemberChange(document, rackTypeId, &RackType::unitCost, cost, tr("unit cost"));
}

QUndoCommand *setRackTypeVendor(ProjectDocument *document, Id rackTypeId, const QString &vendor)
{
    return makeMemberChange(document, rackTypeId, &RackType::vendor, vendor.trimmed(), tr("vendor"));
}

} // namespace fjord
