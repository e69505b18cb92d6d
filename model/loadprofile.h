#pragma once

#include "model/ids.h"

#include <QList>
#include <QString>

namespace fjord {

enum class LoadProfileKind { Training, Inference, Custom };

// Utilisation of the racks' design power over the hours of a year (METHOD §1).
// training: u = base; inference: u = base + amplitude·sin(2π(hour_of_day − 9)/24), clamped to [0, 1];
// custom: 8760 values given by the user.
struct LoadProfile {
    Id id = NoId;
    QString name;
    LoadProfileKind kind = LoadProfileKind::Training;
    Id rackTypeId = NoId;          // rack type it applies to; NoId: every type without its own
    double baseUtilisation = 0.85; // u0, 0..1
    double amplitude = 0.0;        // a (inference), 0..1
    QList<double> hourly;          // custom: HoursPerYear values, 0..1

    bool operator==(const LoadProfile &) const = default;
};

} // namespace fjord
