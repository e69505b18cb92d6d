#include "model/document/commands/tenantcommands.h"
#include "model/plural.h"

#include "model/document/commands/analysiscommands.h"
#include "model/document/commands/changevaluecommand.h"
#include "model/tr.h"

#include <QSet>

namespace fjord {

namespace {

// The tenantId field of a hall, row or rack, found again by id on every redo/undo.
template <class T> T *find(Scenario *s, Id id);
template <> Hall *find<Hall>(Scenario *s, Id id)
{
    return s->hall(id);
}
template <> Row *find<Row>(Scenario *s, Id id)
{
    return s->row(id);
}
template <> Rack *find<Rack>(Scenario *s, Id id)
{
    return s->rack(id);
}

template <class T>
bool setTenant(ProjectDocument *document, Id scenarioId, Id objectId, Id tenantId, ChangeEvent::Kind kind,
               QUndoCommand *macro)
{
    Scenario *scenario = document->mutableScenario(scenarioId);
    const T *object = scenario ? find<T>(scenario, objectId) : nullptr;
    if (!object || object->tenantId == tenantId)
        return false;
    auto field = [scenarioId, objectId](Project &p) -> Id * {
        Scenario *s = p.scenario(scenarioId);
        T *o = s ? find<T>(s, objectId) : nullptr;
        return o ? &o->tenantId : nullptr;
    };
    new ChangeValueCommand<Id>(document, QString(), ChangeEvent{kind, {objectId}}, std::move(field), tenantId,
                               QString(), macro);
    return true;
}

} // namespace

QUndoCommand *makeAllocateCommand(ProjectDocument *document, Id scenarioId, const AllocationTargets &targets,
                                  Id tenantId)
{
    const Scenario *scenario = document->mutableScenario(scenarioId);
    if (!scenario || targets.isEmpty())
        return nullptr;
    const Tenant *tenant = scenario->tenant(tenantId);
    if (tenantId != NoId && !tenant)
        return nullptr;

    const QSet<Id> halls(targets.halls.cbegin(), targets.halls.cend());
    QSet<Id> rows(targets.rows.cbegin(), targets.rows.cend());
    QSet<Id> racks(targets.racks.cbegin(), targets.racks.cend());
    // A hall's or row's allocation reaches its racks only where they have none of their own.
    QSet<Id> clearRows, clearRacks;
    for (const Row &w : scenario->rows)
        if (halls.contains(w.hallId) && !rows.contains(w.id))
            clearRows.insert(w.id);
    for (const Rack &r : scenario->racks)
        if ((halls.contains(r.hallId) || rows.contains(r.rowId) || clearRows.contains(r.rowId)) &&
            !racks.contains(r.id))
            clearRacks.insert(r.id);

    auto *macro = new QUndoCommand;
    int objects = 0;
    for (Id id : targets.halls)
        objects += setTenant<Hall>(document, scenarioId, id, tenantId, ChangeEvent::Kind::Halls, macro);
    for (Id id : targets.rows)
        objects += setTenant<Row>(document, scenarioId, id, tenantId, ChangeEvent::Kind::Rows, macro);
    for (Id id : targets.racks)
        objects += setTenant<Rack>(document, scenarioId, id, tenantId, ChangeEvent::Kind::Racks, macro);
    int cleared = 0;
    for (Id id : clearRows)
        cleared += setTenant<Row>(document, scenarioId, id, NoId, ChangeEvent::Kind::Rows, macro);
    for (Id id : clearRacks)
        cleared += setTenant<Rack>(document, scenarioId, id, NoId, ChangeEvent::Kind::Racks, macro);
    if (objects + cleared == 0) {
        delete macro;
        return nullptr;
    }
    const int n = int(targets.halls.size() + targets.rows.size() + targets.racks.size());
    macro->setText(tenant ? plural(n, CommandsTr::tr("Allocate %n object to %1"),
                                   CommandsTr::tr("Allocate %n objects to %1"))
                                .arg(tenant->name)
                          : plural(n, CommandsTr::tr("Take back the allocation of %n object"),
                                   CommandsTr::tr("Take back the allocation of %n objects")));
    return macro;
}

QUndoCommand *makeRemoveTenantCommand(ProjectDocument *document, Id scenarioId, Id tenantId)
{
    const Scenario *scenario = document->mutableScenario(scenarioId);
    const Tenant *tenant = scenario ? scenario->tenant(tenantId) : nullptr;
    if (!tenant)
        return nullptr;
    auto *macro = new QUndoCommand(CommandsTr::tr("Remove tenant %1").arg(tenant->name));
    for (const Hall &h : scenario->halls)
        if (h.tenantId == tenantId)
            setTenant<Hall>(document, scenarioId, h.id, NoId, ChangeEvent::Kind::Halls, macro);
    for (const Row &w : scenario->rows)
        if (w.tenantId == tenantId)
            setTenant<Row>(document, scenarioId, w.id, NoId, ChangeEvent::Kind::Rows, macro);
    for (const Rack &r : scenario->racks)
        if (r.tenantId == tenantId)
            setTenant<Rack>(document, scenarioId, r.id, NoId, ChangeEvent::Kind::Racks, macro);
    new RemoveItemCommand<Tenant>(document, scenarioId, tenantId, macro);
    return macro;
}

} // namespace fjord
