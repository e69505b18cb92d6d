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
    // Set only while a risk study delays the stage (stage.delay_months): the energisation before the
    // slip. The facility is paid by then (its capex stays in that year; METHOD §8.1), the valuation
    // starts from it, and IT purchases, energy and revenue follow `energisation`. Not saved.
    QDate plannedEnergisation;

    bool operator==(const Stage &) const = default;
};

} // namespace fjord
