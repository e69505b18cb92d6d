#pragma once

#include "model/ids.h"

#include <QString>

namespace fjord {

enum class AisleSide { Front, Back }; // which side of the row faces the hot aisle

// A row of racks inside a hall. Its racks carry their own positions; the row records the line
// they were laid on so that it can be moved, renumbered and checked as one.
struct Row {
    Id id = NoId;
    Id hallId = NoId;
    QString name;    // "R03"
    double xM = 0.0; // start of the row's centre line, hall-local metres
    double yM = 0.0;
    double rotationDeg = 0.0; // direction of the row's line; 0 = along hall x
    double pitchM = 0.6;      // rack centre-to-centre distance along the row, m
    AisleSide hotAisle = AisleSide::Back;
    Id tenantId = NoId; // tenant the capacity is allocated to: the row's racks unless a rack says otherwise
    // Default feeds of the racks the row adds (extending it, placing a rack into it); power node ids.
    // A node removed later counts as none (so that undoing the removal brings the default back).
    Id feedA = NoId;
    Id feedB = NoId;

    bool operator==(const Row &) const = default;
};

} // namespace fjord
