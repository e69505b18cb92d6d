#pragma once

#include "model/engine/montecarlo.h"
#include "model/project.h"
#include "ui/risk/studyworker.h"

#include <QList>

namespace fjord::ui {

// Runs the tornado and then the Monte Carlo of one scenario off the GUI thread, in chunks of runs
// (firstRun/runCount: a run's draw depends only on the seed and its number, so chunks give the same
// runs as one call), so the Risk tab can show the result as it converges. Signals arrive on the
// thread that owns the runner (queued from the worker). Cancel keeps the runs done: they are always
// the first runs of the study, as the engine evaluates a chunk in order of batches.
class MonteCarloRunner : public StudyWorker {
    Q_OBJECT
public:
    struct Request {
        Project project; // a copy: the worker never sees the document
        Id scenarioId = NoId;
        int runs = 10000;
        quint64 seed = 1;
        int chunkRuns = 0; // runs between refreshes; 0: a twentieth of the study, 50 to 1,000
        int threads = 0;   // <= 0: every core
    };

    explicit MonteCarloRunner(QObject *parent = nullptr);
    ~MonteCarloRunner() override; // cancels and waits for the worker

    // Starts a study; false (and nothing starts) while one runs. The previous results are cleared.
    bool start(Request request);

    const QList<RiskOutputs> &outputs() const { return m_outputs; } // run i at index i
    const Tornado &tornado() const { return m_tornado; }
    int runsAsked() const { return m_runsAsked; }
    quint64 seed() const { return m_seed; }
    Id scenarioId() const { return m_scenarioId; }

signals:
    void progress(int done, int total);
    void tornadoReady();
    void runsAdded(); // after each chunk: outputs() grew
    void finished(bool cancelled, const QString &error);

private:
    void work(const Request &request, int generation);

    QList<RiskOutputs> m_outputs;
    Tornado m_tornado;
    int m_runsAsked = 0;
    quint64 m_seed = 0;
    Id m_scenarioId = NoId;
};

} // namespace fjord::ui
