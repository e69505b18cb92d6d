#pragma once

#include "model/ids.h"

#include <QList>
#include <QString>

namespace fjord {

// An asset class over the horizon (METHOD §8.1): bought when its stage is energised, replaced every
// `lifeYears` at its price then, depreciated straight line over its life.
struct AssetLife {
    int lifeYears = 20;
    double priceChangePerYear = 0.0; // compounded from the first purchase, e.g. -0.05 for IT
    bool operator==(const AssetLife &) const = default;
};

// Unit costs (METHOD §8), in the project's currency. Per-W figures are per W of IT capacity
// (building, electrical) or of cooling capacity (mechanical); grid per VA of connection capacity.
struct CostCatalogue {
    QString currency = QStringLiteral("EUR");
    double perEur = 1.0;              // units of the currency per EUR (NOK ≈ 11.5)
    double buildingPerW = 0.0;        // shell and core, per W IT
    double electricalPerW = 0.0;      // per W IT
    double mechanicalPerW = 0.0;      // per W of heat rejection
    double gridPerVa = 0.0;           // grid connection, per VA
    double upsPerW = 0.0;             // UPS blocks, per W of UPS rating (in electrical)
    double softCostFraction = 0.0;    // design, permits, fees: share of hard costs
    double contingencyFraction = 0.0; // share of hard + soft costs
    double maintenanceFraction = 0.0; // opex per year, share of facility capex (not IT)
    double staffPerYear = 0.0;
    double discountRate = 0.08; // per year
    int horizonYears = 15;
    // Asset lives of the facility classes (METHOD §8.1 defaults); IT lives are per rack type. Soft
    // costs and contingency are shares of the facility hard costs and follow each class's life.
    AssetLife building{30, 0.0};
    AssetLife electrical{20, 0.0};
    AssetLife mechanical{15, 0.0};
    AssetLife grid{40, 0.0};
    bool residualValue = true; // book value of assets in service at the end, as a last-year inflow
    double taxRate = 0.22;     // corporate income tax on profit after depreciation (Norway 22 %)
    QString sourceNote;        // where the unit costs come from
    bool operator==(const CostCatalogue &) const = default;
};

struct OpexItem {
    Id id = NoId;
    QString name;
    Id stageId = NoId;
    double perYear = 0.0; // currency per year
    bool operator==(const OpexItem &) const = default;
};

} // namespace fjord
