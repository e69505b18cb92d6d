#pragma once

// Small hand-checkable projects and climates for the engine tests.

#include "model/project.h"

namespace fjord::test {

// Every hour the same weather.
Climate constantClimate(double dryBulbC, double relHumidityPct = 50.0, double windMPerS = 0.0,
                        double ghi = 0.0);

// A smooth synthetic year: mean + swing·cos(2π(day − 200)/365) + 4 K diurnal (max at 15:00).
Climate sineClimate(double meanC, double seasonalSwingK);

// One stage, one hall, one METHOD-default cooling system with METHOD v1's fan law and its own design
// ambient (32 °C), `racks` racks of a 100 kW liquid type
// (liquid fraction `liquidFraction`, 72 GPUs, unit cost 3 M), no power nodes, training 0.85 (default).
// Ids: rack type 1, stage 2, cooling system 3, hall 4, racks from 100.
struct Toy {
    Project project;
    Scenario &scenario() { return project.scenarios.front(); }
};
Toy makeToy(int racks = 10, double liquidFraction = 0.85);

// Adds `count` racks of type `typeId` in hall 4 built by stage `stageId`.
void addRacks(Scenario &scenario, Id typeId, Id stageId, int count, Id &nextId);

} // namespace fjord::test
