#include "ui/report/reportriskstudy.h"

#include <QMutex>
#include <QMutexLocker>

#include <optional>

namespace fjord::ui {

namespace {

struct Kept {
    Project project;
    Id scenarioId = NoId;
    ReportRiskStudy study;
};

} // namespace

ReportRiskStudy reportRiskStudy(const Project &project, Id scenarioId, int runs, quint64 seed)
{
    static QMutex mutex;
    static std::optional<Kept> kept;
    QMutexLocker lock(&mutex);
    if (kept && kept->scenarioId == scenarioId && kept->study.runs == runs && kept->study.seed == seed &&
        kept->project == project)
        return kept->study;

    ReportRiskStudy study;
    study.runs = runs;
    study.seed = seed;
    MonteCarloOptions options;
    options.runs = runs;
    options.seed = seed;
    const MonteCarloRuns result = runMonteCarlo(project, scenarioId, project.site.climate, options);
    if (!result.error.isEmpty()) {
        study.error = result.error;
        return study;
    }
    study.outputs = result.outputs;
    study.summary = summarise(result.outputs);
    study.tornado = runTornado(project, scenarioId, project.site.climate, RiskOutput::Npv);
    if (!study.tornado.error.isEmpty()) {
        study.error = study.tornado.error;
        return study;
    }
    kept = Kept{project, scenarioId, study};
    return study;
}

} // namespace fjord::ui
