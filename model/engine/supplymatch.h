#pragma once

#include <optional>

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

// Hourly generation (W) of one PPA at the site in the hours `hours`, written into `out` (hours.count
// values). Hydro: flat. Wind: generic power curve as a share of capacity: 0 below cut-in and from
// cut-out, (v³ − v_in³)/(v_r³ − v_in³) between cut-in and rated, 1 from rated to cut-out. Solar: GHI ×
// area × efficiency.
void ppaGenerationW(const Ppa &ppa, const ClimateSeries &climate, HourRange hours, HourlySeries &out);
// The generic wind power curve above as a share of capacity, per hour of `windSpeedMPerS`: computed
// once per climate (ClimateSeries::windPowerShare), each wind PPA scales it by its capacity.
void windPowerShare(const HourlySeries &windSpeedMPerS, HourlySeries &out);
// A PPA's generation (W) when it is the same every hour (hydro), absent otherwise.
std::optional<double> constantGenerationW(const Ppa &ppa);

struct SupplyFigures {
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

// Where the supply match writes its hours (HoursPerYear values each): the Results' lists or scratch arrays.
struct SupplyHours {
    double *ppaUsedW;    // PPA generation used by the facility, W
    double *gridImportW; // the rest of the facility's power, from the grid, W
    double *cfe;         // carbon-free share of the hour's load, 0..1 (0 in an hour without load)
};

// Arrays reused from one year to the next.
struct SupplyScratch {
    std::vector<HourlySeries> perPpa; // per varying PPA: its generation in the hours at hand, W
    HourlySeries generation;          // per hour at hand: every PPA's generation, W
    HourlySeries usedShare;           // per hour at hand: the share of the PPAs' generation used
};

// What a set of hours adds up to, W·h: the parts of a year are matched apart (on either thread) and
// added in order.
struct SupplySums {
    double used = 0, generated = 0, imported = 0, load = 0, clean = 0;
    double usedShareHours = 0;          // Σ of the hours' shares of generation used (h; several PPAs)
    std::vector<double> usedByContract; // each PPA's generation used (of the varying ones when there
                                        // are several: see SupplyMatch)
    SupplySums &operator+=(const SupplySums &o);
};

// Matches the facility load hour by hour against the PPAs (surplus exported, not counted), then the
// grid, block of hours by block of hours (addHours, in any order, each hour once), then gives the
// year's figures (figures). Const: blocks of one year may be matched on several threads at once.
class SupplyMatch {
public:
    SupplyMatch(const GridSupply &grid, QList<const Ppa *> ppas, QList<const GuaranteeOfOrigin *> guarantees);

    // Sums of no hours yet, sized for the contracts.
    SupplySums noHours() const;

    // The hours `hours` of the facility load `facilityW` (indexed by hour of the year), written into
    // `out`'s hours and added to `sums`.
    void addHours(HourRange hours, const double *facilityW, const ClimateSeries &climate,
                  const SupplyHours &out, SupplyScratch &scratch, SupplySums &sums) const;

    SupplyFigures figures(const SupplySums &year) const;

private:
    const GridSupply &m_grid;
    QList<const Ppa *> m_ppas;
    QList<const GuaranteeOfOrigin *> m_guarantees;
    // Hydro contracts deliver the same power every hour: their sum is one constant, and what each of
    // them delivers is its share of that constant; only the others need their hours worked out.
    double m_constantW = 0;     // Σ generation of the contracts that generate the same every hour
    std::vector<int> m_varying; // indexes (into m_ppas) of the others
};

} // namespace fjord::engine
