#pragma once

// One source for the utilisation above which a power node needs attention before it is overloaded:
// the Power tab paints its bar amber above it and the analysis lists a `power.utilisation_high`
// warning (docs/power.md §3). A ratio of the node's rating (0.80 = 80 %).
namespace fjord {

inline constexpr double UtilisationWarnRatio = 0.80;

} // namespace fjord
