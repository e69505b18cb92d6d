// Monte Carlo benchmark (not a CTest test): the Narvik sample's uncertain inputs (its presets),
// 10,000 runs on 1 thread and on every core, in one process, the outputs compared run for run.
// Target (issue 14): 10,000 runs under 10 s on the 2-core reference machine. Build in Release:
//   cmake -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DFJORD_BUILD_BENCH=ON
//   cmake --build build/bench --target bench_risk && build/bench/tests/bench/bench_risk [RUNS]
//   bench_risk --profile N    N runs on one thread only, for perf record

#include "model/engine/montecarlo.h"
#include "model/sample/narviksample.h"

#include <QElapsedTimer>

#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <thread>

using namespace fjord;

namespace {

struct Timed {
    MonteCarloRuns runs;
    double seconds = 0;
};

Timed timedRuns(const Project &project, int runs, int threads)
{
    MonteCarloOptions options;
    options.runs = runs;
    options.seed = 1;
    options.threads = threads;
    QElapsedTimer timer;
    timer.start();
    Timed t{runMonteCarlo(project, project.scenarios.front().id, project.site.climate, options), 0};
    t.seconds = timer.nsecsElapsed() / 1e9;
    return t;
}

} // namespace

int main(int argc, char **argv)
{
    const Project project = makeNarvikSample();
    const Scenario &scenario = project.scenarios.front();
    if (argc > 2 && std::string_view(argv[1]) == "--profile") {
        timedRuns(project, std::atoi(argv[2]), 1);
        return 0;
    }
    const int runs = argc > 1 ? std::atoi(argv[1]) : 10000;
    const int cores = int(std::thread::hardware_concurrency());
    std::printf("Narvik sample, scenario %s: %lld racks, %lld uncertain inputs, %d runs, %d cores\n",
                qPrintable(scenario.name), qlonglong(scenario.racks.size()),
                qlonglong(scenario.uncertainInputs.size()), runs, cores);

    const Timed one = timedRuns(project, runs, 1);
    const Timed all = timedRuns(project, runs, 0);
    if (!one.runs.error.isEmpty()) {
        std::printf("error: %s\n", qPrintable(one.runs.error));
        return 1;
    }
    const bool identical = one.runs.outputs == all.runs.outputs;
    const MonteCarloSummary s = summarise(all.runs.outputs);
    const Percentiles &npv = s.outputs[int(RiskOutput::Npv)];
    std::printf("Monte Carlo, %d runs: 1 thread %.2f s wall (%.2f ms/run), %d threads %.2f s wall\n", runs,
                one.seconds, 1e3 * one.seconds / runs, cores, all.seconds);
    std::printf("  ratio %d threads : 1 thread = %.2f× faster; identical outputs: %s\n", cores,
                one.seconds / all.seconds, identical ? "yes" : "NO");
    std::printf("  10,000 runs on every core: %.2f s%s  [target < 10 s: %s]\n", all.seconds * 10000.0 / runs,
                runs == 10000 ? "" : " (scaled from the runs above)",
                all.seconds * 10000.0 / runs < 10 ? "met" : "MISSED");
    std::printf("  NPV P10 / P50 / P90: %.3f / %.3f / %.3f bn %s; P(NPV < 0) = %.3f\n", npv.p10 / 1e9,
                npv.p50 / 1e9, npv.p90 / 1e9, qPrintable(project.costs.currency), s.probabilityNpvBelowZero);
    return identical ? 0 : 1;
}
