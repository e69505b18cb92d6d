#include "model/designpower.h"

namespace fjord {

namespace {

template <typename Belongs>
DesignPowerSum sumOver(const Project &project, const Scenario &scenario, int throughStage, Belongs belongs)
{
    DesignPowerSum sum;
    for (const Rack &rack : scenario.racks) {
        if (!belongs(rack) || !scenario.builtBy(rack.stageId, throughStage))
            continue;
        ++sum.racks;
        if (const RackType *type = project.rackType(rack.rackTypeId)) {
            sum.designPowerW += type->designPowerW;
            sum.massKg += type->massKg;
        }
    }
    return sum;
}

} // namespace

DesignPowerSum hallDesignPower(const Project &project, const Scenario &scenario, Id hallId, int throughStage)
{
    return sumOver(project, scenario, throughStage, [hallId](const Rack &r) { return r.hallId == hallId; });
}

DesignPowerSum rowDesignPower(const Project &project, const Scenario &scenario, Id rowId, int throughStage)
{
    return sumOver(project, scenario, throughStage, [rowId](const Rack &r) { return r.rowId == rowId; });
}

DesignPowerSum racksDesignPower(const Project &project, const Scenario &scenario, const QSet<Id> &rackIds,
                                int throughStage)
{
    return sumOver(project, scenario, throughStage,
                   [&rackIds](const Rack &r) { return rackIds.contains(r.id); });
}

QHash<Id, DesignPowerSum> designPowerByHall(const Project &project, const Scenario &scenario,
                                            int throughStage)
{
    QHash<Id, DesignPowerSum> byHall;
    QHash<Id, const RackType *> types; // the catalogue is short: look each type up once
    for (const RackType &t : project.rackTypes)
        types.insert(t.id, &t);
    for (const Rack &rack : scenario.racks) {
        if (!scenario.builtBy(rack.stageId, throughStage))
            continue;
        DesignPowerSum &sum = byHall[rack.hallId];
        ++sum.racks;
        if (const RackType *type = types.value(rack.rackTypeId)) {
            sum.designPowerW += type->designPowerW;
            sum.massKg += type->massKg;
        }
    }
    return byHall;
}

} // namespace fjord
