#include "ui/floorplan/tenantoverlay.h"

#include "ui/charts/tenantcolours.h"

#include <QCoreApplication>

namespace fjord::ui {

bool updateTenantOverlay(FloorPlanStyle &style, const Scenario &scenario)
{
    QHash<Id, QColor> colourOf; // tenant id -> colour
    QList<std::pair<QColor, QString>> legend;
    for (int i = 0; i < scenario.tenants.size(); ++i) {
        colourOf.insert(scenario.tenants[i].id, tenantColour(i));
        legend.append({tenantColour(i), scenario.tenants[i].name});
    }
    legend.append({unallocatedColour(), QCoreApplication::translate("fjord::ui::FloorPlan", "Unallocated")});

    QHash<Id, Id> hallTenant, rowTenant;
    for (const Hall &h : scenario.halls)
        if (h.tenantId != NoId)
            hallTenant.insert(h.id, h.tenantId);
    for (const Row &r : scenario.rows)
        if (r.tenantId != NoId)
            rowTenant.insert(r.id, r.tenantId);
    QHash<Id, QColor> rackColour;
    rackColour.reserve(scenario.racks.size());
    for (const Rack &rack : scenario.racks) {
        Id tenant = rack.tenantId;
        if (tenant == NoId)
            tenant = rowTenant.value(rack.rowId, NoId);
        if (tenant == NoId)
            tenant = hallTenant.value(rack.hallId, NoId);
        const auto it = colourOf.constFind(tenant); // a removed tenant's id counts as unallocated
        if (it != colourOf.cend())
            rackColour.insert(rack.id, *it);
    }
    if (rackColour == style.rackTenant && legend == style.tenantLegend)
        return false;
    style.rackTenant = std::move(rackColour);
    style.tenantLegend = std::move(legend);
    return true;
}

} // namespace fjord::ui
