#include "model/engine/revenue.h"

#include "model/engine/finance.h"

#include <QHash>

#include <cmath>

namespace fjord::engine {

namespace {

// What a tenant has in one stage (racks installed by that stage and allocated to it).
struct Allocated {
    double kw = 0;
    double gpus = 0;
    double racks = 0;
};

// Months since the year 0 of the date's month: differences of these count whole months. Taken once
// per contract and stage, since QDate's year() and month() convert from a Julian day on every call.
int monthNumber(const QDate &date)
{
    return date.year() * 12 + date.month() - 1;
}

} // namespace

double contractPrice(const Tenant &t, int monthsSinceStart)
{
    if (monthsSinceStart < 0)
        return 0.0;
    const int termMonths = std::max(0, t.termYears) * 12;
    if (monthsSinceStart < termMonths)
        return t.price * std::pow(1.0 + t.escalationPerYear, monthsSinceStart / 12);
    const int reletMonths = monthsSinceStart - termMonths - std::max(0, t.vacancyMonths);
    if (t.reletPrice <= 0 || reletMonths < 0)
        return 0.0;
    return t.reletPrice * std::pow(1.0 + t.escalationPerYear, reletMonths / 12);
}

RevenueTable tenantRevenue(const Project &project, const Scenario &scenario, const QList<StageTiming> &stages,
                           int firstYear, int horizonYears)
{
    const int stageCount = int(stages.size());
    const int years = std::max(0, horizonYears);
    QHash<Id, int> tenantIndex;
    for (int i = 0; i < scenario.tenants.size(); ++i)
        tenantIndex.insert(scenario.tenants[i].id, i);
    QHash<Id, const RackType *> types;
    for (const RackType &t : project.rackTypes)
        types.insert(t.id, &t);

    QList<QList<Allocated>> allocated(scenario.tenants.size(), QList<Allocated>(stageCount));
    const TenantResolver resolver(scenario);
    for (const Rack &r : scenario.racks) {
        const auto t = tenantIndex.constFind(resolver.tenantOf(r));
        const int k = r.stageId == NoId ? 0 : scenario.stageIndex(r.stageId);
        if (t == tenantIndex.cend() || k < 0 || k >= stageCount)
            continue;
        const RackType *type = types.value(r.rackTypeId);
        Allocated &a = allocated[*t][k];
        a.kw += type ? type->designPowerW / 1000.0 : 0.0;
        a.gpus += type ? type->gpus : 0;
        a.racks += 1;
    }

    RevenueTable table(scenario.tenants.size(), QList<QList<double>>(stageCount, QList<double>(years, 0.0)));
    for (int ti = 0; ti < scenario.tenants.size(); ++ti) {
        const Tenant &tenant = scenario.tenants[ti];
        // Without a start date the contract starts with its first energised capacity.
        QDate start = tenant.start;
        for (int k = 0; !start.isValid() && k < stageCount; ++k)
            if (allocated[ti][k].racks > 0)
                start = stages[k].energisation;
        if (!start.isValid())
            continue;
        const int startMonth = monthNumber(start);
        for (int k = 0; k < stageCount; ++k) {
            const Allocated &a = allocated[ti][k];
            if (a.racks == 0 || !stages[k].energisation.isValid())
                continue;
            const int energisedMonth = monthNumber(stages[k].energisation);
            for (int yi = 0; yi < years; ++yi) {
                const int year = firstYear + yi;
                double sum = 0;
                for (int m = 0; m < 12; ++m) {
                    const int month = year * 12 + m;
                    const double price = contractPrice(tenant, month - startMonth);
                    if (price == 0)
                        continue;
                    const double share = rampShare(month - energisedMonth, stages[k].rampUpMonths);
                    double units = 0;
                    switch (tenant.contract) {
                    case ContractKind::CapacityLease:
                        units = a.kw;
                        break;
                    case ContractKind::GpuHours:
                        units = a.gpus * DaysInMonth[m] * 24.0 * tenant.expectedUtilisation;
                        break;
                    case ContractKind::ReservedRacks:
                        units = a.racks;
                        break;
                    }
                    sum += price * units * share;
                }
                table[ti][k][yi] = sum;
            }
        }
    }
    return table;
}

} // namespace fjord::engine
