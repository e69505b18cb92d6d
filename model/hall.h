#pragma once

#include "model/ids.h"

#include <QString>

namespace fjord {

// A data hall: a rectangle on the site plan. (xM, yM) is its top-left corner in site metres
// (x to the east, y to the south, as on screen); rotation turns it about that corner.
struct Hall {
    Id id = NoId;
    QString name; // "H1"
    double xM = 0.0;
    double yM = 0.0;
    double widthM = 0.0; // along its own x axis, m
    double depthM = 0.0; // along its own y axis, m
    double rotationDeg = 0.0;
    Id stageId = NoId;                // stage that builds the hall
    Id coolingSystemId = NoId;        // cooling system serving the hall
    double floorLoadLimitKgPerM2 = 0; // structural limit, kg/m² (0: not set)
    Id tenantId = NoId; // tenant the capacity is allocated to: every rack in the hall unless its row or the
                        // rack says otherwise

    double areaM2() const { return widthM * depthM; }
    bool operator==(const Hall &) const = default;
};

} // namespace fjord
