#include "model/scenario.h"

#include <algorithm>

namespace fjord {

namespace {
template <typename T> T *findById(QList<T> &list, Id id)
{
    auto it = std::find_if(list.begin(), list.end(), [id](const T &t) { return t.id == id; });
    return it == list.end() ? nullptr : &*it;
}
template <typename T> const T *findById(const QList<T> &list, Id id)
{
    auto it = std::find_if(list.cbegin(), list.cend(), [id](const T &t) { return t.id == id; });
    return it == list.cend() ? nullptr : &*it;
}
} // namespace

const Stage *Scenario::stage(Id id) const
{
    return findById(stages, id);
}
const Hall *Scenario::hall(Id id) const
{
    return findById(halls, id);
}
const Row *Scenario::row(Id id) const
{
    return findById(rows, id);
}
const Rack *Scenario::rack(Id id) const
{
    return findById(racks, id);
}
const PowerNode *Scenario::powerNode(Id id) const
{
    return findById(powerNodes, id);
}
const RedundancyGroup *Scenario::redundancyGroup(Id id) const
{
    return findById(redundancyGroups, id);
}
const CoolingSystem *Scenario::coolingSystem(Id id) const
{
    return findById(coolingSystems, id);
}
const Tenant *Scenario::tenant(Id id) const
{
    return findById(tenants, id);
}
Tenant *Scenario::tenant(Id id)
{
    return findById(tenants, id);
}
Stage *Scenario::stage(Id id)
{
    return findById(stages, id);
}
Hall *Scenario::hall(Id id)
{
    return findById(halls, id);
}
Row *Scenario::row(Id id)
{
    return findById(rows, id);
}
Rack *Scenario::rack(Id id)
{
    return findById(racks, id);
}
PowerNode *Scenario::powerNode(Id id)
{
    return findById(powerNodes, id);
}
RedundancyGroup *Scenario::redundancyGroup(Id id)
{
    return findById(redundancyGroups, id);
}
CoolingSystem *Scenario::coolingSystem(Id id)
{
    return findById(coolingSystems, id);
}

int Scenario::stageIndex(Id stageId) const
{
    for (int i = 0; i < stages.size(); ++i)
        if (stages[i].id == stageId)
            return i;
    return -1;
}

bool Scenario::builtBy(Id objectStage, int n) const
{
    // An object without a stage belongs to the first stage.
    const int index = objectStage == NoId ? 0 : stageIndex(objectStage);
    return index >= 0 && index <= n;
}

Id Scenario::tenantOf(const Rack &r) const
{
    if (r.tenantId != NoId)
        return r.tenantId;
    if (r.rowId != NoId)
        if (const Row *w = row(r.rowId); w && w->tenantId != NoId)
            return w->tenantId;
    if (const Hall *h = hall(r.hallId))
        return h->tenantId;
    return NoId;
}

TenantResolver::TenantResolver(const Scenario &scenario)
{
    for (const Row &w : scenario.rows)
        if (w.tenantId != NoId)
            m_rowTenant.insert(w.id, w.tenantId);
    for (const Hall &h : scenario.halls)
        if (h.tenantId != NoId)
            m_hallTenant.insert(h.id, h.tenantId);
}

Id TenantResolver::tenantOf(const Rack &r) const
{
    if (r.tenantId != NoId)
        return r.tenantId;
    if (const auto w = m_rowTenant.constFind(r.rowId); r.rowId != NoId && w != m_rowTenant.cend())
        return *w;
    return m_hallTenant.value(r.hallId, NoId);
}

} // namespace fjord
