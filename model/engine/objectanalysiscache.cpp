#include "model/engine/objectanalysiscache.h"

#include "model/tr.h"

#include <QLocale>

#include <map>
#include <mutex>

namespace fjord::engine {

namespace {

template <typename T> bool sameData(const QList<T> &theirs, const QList<T> &held)
{
    return theirs.constData() == held.constData() && theirs.size() == held.size();
}

// The texts and number format the analyses' problems are written in: a translator installed or a
// default locale set since changes them.
QString language()
{
    return QLocale().name() + QChar(0x1f) + PowerTr::tr("Rack %1 has no power feed") + QChar(0x1f) +
           ModelTr::tr("Unallocated");
}

// Everything the per-object analyses read (held references: see the header).
struct Inputs {
    ProjectSettings settings;
    QList<RackType> rackTypes;
    QList<Stage> stages;
    QList<Hall> halls;
    QList<Row> rows;
    QList<Rack> racks;
    QList<PowerNode> powerNodes;
    QList<RedundancyGroup> redundancyGroups;
    QList<Tenant> tenants;
    QString language;

    Inputs(const Project &p, const Scenario &s)
        : settings(p.settings), rackTypes(p.rackTypes), stages(s.stages), halls(s.halls), rows(s.rows),
          racks(s.racks), powerNodes(s.powerNodes), redundancyGroups(s.redundancyGroups), tenants(s.tenants),
          language(engine::language())
    {
    }

    bool sameAs(const Project &p, const Scenario &s) const
    {
        return settings == p.settings && sameData(p.rackTypes, rackTypes) && sameData(s.stages, stages) &&
               sameData(s.halls, halls) && sameData(s.rows, rows) && sameData(s.racks, racks) &&
               sameData(s.powerNodes, powerNodes) && sameData(s.redundancyGroups, redundancyGroups) &&
               sameData(s.tenants, tenants) && engine::language() == language;
    }
};

struct Cache {
    std::mutex mutex;
    std::optional<Inputs> inputs;
    std::map<int, StageObjects> stages; // by stage index, for `inputs`
};

Cache &cache()
{
    static Cache c;
    return c;
}

} // namespace

std::vector<std::optional<StageObjects>> cachedStageObjects(const Project &project, const Scenario &scenario,
                                                            const std::vector<int> &stageIndices)
{
    std::vector<std::optional<StageObjects>> out(stageIndices.size());
    if (stageIndices.empty()) // no analyses wanted (sweeps, studies): not even a look at the cache
        return out;
    Cache &c = cache();
    const std::lock_guard lock(c.mutex);
    if (!c.inputs || !c.inputs->sameAs(project, scenario))
        return out;
    for (size_t k = 0; k < stageIndices.size(); ++k)
        if (const auto it = c.stages.find(stageIndices[k]); it != c.stages.end())
            out[k] = it->second; // the lists are shared, not copied
    return out;
}

void cacheStageObjects(const Project &project, const Scenario &scenario, int stageIndex,
                       const StageObjects &objects)
{
    Cache &c = cache();
    const std::lock_guard lock(c.mutex);
    if (!c.inputs || !c.inputs->sameAs(project, scenario)) {
        c.inputs.emplace(project, scenario);
        c.stages.clear();
    }
    c.stages[stageIndex] = objects;
}

} // namespace fjord::engine
