#pragma once

#include "model/climate.h"
#include "model/coolingsystem.h"
#include "model/powernode.h"
#include "model/problem.h"
#include "model/tenant.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

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
    QList<double> heatReusedW; // heat delivered to offtakes (not an electrical end use)
    QList<double> waterLPerH;  // adiabatic water use, L/h
    QList<double> freeCooling; // 1 when the liquid loop is fully free-cooled that hour, else 0
    QList<double> gridImportW; // facility power not covered by PPAs in that hour
    QList<double> ppaSupplyW;  // PPA generation used on site in that hour
    QList<double> cfe;         // carbon-free share of that hour's facility load, 0..1
};

// Annual KPIs of a stage (cumulative campus at steady state). Energies in MWh.
struct AnnualKpis {
    double itEnergyMWh = 0;
    double facilityEnergyMWh = 0;
    double pue = 0; // energy-weighted
    double wueLPerKWh = 0;
    double erf = 0;               // energy reuse factor
    double ere = 0;               // energy reuse effectiveness
    double ref = 0;               // renewable energy factor, 0..1
    double cfeHourly = 0;         // hourly carbon-free energy score, 0..1
    double cueKgPerKWh = 0;       // location-based
    double cueMarketKgPerKWh = 0; // market-based (residual mix)
    double freeCoolingHours = 0;
    double chillerHours = 0;
    double waterM3 = 0;
    double heatReusedMWh = 0;
    double energyCost = 0; // currency per year
    QString currency;
    QList<double> monthlyPue; // 12 values
    QList<double> monthlyItEnergyMWh;
    QList<double> monthlyFacilityEnergyMWh;
    QList<double> monthlyHeatReusedMWh;
    // Supply split (METHOD §6), MWh per year.
    double gridImportMWh = 0;         // facility energy not covered by PPAs hour by hour
    double ppaUsedMWh = 0;            // PPA generation used on site
    double ppaSurplusMWh = 0;         // PPA generation beyond the load: exported, not counted
    double guaranteesMWh = 0;         // guarantees of origin bought
    double carbonTonnes = 0;          // location-based, t CO2e per year
    double chillerEnergyMWh = 0;      // chillers of every loop
    double dryCoolerFanEnergyMWh = 0; // dry-cooler fans of every loop
    double coolingEnergyMWh = 0;      // chillers + dry-cooler fans + pumps + CRAH fans
    double electricalLossMWh = 0;     // UPS + transformer + distribution
};

// Partial PUE of one cooling system (cooling pPUE): (E_IT + E_cooling of the system) / E_IT,
// over the racks of the halls it serves. Electrical losses and aux are campus-wide and not in it.
struct CoolingSystemKpis {
    Id coolingSystemId = NoId; // NoId: the METHOD-default system for halls without one
    QString name;
    double itCapacityW = 0;
    double itEnergyMWh = 0;
    double coolingEnergyMWh = 0; // chillers + dry-cooler fans + pumps (incl. CDU) + CRAH fans
    double pPue = 0;
    double freeCoolingHours = 0; // hours with full free cooling on its liquid loop
    double chillerHours = 0;     // hours with a chiller running (liquid or air loop)
    double waterM3 = 0;
    double designHeatRejectionW = 0; // heat + chiller power to reject at the design ambient, full load
    DryCoolerFanModel fanModel = DryCoolerFanModel::Sized; // which METHOD model gave the fan figures
    double designAmbientC = 0;             // T_d used, °C (the climate's 0.4 % dry bulb or the system's own)
    bool designAmbientFromClimate = false; // T_d came from the climate
    double dryCoolerFanEnergyMWh = 0;      // dry-cooler fans, liquid loop + air side
    double sizedDesignHeatW = 0;           // v2: Q_d of the liquid loop's dry coolers, W (0 for v1)
};

// Opex per year of the campus through a stage at steady state (currency per year).
struct OpexBreakdown {
    double energy = 0;       // grid import × grid price + PPA energy used × PPA price
    double certificates = 0; // guarantees of origin
    double maintenance = 0;  // share of facility capex (IT equipment excluded)
    double staff = 0;
    double items = 0;     // OpexItems built through the stage
    double heatSales = 0; // revenue from heat offtakes (subtracted)
    double total() const { return energy + certificates + maintenance + staff + items - heatSales; }
};

// One calendar year of the investment horizon (capacity ramping up stage by stage). Money in the
// project's currency; METHOD §8, §8.1 and §8.3.
struct YearResult {
    int year = 0; // calendar year
    double itEnergyMWh = 0;
    double facilityEnergyMWh = 0;
    double gpuHours = 0;         // installed GPUs × hours in service
    double tokensMillions = 0;   // GPU-seconds × tokens/s per GPU / 1e6 (rack types that state it)
    double capex = 0;            // first purchases (stages energised this year) + replacements
    double replacementCapex = 0; // the part of capex that replaces assets at the end of their life
    double opex = 0;
    double cashOut = 0; // capex + opex
    double cumulativeCashOut = 0;
    double discountFactor = 1; // 1 / (1 + r)^(year − first year)
    double revenue = 0;        // Σ tenants
    double ebitda = 0;         // revenue − opex
    double depreciation = 0;   // straight line over each asset's life
    double tax = 0;            // rate × max(0, EBITDA − depreciation − losses carried forward)
    double residual = 0;       // book value of assets in service, last year only (inflow)
    double freeCashFlow = 0;   // EBITDA − tax − capex + residual
    double cumulativeFreeCashFlow = 0;
    double discountedFreeCashFlow = 0; // freeCashFlow × discountFactor
};

