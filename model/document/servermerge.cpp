#include "model/document/servermerge.h"

#include "model/document/commands/scenariocommands.h"

#include <QHash>

namespace fjord {

Project withScenarioFrom(Project server, const Project &mine, Id scenarioId, const QString &name)
{
    const Scenario *source = mine.scenario(scenarioId);
    if (!source)
        return server;
    Id next = server.nextId;
    Scenario copy = duplicateScenario(*source, next, &next);
    server.nextId = next;
    copy.name = name;
    // Rack types are project-level: one the server lacks comes along under a fresh id (the same
    // id may name another object on the server, allocated by someone else meanwhile).
    QHash<Id, Id> types;
    const auto typeFor = [&](Id id) {
        if (id == NoId || server.rackType(id))
            return id;
        if (const auto it = types.constFind(id); it != types.cend())
            return *it;
        const RackType *theirs = mine.rackType(id);
        if (!theirs)
            return id; // dangling already: validation reports it
        RackType t = *theirs;
        t.id = server.allocateId();
        server.rackTypes.append(t);
        types.insert(id, t.id);
        return t.id;
    };
    for (Rack &r : copy.racks)
        r.rackTypeId = typeFor(r.rackTypeId);
    for (LoadProfile &p : copy.loadProfiles)
        p.rackTypeId = typeFor(p.rackTypeId);
    server.scenarios.append(std::move(copy));
    return server;
}

} // namespace fjord
