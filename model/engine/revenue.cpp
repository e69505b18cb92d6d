#include "model/engine/revenue.h"

#include "model/engine/finance.h"
#include "model/idindex.h"
#include "model/power/rackdigest.h"

#include <QHash>

#include <cmath>
#include <vector>

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

namespace {

// The contract price (currency per contract unit) a tenant pays in month `monthsSinceStart` of its
// contract, as base × (1 + escalation)^years: escalated yearly during the term, the re-letting price
// (escalated from the re-letting) after the vacancy; base 0 before the start, during the vacancy, and
// after the term when not re-let.
struct PriceTerm {
    double base = 0;
    int years = 0; // whole contract (or relet) years since it started
};

PriceTerm priceTerm(const Tenant &t, int monthsSinceStart)
{
    if (monthsSinceStart < 0)
        return {};
    const int termMonths = std::max(0, t.termYears) * 12;
    if (monthsSinceStart < termMonths)
        return {t.price, monthsSinceStart / 12};
    const int reletMonths = monthsSinceStart - termMonths - std::max(0, t.vacancyMonths);
    if (t.reletPrice <= 0 || reletMonths < 0)
        return {};
    return {t.reletPrice, reletMonths / 12};
}

} // namespace

RevenueTable tenantRevenue(const Scenario &scenario, const RackDigest &racks,
                           const QList<StageTiming> &stages, int firstYear, int horizonYears)
{
    const int stageCount = int(stages.size());
    const int years = std::max(0, horizonYears);
    std::vector<Id> tenantIds;
    for (const Tenant &t : scenario.tenants)
        tenantIds.push_back(t.id);
    const IdIndex tenantIndex(tenantIds);

    QList<QList<Allocated>> allocated(scenario.tenants.size(), QList<Allocated>(stageCount));
    const TenantResolver resolver(scenario);
    for (const RackDigest::Group &g : racks.groups) { // a group's racks share stage, type and tenant
        const int t = tenantIndex.value(resolver.tenantOf(racks.representative(scenario, g)));
        if (t < 0 || g.stage < 0 || g.stage >= stageCount)
            continue;
        Allocated &a = allocated[t][g.stage];
        a.kw += g.type ? g.type->designPowerW / 1000.0 * g.rackCount : 0.0;
        a.gpus += g.type ? g.type->gpus * g.rackCount : 0;
        a.racks += g.rackCount;
    }

    RevenueTable table(scenario.tenants.size(), QList<QList<double>>(stageCount, QList<double>(years, 0.0)));
    std::vector<double> price;
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
        // The contract's price in each month of the horizon, shared by the stages (std::pow per month
        // was most of this function's time).
        // std::pow once per contract year rather than once per month.
        price.resize(size_t(years) * 12);
        int escalatedYears = -1;
        double escalation = 1;
        for (int yi = 0; yi < years; ++yi)
            for (int m = 0; m < 12; ++m) {
                const PriceTerm term = priceTerm(tenant, (firstYear + yi) * 12 + m - startMonth);
                if (term.base != 0 && term.years != escalatedYears) {
                    escalation = std::pow(1.0 + tenant.escalationPerYear, term.years);
                    escalatedYears = term.years;
                }
                price[size_t(yi) * 12 + m] = term.base == 0 ? 0.0 : term.base * escalation;
            }
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
                    const double monthPrice = price[size_t(yi) * 12 + m];
                    if (monthPrice == 0)
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
                    sum += monthPrice * units * share;
                }
                table[ti][k][yi] = sum;
            }
        }
    }
    return table;
}

} // namespace fjord::engine
