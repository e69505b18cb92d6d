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
    const RackType *network = nullptr;
    int networkRacks = 22;
    const RackType *storage = nullptr;
    int storageRacks = 3;
};

void buildHall(Project &project, Scenario &scenario, const HallRecipe &recipe);

// Geometry of the sample halls (metres): fixed so that all halls of a stage look alike.
constexpr double SampleHallWidthM = 22.0;
constexpr double SampleHallDepthM = 35.0;

} // namespace fjord
