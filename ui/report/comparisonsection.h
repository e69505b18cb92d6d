#pragma once

#include <QString>

namespace fjord {
class ProjectDocument;
}

namespace fjord::ui {

class ReportSink;

// The investor report's comparison of scenario B with scenario A (issue 15): the KPI deltas stage by
// stage (stages compared by position, as `fjordplan-cli compare` and the Compare tab do) with the
// better value highlighted, then the layout diff (model/layoutdiff) with its counts on both plans,
// racks coloured by how they changed. Both documents are at their last stage.
namespace comparisonsection {

QString title(const QString &scenarioA, const QString &scenarioB);
// Writes the heading `title(...)` and the section.
void write(ReportSink &sink, ProjectDocument &a, ProjectDocument &b);

} // namespace comparisonsection
} // namespace fjord::ui
