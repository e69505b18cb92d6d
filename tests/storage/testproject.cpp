#include "testproject.h"

#include <cmath>

namespace fjord::test {

namespace {

Climate fullClimate()
{
    Climate c;
    c.name = QStringLiteral("Test climate ÆØÅ");
    c.source = QStringLiteral("generated in the test");
    c.latitudeDeg = 68.44;
    c.longitudeDeg = 17.43;
    c.elevationM = 31.5;
    c.timeZoneHours = 1.0;
    c.filledValues = 7;
    for (int h = 0; h < HoursPerYear; ++h) {
        // Irrational-looking fractions so that a float round (e.g. via text) would be caught.
        c.dryBulbC.append(3.9 + 12.3 * std::sin(h * 0.000717) + 0.1 / (h + 3));
        c.dewPointC.append(-1.7 + 0.001 * h);
        c.relHumidityPct.append(70.0 + std::fmod(h * 0.37, 25.0));
        c.pressurePa.append(100500.0 + h % 300);
        c.ghiWhPerM2.append(h % 24 > 8 && h % 24 < 16 ? 150.25 + h % 7 : 0.0);
        c.windSpeedMPerS.append(4.2 + std::cos(h * 0.3));
    }
    // Series compare bit for bit (QList<double> uses memcmp): −0.0 must survive, and whole numbers
    // must come back as the same doubles.
    c.dryBulbC[17] = -0.0;
    c.dewPointC[18] = -0.0;
    return c;
}

Scenario scenario(Id base, int n)
{
    const Id stage1 = base + 1, stage2 = base + 2, hall = base + 3, row = base + 4, cooling = base + 5,
             group = base + 6, grid = base + 7, ups = base + 8, busA = base + 9, busB = base + 10;
    Scenario s;
    s.id = base;
    s.name = QStringLiteral("Scenario %1").arg(n);
    s.stages = {
        Stage{stage1, QStringLiteral("Stage 1"), QDate(2026, 12, 1), 230e6 + n, 6 + n},
        Stage{stage2, QStringLiteral("Stage 2"), QDate(2029, 3, 15), 290e6, 12},
    };
    Hall h;
    h.id = hall;
    h.name = QStringLiteral("H%1").arg(n);
    h.xM = 10.5;
    h.yM = -20.25;
    h.widthM = 120.0;
    h.depthM = 60.0 + n;
    h.rotationDeg = 15.0;
    h.stageId = stage2;
    h.coolingSystemId = cooling;
    h.floorLoadLimitKgPerM2 = 2000.0;
    h.tenantId = base + 90;
    s.halls = {h};

    Row r;
    r.id = row;
    r.hallId = hall;
    r.name = QStringLiteral("R01");
    r.xM = 3.5;
    r.yM = 4.25;
    r.rotationDeg = 90.0;
    r.pitchM = 0.65;
    r.hotAisle = AisleSide::Front;
    r.tenantId = base + 91;
    r.feedA = busA;
    r.feedB = busB;
    s.rows = {r};

    for (int i = 0; i < 3; ++i) {
        Rack k;
        k.id = base + 20 + i;
        k.name = QStringLiteral("H%1-R01-%2").arg(n).arg(i + 1);
        k.hallId = hall;
        k.rowId = i == 2 ? NoId : row; // one free-standing rack
        k.rackTypeId = 2;
        k.stageId = stage1;
        k.xM = 3.5 + 0.65 * i;
        k.yM = 4.25;
        k.rotationDeg = 180.0;
        k.feeds = {RackFeed{busA, Phase::L1}, RackFeed{busB, Phase::L2}, RackFeed{busA, Phase::L3},
                   RackFeed{busB, Phase::ThreePhase}};
        s.racks.append(k);
    }
    // A dangling reference is stored as it is; validation reports it.
    s.racks[1].feeds.append(RackFeed{999999, Phase::L2});
    s.racks[2].tenantId = base + 90;

    Tenant anchor;
    anchor.id = base + 90;
    anchor.name = QStringLiteral("Anchør offtaker");
    anchor.tenantClass = TenantClass::Anchor;
    anchor.contract = ContractKind::GpuHours;
    anchor.price = 1.3 + n;
    anchor.expectedUtilisation = 0.95;
    anchor.start = QDate(2027, 2, 1);
    anchor.termYears = 5;
    anchor.escalationPerYear = 0.015;
    anchor.reletPrice = 1.2;
    anchor.vacancyMonths = 3;
    anchor.notes = QStringLiteral("DOMAIN §1: 5 years, USD 6.2 bn");
    Tenant research;
    research.id = base + 91;
    research.name = QStringLiteral("Research");
    research.tenantClass = TenantClass::Research;
    research.contract = ContractKind::ReservedRacks; // start left unset (NULL in the file)
    research.price = 90000;
    s.tenants = {anchor, research};

    // Every field away from its default, a discrete list in an order that is not sorted.
    UncertainInput price;
    price.id = base + 95;
    price.parameter = QStringLiteral("tenant.price:%1").arg(anchor.id);
    price.kind = DistributionKind::Normal;
    price.low = 0.9 + n;
    price.mode = 1.3 + n;
    price.high = 1.7 + n;
    price.sd = 0.21;
    price.reason = QStringLiteral("Spot GPU-hour prices fell 40 % in 2025 (assumption) – ±0.4");
    UncertainInput weather;
    weather.id = base + 96;
    weather.parameter = QStringLiteral("cooling.supply_c:%1").arg(base + 30);
    weather.kind = DistributionKind::Discrete;
    weather.low = 30;
    weather.high = 36;
    weather.values = {32.5, 30.0, 36.0, 34.25};
    s.uncertainInputs = {price, weather};

    PowerNode g;
    g.id = grid;
    g.name = QStringLiteral("Grid 420 kV");
    g.kind = PowerNodeKind::GridConnection;
    g.side = FeedSide::Shared;
    g.stageId = stage1;
    g.phases = 3;
    g.voltageV = 420e3;
    g.voltageReference = VoltageReference::LineToLine;
    g.ratingBasis = RatingBasis::ApparentPower;
    g.ratingVa = 300e6;
    g.ratingA = 1.5;
    g.powerFactor = 0.97;
    g.losses = LossModel{0.001, 0.002, 0.008};
    PowerNode u;
    u.id = ups;
    u.parentId = grid;
    u.name = QStringLiteral("UPS-A1");
    u.kind = PowerNodeKind::Ups;
    u.side = FeedSide::A;
    u.redundancyGroupId = group;
    u.stageId = stage2;
    u.phases = 1;
    u.voltageV = 230.0;
    u.voltageReference = VoltageReference::LineToNeutral;
    u.ratingBasis = RatingBasis::Current;
    u.ratingVa = 2.5e6;
    u.ratingA = 3600.0;
    u.powerFactor = 0.99;
    u.losses = LossModel{0.010, 0.015, 0.011};
    PowerNode a = u;
    a.id = busA;
    a.parentId = ups;
    a.name = QStringLiteral("Busway A");
    a.kind = PowerNodeKind::Busway;
    PowerNode b = a;
    b.id = busB;
    b.name = QStringLiteral("PDU B");
    b.kind = PowerNodeKind::Pdu;
    b.side = FeedSide::B;
    PowerNode t = a;
    t.id = base + 11;
    t.name = QStringLiteral("TX1");
    t.kind = PowerNodeKind::Transformer;
    PowerNode sb = a;
    sb.id = base + 12;
    sb.name = QStringLiteral("SB1");
    sb.kind = PowerNodeKind::Switchboard;
    s.powerNodes = {g, u, a, b, t, sb};

    s.redundancyGroups = {
        RedundancyGroup{group, QStringLiteral("UPS 4N/3"), RedundancyScheme::Distributed, 4, 3},
        RedundancyGroup{base + 13, QStringLiteral("N+1"), RedundancyScheme::NPlus1, 5, 4},
        RedundancyGroup{base + 14, QStringLiteral("N"), RedundancyScheme::N, 3, 3}};

    CoolingSystem c;
    c.id = cooling;
    c.name = QStringLiteral("Liquid loop W40");
    c.supplyC = 40.0;
    c.rangeK = 11.0;
    c.dryCoolerApproachK = 7.5;
    c.cduApproachK = 2.5;
    c.chillerEta = 0.45;
    c.condenserApproachK = 11.0;
    c.evaporatorOffsetK = 2.5;
    c.copCap = 10.0;
    c.dryCoolerFanCoeff = 0.025;
    c.fanDesignAmbientC = 27.0;
    c.fanMinSpeed = 0.25;
    c.facilityPumpFraction = 0.012;
    c.cduPumpFraction = 0.006;
    c.crahFanFraction = 0.05;
    c.airSupplyC = 18.0;
    c.adiabatic = true;
    c.adiabaticOnC = 24.0;
    c.adiabaticEffectiveness = 0.65;
    c.designAmbientC = 30.0;
    c.dryCoolerCapacityW = 250e6;
    c.fanModel = DryCoolerFanModel::Sized;
    c.designAmbientFromClimate = true;
    c.designReturnC = 43.5; // not supply + range: the round trip keeps it
    s.coolingSystems = {c};

    LoadProfile custom;
    custom.id = base + 15;
    custom.name = QStringLiteral("Custom");
    custom.kind = LoadProfileKind::Custom;
    custom.rackTypeId = 2;
    custom.baseUtilisation = 0.7;
    custom.amplitude = 0.1;
    for (int hour = 0; hour < HoursPerYear; ++hour)
        custom.hourly.append(0.5 + 0.4 * std::sin(hour * 0.01 + n));
    custom.hourly[3] = -0.0;
    custom.hourly[4] = 1.0;
    LoadProfile inference;
    inference.id = base + 16;
    inference.name = QStringLiteral("Inference");
    inference.kind = LoadProfileKind::Inference;
    inference.rackTypeId = 3;
    inference.baseUtilisation = 0.6;
    inference.amplitude = 0.2;
    s.loadProfiles = {custom, inference};

    s.heatOfftakes = {HeatOfftake{base + 17, QStringLiteral("Narvik district heating"), stage2, 20e6, 65.0,
                                  14.0, -18.0, 0.25, 35.0}};
    s.supply.grid = GridSupply{QStringLiteral("NO4 (Nord-Norge)"), 0.98, 0.011, 0.4, 450.0 + n};
    s.supply.ppas = {
        Ppa{base + 18, QStringLiteral("Hydro PPA"), PpaTechnology::Hydro, stage1, 100e6, 0.5, 300.0},
        Ppa{base + 19, QStringLiteral("Wind PPA"), PpaTechnology::Wind, stage2, 50e6, 1.5, 280.0},
        Ppa{base + 30, QStringLiteral("Roof PV"), PpaTechnology::Solar, stage2, 1.0, 5000.0, 400.0}};
    s.supply.guarantees = {GuaranteeOfOrigin{base + 31, QStringLiteral("GoO 2027"), stage1, 100000.0, 0.5}};
    return s;
}

} // namespace

Project fullProject()
{
    Project p;
    p.name = QStringLiteral("Narvik AI campus — test");
    p.description = QStringLiteral("Line one\nline 'two'; with \"quotes\" and ; semicolons");
    p.site.name = QStringLiteral("Kvandal, Narvik");
    p.site.country = QStringLiteral("NO");
    p.site.latitudeDeg = 68.42;
    p.site.longitudeDeg = 17.56;
    p.site.climate = fullClimate();
    // Two other weather years (schema 9): a warmer full year, and a short one whose wind series ends
    // early (NULLs in the file), so both the bits and the NULL ends round-trip.
    Climate warmer = fullClimate();
    warmer.name = QStringLiteral("Test year 2 — warmer");
    warmer.source = QStringLiteral("another file.epw");
    for (double &t : warmer.dryBulbC)
        t += 1.5;
    Climate shortYear;
    shortYear.name = QStringLiteral("Short year");
    for (int h = 0; h < 48; ++h) {
        shortYear.dryBulbC.append(-12.25 + h * 0.125);
        if (h < 24)
            shortYear.windSpeedMPerS.append(7.0 - h * 0.0625);
    }
    p.site.weatherYears = {warmer, shortYear};
    p.settings.continuousLoad = ContinuousLoadRule::Nec80;
    p.settings.minAisleWidthM = 1.5;
    p.settings.imbalanceWarnPct = 12.5;
    p.settings.imbalanceErrorPct = 25.0;

    RackType gb300{2,
                   QStringLiteral("GB300 NVL72"),
                   QStringLiteral("NVIDIA"),
                   CoolingMethod::Air,
                   135e3,
                   72,
                   0.85,
                   0.98,
                   false,
                   4,
                   1600.0,
                   0.6,
                   1.2 + 0.001,
                   3.9e6,
                   QStringLiteral("vendor sheet"),
                   6,
                   -0.08,
                   2500.0,
                   QStringLiteral("Llama 3.1 70B FP8"),
                   155e3};
    RackType network{3,
                     QStringLiteral("Network"),
                     QStringLiteral("Arista"),
                     CoolingMethod::Liquid,
                     20e3,
                     1,
                     0.1,
                     0.9,
                     true,
                     2,
                     900.0,
                     0.8,
                     1.1,
                     5e5,
                     QStringLiteral("estimate")};
    p.rackTypes = {gb300, network};

    CostCatalogue &k = p.costs;
    k.currency = QStringLiteral("NOK");
    k.perEur = 11.5;
    k.buildingPerW = 3.1;
    k.electricalPerW = 4.2;
    k.mechanicalPerW = 2.3;
    k.gridPerVa = 0.45;
    k.upsPerW = 0.6;
    k.softCostFraction = 0.1;
    k.contingencyFraction = 0.08;
    k.maintenanceFraction = 0.02;
    k.staffPerYear = 1.2e7;
    k.discountRate = 0.07;
    k.horizonYears = 20;
    k.sourceNote = QStringLiteral("Test figures");
    k.building = {35, 0.01};
    k.electrical = {18, 0.02};
    k.mechanical = {12, -0.01};
    k.grid = {45, 0.0};
    k.residualValue = false;
    k.taxRate = 0.25;
    p.settings.priorityCapacityTarget = 0.15;
    p.opex = {OpexItem{40, QStringLiteral("Security"), 101, 2.5e6},
              OpexItem{41, QStringLiteral("Insurance"), 102, 1e6}};

    p.scenarios = {scenario(100, 1), scenario(200, 2), scenario(300, 3)};
    p.scenarios[2].name = QStringLiteral("Empty-ish");
    p.scenarios[2].racks.clear();
    p.nextId = 1234;
    return p;
}

Project largeProject(int racks)
{
    Project p = fullProject();
    p.scenarios.resize(1);
    Scenario &s = p.scenarios.first();
    const Rack templ = s.racks.first();
    s.racks.clear();
    s.racks.reserve(racks);
    for (int i = 0; i < racks; ++i) {
        Rack k = templ;
        k.id = 10000 + i;
        k.name = QStringLiteral("H1-R%1-%2").arg(i / 20, 3, 10, QLatin1Char('0')).arg(i % 20 + 1);
        k.xM = 1.0 + 0.6 * (i % 20);
        k.yM = 2.0 + 3.0 * (i / 20);
        k.feeds = {k.feeds.at(0), k.feeds.at(1)};
        s.racks.append(k);
    }
    p.nextId = 10000 + racks;
    return p;
}

} // namespace fjord::test
