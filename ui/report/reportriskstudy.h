#pragma once

#include "model/engine/montecarlo.h"
#include "model/project.h"

#include <QList>
#include <QString>

#include <atomic>
#include <optional>

namespace fjord::ui {

// The Monte Carlo study the investor report states (METHOD v2 §9): a fixed number of runs and seed, so
// the report is the same on every machine and `fjordplan-cli risk FILE --runs 2000 --seed 1`
// reproduces its bands. 2,000 runs keep the report quick (a few seconds) with P10/P90 within about
// a fiftieth of their spread.
struct ReportRiskStudy {
    static constexpr int DefaultRuns = 2000;
    static constexpr quint64 DefaultSeed = 1;

    int runs = DefaultRuns;
    quint64 seed = DefaultSeed;
    QList<RiskOutputs> outputs; // run i at index i
    MonteCarloSummary summary;
    Tornado tornado; // of the NPV
    QString error;   // an input that cannot be sampled or applied: no bands
};

// Runs the study on every core. The last study is kept: the report tab's preview and the PDF export
// of an unchanged project (compared whole) do not run it again. Thread-safe; when `cancel` turns
// true the runs stop and the study comes back with an error (and is not kept).
ReportRiskStudy reportRiskStudy(const Project &project, Id scenarioId,
                                int runs = ReportRiskStudy::DefaultRuns,
                                quint64 seed = ReportRiskStudy::DefaultSeed,
                                const std::atomic_bool *cancel = nullptr);
// The kept study of this project and scenario, if it is the last one run; never runs one.
std::optional<ReportRiskStudy> keptReportRiskStudy(const Project &project, Id scenarioId,
                                                   int runs = ReportRiskStudy::DefaultRuns,
                                                   quint64 seed = ReportRiskStudy::DefaultSeed);

} // namespace fjord::ui
