#include "ui/risk/montecarlorunner.h"

#include <algorithm>

namespace fjord::ui {

MonteCarloRunner::MonteCarloRunner(QObject *parent) : StudyWorker(parent) {}

MonteCarloRunner::~MonteCarloRunner()
{
    stopWorker();
}

bool MonteCarloRunner::start(Request request)
{
    if (isRunning())
        return false;
    m_outputs.clear();
    m_tornado = {};
    m_runsAsked = request.runs;
    m_seed = request.seed;
    m_scenarioId = request.scenarioId;
    return launch([this, request = std::move(request)](int generation) { work(request, generation); });
}

void MonteCarloRunner::work(const Request &request, int generation)
{
    const Climate &climate = request.project.site.climate;
    auto end = [this, generation](bool cancelled, QString error) {
        postEnd(generation, [this, cancelled, error] { emit finished(cancelled, error); });
    };

    // The tornado first: a few evaluations, and the chart is there while the runs converge.
    Tornado tornado =
        runTornado(request.project, request.scenarioId, climate, RiskOutput::Npv, request.threads);
    if (!tornado.error.isEmpty())
        return end(false, tornado.error);
    post(generation, [this, tornado = std::move(tornado)]() mutable {
        m_tornado = std::move(tornado);
        emit tornadoReady();
    });

    const int chunk = request.chunkRuns > 0 ? request.chunkRuns : std::clamp(request.runs / 20, 50, 1000);
    for (int first = 0; first < request.runs; first += chunk) {
        if (cancelRequested())
            return end(true, {});
        MonteCarloOptions options;
        options.runs = request.runs;
        options.seed = request.seed;
        options.firstRun = first;
        options.runCount = std::min(chunk, request.runs - first);
        options.threads = request.threads;
        options.progress = [this, generation, first, total = request.runs](int done, int) {
            post(generation, [this, done = first + done, total] { emit progress(done, total); });
            return !cancelRequested();
        };
        MonteCarloRuns runs = runMonteCarlo(request.project, request.scenarioId, climate, options);
        if (!runs.error.isEmpty())
            return end(false, runs.error);
        post(generation, [this, outputs = std::move(runs.outputs)] {
            m_outputs.append(outputs);
            emit runsAdded();
        });
        if (runs.cancelled)
            return end(true, {});
    }
    end(false, {});
}

} // namespace fjord::ui
