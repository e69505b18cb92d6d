#include "model/engine/supplymatch.h"

#include <algorithm>
#include <cmath>

namespace fjord::engine {

void ppaGenerationW(const Ppa &ppa, const ClimateSeries &climate, HourlySeries &out)
{
    const double capacityW = std::max(0.0, ppa.capacityW);
    switch (ppa.technology) {
    case PpaTechnology::Hydro:
        out.setConstant(HoursPerYear, capacityW);
        return;
    case PpaTechnology::Wind: {
        const HourlySeries &v = climate.windSpeedMPerS;
        const double in3 = std::pow(WindCutInMPerS, 3), rated3 = std::pow(WindRatedMPerS, 3);
        out = (v < WindCutOutMPerS)
                  .select(capacityW * ((v.cube() - in3) / (rated3 - in3)).min(1.0).max(0.0), 0.0);
        return;
    }
    case PpaTechnology::Solar:
        // Wh/m² over one hour = mean W/m² in that hour.
        out = climate.ghiWhPerM2.max(0.0) * (std::max(0.0, ppa.solarAreaM2) * SolarEfficiency);
        return;
    }
    out.setZero(HoursPerYear);
}

void matchSupply(const GridSupply &grid, const QList<const Ppa *> &ppas,
                 const QList<const GuaranteeOfOrigin *> &guarantees, const double *facilityW,
                 const ClimateSeries &climate, SupplyScratch &ws, const SupplyHours &hours,
                 SupplyFigures &out)
{
    out = SupplyFigures{};
    const qsizetype contracts = ppas.size();
    ws.perPpa.resize(contracts);
    for (qsizetype i = 0; i < contracts; ++i)
        ppaGenerationW(*ppas[i], climate, ws.perPpa[i]);
    for (const auto *g : guarantees)
        out.guaranteesMWh += std::max(0.0, g->mwhPerYear);
    for (const auto *g : guarantees)
        out.certificateCost += std::max(0.0, g->mwhPerYear) * g->pricePerMWh;

    // Σ over the year, W·h. PPA energy used is paid at each contract's price in proportion to its
    // share of the hour's generation (usedByContract); the exported surplus is assumed sold at the
    // contract price (net zero). An hour's carbon-free energy is min(load, PPA used + grid import ×
    // the grid's clean share): PPA energy used is clean.
    const double share = std::clamp(grid.renewableShare, 0.0, 1.0);
    std::vector<double> &usedByContract = ws.usedByContract;
    usedByContract.assign(contracts, 0.0);
    const bool shared = contracts > 1; // one contract delivers all that is used
    ws.usedShare.resize(shared ? HoursPerYear : 0);
    double *const usedShare = ws.usedShare.data();
    // The hour's generation of all contracts, summed contract by contract first (vectorised) so that
    // the hour loop below reads one array.
    HourlySeries &generationW = ws.generation;
    if (contracts == 0)
        generationW.setZero(HoursPerYear);
    else
        generationW = ws.perPpa[0];
    for (qsizetype i = 1; i < contracts; ++i)
        generationW += ws.perPpa[i];
    const double *const generationPerHour = generationW.data();
    double used = 0, generated = 0, imported = 0, load = 0, clean = 0;
    // Summed in vector lanes (sources.cmake): the sums differ from an in-order sum in the last bits.
#pragma omp simd reduction(+ : used, generated, imported, load, clean)
    for (int h = 0; h < HoursPerYear; ++h) {
        const double generation = generationPerHour[h];
        const double facility = facilityW[h];
        const double ppaUsed = std::min(generation, facility);
        const double gridImport = facility - ppaUsed;
        if (shared)
            usedShare[h] = generation > 0.0 ? ppaUsed / std::max(generation, 1e-12) : 0.0;
        const double carbonFree = std::min(ppaUsed + gridImport * share, facility);
        hours.ppaUsedW[h] = ppaUsed;
        hours.gridImportW[h] = gridImport;
        hours.cfe[h] = facility > 0 ? carbonFree / facility : 0.0;
        used += ppaUsed;
        generated += generation;
        imported += gridImport;
        load += facility;
        clean += carbonFree;
    }
    for (qsizetype i = 0; shared && i < contracts; ++i) {
        const double *const generation = ws.perPpa[i].data();
        double sum = 0;
#pragma omp simd reduction(+ : sum)
        for (int h = 0; h < HoursPerYear; ++h)
            sum += generation[h] * usedShare[h];
        usedByContract[i] = sum;
    }
    if (contracts == 1)
        usedByContract[0] = used;
    out.ppaUsedMWh = used / 1e6;
    out.ppaSurplusMWh = generated / 1e6 - out.ppaUsedMWh;
    out.gridImportMWh = imported / 1e6;
    double ppaEnergyCost = 0;
    for (qsizetype i = 0; i < contracts; ++i)
        ppaEnergyCost += usedByContract[i] / 1e6 * ppas[i]->pricePerMWh;
    out.energyCost = out.gridImportMWh * grid.pricePerMWh + ppaEnergyCost;

    const double facilityMWh = load / 1e6;
    if (facilityMWh > 0) {
        out.ref = std::min(1.0, (out.ppaUsedMWh + out.guaranteesMWh) / facilityMWh);
        out.cfeHourly = clean / load;
    }
    // Location-based (GHG Protocol Scope 2): every kWh drawn through the public grid carries the
    // grid-average intensity, PPAs delivered through that grid included; contracts (PPAs, GoOs)
    // only change the market-based figure below.
    out.carbonKg = facilityMWh * 1000.0 * grid.carbonKgPerKWh;
    const double uncoveredMWh = std::max(0.0, out.gridImportMWh - out.guaranteesMWh);
    out.marketCarbonKg = uncoveredMWh * 1000.0 * grid.residualMixKgPerKWh;
}

} // namespace fjord::engine
