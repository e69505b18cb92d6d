#pragma once

#include "model/document/commands/layoutchangecommand.h"
#include "model/project.h"

#include <optional>

// Builders of property edits of racks and halls and of renumbering (see layoutedits.h for the
// contract: pure functions, an empty delta and *error when refused).
namespace fjord::layout {

// Fields to set on every given rack; unset fields keep each rack's own value. Refused (with the
// object and the reason in *error) for a rack that would lie outside its hall.
struct RackProperties {
    std::optional<Id> rackTypeId;
    std::optional<Id> stageId;
    std::optional<QString> name; // one rack only: names are unique
    std::optional<double> xM;    // one rack only: its centre, hall-local metres
    std::optional<double> yM;
    std::optional<double> rotationDeg; // clockwise on screen, about the rack's centre; wrapped to [0, 360)
};
LayoutDelta setRackProperties(const Project &project, const Scenario &scenario, const QList<Id> &rackIds,
                              const RackProperties &properties, QString *error = nullptr);

struct HallProperties {
    std::optional<QString> name;
    std::optional<double> widthM;
    std::optional<double> depthM;
    std::optional<double> floorLoadLimitKgPerM2; // 0: no limit
    std::optional<Id> coolingSystemId;
    std::optional<Id> stageId;
    std::optional<double> xM; // the hall's top-left corner, site metres (its rows and racks move with it)
    std::optional<double> yM;
    std::optional<double> rotationDeg; // clockwise on screen, about that corner; wrapped to [0, 360)
};
// Refused for a non-positive size, a size that would leave racks outside, a negative floor load
// limit, an unknown cooling system/stage, or a size or place where the hall would overlap another
// hall it did not overlap before.
LayoutDelta setHallProperties(const Project &project, const Scenario &scenario, Id hallId,
                              const HallProperties &properties, QString *error = nullptr);

// Renames the rows and racks of the halls that contain `ids` (all halls when empty): rows R01.. by
// position (top to bottom, then left to right), racks H1-R03-12 in order along their row,
// free-standing racks H1-S-01.. by position.
LayoutDelta renumber(const Scenario &scenario, const QList<Id> &ids);

} // namespace fjord::layout
