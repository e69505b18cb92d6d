#pragma once

// Internal to the engine. The per-object analyses of the last project evaluated, kept for the next
// evaluation while what they read is unchanged: an edit of the cooling, the supply, the finance or the
// load profiles (and every step of a study of those) leaves the power chain and the tenants as they
// were, and their analysis (about a third of a full evaluation) need not run again.
//
// What the analyses read: the project's settings and rack types; the scenario's stages, halls, rows,
// racks, power nodes, redundancy groups and tenants; and, for their problems' texts, the language and
// the number format. The cache holds its own references to those lists: since QLists copy on write, a
// list with the same data pointer as the one held has the same values (an edit of a shared list gives
// it new data), so the comparison is exact, not a guess (as for the rack digest and the climate).

#include "model/engine/objectanalysis.h"

#include <memory>
#include <optional>
#include <vector>

namespace fjord::engine {

// The analyses of each of `stageIndices` made for the same inputs; empty where there are none.
std::vector<std::optional<StageObjects>> cachedStageObjects(const Project &project, const Scenario &scenario,
                                                            const std::vector<int> &stageIndices);

// Keeps `objects`, the analyses of `stageIndex` of this project, for cachedStageObjects. Analyses of
// other inputs are dropped.
void cacheStageObjects(const Project &project, const Scenario &scenario, int stageIndex,
                       const StageObjects &objects);

} // namespace fjord::engine
