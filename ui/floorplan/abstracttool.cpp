#include "ui/floorplan/abstracttool.h"

#include "model/document/projectdocument.h"
#include "ui/floorplan/floorplanscene.h"

#include <cmath>

namespace fjord::ui {

AbstractTool::AbstractTool(FloorPlanScene *scene, ToolOptions *options, QObject *parent)
    : QObject(parent), m_scene(scene), m_options(options)
{
}

double AbstractTool::snap(double valueM) const
{
    if (!m_options->snap || m_options->gridM <= 0)
        return valueM;
    return std::round(valueM / m_options->gridM) * m_options->gridM;
}

Id AbstractTool::currentStageId() const
{
    const Scenario &s = m_scene->document()->scenario();
    const int i = m_scene->document()->currentStageIndex();
    return i >= 0 && i < s.stages.size() ? s.stages[i].id : NoId;
}

} // namespace fjord::ui
