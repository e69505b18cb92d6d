#include "model/engine/objectanalysis.h"

#include "model/allocation.h"
#include "model/power/poweranalysis.h"

namespace fjord::engine {

ObjectAnalysis::ObjectAnalysis(const Project &project, const Scenario &scenario,
                               std::vector<int> stageIndices, bool parallel)
    : m_project(project), m_scenario(scenario), m_stageIndices(std::move(stageIndices)),
      m_stages(m_stageIndices.size())
{
    if (parallel && !m_stageIndices.empty() && std::thread::hardware_concurrency() > 1)
        m_thread = std::thread([this] { work(); });
}

ObjectAnalysis::~ObjectAnalysis()
{
    if (m_thread.joinable())
        m_thread.join();
}

const RackDigest &ObjectAnalysis::racks()
{
    std::call_once(m_racksBuilt, [this] { m_racks = sharedRackDigest(m_project, m_scenario); });
    return *m_racks;
}

void ObjectAnalysis::work()
{
    for (size_t k = m_next++; k < m_stageIndices.size(); k = m_next++) {
        StageObjects &s = m_stages[k];
        s.power = analysePower(m_project, m_scenario, m_stageIndices[k], racks(), s.problems);
        s.allocation = allocationThrough(m_project, m_scenario, m_stageIndices[k]);
    }
}

std::vector<StageObjects> &ObjectAnalysis::stages()
{
    work(); // whatever the worker has not claimed yet (everything without a worker)
    if (m_thread.joinable())
        m_thread.join(); // the join orders the worker's writes before our reads
    return m_stages;
}

} // namespace fjord::engine
