#pragma once

#include "model/project.h"

namespace fjord::test {

// A small, complete project for document and UI tests (no dependency on the Narvik sample):
// two scenarios, "Baseline" with two stages, one hall, one row, three racks of one type,
// a grid -> transformer -> UPS chain and one cooling system. Ids are fixed (see below).
namespace ids {
constexpr Id RackTypeGb300 = 1, Baseline = 2, Stage1 = 3, Stage2 = 4, Hall1 = 5, Row1 = 6, Rack1 = 7,
             Rack2 = 8, Rack3 = 9, Grid = 10, Transformer = 11, Ups = 12, Cooling = 13, UpsGroup = 14,
             Variant = 15, VariantStage = 16;
}

// A constant, mild year (5 °C, 70 % RH, 5 m/s wind): complete, so the engine can run on it.
inline Climate makeConstantClimate(double dryBulbC = 5.0)
{
    Climate c;
    c.name = QStringLiteral("Constant %1 °C").arg(dryBulbC);
    c.source = QStringLiteral("tests");
    c.dryBulbC = QList<double>(HoursPerYear, dryBulbC);
    c.dewPointC = QList<double>(HoursPerYear, dryBulbC - 5.0);
    c.relHumidityPct = QList<double>(HoursPerYear, 70.0);
    c.pressurePa = QList<double>(HoursPerYear, 101325.0);
    c.ghiWhPerM2 = QList<double>(HoursPerYear, 0.0);
    c.windSpeedMPerS = QList<double>(HoursPerYear, 5.0);
    return c;
}

inline Project makeTestProject()
{
    Project p;
    p.name = QStringLiteral("Test campus");
    p.description = QStringLiteral("A tiny campus for tests");
    p.site.name = QStringLiteral("Testvik");
    p.site.climate = makeConstantClimate();

    RackType t;
    t.id = ids::RackTypeGb300;
    t.name = QStringLiteral("GB300 NVL72");
    t.vendor = QStringLiteral("NVIDIA");
    t.designPowerW = 135000;
    t.gpus = 72;
    t.liquidFraction = 0.85;
    t.massKg = 1360;
    t.unitCost = 3.5e6;
    p.rackTypes = {t};

    Scenario s;
    s.id = ids::Baseline;
    s.name = QStringLiteral("Baseline");
    s.stages = {Stage{ids::Stage1, QStringLiteral("Stage 1"), QDate(2026, 12, 1), 10e6, 6},
                Stage{ids::Stage2, QStringLiteral("Stage 2"), QDate(2028, 6, 1), 5e6, 12}};
    Hall h;
    h.id = ids::Hall1;
    h.name = QStringLiteral("H1");
    h.widthM = 40;
    h.depthM = 20;
    h.stageId = ids::Stage1;
    h.coolingSystemId = ids::Cooling;
    s.halls = {h};
    Row r;
    r.id = ids::Row1;
    r.hallId = ids::Hall1;
    r.name = QStringLiteral("R01");
    r.xM = 2;
    r.yM = 5;
    s.rows = {r};
    for (int i = 0; i < 3; ++i) {
        Rack k;
        k.id = ids::Rack1 + i;
        k.name = QStringLiteral("H1-R01-%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        k.hallId = ids::Hall1;
        k.rowId = ids::Row1;
        k.rackTypeId = ids::RackTypeGb300;
        k.stageId = i < 2 ? ids::Stage1 : ids::Stage2;
        k.xM = 2.3 + 0.6 * i;
        k.yM = 5.6;
        k.feeds = {RackFeed{ids::Ups, Phase::ThreePhase}};
        s.racks.append(k);
    }
    PowerNode grid;
    grid.id = ids::Grid;
    grid.name = QStringLiteral("Grid 132 kV");
    grid.kind = PowerNodeKind::GridConnection;
    grid.voltageV = 132000;
    grid.ratingVa = 20e6;
    grid.stageId = ids::Stage1;
    PowerNode tx = grid;
    tx.id = ids::Transformer;
    tx.parentId = ids::Grid;
    tx.name = QStringLiteral("TX-1");
    tx.kind = PowerNodeKind::Transformer;
    tx.voltageV = 400;
    tx.ratingVa = 2e6;
    PowerNode ups = tx;
    ups.id = ids::Ups;
    ups.parentId = ids::Transformer;
    ups.name = QStringLiteral("UPS-A1");
    ups.kind = PowerNodeKind::Ups;
    ups.redundancyGroupId = ids::UpsGroup;
    ups.ratingVa = 1e6;
    s.powerNodes = {grid, tx, ups};
    s.redundancyGroups = {
        RedundancyGroup{ids::UpsGroup, QStringLiteral("UPS group A"), RedundancyScheme::N, 1, 1}};
    CoolingSystem c;
    c.id = ids::Cooling;
    c.name = QStringLiteral("Liquid loop 1");
    // Sized for 32 °C, not the constant year's 0.4 % dry bulb (5 °C): the design hour stays hotter
    // than every hour of the year, as the Overview test expects.
    c.designAmbientFromClimate = false;
    s.coolingSystems = {c};

    Scenario v;
    v.id = ids::Variant;
    v.name = QStringLiteral("Dense variant");
    v.stages = {Stage{ids::VariantStage, QStringLiteral("Stage 1"), QDate(2027, 1, 1), 20e6, 3}};
    p.scenarios = {s, v};
    p.nextId = 100;
    return p;
}

} // namespace fjord::test
