#include "model/engine/supplymatch.h"

#include <algorithm>
#include <cmath>

namespace fjord::engine {

void ppaGenerationW(const Ppa &ppa, const ClimateSeries &climate, HourRange hours, HourlySeries &out)
{
    const double capacityW = std::max(0.0, ppa.capacityW);
    switch (ppa.technology) {
    case PpaTechnology::Hydro:
        out.setConstant(hours.count, capacityW);
        return;
    case PpaTechnology::Wind: {
        const auto v = climate.windSpeedMPerS.segment(hours.from, hours.count);
        const double in3 = std::pow(WindCutInMPerS, 3), rated3 = std::pow(WindRatedMPerS, 3);
        out = (v < WindCutOutMPerS)
                  .select(capacityW * ((v.cube() - in3) / (rated3 - in3)).min(1.0).max(0.0), 0.0);
        return;
    }
    case PpaTechnology::Solar:
        // Wh/m² over one hour = mean W/m² in that hour.
        out = climate.ghiWhPerM2.segment(hours.from, hours.count).max(0.0) *
              (std::max(0.0, ppa.solarAreaM2) * SolarEfficiency);
        return;
    }
    out.setZero(hours.count);
}

SupplyMatch::SupplyMatch(const GridSupply &grid, const QList<const Ppa *> &ppas,
                         const QList<const GuaranteeOfOrigin *> &guarantees, SupplyScratch &ws)
    : m_grid(grid), m_ppas(ppas), m_guarantees(guarantees), m_ws(ws)
{
    ws.perPpa.resize(ppas.size());
    ws.usedByContract.assign(ppas.size(), 0.0);
}

void SupplyMatch::addHours(HourRange hours, const double *facilityW, const ClimateSeries &climate,
                           const SupplyHours &out)
{
    // PPA energy used is paid at each contract's price in proportion to its share of the hour's
    // generation (usedByContract); the exported surplus is assumed sold at the contract price (net
    // zero). An hour's carbon-free energy is min(load, PPA used + grid import × the grid's clean
    // share): PPA energy used is clean.
    const qsizetype contracts = m_ppas.size();
    for (qsizetype i = 0; i < contracts; ++i)
        ppaGenerationW(*m_ppas[i], climate, hours, m_ws.perPpa[i]);
    const double share = std::clamp(m_grid.renewableShare, 0.0, 1.0);
    const bool shared = contracts > 1; // one contract delivers all that is used
    m_ws.usedShare.resize(shared ? hours.count : 0);
    double *const usedShare = m_ws.usedShare.data();
    // The hour's generation of all contracts, summed contract by contract first (vectorised) so that
    // the hour loop below reads one array.
    HourlySeries &generationW = m_ws.generation;
    if (contracts == 0)
        generationW.setZero(hours.count);
    else
        generationW = m_ws.perPpa[0];
    for (qsizetype i = 1; i < contracts; ++i)
        generationW += m_ws.perPpa[i];
    const double *const generationPerHour = generationW.data() - hours.from; // indexed by hour of the year
    double *const usedSharePerHour = usedShare - hours.from;
    double used = 0, generated = 0, imported = 0, load = 0, clean = 0;
    // Summed in vector lanes (sources.cmake): the sums differ from an in-order sum in the last bits.
#pragma omp simd reduction(+ : used, generated, imported, load, clean)
    for (int h = hours.from; h < hours.from + hours.count; ++h) {
        const double generation = generationPerHour[h];
        const double facility = facilityW[h];
        const double ppaUsed = std::min(generation, facility);
        const double gridImport = facility - ppaUsed;
        if (shared)
            usedSharePerHour[h] = generation > 0.0 ? ppaUsed / std::max(generation, 1e-12) : 0.0;
        const double carbonFree = std::min(ppaUsed + gridImport * share, facility);
        out.ppaUsedW[h] = ppaUsed;
        out.gridImportW[h] = gridImport;
        out.cfe[h] = facility > 0 ? carbonFree / facility : 0.0;
        used += ppaUsed;
        generated += generation;
        imported += gridImport;
        load += facility;
        clean += carbonFree;
    }
    for (qsizetype i = 0; shared && i < contracts; ++i) {
        const double *const generation = m_ws.perPpa[i].data();
        double sum = 0;
#pragma omp simd reduction(+ : sum)
        for (int h = 0; h < hours.count; ++h)
            sum += generation[h] * usedShare[h];
        m_ws.usedByContract[i] += sum;
    }
    if (contracts == 1)
        m_ws.usedByContract[0] += used;
    m_used += used;
    m_generated += generated;
    m_imported += imported;
    m_load += load;
    m_clean += clean;
}

SupplyFigures SupplyMatch::figures() const
{
    SupplyFigures out;
    for (const auto *g : m_guarantees)
        out.guaranteesMWh += std::max(0.0, g->mwhPerYear);
    for (const auto *g : m_guarantees)
        out.certificateCost += std::max(0.0, g->mwhPerYear) * g->pricePerMWh;
    out.ppaUsedMWh = m_used / 1e6;
    out.ppaSurplusMWh = m_generated / 1e6 - out.ppaUsedMWh;
    out.gridImportMWh = m_imported / 1e6;
    double ppaEnergyCost = 0;
    for (qsizetype i = 0; i < m_ppas.size(); ++i)
        ppaEnergyCost += m_ws.usedByContract[i] / 1e6 * m_ppas[i]->pricePerMWh;
    out.energyCost = out.gridImportMWh * m_grid.pricePerMWh + ppaEnergyCost;

    const double facilityMWh = m_load / 1e6;
    if (facilityMWh > 0) {
        out.ref = std::min(1.0, (out.ppaUsedMWh + out.guaranteesMWh) / facilityMWh);
        out.cfeHourly = m_clean / m_load;
    }
    // Location-based (GHG Protocol Scope 2): every kWh drawn through the public grid carries the
    // grid-average intensity, PPAs delivered through that grid included; contracts (PPAs, GoOs)
    // only change the market-based figure below.
    out.carbonKg = facilityMWh * 1000.0 * m_grid.carbonKgPerKWh;
    const double uncoveredMWh = std::max(0.0, out.gridImportMWh - out.guaranteesMWh);
    out.marketCarbonKg = uncoveredMWh * 1000.0 * m_grid.residualMixKgPerKWh;
    return out;
}

} // namespace fjord::engine
