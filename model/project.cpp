#include "model/project.h"

namespace fjord {

const RackType *Project::rackType(Id id) const
{
    for (const auto &t : rackTypes)
        if (t.id == id)
            return &t;
    return nullptr;
}

// The non-const lookups iterate non-const so that a shared (implicitly copied) list detaches
// first: a pointer into shared data would let an edit change every copy, undo snapshots included.
RackType *Project::rackType(Id id)
{
    for (auto &t : rackTypes)
        if (t.id == id)
            return &t;
    return nullptr;
}

const Scenario *Project::scenario(Id id) const
{
    for (const auto &s : scenarios)
        if (s.id == id)
            return &s;
    return nullptr;
}

Scenario *Project::scenario(Id id)
{
    for (auto &s : scenarios)
        if (s.id == id)
            return &s;
    return nullptr;
}

const Scenario *Project::scenarioByName(const QString &name) const
{
    for (const auto &s : scenarios)
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return &s;
    return nullptr;
}

} // namespace fjord