// Why an investor figure is absent (IRR, payback) or its value.
struct InvestorFigures {
    double npv = 0;                 // Σ FCF × discount factor
    std::optional<double> irr;      // per year; absent when it does not exist or is not unique
    QString irrAbsentReason;        // set when irr is absent
    std::optional<int> paybackYear; // first calendar year with cumulative FCF ≥ 0
    std::optional<int> discountedPaybackYear;
    double totalRevenue = 0;      // undiscounted, over the horizon
    double totalFreeCashFlow = 0; // undiscounted, over the horizon
};

// What one stage adds, as a stand-alone investment (its capex, its racks' revenue, its opex).
struct StageInvestorFigures {
    Id stageId = NoId;
    QString name;
    InvestorFigures figures;
};

// Revenue of one tenant per year of the horizon.
struct TenantRevenue {
    Id tenantId = NoId;
    QString name;
    TenantClass tenantClass = TenantClass::Enterprise;
    QList<double> perYear; // one entry per YearResult
    double total() const
    {
        double t = 0;
        for (double v : perYear)
            t += v;
        return t;
    }
};

// Money over the horizon (METHOD §8), in the project's currency.
struct FinanceResults {
    QString currency;
    int firstYear = 0;              // year of the first energisation
    QList<YearResult> years;        // CostCatalogue::horizonYears entries
    double totalCapex = 0;          // all stages
    double presentValue = 0;        // Σ (capex incl. replacements − residual + opex) × discountFactor
    double levelisedPerItMWh = 0;   // presentValue / Σ IT MWh × discountFactor
    double levelisedPerGpuHour = 0; // presentValue / Σ GPU-hours × discountFactor
    double capexPerMwIt = 0;        // totalCapex / installed IT capacity of the last stage, per MW
    double replacementCapex = 0;    // Σ replacements inside the horizon
    double residualValue = 0;       // book value at the end of the horizon (0 when turned off)
    InvestorFigures investor;       // the campus as a whole
    QList<StageInvestorFigures> stageInvestors;
    QList<TenantRevenue> tenantRevenue;
    double energyPerMillionTokensKWh = 0; // facility energy / tokens (0: no rack type states throughput)
    double costPerMillionTokens = 0;      // PV cost / PV tokens
    QString referenceWorkload;            // the workload the token figures are for
};

// Capacity allocated to one tenant (or, with tenantId NoId, left unallocated) in a stage.
struct TenantAllocation {
    Id tenantId = NoId; // NoId: unallocated capacity
    QString name;
    TenantClass tenantClass = TenantClass::Enterprise;
    double itCapacityW = 0; // Σ design power of the allocated racks built through the stage
    int racks = 0;
    int gpus = 0;
};

// Allocation of the campus as built through a stage: per tenant and per class, plus unallocated.
// Σ tenants + unallocated == the stage's installed IT capacity, racks and GPUs.
struct StageAllocation {
    QList<TenantAllocation> tenants;                        // tenants with capacity, in tenant order
    std::array<TenantAllocation, TenantClassCount> byClass; // indexed by int(TenantClass)
    TenantAllocation unallocated;
    double priorityShare = 0; // (start-up + research) / installed IT capacity, 0..1
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
    double loadKw = 0; // at design power, normal operation
    double loadKva = 0;
    double utilisation = 0;         // load kVA / rating kVA
    double loadAtPeakKva = 0;       // every rack at its peak power (METHOD v2 §4)
    double utilisationAtPeak = 0;   // loadAtPeakKva / rating kVA
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
    double itCapacityW = 0;   // Σ design power of the racks built through the stage
    double facilityPeakW = 0; // expected peak: max hourly facility power at the load profiles
    double itPeakW = 0;       // Σ peak power of the racks built through the stage
    // Design facility demand (METHOD v2 §4): every rack at peak power, each cooling system at its
    // design ambient. What grid, transformers and UPS are sized for; grid headroom uses it.
    double designDemandW = 0;
    double gridCapacityW = 0; // Σ grid capacity added through the stage
    AnnualKpis annual;
    CapexBreakdown capex;          // cumulative through this stage
    CapexBreakdown capexIncrement; // what this stage adds
    double opexPerYear = 0;        // steady-state opex of the campus through this stage
    QList<PowerNodeLoading> power;
    OpexBreakdown opex;               // opexPerYear == opex.total()
    QList<CoolingSystemKpis> cooling; // one entry per cooling system serving racks of the stage
    double upsRatingVa = 0;           // Σ ratings of the UPS units built through the stage
    double heatRejectionW = 0;        // Σ design power of the racks (peak heat at design power)
    StageAllocation allocation;
    HourlyEndUses hourly;
};

// Everything the engine computes for one scenario in one climate. The UI and the CLI show this.
struct Results {
    QString projectName;
    QString scenarioName;
    ClimateSummary climate;
    QList<StageResult> stages;
    QList<Problem> problems;
    FinanceResults finance; // empty years when only one stage was evaluated
};

} // namespace fjord
