#include "model/project.h"

namespace fjord {

const RackType *Project::rackType(Id id) const
{
    for (const auto &t : rackTypes)
        if (t.id == id)
            return &t;
    return nullptr;
}

RackType *Project::rackType(Id id)
{
    return const_cast<RackType *>(std::as_const(*this).rackType(id));
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
    return const_cast<Scenario *>(std::as_const(*this).scenario(id));
}

const Scenario *Project::scenarioByName(const QString &name) const
{
    for (const auto &s : scenarios)
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return &s;
    return nullptr;
}

} // namespace fjord
