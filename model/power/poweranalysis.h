#pragma once

#include "model/problem.h"
#include "model/project.h"
#include "model/results.h"

namespace fjord {

// Loading of every power node of the campus as built through stage index `stageIndex`, at the
// racks' design power (METHOD §7): kW, kVA, utilisation, worst single-failure utilisation,
// per-phase currents, imbalance and neutral current; also the load with every rack at its peak
// power. Appends power problems (overload, overload at peak power (a warning), failover overload,
// imbalance, unfed rack, single-corded rack in a 2N design) to `problems`.
QList<PowerNodeLoading> analysePower(const Project &project, const Scenario &scenario, int stageIndex,
                                     QList<Problem> &problems);

// The same with the racks resolved once for several stages (the engine analyses every stage).
struct RackDigest;
QList<PowerNodeLoading> analysePower(const Project &project, const Scenario &scenario, int stageIndex,
                                     const RackDigest &racks, QList<Problem> &problems);

} // namespace fjord
