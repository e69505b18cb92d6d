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
    case PpaTechnology::Wind:
        Q_ASSERT(climate.windPowerShare.size() == climate.windSpeedMPerS.size());
        out = capacityW * climate.windPowerShare.segment(hours.from, hours.count);
        return;
    case PpaTechnology::Solar:
        // Wh/m² over one hour = mean W/m² in that hour.
        out = climate.ghiWhPerM2.segment(hours.from, hours.count).max(0.0) *
              (std::max(0.0, ppa.solarAreaM2) * SolarEfficiency);
        return;
    }
    out.setZero(hours.count);
}

namespace {

// The hour-by-hour match of one block (arrays indexed by hour of the year): what it adds to the year's
// sums but the contracts' shares. `Shared`: several contracts, so the share of the generation used is
// summed (and written to `usedShare` unless null).
template <bool Shared>
SupplySums matchHours(HourRange hours, const double *generationW, const double *facilityW,
                      double gridCleanShare, double *usedShare, const SupplyHours &out)
{
    double used = 0, generated = 0, imported = 0, load = 0, clean = 0, usedShareHours = 0;
    // Summed in vector lanes (sources.cmake): the sums differ from an in-order sum in the last bits.
#pragma omp simd reduction(+ : used, generated, imported, load, clean, usedShareHours)
    for (int h = hours.from; h < hours.from + hours.count; ++h) {
        const double generation = generationW[h];
        const double facility = facilityW[h];
        const double ppaUsed = std::min(generation, facility);
        const double gridImport = facility - ppaUsed;
        if constexpr (Shared) {
            const double share = generation > 0.0 ? ppaUsed / std::max(generation, 1e-12) : 0.0;
            if (usedShare)
                usedShare[h] = share;
            usedShareHours += share;
        }
        const double carbonFree = std::min(ppaUsed + gridImport * gridCleanShare, facility);
        out.ppaUsedW[h] = ppaUsed;
        out.gridImportW[h] = gridImport;
        out.cfe[h] = facility > 0 ? carbonFree / facility : 0.0;
        used += ppaUsed;
        generated += generation;
        imported += gridImport;
        load += facility;
        clean += carbonFree;
    }
    return {used, generated, imported, load, clean, usedShareHours, {}};
}

} // namespace

void windPowerShare(const HourlySeries &v, HourlySeries &out)
{
    const double in3 = std::pow(WindCutInMPerS, 3), rated3 = std::pow(WindRatedMPerS, 3);
    out = (v < WindCutOutMPerS).select(((v.cube() - in3) / (rated3 - in3)).min(1.0).max(0.0), 0.0);
}

std::optional<double> constantGenerationW(const Ppa &ppa)
{
    if (ppa.technology == PpaTechnology::Hydro)
        return std::max(0.0, ppa.capacityW);
    return std::nullopt;
}

SupplySums &SupplySums::operator+=(const SupplySums &o)
{
    used += o.used;
    generated += o.generated;
    imported += o.imported;
    load += o.load;
    clean += o.clean;
    usedShareHours += o.usedShareHours;
    usedByContract.resize(std::max(usedByContract.size(), o.usedByContract.size()), 0.0);
    for (size_t i = 0; i < o.usedByContract.size(); ++i)
        usedByContract[i] += o.usedByContract[i];
    return *this;
}

SupplyMatch::SupplyMatch(const GridSupply &grid, QList<const Ppa *> ppas,
                         QList<const GuaranteeOfOrigin *> guarantees)
    : m_grid(grid), m_ppas(std::move(ppas)), m_guarantees(std::move(guarantees))
{
    for (int i = 0; i < int(m_ppas.size()); ++i) {
        if (const std::optional<double> w = constantGenerationW(*m_ppas[i]))
            m_constantW += *w;
        else
            m_varying.push_back(i);
    }
}

SupplySums SupplyMatch::noHours() const
{
    SupplySums sums;
    sums.usedByContract.assign(size_t(m_ppas.size()), 0.0);
    return sums;
}

