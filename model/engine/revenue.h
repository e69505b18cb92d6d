#pragma once

// METHOD §8.2: what each tenant pays, month by month, for the racks allocated to it as their stages
// ramp up. Unallocated capacity earns nothing.

#include "model/project.h"

#include <QDate>
#include <QList>

namespace fjord {
struct RackDigest;
}

namespace fjord::engine {

// When each stage (by index) starts and how long it ramps (the finance's resolved dates).
struct StageTiming {
    QDate energisation;
    int rampUpMonths = 0;
};

// Revenue [tenant index][stage index][year index], in the project's currency; tenant index follows
// scenario.tenants, year index 0 is `firstYear`.
using RevenueTable = QList<QList<QList<double>>>;

RevenueTable tenantRevenue(const Scenario &scenario, const RackDigest &racks,
                           const QList<StageTiming> &stages, int firstYear, int horizonYears);

} // namespace fjord::engine
