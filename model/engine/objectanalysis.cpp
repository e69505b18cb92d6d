#include "model/engine/objectanalysis.h"

#include "model/allocation.h"
#include "model/power/poweranalysis.h"
#include "model/power/rackdigest.h"

namespace fjord::engine {

ObjectAnalysis::ObjectAnalysis(const Project &project, const Scenario &scenario,
                               std::vector<int> stageIndices, bool parallel)
    : m_project(project), m_scenario(scenario), m_stageIndices(std::move(stageIndices))
{
    if (parallel && !m_stageIndices.empty() && std::thread::hardware_concurrency() > 1)
        m_thread = std::thread([this] { run(); });
}

ObjectAnalysis::~ObjectAnalysis()
{
    if (m_thread.joinable())
        m_thread.join();
}

void ObjectAnalysis::run()
{
    m_stages.resize(m_stageIndices.size());
    if (m_stageIndices.empty())
        return;
    const RackDigest racks(m_project, m_scenario); // resolved once for all the stages
    for (size_t k = 0; k < m_stageIndices.size(); ++k) {
        StageObjects &s = m_stages[k];
        s.power = analysePower(m_project, m_scenario, m_stageIndices[k], racks, s.problems);
        s.allocation = allocationThrough(m_project, m_scenario, m_stageIndices[k]);
    }
}

std::vector<StageObjects> &ObjectAnalysis::stages()
{
    if (m_thread.joinable())
        m_thread.join(); // the join orders the thread's writes before our reads
    else if (!m_done)
        run();
    m_done = true;
    return m_stages;
}

} // namespace fjord::engine
