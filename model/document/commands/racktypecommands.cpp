#include "model/document/commands/racktypecommands.h"
#include "model/plural.h"

#include "model/document/commands/analysiscommands.h"
#include "model/document/commands/changevaluecommand.h"
#include "model/tr.h"

#include <cmath>

namespace fjord {

namespace {
bool nonNegative(double v)
{
    return std::isfinite(v) && v >= 0;
}
} // namespace

QUndoCommand *setRackTypeDesignPower(ProjectDocument *document, Id rackTypeId, double watts)
{
    if (!std::isfinite(watts) || watts <= 0)
        return nullptr;
    return makeMemberChange(document, rackTypeId, &RackType::designPowerW, watts,
                            CommandsTr::tr("design power"));
}

QUndoCommand *setRackTypeGpus(ProjectDocument *document, Id rackTypeId, int gpus)
{
    if (gpus < 0)
        return nullptr;
    return makeMemberChange(document, rackTypeId, &RackType::gpus, gpus, CommandsTr::tr("GPUs per rack"));
}

QUndoCommand *setRackTypeLiquidFraction(ProjectDocument *document, Id rackTypeId, double fraction)
{
    if (!nonNegative(fraction) || fraction > 1)
        return nullptr;
    return makeMemberChange(document, rackTypeId, &RackType::liquidFraction, fraction,
                            CommandsTr::tr("liquid fraction"));
}

QUndoCommand *setRackTypePowerFactor(ProjectDocument *document, Id rackTypeId, double powerFactor)
{
    if (!std::isfinite(powerFactor) || powerFactor <= 0 || powerFactor > 1)
        return nullptr;
    return makeMemberChange(document, rackTypeId, &RackType::powerFactor, powerFactor,
                            CommandsTr::tr("power factor"));
}

QUndoCommand *setRackTypeMass(ProjectDocument *document, Id rackTypeId, double kilograms)
{
    if (!nonNegative(kilograms))
        return nullptr;
    return makeMemberChange(document, rackTypeId, &RackType::massKg, kilograms, CommandsTr::tr("mass"));
}

QUndoCommand *setRackTypeUnitCost(ProjectDocument *document, Id rackTypeId, double cost)
{
    if (!nonNegative(cost))
        return nullptr;
    return makeMemberChange(document, rackTypeId, &RackType::unitCost, cost, CommandsTr::tr("unit cost"));
}

QUndoCommand *setRackTypeVendor(ProjectDocument *document, Id rackTypeId, const QString &vendor)
{
    return makeMemberChange(document, rackTypeId, &RackType::vendor, vendor.trimmed(),
                            CommandsTr::tr("vendor"));
}

QUndoCommand *makeRemoveRackTypeCommand(ProjectDocument *document, Id rackTypeId, QString *why)
{
    const Project &p = document->project();
    const RackType *type = p.rackType(rackTypeId);
    if (!type)
        return nullptr;
    int racks = 0, profiles = 0;
    for (const Scenario &s : p.scenarios) {
        for (const Rack &r : s.racks)
            racks += r.rackTypeId == rackTypeId;
        for (const LoadProfile &l : s.loadProfiles)
            profiles += l.rackTypeId == rackTypeId;
    }
    if (racks > 0 || profiles > 0) {
        if (why)
            *why =
                QCoreApplication::translate("fjord::Commands",
                                            "Rack type %1 is used by %2 and %3; change or remove those first")
                    .arg(type->name, countOf(racks, CommandsTr::tr("rack"), CommandsTr::tr("racks")),
                         countOf(profiles, CommandsTr::tr("load profile"), CommandsTr::tr("load profiles")));
        return nullptr;
    }
    return new RemoveItemCommand<RackType>(document, NoId, rackTypeId);
}

} // namespace fjord
