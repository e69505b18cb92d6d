#pragma once

#include "model/ids.h"

#include <QString>

namespace fjord {

enum class CoolingMethod { Liquid, Air };

// A kind of rack in the project's catalogue (GB300 NVL72, DGX H100 rack, network, storage...).
// Racks refer to their type by id; the type carries the figures the engine uses.
struct RackType {
    Id id = NoId;
    QString name; // "GB300 NVL72"
    QString vendor;
    CoolingMethod cooling = CoolingMethod::Liquid;
    double designPowerW = 0.0;        // design (planning) IT power of one rack, W
    int gpus = 0;                     // accelerators per rack
    double liquidFraction = 0.0;      // share of the rack's heat taken by liquid, 0..1
    double powerFactor = 0.95;        // of the rack's power supplies
    bool threePhase = true;           // three-phase feeds (else single-phase)
    int feedsPerSide = 1;             // feeds per A or B side (GB300-class: up to 4 per side)
    double massKg = 0.0;              // loaded rack mass, kg
    double widthM = 0.6;              // footprint width, m
    double depthM = 1.2;              // footprint depth, m
    double unitCost = 0.0;            // capex per rack in the project's currency (IT equipment)
    QString source;                   // where the figures come from
    int serviceLifeYears = 5;         // IT equipment life, years (METHOD §8.1)
    double priceChangePerYear = 0.0;  // unit-cost change per year for replacements, e.g. -0.1
    double tokensPerSecondPerGpu = 0; // throughput on `referenceWorkload` (0: not stated)
    QString referenceWorkload;        // the named workload the throughput is for
    double peakPowerW = 0.0;          // peak IT power of one rack, W (0: same as design power)

    // What the electrical chain and the grid are sized for (METHOD v2 §4).
    double peakW() const { return peakPowerW > 0 ? peakPowerW : designPowerW; }

    bool operator==(const RackType &) const = default;
};

} // namespace fjord
