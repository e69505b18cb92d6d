#include "model/gridcapacity.h"
#include "model/tr.h"

#include <algorithm>
#include <cmath>

namespace fjord {

double gridConnectionsAddedW(const Scenario &scenario, int stageIndex)
{
    double w = 0;
    for (const PowerNode &n : scenario.powerNodes) {
        if (n.kind != PowerNodeKind::GridConnection)
            continue;
        const int built = n.stageId == NoId ? 0 : scenario.stageIndex(n.stageId);
        const double va = n.apparentRatingVa();
        if (built == stageIndex && std::isfinite(va) && va > 0)
            w += va * std::clamp(n.powerFactor, 0.0, 1.0);
    }
    return w;
}

double stageGridCapacityAddedW(const Scenario &scenario, int stageIndex)
{
    if (stageIndex < 0 || stageIndex >= scenario.stages.size())
        return 0;
    const double own = scenario.stages[stageIndex].gridCapacityAddedW;
    if (std::isfinite(own) && own > 0)
        return own;
    return gridConnectionsAddedW(scenario, stageIndex);
}

QList<Problem> gridCapacityProblems(const Scenario &scenario)
{
    QList<Problem> out;
    const bool anyConnection =
        std::any_of(scenario.powerNodes.cbegin(), scenario.powerNodes.cend(),
                    [](const PowerNode &n) { return n.kind == PowerNodeKind::GridConnection; });
    if (!anyConnection)
        return out;
    double contracted = 0, connections = 0;
    for (int i = 0; i < scenario.stages.size(); ++i) {
        contracted += stageGridCapacityAddedW(scenario, i);
        connections += gridConnectionsAddedW(scenario, i);
        // 0.5 % slack: a contract rounded to whole MW against a connection in kVA is not a finding.
        if (contracted > connections * 1.005 + 1.0) {
            const Stage &st = scenario.stages[i];
            out.append(
                {Severity::Warning, QStringLiteral("grid.connection_short"),
                 ValidationTr::tr("Stage %1: %2 MW of grid capacity contracted through this stage, but "
                                  "its grid connections carry only %3 MW (rating × power factor); "
                                  "raise the grid connections' rating or lower the stage's grid "
                                  "capacity added")
                     .arg(st.name, QString::number(contracted / 1e6, 'f', 1),
                          QString::number(connections / 1e6, 'f', 1)),
                 st.id, st.name});
        }
    }
    return out;
}

} // namespace fjord
