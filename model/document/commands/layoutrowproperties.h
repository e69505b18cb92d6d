#pragma once

#include "model/document/commands/layoutchangecommand.h"
#include "model/project.h"

#include <optional>

// Builder of a row's property edit (see layoutedits.h for the contract: a pure function, an empty
// delta and *error when refused). A row is edited as one: its racks follow the row's new values.
namespace fjord::layout {

struct RowProperties {
    std::optional<QString> name; // unique among the hall's rows; racks named after the row follow
    std::optional<double> xM;    // start of the row's line, hall-local metres: the racks move with it
    std::optional<double> yM;
    std::optional<double> rotationDeg; // direction of the line, clockwise: the racks turn about the start
    std::optional<int> rackCount;      // racks added at the end (like the last one) or removed from the end
    std::optional<double> pitchM; // centre-to-centre distance, m: the racks are laid again along the line
    std::optional<AisleSide> hotAisle; // which side the racks' backs face: flipping turns every rack 180°
    std::optional<Id> rackTypeId;      // set on every rack of the row
    std::optional<Id> stageId;         // set on every rack of the row
    std::optional<Id> feedA;           // default A feed of racks the row adds (a power node, or NoId)
    std::optional<Id> feedB;           // default B feed
};

// Refused (with the reason in *error) for an unknown row, an empty or duplicate name, fewer than
// one rack, a non-positive pitch, an unknown type, stage or feed node, or a result with a rack outside
// the hall.
LayoutDelta setRowProperties(const Project &project, const Scenario &scenario, Id rowId,
                             const RowProperties &properties, QString *error = nullptr);

} // namespace fjord::layout
