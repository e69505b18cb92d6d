#pragma once

#include "model/project.h"

namespace fjord {

// Lays out one AI data hall of the sample campus: rows of racks in hot-aisle pairs, and its
// power chain (4 transformers -> 4 UPS blocks in a distributed 4N/3 group -> 4 switchboards ->
// one A and one B busway per row), every rack fed from two different blocks.
struct HallRecipe {
    QString name;          // "H01"
    double xM = 0, yM = 0; // site position of the top-left corner, m
    Id stageId = NoId;
    Id coolingSystemId = NoId;
    Id gridConnectionId = NoId; // parent of the hall's transformers
    const RackType *compute = nullptr;
    int computeRacks = 174;
    int computeRacksPerRow = 22; // denser racks: fewer per row, so that a row's busway carries it alone
    const RackType *network = nullptr;
    int networkRacks = 22;
    const RackType *storage = nullptr;
    int storageRacks = 3;
    // Power chain ratings: one block's transformer and UPS, its switchboard and each busway (400 V).
    double blockRatingVa = 10e6;
    double switchboardRatingA = 14000;   // 9.7 MVA
    double buswayRatingA = 5000;         // 3.46 MVA
    double floorLoadLimitKgPerM2 = 2500; // slab on grade for ~1.4 t liquid-cooled racks
};

void buildHall(Project &project, Scenario &scenario, const HallRecipe &recipe);

// Geometry of the sample halls (metres): fixed so that all halls of a stage look alike.
constexpr double SampleHallWidthM = 22.0;
constexpr double SampleHallDepthM = 35.0;

} // namespace fjord
