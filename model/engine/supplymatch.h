#pragma once

// Internal to the engine. METHOD §6: PPAs, grid, guarantees of origin, carbon and energy cost.

#include "model/energysupply.h"
#include "model/engine/hourlyseries.h"

#include <QList>

#include <vector>

namespace fjord::engine {

constexpr double WindCutInMPerS = 3.0;
constexpr double WindRatedMPerS = 12.0;
constexpr double WindCutOutMPerS = 25.0;
constexpr double SolarEfficiency = 0.2;

// Hourly generation (W) of one PPA at the site, written into `out`. Hydro: flat. Wind: generic power
// curve as a share of capacity: 0 below cut-in and from cut-out, (v³ − v_in³)/(v_r³ − v_in³) between
// cut-in and rated, 1 from rated to cut-out. Solar: GHI × area × efficiency.
void ppaGenerationW(const Ppa &ppa, const ClimateSeries &climate, HourlySeries &out);

struct SupplyFigures {
    HourlySeries ppaUsedW;
    HourlySeries gridImportW;
    double ppaUsedMWh = 0;
    double ppaSurplusMWh = 0;
    double gridImportMWh = 0;
    double guaranteesMWh = 0;
    double ref = 0; // (PPA matched + GoO) / E_DC, at most 1
    double cfeHourly = 0;
    double carbonKg = 0;        // location-based: grid import × grid intensity
    double marketCarbonKg = 0;  // residual mix on grid energy not covered by GoOs
    double energyCost = 0;      // grid import × grid price + PPA used × PPA price
    double certificateCost = 0; // GoO MWh × price
};

// Arrays reused from one call to the next.
struct SupplyScratch {
    std::vector<HourlySeries> perPpa;
    HourlySeries generation, usedShare;
};

// Matches the facility load hour by hour against the PPAs (surplus exported, not counted), then the
// grid. Writes into `out` (its arrays are reused).
void matchSupply(const GridSupply &grid, const QList<const Ppa *> &ppas,
                 const QList<const GuaranteeOfOrigin *> &guarantees, const HourlySeries &facilityW,
                 const ClimateSeries &climate, SupplyScratch &scratch, SupplyFigures &out);

} // namespace fjord::engine
