#pragma once

// A small two-stage campus for the analysis-tab tests, with figures easy to check by hand:
// stage 1 (energised 2026-12-01, +230 MW grid, 6 months ramp-up) builds hall H1 with 20 racks,
// stage 2 (2028-07-01, +290 MW, 12 months) hall H2 with 30 racks; racks 135 kW, 72 GPUs, 3 M each.
// The climate is 10 °C except 100 hours at 26 °C and 50 hours at 31 °C:
// mean (8610·10 + 100·26 + 50·31) / 8760 = 10.30 °C; 150 h above 20 and 25 °C, 50 h above 30 °C.

#include "model/project.h"

namespace fjord::test {

inline Climate analysisTestClimate()
{
    Climate c;
    c.name = QStringLiteral("Test climate");
    c.source = QStringLiteral("analysistestproject.h");
    for (int h = 0; h < HoursPerYear; ++h) {
        double t = 10.0;
        if (h >= 4800 && h < 4900)
            t = 26.0;
        else if (h >= 4900 && h < 4950)
            t = 31.0;
        c.dryBulbC.append(t);
        c.dewPointC.append(t - 5.0);
        c.relHumidityPct.append(70.0);
        c.pressurePa.append(101325.0);
        c.ghiWhPerM2.append((h % 24 >= 8 && h % 24 < 16) ? 300.0 : 0.0);
        c.windSpeedMPerS.append(8.0);
    }
    return c;
}

inline Project analysisTestProject()
{
    Project p;
    p.name = QStringLiteral("Analysis test campus");
    p.site.name = QStringLiteral("Test site");
    p.site.climate = analysisTestClimate();

    RackType gb300;
    gb300.id = p.allocateId();
    gb300.name = QStringLiteral("GB300 NVL72");
    gb300.designPowerW = 135e3;
    gb300.gpus = 72;
    gb300.liquidFraction = 0.85;
    gb300.massKg = 1360;
    gb300.unitCost = 3e6;
    p.rackTypes.append(gb300);

    p.costs.currency = QStringLiteral("EUR");
    p.costs.buildingPerW = 3.0;
    p.costs.electricalPerW = 2.5;
    p.costs.mechanicalPerW = 1.5;
    p.costs.gridPerVa = 0.05;
    p.costs.softCostFraction = 0.10;
    p.costs.contingencyFraction = 0.05;
    p.costs.maintenanceFraction = 0.02;
    p.costs.staffPerYear = 2e6;
    p.costs.sourceNote = QStringLiteral("test figures");

    Scenario s;
    s.id = p.allocateId();
    s.name = QStringLiteral("Baseline");

    Stage s1;
    s1.id = p.allocateId();
    s1.name = QStringLiteral("Stage 1");
    s1.energisation = QDate(2026, 12, 1);
    s1.gridCapacityAddedW = 230e6;
    s1.rampUpMonths = 6;
    Stage s2;
    s2.id = p.allocateId();
    s2.name = QStringLiteral("Stage 2");
    s2.energisation = QDate(2028, 7, 1);
    s2.gridCapacityAddedW = 290e6;
    s2.rampUpMonths = 12;
    s.stages = {s1, s2};

    CoolingSystem cs;
    cs.id = p.allocateId();
    cs.name = QStringLiteral("Liquid loop W32");
    s.coolingSystems.append(cs);

    LoadProfile training;
    training.id = p.allocateId();
    training.name = QStringLiteral("Training");
    s.loadProfiles.append(training);

    for (int hallIndex = 0; hallIndex < 2; ++hallIndex) {
        Hall hall;
        hall.id = p.allocateId();
        hall.name = QStringLiteral("H%1").arg(hallIndex + 1);
        hall.xM = hallIndex * 100.0;
        hall.widthM = 80;
        hall.depthM = 40;
        hall.stageId = hallIndex == 0 ? s1.id : s2.id;
        hall.coolingSystemId = cs.id;
        s.halls.append(hall);
        const int racks = hallIndex == 0 ? 20 : 30;
        for (int r = 0; r < racks; ++r) {
            Rack rack;
            rack.id = p.allocateId();
            rack.name = QStringLiteral("%1-%2").arg(hall.name).arg(r + 1);
            rack.hallId = hall.id;
            rack.rackTypeId = gb300.id;
            rack.stageId = hall.stageId;
            rack.xM = 2.0 + (r % 10) * 1.0;
            rack.yM = 5.0 + (r / 10) * 4.0;
            s.racks.append(rack);
        }
    }

    s.supply.grid.name = QStringLiteral("NO4");
    s.supply.grid.renewableShare = 0.95;
    s.supply.grid.carbonKgPerKWh = 0.015;
    s.supply.grid.residualMixKgPerKWh = 0.4;
    s.supply.grid.pricePerMWh = 30.0;
    Ppa hydro;
    hydro.id = p.allocateId();
    hydro.name = QStringLiteral("Hydro PPA");
    hydro.technology = PpaTechnology::Hydro;
    hydro.stageId = s1.id;
    hydro.capacityW = 1e6;
    hydro.pricePerMWh = 25.0;
    s.supply.ppas.append(hydro);
    GuaranteeOfOrigin goo;
    goo.id = p.allocateId();
    goo.name = QStringLiteral("GoO NO");
    goo.stageId = s1.id;
    goo.mwhPerYear = 1000;
    goo.pricePerMWh = 1.0;
    s.supply.guarantees.append(goo);

    OpexItem insurance;
    insurance.id = p.allocateId();
    insurance.name = QStringLiteral("Insurance");
    insurance.stageId = s1.id;
    insurance.perYear = 1e6;
    p.opex.append(insurance);

    p.scenarios.append(s);
    return p;
}

} // namespace fjord::test
