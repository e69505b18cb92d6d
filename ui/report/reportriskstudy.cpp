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

QMutex &keptMutex()
{
    static QMutex mutex;
    return mutex;
}
std::optional<Kept> &kept()
{
    static std::optional<Kept> study;
    return study;
}

// Under keptMutex().
std::optional<ReportRiskStudy> lookUp(const Project &project, Id scenarioId, int runs, quint64 seed)
{
    const std::optional<Kept> &k = kept();
    if (k && k->scenarioId == scenarioId && k->study.runs == runs && k->study.seed == seed &&
        k->project == project)
        return k->study;
    return std::nullopt;
}

} // namespace

std::optional<ReportRiskStudy> keptReportRiskStudy(const Project &project, Id scenarioId, int runs,
                                                   quint64 seed)
{
    QMutexLocker lock(&keptMutex());
    return lookUp(project, scenarioId, runs, seed);
}

ReportRiskStudy reportRiskStudy(const Project &project, Id scenarioId, int runs, quint64 seed,
                                const std::atomic_bool *cancel)
{
    if (std::optional<ReportRiskStudy> study = keptReportRiskStudy(project, scenarioId, runs, seed))
        return *study;

    ReportRiskStudy study;
    study.runs = runs;
    study.seed = seed;
    MonteCarloOptions options;
    options.runs = runs;
    options.seed = seed;
    if (cancel)
        options.progress = [cancel](int, int) { return !*cancel; };
    const MonteCarloRuns result = runMonteCarlo(project, scenarioId, project.site.climate, options);
    if (result.cancelled) {
        study.error = QStringLiteral("cancelled"); // not kept: the next call runs it
        return study;
    }
    if (!result.error.isEmpty()) {
        study.error = result.error;
    } else {
        study.outputs = result.outputs;
        study.summary = summarise(result.outputs);
        study.tornado = runTornado(project, scenarioId, project.site.climate, RiskOutput::Npv);
        study.error = study.tornado.error;
    }
    // An error is kept too: it is the answer for this project until it changes. Two threads may have
    // run the same study: either result is the same.
    QMutexLocker lock(&keptMutex());
    kept() = Kept{project, scenarioId, study};
    return study;
}

} // namespace fjord::ui
