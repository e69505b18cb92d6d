#include "ui/report/reportsections.h"

#include "model/document/projectdocument.h"
#include "model/tr.h"
#include "ui/report/comparisonsection.h"
#include "ui/report/reportsink.h"
#include "ui/report/scenariosections.h"

#include <QCoreApplication>

#include <memory>

namespace fjord::ui {

namespace {

// The scenario in a document of its own, built out: its plan at the last stage.
std::unique_ptr<ProjectDocument> documentOf(const Project &project, Id scenarioId, const QString &file)
{
    auto doc = std::make_unique<ProjectDocument>(project, file); // evaluates the first scenario
    doc->setCurrentScenario(scenarioId);                         // re-evaluates only when it is another
    doc->setCurrentStageIndex(int(doc->scenario().stages.size()) - 1);
    return doc;
}

} // namespace

struct ReportWriter::Impl {
    ReportScope scope;
    QString error;
    std::vector<std::unique_ptr<ProjectDocument>> documents; // one per scenario of the scope
};

ReportWriter::ReportWriter(const Project &project, const ReportScope &scope) : d(std::make_unique<Impl>())
{
    d->scope = scope;
    if (scope.scenarios.isEmpty()) {
        d->error = ReportTr::tr("The report needs a scenario");
        return;
    }
    for (Id id : scope.scenarios)
        if (!project.scenario(id)) {
            d->error = ReportTr::tr("The project has no scenario with id %1").arg(id);
            return;
        }
    for (Id id : scope.scenarios) {
        if (scope.cancel && *scope.cancel)
            return;
        d->documents.push_back(documentOf(project, id, scope.projectFile));
    }
}

ReportWriter::~ReportWriter() = default;

QString ReportWriter::error() const
{
    return d->error;
}

QString ReportWriter::title() const
{
    return d->documents.empty()
               ? QString()
               : ReportTr::tr("%1 — investor report").arg(d->documents.front()->project().name);
}

QString ReportWriter::footer() const
{
    if (d->documents.empty())
        return {};
    const ProjectDocument &main = *d->documents.front();
    QStringList names;
    for (const auto &doc : d->documents)
        names << doc->scenario().name;
    return d->documents.size() == 1
               ? ReportTr::tr("%1 · scenario %2 · investor report").arg(main.project().name, names.first())
               : ReportTr::tr("%1 · scenarios %2 · investor report")
                     .arg(main.project().name, names.join(QStringLiteral(", ")));
}

ReportSections ReportWriter::write(ReportSink &sink)
{
    ReportSections out;
    if (!d->error.isEmpty() || d->documents.size() != size_t(d->scope.scenarios.size())) {
        out.cancelled = d->error.isEmpty();
        return out;
    }
    ProjectDocument &main = *d->documents.front();
    ScenarioSections scenario(sink, main, d->scope.waitForRiskBands, d->scope.cancel);
    QList<ReportSection> sections = scenario.sections();
    const bool hasStages = !main.results().stages.isEmpty();
    QStringList compared;
    for (size_t i = 1; i < d->documents.size(); ++i) {
        ProjectDocument &other = *d->documents[i];
        compared << other.scenario().name;
        sections.append({comparisonsection::title(main.scenario().name, other.scenario().name),
                         [&sink, &main, &other] { comparisonsection::write(sink, main, other); }});
    }
    const int total = int(sections.size()) + 1;
    const auto stop = [&](int done) {
        if (d->scope.progress)
            d->scope.progress(done, total);
        out.cancelled = d->scope.cancel && *d->scope.cancel;
        return out.cancelled;
    };
    if (stop(0))
        return out;
    scenario.cover(compared);
    if (!hasStages)
        return out; // the cover says there is nothing to report
    sink.contents();
    for (int i = 0; i < sections.size(); ++i) {
        if (stop(i + 1))
            return out;
        sections[i].write();
        out.titles << sections[i].title;
    }
    out.riskBandsPending = scenario.riskBandsPending();
    out.cancelled = d->scope.cancel && *d->scope.cancel; // during the last section
    if (d->scope.progress)
        d->scope.progress(total, total);
    return out;
}

} // namespace fjord::ui
