#include "model/allocation.h"
#include "model/idindex.h"
#include "model/power/rackdigest.h"
#include "model/tr.h"

#include <QCoreApplication>
#include <QHash>

namespace fjord {

StageAllocation allocationThrough(const Project &project, const Scenario &scenario, int stageIndex)
{
    return allocationThrough(project, scenario, stageIndex, *sharedRackDigest(project, scenario));
}

StageAllocation allocationThrough(const Project &, const Scenario &scenario, int stageIndex,
                                  const RackDigest &racks)
{
    StageAllocation a;
    for (int c = 0; c < TenantClassCount; ++c) {
        a.byClass[c].tenantClass = TenantClass(c);
        a.byClass[c].name = tenantClassLabel(TenantClass(c));
    }
    a.unallocated.name = ModelTr::tr("Unallocated");
    std::vector<Id> tenantIds;
    for (const Tenant &t : scenario.tenants) {
        tenantIds.push_back(t.id);
        a.tenants.append({t.id, t.name, t.tenantClass, 0, 0, 0});
    }
    const IdIndex tenantIndex(tenantIds);

    double total = 0, priority = 0;
    const TenantResolver resolver(scenario);
    for (const RackDigest::Group &g : racks.groups) { // a group's racks share type and tenant
        if (!RackDigest::builtBy(g, stageIndex))
            continue;
        const double w = g.type ? g.type->designPowerW * g.rackCount : 0.0;
        const int gpus = g.type ? g.type->gpus * g.rackCount : 0;
        total += w;
        const int found = tenantIndex.value(resolver.tenantOf(racks.representative(scenario, g)));
        TenantAllocation &slot = found < 0 ? a.unallocated : a.tenants[found];
        slot.itCapacityW += w;
        slot.racks += g.rackCount;
        slot.gpus += gpus;
        if (found >= 0) {
            TenantAllocation &cls = a.byClass[int(slot.tenantClass)];
            cls.itCapacityW += w;
            cls.racks += g.rackCount;
            cls.gpus += gpus;
            if (slot.tenantClass == TenantClass::Startup || slot.tenantClass == TenantClass::Research)
                priority += w;
        }
    }
    a.priorityShare = total > 0 ? priority / total : 0.0;
    return a;
}

QList<Problem> priorityTargetProblems(const Project &project, const Scenario &scenario,
                                      const QList<StageAllocation> &perStage)
{
    QList<Problem> problems;
    const double target = project.settings.priorityCapacityTarget;
    if (target <= 0)
        return problems;
    for (int i = 0; i < perStage.size() && i < scenario.stages.size(); ++i) {
        const StageAllocation &a = perStage[i];
        double installedW = a.unallocated.itCapacityW;
        for (const auto &t : a.tenants)
            installedW += t.itCapacityW;
        const double priorityW = a.byClass[int(TenantClass::Startup)].itCapacityW +
                                 a.byClass[int(TenantClass::Research)].itCapacityW;
        const double shortfallW = target * installedW - priorityW;
        // A shortfall below 1 W is rounding, not a missed promise.
        if (installedW <= 0 || shortfallW < 1.0)
            continue;
        const Stage &s = scenario.stages[i];
        problems.append({Severity::Warning, QStringLiteral("tenants.priority_target"),
                         ModelTr::tr("%1 allocates %2 % of its IT capacity to start-ups and research "
                                     "(target %3 %): %4 MW short")
                             .arg(s.name)
                             .arg(a.priorityShare * 100, 0, 'f', 1)
                             .arg(target * 100, 0, 'f', 0)
                             .arg(shortfallW / 1e6, 0, 'f', 2),
                         s.id, s.name});
    }
    return problems;
}

} // namespace fjord
