#pragma once

// METHOD §8.1: assets over the horizon. A purchase is replaced every `life` years inside the horizon
// at its price then, depreciated straight line, and its book value at the end is the residual.

#include "model/costs.h"

#include <QList>

namespace fjord::engine {

struct AssetPurchase {
    int year = 0;    // calendar year of the first purchase
    double cost = 0; // at first-purchase prices
    AssetLife life;
};

// Yearly figures over `horizonYears` years from `firstYear` (index 0 = firstYear).
struct AssetSchedule {
    QList<double> capex;        // first purchases + replacements
    QList<double> replacement;  // replacements only
    QList<double> depreciation; // straight line
    double residual = 0;        // book value at the end of the last year (0 when not counted)
};

AssetSchedule scheduleAssets(const QList<AssetPurchase> &purchases, int firstYear, int horizonYears,
                             bool countResidual);

} // namespace fjord::engine
