#include "model/engine/assets.h"

#include <algorithm>
#include <cmath>

namespace fjord::engine {

AssetSchedule scheduleAssets(const QList<AssetPurchase> &purchases, int firstYear, int horizonYears,
                             bool countResidual)
{
    AssetSchedule s;
    const int n = std::max(0, horizonYears);
    s.capex.fill(0.0, n);
    s.replacement.fill(0.0, n);
    s.depreciation.fill(0.0, n);
    const int lastYear = firstYear + n - 1;
    for (const AssetPurchase &p : purchases) {
        if (p.cost == 0)
            continue;
        const int life = std::max(1, p.life.lifeYears); // a life under a year is bought yearly
        for (int bought = p.year; bought <= lastYear; bought += life) {
            const int sinceFirst = bought - p.year;
            const double cost = p.cost * std::pow(1.0 + p.life.priceChangePerYear, sinceFirst);
            const int i = bought - firstYear;
            if (i >= 0) {
                s.capex[i] += cost;
                if (sinceFirst > 0)
                    s.replacement[i] += cost;
            }
            for (int y = std::max(bought, firstYear); y < bought + life && y <= lastYear; ++y)
                s.depreciation[y - firstYear] += cost / life;
            // In service at the end of the horizon: its remaining book value comes back.
            if (countResidual && bought + life > lastYear + 1) {
                const int yearsUsed = lastYear - bought + 1;
                s.residual += cost * double(life - yearsUsed) / life;
            }
        }
    }
    return s;
}

} // namespace fjord::engine
