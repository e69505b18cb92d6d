#pragma once

// Internal to the engine (model/engine/*.cpp only): Eigen never reaches a public header.

#include "model/climate.h"

#include <Eigen/Core>

#include <QList>

#include <algorithm>

namespace fjord::engine {

// One value per hour of the year (HoursPerYear values), W unless a name says otherwise.
using HourlySeries = Eigen::ArrayXd;

inline HourlySeries toSeries(const QList<double> &values)
{
    return Eigen::Map<const Eigen::ArrayXd>(values.constData(), values.size());
}

inline QList<double> toList(const HourlySeries &series)
{
    return QList<double>(series.data(), series.data() + series.size()); // no zero-fill before the copy
}

inline HourlySeries zeroHours()
{
    return HourlySeries::Zero(HoursPerYear);
}

// Hourly power (W, one hour per value) to energy in MWh.
inline double toMWh(const HourlySeries &watts)
{
    return watts.sum() / 1e6;
}

// Hours [from, from + count) of the year: the engine works through a stage's year in blocks of hours
// so that the arrays of one block stay in the core's cache between the steps of its energy balance.
struct HourRange {
    int from = 0;
    int count = HoursPerYear;
};

// The climate as arrays, built once per evaluation.
struct ClimateSeries {
    HourlySeries dryBulbC;
    HourlySeries relHumidityPct;
    HourlySeries windSpeedMPerS;
    HourlySeries ghiWhPerM2;
    HourlySeries windPowerShare;      // a wind farm's output as a share of its capacity (windPowerShare())
    HourlySeries hourOfDay;           // 0..23
    std::array<int, 13> monthStart{}; // first hour of each month, [12] == HoursPerYear
};

} // namespace fjord::engine
