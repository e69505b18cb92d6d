#pragma once

#include "model/climate.h"
#include "model/powernode.h"
#include "model/problem.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>

namespace fjord {

// Hourly power by end use (W) over one year: what the campus as built through a stage draws.
// facilityW == itW + every other series (the energy balance closes every hour).
struct HourlyEndUses {
    QList<double> itW;
    QList<double> upsLossW;
    QList<double> transformerLossW;
    QList<double> distributionLossW;
    QList<double> chillerW;
    QList<double> dryCoolerFanW;
    QList<double> pumpW;
    QList<double> crahFanW;
    QList<double> auxW;
    QList<double> facilityW;
    QList<double> heatReusedW;      // heat delivered to offtakes (not an electrical end use)
    QList<double> waterLPerH;       // adiabatic water use, L/h
    QList<double> freeCooling;      // 1 when the liquid loop is fully free-cooled that hour, else 0
    QList<double> gridImportW;      // facility power not covered by PPAs in that hour
    QList<double> ppaSupplyW;       // PPA generation used on site in that hour
};

// Annual KPIs of a stage (cumulative campus at steady state). Energies in MWh.
struct AnnualKpis {
    double itEnergyMWh = 0;
    double facilityEnergyMWh = 0;
    double pue = 0;                 // energy-weighted
    double wueLPerKWh = 0;
    double erf = 0;                 // energy reuse factor
    double ere = 0;                 // energy reuse effectiveness
    double ref = 0;                 // renewable energy factor, 0..1
    double cfeHourly = 0;           // hourly carbon-free energy score, 0..1
    double cueKgPerKWh = 0;         // location-based
    double cueMarketKgPerKWh = 0;   // market-based (residual mix)
    double freeCoolingHours = 0;
    double chillerHours = 0;
    double waterM3 = 0;
    double heatReusedMWh = 0;
    double energyCost = 0;          // currency per year
    QString currency;
    QList<double> monthlyPue;       // 12 values
    QList<double> monthlyItEnergyMWh;
    QList<double> monthlyFacilityEnergyMWh;
    QList<double> monthlyHeatReusedMWh;
};

// Capex by category (currency).
struct CapexBreakdown {
    double it = 0, electrical = 0, mechanical = 0, building = 0, grid = 0, soft = 0, contingency = 0;
    double total() const { return it + electrical + mechanical + building + grid + soft + contingency; }
};

// Loading of one power node in the campus as built through a stage (METHOD §7).
struct PowerNodeLoading {
    Id nodeId = NoId;
    QString name;
    PowerNodeKind kind = PowerNodeKind::Busway;
    FeedSide side = FeedSide::Shared;
    double ratingKva = 0;
    double loadKw = 0;              // at design power, normal operation
    double loadKva = 0;
    double utilisation = 0;         // load kVA / rating kVA
    double failoverUtilisation = 0; // worst single failure
    std::array<double, 3> phaseCurrentA{0, 0, 0};
    double imbalancePct = 0;
    double neutralCurrentA = 0;
};

struct StageResult {
    Id stageId = NoId;
    QString name;
    QDate energisation;
    int racks = 0;
    int gpus = 0;
    double itCapacityW = 0;         // Σ design power of the racks built through the stage
    double facilityPeakW = 0;       // max hourly facility power
    double gridCapacityW = 0;       // Σ grid capacity added through the stage
    AnnualKpis annual;
    CapexBreakdown capex;           // cumulative through this stage
    CapexBreakdown capexIncrement;  // what this stage adds
    double opexPerYear = 0;         // steady-state opex of the campus through this stage
    QList<PowerNodeLoading> power;
    HourlyEndUses hourly;
};

// Everything the engine computes for one scenario in one climate. The UI and the CLI show this.
struct Results {
    QString projectName;
    QString scenarioName;
    ClimateSummary climate;
    QList<StageResult> stages;
    QList<Problem> problems;
};

} // namespace fjord
