#pragma once

#include "model/coolingsystem.h"
#include "model/energysupply.h"
#include "model/hall.h"
#include "model/loadprofile.h"
#include "model/powernode.h"
#include "model/rack.h"
#include "model/row.h"
#include "model/stage.h"
#include "model/tenant.h"
#include "model/uncertaininput.h"

#include <QHash>
#include <QList>
#include <QString>

namespace fjord {

// A layout variant: everything designable. Architects compare scenarios side by side.
struct Scenario {
    Id id = NoId;
    QString name;
    QList<Stage> stages; // in order
    QList<Hall> halls;
    QList<Row> rows;
    QList<Rack> racks;
    QList<PowerNode> powerNodes;
    QList<RedundancyGroup> redundancyGroups;
    QList<CoolingSystem> coolingSystems;
    QList<LoadProfile> loadProfiles;
    QList<HeatOfftake> heatOfftakes;
    QList<Tenant> tenants;
    EnergySupply supply;
    QList<UncertainInput> uncertainInputs; // for Monte Carlo and the tornado (model/uncertainty.h)

    // Lookups by id; nullptr when absent. Linear scans are fine at campus size for edits;
    // the engine builds its own indexes.
    const Stage *stage(Id id) const;
    const Hall *hall(Id id) const;
    const Row *row(Id id) const;
    const Rack *rack(Id id) const;
    const PowerNode *powerNode(Id id) const;
    const RedundancyGroup *redundancyGroup(Id id) const;
    const CoolingSystem *coolingSystem(Id id) const;
    const Tenant *tenant(Id id) const;
    Stage *stage(Id id);
    Hall *hall(Id id);
    Row *row(Id id);
    Rack *rack(Id id);
    PowerNode *powerNode(Id id);
    RedundancyGroup *redundancyGroup(Id id);
    CoolingSystem *coolingSystem(Id id);
    Tenant *tenant(Id id);

    int stageIndex(Id stageId) const; // position in `stages`, -1 if absent
    // True when an object of `objectStage` exists in the campus as built through stage index `n`.
    bool builtBy(Id objectStage, int n) const;
    // The tenant a rack's capacity is allocated to: the rack's own, else its row's, else its hall's
    // (NoId: unallocated).
    Id tenantOf(const Rack &rack) const;

    bool operator==(const Scenario &) const = default;
};

// Scenario::tenantOf for every rack of a scenario: the rows' and halls' tenants hashed once, where
// tenantOf looks each up in a list (linear in rows per rack). Valid while the scenario is unchanged.
class TenantResolver {
public:
    explicit TenantResolver(const Scenario &scenario);
    Id tenantOf(const Rack &rack) const;

private:
    QHash<Id, Id> m_rowTenant;  // rows with a tenant only
    QHash<Id, Id> m_hallTenant; // halls with a tenant only
};

} // namespace fjord
