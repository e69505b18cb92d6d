#pragma once

#include "model/ids.h"

#include <QDate>
#include <QString>

namespace fjord {

// One expansion stage. Stages are ordered; stage N's figures describe the campus as built
// through stage N (cumulative). Objects (halls, racks, power nodes, PPAs) name the stage that builds them.
struct Stage {
    Id id = NoId;
    QString name;                  // "Stage 1"
    QDate energisation;            // first day the stage's capacity is energised
    double gridCapacityAddedW = 0; // grid connection capacity this stage adds, W
    int rampUpMonths = 0;          // months from energisation to full load

    bool operator==(const Stage &) const = default;
};

} // namespace fjord
