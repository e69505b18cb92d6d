#pragma once

// Internal to the engine. METHOD §1: IT load of the racks built through a stage.

#include "model/engine/hourlyseries.h"
#include "model/problem.h"
#include "model/project.h"

#include <QList>

#include <optional>
#include <vector>

namespace fjord {
struct RackDigest;
}

namespace fjord::engine {

// IT load of the racks of one cooling system in the campus through a stage.
struct CoolingLoad {
    int system = 0;             // index into LoadModel::systems()
    double capacityW = 0;       // Σ design power
    double liquidCapacityW = 0; // Σ design power × liquid fraction
    double peakW = 0;           // Σ peak power (METHOD v2 §4: the design load)
    double liquidPeakW = 0;     // Σ peak power × liquid fraction
    HourlySeries itW;           // Σ P_r · u_r(h)
    HourlySeries liquidW;       // Σ f_liq · P_r · u_r(h)
};

struct StageLoad {
    int racks = 0;
    int gpus = 0;
    double itCapacityW = 0;
    double itPeakW = 0;         // Σ peak power of the racks
    double itUnitCost = 0;      // Σ RackType::unitCost of the racks
    QList<CoolingLoad> systems; // only systems that serve at least one rack
};

// Indexes the racks once per evaluation: each rack (a RackDigest group at a time) goes into a group keyed
// by (stage, load profile, cooling system) so that the hourly work is O(groups × hours), not O(racks ×
// hours).
class LoadModel {
public:
    LoadModel(const Project &project, const Scenario &scenario, const RackDigest &racks,
              const ClimateSeries *climate, QList<Problem> &problems);

    // The cooling systems racks can use: the scenario's, then the METHOD defaults for halls without one.
    const QList<CoolingSystem> &systems() const { return m_systems; }

    // Racks whose stage index is <= stageIndex. Hourly series only when `hourly` (and a climate is set).
    StageLoad through(int stageIndex, bool hourly) const;

    // Utilisation of load profile `profile` (index into the scenario's profiles; -1: training 0.85).
    static HourlySeries utilisation(const LoadProfile &profile, const HourlySeries &hourOfDay);
    // The utilisation of a profile that is the same every hour (training; a custom profile of the wrong
    // length, which falls back to its base), clamped as utilisation() clamps it; absent otherwise.
    static std::optional<double> constantUtilisation(const LoadProfile &profile);

private:
    struct Group {
        int stage = 0;
        int profile = 0; // index into m_profiles
        int system = 0;  // index into m_systems
        int racks = 0;
        int gpus = 0;
        double powerW = 0;
        double liquidW = 0;
        double peakW = 0;
        double liquidPeakW = 0;
        double unitCost = 0;
    };
    int groupIndex(int stage, int profile, int system);

    QList<CoolingSystem> m_systems;
    QList<LoadProfile> m_profiles;           // the scenario's, then the default training profile
    std::vector<HourlySeries> m_utilisation; // per profile, empty when not used, constant or no climate
    std::vector<std::optional<double>> m_constantUtilisation; // per profile (constantUtilisation)
    std::vector<Group> m_groups;
};

} // namespace fjord::engine
