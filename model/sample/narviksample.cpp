#include "model/sample/narviksample.h"

#include "model/sample/hallbuilder.h"
#include "model/sample/narvikclimate.h"
#include "model/sample/narvikrisk.h"
#include "model/sample/rackcatalogue.h"
#include "model/sample/sitetemplates.h"

namespace fjord {

namespace {

const RackType *typeNamed(const Project &p, const QString &name)
{
    for (const auto &t : p.rackTypes)
        if (t.name == name)
            return &t;
    return nullptr;
}

void addCatalogue(Project &p)
{
    p.rackTypes = builtInRackCatalogue();
    for (auto &t : p.rackTypes) {
        t.id = p.allocateId();
        // 100,000 GPUs in 230 MW (DOMAIN §1) fit only with the racks held at their design power:
        // uncapped (155 kW) stage 1 would need about 259 MW at the 32 °C design ambient.
        if (t.name == QStringLiteral("GB300 NVL72")) {
            t.peakPowerW = t.designPowerW;
            t.source += QStringLiteral("; in this sample power-capped at the 135 kW design power by the "
                                       "operator (NVIDIA power capping); uncapped peak 155 kW");
        }
    }
}

// Unit costs in EUR (DOMAIN.md §7): facility ≈ 10 EUR/W all-in (Turner & Townsend EMEA 9.9 USD/W
// + AI premium), split building / electrical / mechanical; grid connection from the Tonstad
// example (NOK 0.33 m/MVA); IT per rack in the catalogue.
CostCatalogue narvikCosts()
{
    CostCatalogue c;
    c.currency = QStringLiteral("EUR");
    c.perEur = 1.0;
    c.buildingPerW = 2.0;
    c.electricalPerW = 4.0;
    c.mechanicalPerW = 1.8;
    c.gridPerVa = 0.029;
    c.upsPerW = 0.15;
    c.softCostFraction = 0.12;
    c.contingencyFraction = 0.10;
    c.maintenanceFraction = 0.025;
    c.staffPerYear = 6.0e6;
    c.discountRate = 0.08;
    c.horizonYears = 15;
    c.sourceNote =
        QStringLiteral("DOMAIN.md §7: T&T EMEA 2024 9.9 USD/W, AI premium +7–10 %, Cortex/IBIQ "
                       "hard-cost splits; Tonstad grid connection ≈ NOK 0.33 m/MVA; 1 USD = 0.92 EUR");
    return c;
}

CoolingSystem dlcW32(Project &p, const QString &name, double capacityW)
{
    CoolingSystem c;
    c.id = p.allocateId();
    c.name = name;
    c.supplyC = 32;
    c.rangeK = 10;
    c.dryCoolerApproachK = 8;
    c.designAmbientC = 32;                 // extreme design ambient at Narvik (record 31.5–32.5 °C)
    c.designAmbientFromClimate = false;    // the record, not the climate's 0.4 %: sized on the safe side
    c.fanModel = DryCoolerFanModel::Sized; // METHOD v2: the dry coolers as built
    c.designReturnC = c.returnC();         // sized for this loop's 42 °C return
    c.dryCoolerCapacityW = capacityW;
    return c;
}

Stage stage(Project &p, const QString &name, QDate date, double gridW, int rampMonths)
{
    return Stage{p.allocateId(), name, date, gridW, rampMonths};
}

Id hallNamed(const Scenario &s, const QString &name)
{
    for (const Hall &h : s.halls)
        if (h.name == name)
            return h.id;
    return NoId;
}

// Tenants (METHOD §8.2, issue 12) and what they get. The anchor is calibrated on the public contract
// (DOMAIN §1): USD 6.2 bn over 5 years. Stage 1's other halls go to an enterprise GPU cloud; hall H08
// (12 % of stage 1, above the 10 % target) to start-ups and research; stage 2 is leased per kW, with
// its last-but-one hall for start-ups and its last left unallocated (built on speculation).
Tenant makeTenant(Project &p, const QString &name, TenantClass c, ContractKind k, double price, QDate start,
                  int termYears, double reletPrice, const QString &notes)
{
    Tenant t;
    t.id = p.allocateId();
    t.name = name;
    t.tenantClass = c;
    t.contract = k;
    t.price = price;
    t.start = start;
    t.termYears = termYears;
    t.reletPrice = reletPrice;
    t.vacancyMonths = 6;
    t.notes = notes;
    return t;
}

// Stage 2's halls from `firstStage2Hall` on: all but the last two leased, the next to start-ups, the
// last left unallocated (built on speculation).
void addTenants(Project &p, Scenario &s, QDate stage1, QDate stage2, int lastStage2Hall)
{
    Tenant anchor = makeTenant(
        p, QStringLiteral("Anchor offtaker (hyperscaler)"), TenantClass::Anchor, ContractKind::GpuHours, 2.60,
        stage1, 5, 2.30,
        QStringLiteral("Calibrated on Microsoft's 5-year USD 6.2 bn agreement for AI capacity in Narvik "
                       "(Sep 2025, DOMAIN §1): USD 1.24 bn a year, for about 52,000 GB300 GPUs (Oct 2025 "
                       "figure, DOMAIN §1), so the anchor gets half of stage 1 "
                       "(halls H01-H04, 50,112 GPUs): USD 1.24 bn / (50,112 x 8,760 h) = USD 2.83 = "
                       "EUR 2.60 per GPU-hour, take-or-pay (every hour billed). If it covered all ~100,000 "
                       "GPUs the price would be USD 1.4 (DOMAIN §10.4). Re-let at EUR 2.30 after 6 "
                       "months (assumption)."));
    anchor.expectedUtilisation = 1.0;
    anchor.vacancyMonths = 6;
    Tenant cloud = makeTenant(
        p, QStringLiteral("European enterprise GPU cloud"), TenantClass::Enterprise, ContractKind::GpuHours,
        2.30, stage1.addMonths(6), 3, 2.10,
        QStringLiteral("Reserved GB300 capacity resold to European enterprises: EUR 2.30 per GPU-hour, "
                       "90 % of hours sold, 3-year terms (assumption, below public on-demand prices)."));
    cloud.expectedUtilisation = 0.90;
    Tenant startups = makeTenant(
        p, QStringLiteral("European AI start-up programme"), TenantClass::Startup, ContractKind::GpuHours,
        2.00, stage1, 3, 2.00,
        QStringLiteral("Priority capacity promised to European start-ups: a discount to the enterprise "
                       "price, 70 % of hours sold, rolling 3-year programme terms (assumption)."));
    startups.expectedUtilisation = 0.70;
    startups.escalationPerYear = 0.02;
    startups.vacancyMonths = 3;
    Tenant research = makeTenant(
        p, QStringLiteral("Nordic research consortium"), TenantClass::Research, ContractKind::GpuHours, 1.60,
        stage1.addMonths(3), 5, 1.60,
        QStringLiteral("Universities and research institutions (EuroHPC-style allocation): cost-based "
                       "price, 85 % of hours used (assumption)."));
    research.expectedUtilisation = 0.85;
    Tenant lease = makeTenant(
        p, QStringLiteral("Enterprise capacity lease (stage 2)"), TenantClass::Enterprise,
        ContractKind::CapacityLease, 900, stage2, 7, 850,
        QStringLiteral("GPU capacity with the GPUs included, per kW of rack design power: EUR 900/kW-month "
                       "= EUR 10.8 m per MW-year = EUR 2.31 per GPU-hour for a 135 kW, 72-GPU rack, in "
                       "line with stage 1's enterprise price and below the ~USD 15 m per MW-year of AI "
                       "infrastructure leases (DOMAIN §7, Crusoe). 2 % escalation (assumption)."));
    lease.escalationPerYear = 0.02;
    s.tenants = {anchor, cloud, startups, research, lease};

    auto allocateHall = [&](int number, Id tenant) {
        if (Hall *h = s.hall(hallNamed(s, QStringLiteral("H%1").arg(number, 2, 10, QLatin1Char('0')))))
            h->tenantId = tenant;
    };
    for (int i = 1; i <= 4; ++i)
        allocateHall(i, anchor.id);
    for (int i = 5; i <= 7; ++i)
        allocateHall(i, cloud.id);
    allocateHall(8, startups.id);
    // Rows R05-R08 of H08 go to research (a row's tenant overrides its hall's).
    const Id h08 = hallNamed(s, QStringLiteral("H08"));
    for (Row &r : s.rows)
        if (r.hallId == h08 && r.name >= QLatin1String("R05") && r.name <= QLatin1String("R08"))
            r.tenantId = research.id;
    for (int i = 9; i <= lastStage2Hall - 2; ++i)
        allocateHall(i, lease.id);
    allocateHall(lastStage2Hall - 1, startups.id);
}

// What distinguishes the layout variants: stage 1 is the same in both, stage 2's halls differ.
struct Stage2Plan {
    QString scenario;
    QString coolingName;
    double coolingCapacityW; // dry coolers sized for stage 2's design heat (every rack at peak)
    const char *computeType;
    int halls;
    int computeRacksPerHall;
    int computeRacksPerRow;
    double blockRatingVa, switchboardRatingA, buswayRatingA;
    double floorLoadLimitKgPerM2;
};

// The baseline: stage 2 as ten more GB300 halls, like stage 1.
Stage2Plan baselinePlan()
{
    return {QStringLiteral("Baseline"),
            QStringLiteral("DLC W32 dry coolers (east)"),
            290e6,
            "GB300 NVL72",
            10,
            174,
            22,
            10e6,
            14000,
            5000};
}

// "Dense Rubin": stage 2 as seven halls of 144 Vera Rubin NVL144 (190 kW design, 230 kW peak) in rows
// of 18 instead of ten GB300 halls: 16 % more IT per hall, 30 % less hall floor. A row draws 3.5 MVA,
// so its busways are 6300 A (4.4 MVA: one carries the row when the other side fails); blocks of
// 12.5 MVA so that three of four carry a hall (28.5 MVA, the worst block 10.7 MVA after a failure);
// a slab for 2 t racks (2,780 kg/m² under a rack). Sized to stay inside the 520 MW grid at design
// demand (every rack at its 230 kW peak); the dry coolers for that heat (7 × 33 MW) plus 7 % margin.
Stage2Plan denseRubinPlan()
{
    return {QStringLiteral("Dense Rubin"),
            QStringLiteral("DLC W32 dry coolers (east, Rubin)"),
            250e6,
            "Vera Rubin NVL144",
            7,
            144,
            18,
            12.5e6,
            18000,
            6300,
            3500};
}

void addScenario(Project &p, const Stage2Plan &plan)
{
    Scenario s;
    s.id = p.allocateId();
    s.name = plan.scenario;
    s.stages.append(stage(p, QStringLiteral("Stage 1"), QDate(2026, 12, 1), 230e6, 12));
    s.stages.append(stage(p, QStringLiteral("Stage 2"), QDate(2028, 7, 1), 290e6, 18));
    const Id stage1 = s.stages[0].id, stage2 = s.stages[1].id;

    const CoolingSystem loop1 = dlcW32(p, QStringLiteral("DLC W32 dry coolers (west)"), 230e6);
    const CoolingSystem loop2 = dlcW32(p, plan.coolingName, plan.coolingCapacityW);
    s.coolingSystems = {loop1, loop2};

    // Two 132 kV grid connections (Statnett), one per stage.
    auto grid = [&](const QString &name, double va, Id st) {
        PowerNode g;
        g.id = p.allocateId();
        g.name = name;
        g.kind = PowerNodeKind::GridConnection;
        g.stageId = st;
        g.voltageV = 132e3;
        g.ratingVa = va;
        g.powerFactor = 0.97;
        s.powerNodes.append(g);
        return g.id;
    };
    const Id grid1 = grid(QStringLiteral("Grid connection Kvandal 132 kV (stage 1)"), 250e6, stage1);
    const Id grid2 = grid(QStringLiteral("Grid connection Kvandal 132 kV (stage 2)"), 320e6, stage2);

    // 100,000 GPUs ≈ 1,389 GB300 NVL72 racks in stage 1: 7 halls of 174 and one of 171.
    const RackType *gb300 = typeNamed(p, QStringLiteral("GB300 NVL72"));
    const RackType *stage2Compute = typeNamed(p, QLatin1String(plan.computeType));
    const RackType *network = typeNamed(p, QStringLiteral("Network rack"));
    const RackType *storage = typeNamed(p, QStringLiteral("Storage rack"));
    constexpr double Gap = 8.0; // m between halls (fire separation, roads)
    const int hallCount = 8 + plan.halls;
    for (int i = 0; i < hallCount; ++i) {
        const bool first = i < 8;
        const int local = first ? i : i - 8;
        const int perRow = first ? 4 : 5;
        HallRecipe r;
        r.name = QStringLiteral("H") + QString::number(i + 1).rightJustified(2, QLatin1Char('0'));
        // Stage 1 is the west building (2 × 4 halls), stage 2 the east building (2 × 5) past a yard.
        r.xM =
            (first ? 0.0 : 4 * (SampleHallWidthM + Gap) + 30.0) + (local % perRow) * (SampleHallWidthM + Gap);
        r.yM = (local / perRow) * (SampleHallDepthM + Gap);
        r.stageId = first ? stage1 : stage2;
        r.coolingSystemId = first ? loop1.id : loop2.id;
        r.gridConnectionId = first ? grid1 : grid2;
        r.compute = first ? gb300 : stage2Compute;
        r.computeRacks = i == 7 ? 171 : first ? 174 : plan.computeRacksPerHall;
        r.network = network;
        r.storage = storage;
        if (!first) {
            r.computeRacksPerRow = plan.computeRacksPerRow;
            r.blockRatingVa = plan.blockRatingVa;
            r.switchboardRatingA = plan.switchboardRatingA;
            r.buswayRatingA = plan.buswayRatingA;
            r.floorLoadLimitKgPerM2 = plan.floorLoadLimitKgPerM2;
        }
        buildHall(p, s, r);
    }

    // Load: GPU racks train flat at 85 % (METHOD §1); network and storage run steadier at 60 %.
    LoadProfile training;
    training.id = p.allocateId();
    training.name = QStringLiteral("Training (flat 85 %)");
    training.baseUtilisation = 0.85;
    s.loadProfiles.append(training);
    for (const RackType *t : {network, storage}) {
        LoadProfile lp;
        lp.id = p.allocateId();
        lp.name = t->name + QStringLiteral(" (flat 60 %)");
        lp.rackTypeId = t->id;
        lp.baseUtilisation = 0.60;
        s.loadProfiles.append(lp);
    }

    // Heat to Narvik's district heating through the utility's own heat pump (outside the DC).
    HeatOfftake dh;
    dh.id = p.allocateId();
    dh.name = QStringLiteral("Narvik district heating");
    dh.stageId = stage1;
    dh.capacityW = 20e6;
    dh.minSupplyC = 0; // own heat pump lifts the 42 °C return
    dh.pricePerMWh = 15;
    s.heatOfftakes.append(dh);

    // Energy: NO4 grid (NVE 2023 location-based 15 g/kWh, 95 % renewable; residual mix ~402 g),
    // spot ≈ 34 øre/kWh ≈ 30 EUR/MWh + reduced elavgift; hydro PPAs; guarantees of origin.
    s.supply.grid = {QStringLiteral("NO4 Nord-Norge"), 0.95, 0.015, 0.402, 31.0};
    s.supply.ppas.append(
        {p.allocateId(), QStringLiteral("Hydro PPA stage 1"), PpaTechnology::Hydro, stage1, 150e6, 0, 33.0});
    s.supply.ppas.append(
        {p.allocateId(), QStringLiteral("Hydro PPA stage 2"), PpaTechnology::Hydro, stage2, 200e6, 0, 35.0});
    s.supply.ppas.append(
        {p.allocateId(), QStringLiteral("Wind PPA Nordland"), PpaTechnology::Wind, stage2, 60e6, 0, 38.0});
    s.supply.guarantees.append({p.allocateId(), QStringLiteral("GoO stage 1"), stage1, 400000, 0.5});
    s.supply.guarantees.append({p.allocateId(), QStringLiteral("GoO stage 2"), stage2, 500000, 0.5});

    addTenants(p, s, s.stages[0].energisation, s.stages[1].energisation, hallCount);
    p.scenarios.append(s);
}

} // namespace

Project makeEmptyProject(const QString &name)
{
    return makeNewProject(name, SiteTemplate::Nordic);
}

Project makeNarvikSample()
{
    Project p;
    p.name = QStringLiteral("Narvik AI campus");
    p.description =
        QStringLiteral("Reference case: a sovereign, hydro-powered AI campus at Kvandal near Narvik, "
                       "230 MW in stage 1 (about 100,000 GB300 GPUs), expanding by 290 MW to 520 MW. "
                       "Two layout variants: the baseline (stage 2 as ten more GB300 halls) and "
                       "'Dense Rubin' (stage 2 as seven halls of Vera Rubin NVL144 racks).");
    p.site.name = QStringLiteral("Kvandal, Narvik");
    p.site.country = QStringLiteral("NO");
    p.site.latitudeDeg = 68.50;
    p.site.longitudeDeg = 17.60;
    p.site.climate = narvikClimate();
    addCatalogue(p);
    p.costs = narvikCosts();

    addScenario(p, baselinePlan());
    addScenario(p, denseRubinPlan());

    // Opex items are project-wide; with no stage they run from each scenario's first stage (a stage id
    // belongs to one scenario, and the other would leave the item out).
    p.opex.append({p.allocateId(), QStringLiteral("Insurance and property tax"), NoId, 4.0e6});
    p.opex.append({p.allocateId(), QStringLiteral("Network and fibre (4 routes)"), NoId, 1.5e6});
    // Each variant gets the presets for its own tenants and stages.
    for (qsizetype i = 0; i < p.scenarios.size(); ++i) {
        const Id id = p.scenarios[i].id;
        p.scenarios[i].uncertainInputs = narvikUncertainInputs(p, id);
    }
    return p;
}

} // namespace fjord
