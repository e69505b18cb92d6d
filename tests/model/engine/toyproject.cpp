#include "toyproject.h"

#include <cmath>
#include <numbers>

namespace fjord::test {

Climate constantClimate(double dryBulbC, double relHumidityPct, double windMPerS, double ghi)
{
    Climate c;
    c.name = QStringLiteral("constant %1 °C").arg(dryBulbC);
    c.dryBulbC = QList<double>(HoursPerYear, dryBulbC);
    c.dewPointC = QList<double>(HoursPerYear, dryBulbC - 5);
    c.relHumidityPct = QList<double>(HoursPerYear, relHumidityPct);
    c.pressurePa = QList<double>(HoursPerYear, 101325.0);
    c.ghiWhPerM2 = QList<double>(HoursPerYear, ghi);
    c.windSpeedMPerS = QList<double>(HoursPerYear, windMPerS);
    return c;
}

Climate sineClimate(double meanC, double seasonalSwingK)
{
    Climate c = constantClimate(meanC);
    c.name = QStringLiteral("sine %1 ± %2 °C").arg(meanC).arg(seasonalSwingK);
    for (int h = 0; h < HoursPerYear; ++h) {
        const double day = h / 24.0;
        c.dryBulbC[h] = meanC + seasonalSwingK * std::cos(2 * std::numbers::pi * (day - 200) / 365.0) +
                        4.0 * std::cos(2 * std::numbers::pi * ((h % 24) - 15) / 24.0);
        c.relHumidityPct[h] = 60 + 20 * std::sin(2 * std::numbers::pi * h / 24.0);
    }
    return c;
}

void addRacks(Scenario &scenario, Id typeId, Id stageId, int count, Id &nextId)
{
    for (int i = 0; i < count; ++i) {
        Rack r;
        r.id = nextId++;
        r.name = QStringLiteral("R%1").arg(r.id);
        r.hallId = 4;
        r.rackTypeId = typeId;
        r.stageId = stageId;
        r.xM = 1.0 + i * 0.6;
        r.yM = 2.0;
        scenario.racks.append(r);
    }
}

Toy makeToy(int racks, double liquidFraction)
{
    Toy t;
    t.project.name = QStringLiteral("Toy");
    RackType type;
    type.id = 1;
    type.name = QStringLiteral("Liquid 100 kW");
    type.cooling = CoolingMethod::Liquid;
    type.designPowerW = 100e3;
    type.gpus = 72;
    type.liquidFraction = liquidFraction;
    type.unitCost = 3e6;
    t.project.rackTypes.append(type);

    Scenario s;
    s.id = 50;
    s.name = QStringLiteral("Base");
    Stage stage;
    stage.id = 2;
    stage.name = QStringLiteral("Stage 1");
    stage.energisation = QDate(2027, 1, 1);
    s.stages.append(stage);
    CoolingSystem cs;
    cs.id = 3;
    cs.name = QStringLiteral("Loop");
    // METHOD v1 as before schema 7 (the hand-computed cross-checks); v2 tests switch it on.
    cs.fanModel = DryCoolerFanModel::FanLaw;
    cs.designAmbientFromClimate = false;
    s.coolingSystems.append(cs);
    Hall hall;
    hall.id = 4;
    hall.name = QStringLiteral("H1");
    hall.widthM = 100;
    hall.depthM = 50;
    hall.stageId = 2;
    hall.coolingSystemId = 3;
    s.halls.append(hall);
    Id next = 100;
    addRacks(s, 1, 2, racks, next);
    t.project.scenarios.append(s);
    t.project.nextId = next;
    return t;
}

} // namespace fjord::test
