#include "model/engine/supplymatch.h"

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
                 const QList<const GuaranteeOfOrigin *> &guarantees, const HourlySeries &facilityW,
                 const ClimateSeries &climate, SupplyScratch &ws, SupplyFigures &out)
{
    out.guaranteesMWh = out.certificateCost = out.ref = out.cfeHourly = 0;
    ws.generation.setZero(HoursPerYear);
    double ppaEnergyCostRate = 0; // Σ energy used × price over the PPAs
    ws.perPpa.resize(ppas.size());
    for (int i = 0; i < ppas.size(); ++i) {
        ppaGenerationW(*ppas[i], climate, ws.perPpa[i]);
        ws.generation += ws.perPpa[i];
    }
    out.ppaUsedW = ws.generation.min(facilityW);
    out.gridImportW = facilityW - out.ppaUsedW;
    out.ppaUsedMWh = toMWh(out.ppaUsedW);
    out.ppaSurplusMWh = toMWh(ws.generation) - out.ppaUsedMWh;
    out.gridImportMWh = toMWh(out.gridImportW);
    for (const auto *g : guarantees)
        out.guaranteesMWh += std::max(0.0, g->mwhPerYear);
    for (const auto *g : guarantees)
        out.certificateCost += std::max(0.0, g->mwhPerYear) * g->pricePerMWh;

    // PPA energy used is paid at each contract's price in proportion to its share of the hour's
    // generation; the exported surplus is assumed sold at the contract price (net zero).
    if (!ppas.isEmpty()) {
        ws.usedShare = (ws.generation > 0.0).select(out.ppaUsedW / ws.generation.max(1e-12), 0.0);
        for (int i = 0; i < ppas.size(); ++i)
            ppaEnergyCostRate += (ws.perPpa[i] * ws.usedShare).sum() / 1e6 * ppas[i]->pricePerMWh;
    }
    out.energyCost = out.gridImportMWh * grid.pricePerMWh + ppaEnergyCostRate;

    const double facilityMWh = toMWh(facilityW);
    if (facilityMWh > 0) {
        out.ref = std::min(1.0, (out.ppaUsedMWh + out.guaranteesMWh) / facilityMWh);
        // Σ min(load, clean supply + grid import × clean share) / Σ load; PPA energy used is clean.
        const double share = std::clamp(grid.renewableShare, 0.0, 1.0);
        out.cfeHourly = (out.ppaUsedW + out.gridImportW * share).min(facilityW).sum() / facilityW.sum();
    }
    // Location-based (GHG Protocol Scope 2): every kWh drawn through the public grid carries the
    // grid-average intensity, PPAs delivered through that grid included; contracts (PPAs, GoOs)
    // only change the market-based figure below.
    out.carbonKg = facilityMWh * 1000.0 * grid.carbonKgPerKWh;
    const double uncoveredMWh = std::max(0.0, out.gridImportMWh - out.guaranteesMWh);
    out.marketCarbonKg = uncoveredMWh * 1000.0 * grid.residualMixKgPerKWh;
}

} // namespace fjord::engine
