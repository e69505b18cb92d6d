#include "model/power/phasemath.h"

#include <algorithm>
#include <cmath>

namespace fjord {

double neutralCurrent(const std::array<double, 3> &i)
{
    const double sq = i[0] * i[0] + i[1] * i[1] + i[2] * i[2] - i[0] * i[1] - i[1] * i[2] - i[2] * i[0];
    return std::sqrt(std::max(0.0, sq)); // rounding can push a balanced set a hair below zero
}

double imbalancePercent(const std::array<double, 3> &p)
{
    const double mean = (p[0] + p[1] + p[2]) / 3.0;
    if (mean <= 0.0)
        return 0.0;
    double worst = 0.0;
    for (double v : p)
        worst = std::max(worst, std::abs(v - mean));
    return worst / mean * 100.0;
}

} // namespace fjord
