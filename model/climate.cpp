#include "model/climate.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <numeric>

namespace fjord {

namespace {
constexpr std::array<int, 12> DaysInMonth{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
}

std::optional<double> designDryBulbC(const Climate &climate)
{
    QList<double> t = climate.dryBulbC;
    if (t.isEmpty() || !std::all_of(t.begin(), t.end(), [](double v) { return std::isfinite(v); }))
        return std::nullopt;
    // 0.4 % of 8760 h = 35.04 h: the 35th-hottest hour (index 34 in descending order).
    const qsizetype rank =
        std::clamp<qsizetype>(qsizetype(std::lround(0.004 * double(t.size()))) - 1, 0, t.size() - 1);
    std::nth_element(t.begin(), t.begin() + rank, t.end(), std::greater<double>());
    return t[rank];
}

bool Climate::isComplete() const
{
    for (const auto *series :
         {&dryBulbC, &dewPointC, &relHumidityPct, &pressurePa, &ghiWhPerM2, &windSpeedMPerS})
        if (series->size() != HoursPerYear)
            return false;
    return true;
}

int firstHourOfMonth(int month)
{
    int days = 0;
    for (int m = 0; m < month && m < 12; ++m)
        days += DaysInMonth[m];
    return days * 24;
}

int monthOfHour(int hour)
{
    int day = hour / 24;
    for (int m = 0; m < 12; ++m) {
        if (day < DaysInMonth[m])
            return m;
        day -= DaysInMonth[m];
    }
    return 11;
}

int hourOfDay(int hour)
{
    return hour % 24;
}

int ClimateSummary::hoursAbove(double thresholdC) const
{
    return int(std::count_if(dryBulbC.begin(), dryBulbC.end(), [=](double t) { return t > thresholdC; }));
}

ClimateSummary summarise(const Climate &climate)
{
    ClimateSummary s;
    s.name = climate.name;
    s.dryBulbC = climate.dryBulbC;
    s.hours = int(climate.dryBulbC.size());
    if (s.hours == 0)
        return s;
    const auto [mn, mx] = std::minmax_element(climate.dryBulbC.begin(), climate.dryBulbC.end());
    s.minDryBulbC = *mn;
    s.maxDryBulbC = *mx;
    s.meanDryBulbC = std::accumulate(climate.dryBulbC.begin(), climate.dryBulbC.end(), 0.0) / s.hours;
    if (s.hours == HoursPerYear) {
        for (int m = 0; m < 12; ++m) {
            const int a = firstHourOfMonth(m), b = firstHourOfMonth(m + 1);
            double sum = 0.0;
            for (int h = a; h < b; ++h)
                sum += climate.dryBulbC[h];
            s.monthlyMeanDryBulbC.append(sum / (b - a));
        }
    }
    return s;
}

} // namespace fjord