void SupplyMatch::addHours(HourRange hours, const double *facilityW, const ClimateSeries &climate,
                           const SupplyHours &out, SupplyScratch &ws, SupplySums &year) const
{
    // PPA energy used is paid at each contract's price in proportion to its share of the hour's
    // generation (usedByContract); the exported surplus is assumed sold at the contract price (net
    // zero). An hour's carbon-free energy is min(load, PPA used + grid import × the grid's clean
    // share): PPA energy used is clean.
    const size_t varying = m_varying.size();
    ws.perPpa.resize(varying);
    for (size_t v = 0; v < varying; ++v)
        ppaGenerationW(*m_ppas[m_varying[v]], climate, hours, ws.perPpa[v]);
    const double share = std::clamp(m_grid.renewableShare, 0.0, 1.0);
    const bool shared = m_ppas.size() > 1;           // one contract delivers all that is used
    const bool sharePerHour = shared && varying > 0; // the varying contracts' shares, hour by hour
    ws.usedShare.resize(sharePerHour ? hours.count : 0);
    // The hour's generation of all contracts: the constant ones' sum, then the others added contract
    // by contract (vectorised) so that the hour loop below reads one array.
    HourlySeries &generationW = ws.generation;
    generationW.setConstant(hours.count, m_constantW);
    for (size_t v = 0; v < varying; ++v)
        generationW += ws.perPpa[v];
    const double *const generationPerHour = generationW.data() - hours.from; // indexed by hour of the year
    // Offset only when there is an array: an empty one's data() is null (UBSan: offset applied to null).
    double *const usedSharePerHour = sharePerHour ? ws.usedShare.data() - hours.from : nullptr;
    const SupplySums sums =
        shared ? matchHours<true>(hours, generationPerHour, facilityW, share, usedSharePerHour, out)
               : matchHours<false>(hours, generationPerHour, facilityW, share, nullptr, out);
    year.usedByContract.resize(size_t(m_ppas.size()), 0.0);
    for (size_t v = 0; sharePerHour && v < varying; ++v) {
        const double *const generation = ws.perPpa[v].data();
        const double *const usedShare = ws.usedShare.data();
        double sum = 0;
#pragma omp simd reduction(+ : sum)
        for (int h = 0; h < hours.count; ++h)
            sum += generation[h] * usedShare[h];
        year.usedByContract[size_t(m_varying[v])] += sum;
    }
    if (m_ppas.size() == 1)
        year.usedByContract[0] += sums.used;
    year += sums; // no contract shares in `sums`: those were added above
}

SupplyFigures SupplyMatch::figures(const SupplySums &year) const
{
    SupplyFigures out;
    for (const auto *g : m_guarantees)
        out.guaranteesMWh += std::max(0.0, g->mwhPerYear);
    for (const auto *g : m_guarantees)
        out.certificateCost += std::max(0.0, g->mwhPerYear) * g->pricePerMWh;
    out.ppaUsedMWh = year.used / 1e6;
    out.ppaSurplusMWh = year.generated / 1e6 - out.ppaUsedMWh;
    out.gridImportMWh = year.imported / 1e6;
    double ppaEnergyCost = 0;
    for (qsizetype i = 0; i < m_ppas.size(); ++i) {
        // A constant contract of several delivers its generation × the hours' used shares.
        const std::optional<double> constantW = constantGenerationW(*m_ppas[i]);
        const double usedWh = m_ppas.size() > 1 && constantW ? *constantW * year.usedShareHours
                                                             : year.usedByContract[size_t(i)];
        ppaEnergyCost += usedWh / 1e6 * m_ppas[i]->pricePerMWh;
    }
    out.energyCost = out.gridImportMWh * m_grid.pricePerMWh + ppaEnergyCost;

    const double facilityMWh = year.load / 1e6;
    if (facilityMWh > 0) {
        out.ref = std::min(1.0, (out.ppaUsedMWh + out.guaranteesMWh) / facilityMWh);
        out.cfeHourly = year.clean / year.load;
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
