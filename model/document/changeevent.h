#pragma once

#include "model/ids.h"

#include <QList>

namespace fjord {

// What a command changed. Scene items, panels and charts listen for the kinds they show.
struct ChangeEvent {
    enum class Kind {
        Project, // name, description, site, settings: anything project-wide
        Climate,
        RackTypes,
        Costs,
        Scenarios, // scenarios added, removed, renamed
        Stages,
        Halls,
        Rows,
        Racks,
        PowerChain, // power nodes and redundancy groups
        Cooling,    // cooling systems, heat offtakes
        LoadProfiles,
        Supply,      // grid, PPAs, guarantees of origin
        Tenants,     // tenants added, removed, edited (allocations raise Halls/Rows/Racks)
        Uncertainty, // uncertain inputs (Monte Carlo): no effect on a single evaluation
        Everything   // a whole new project (open, revert)
    };
    Kind kind = Kind::Everything;
    QList<Id> ids; // the objects touched (empty: many or unknown)
};

} // namespace fjord
