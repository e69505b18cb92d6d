#include "model/document/commands/scenariocommands.h"

#include "model/document/commands/addscenariocommand.h"
#include "model/document/projectdocument.h"
#include "model/tr.h"
#include "model/uncertainty.h"

#include <QCoreApplication>
#include <QHash>

namespace fjord {

namespace {

// Gives every object of a copied scenario a fresh id and rewrites the references between them.
class IdRemapper {
public:
    explicit IdRemapper(Id next) : m_next(next) {}

    template <typename T> void renumber(QList<T> &objects)
    {
        for (T &o : objects) {
            const Id fresh = m_next++;
            m_map.insert(o.id, fresh);
            o.id = fresh;
        }
    }
    // References to objects outside the scenario (rack types) and NoId stay as they are.
    void remap(Id &ref) const { ref = m_map.value(ref, ref); }
    Id take() { return m_next++; }
    Id next() const { return m_next; }

private:
    Id m_next;
    QHash<Id, Id> m_map;
};

Scenario duplicate(const Scenario &source, Id nextId, Id *nextIdAfter)
{
    Scenario s = source;
    IdRemapper ids(nextId);
    s.id = ids.take();
    ids.renumber(s.stages);
    ids.renumber(s.halls);
    ids.renumber(s.rows);
    ids.renumber(s.racks);
    ids.renumber(s.powerNodes);
    ids.renumber(s.redundancyGroups);
    ids.renumber(s.coolingSystems);
    ids.renumber(s.loadProfiles);
    ids.renumber(s.heatOfftakes);
    ids.renumber(s.supply.ppas);
    ids.renumber(s.supply.guarantees);
    ids.renumber(s.uncertainInputs);
    for (Hall &h : s.halls) {
        ids.remap(h.stageId);
        ids.remap(h.coolingSystemId);
    }
    for (Row &r : s.rows) {
        ids.remap(r.hallId);
        ids.remap(r.feedA);
        ids.remap(r.feedB);
    }
    for (Rack &r : s.racks) {
        ids.remap(r.hallId);
        ids.remap(r.rowId);
        ids.remap(r.stageId);
        for (RackFeed &f : r.feeds)
            ids.remap(f.nodeId);
    }
    for (PowerNode &n : s.powerNodes) {
        ids.remap(n.parentId);
        ids.remap(n.redundancyGroupId);
        ids.remap(n.stageId);
    }
    for (HeatOfftake &o : s.heatOfftakes)
        ids.remap(o.stageId);
    for (Ppa &p : s.supply.ppas)
        ids.remap(p.stageId);
    for (GuaranteeOfOrigin &g : s.supply.guarantees)
        ids.remap(g.stageId);
    // A parameter key names the copy's own stage or cooling system, not the source's.
    for (UncertainInput &u : s.uncertainInputs)
        u.parameter = remapParameterKey(u.parameter, [&](Id id) {
            ids.remap(id);
            return id;
        });
    *nextIdAfter = ids.next();
    return s;
}

} // namespace

AddScenarioCommand *makeNewScenarioCommand(ProjectDocument *document, const QString &name)
{
    const Project &project = document->project();
    Id next = project.nextId;
    Scenario s;
    s.id = next++;
    s.name = name.trimmed().isEmpty() ? CommandsTr::tr("Scenario %1").arg(project.scenarios.size() + 1)
                                      : name.trimmed();
    Stage first;
    first.id = next++;
    first.name = CommandsTr::tr("Stage %1").arg(1);
    s.stages.append(first);
    s.supply.grid = document->scenario().supply.grid;
    const QString text = CommandsTr::tr("Add scenario %1").arg(s.name);
    return new AddScenarioCommand(document, std::move(s), next, text);
}

AddScenarioCommand *makeDuplicateScenarioCommand(ProjectDocument *document, Id sourceId, const QString &name)
{
    const Scenario *source = document->project().scenario(sourceId);
    if (!source)
        return nullptr;
    Id nextAfter = NoId;
    Scenario s = duplicate(*source, document->project().nextId, &nextAfter);
    s.name = name.trimmed().isEmpty() ? CommandsTr::tr("%1 (copy)").arg(source->name) : name.trimmed();
    const QString text = CommandsTr::tr("Duplicate scenario %1 as %2").arg(source->name, s.name);
    return new AddScenarioCommand(document, std::move(s), nextAfter, text);
}

Scenario duplicateScenario(const Scenario &source, Id nextId, Id *nextIdAfter)
{
    return duplicate(source, nextId, nextIdAfter);
}

} // namespace fjord
