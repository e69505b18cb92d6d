#include "model/engine.h"

namespace fjord {

// Placeholder until the hourly engine lands (issue 5): returns the identification only.
Results evaluate(const Project &project, const Scenario &scenario, const Climate &climate,
                 const EvaluateOptions &)
{
    Results r;
    r.projectName = project.name;
    r.scenarioName = scenario.name;
    r.climate = summarise(climate);
    return r;
}

} // namespace fjord
