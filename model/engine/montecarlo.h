#pragma once

#include "model/engine.h"

#include <QList>
#include <QString>

#include <array>
#include <functional>
#include <optional>

namespace fjord {

// Monte Carlo over a scenario's uncertain inputs and the tornado (METHOD v2 §9).

// What each run reports.
enum class RiskOutput { Npv, Irr, LevelisedPerGpuHour, Pue, Ref };
constexpr int RiskOutputCount = 5;
QString riskOutputKey(RiskOutput output); // "npv", "irr", "levelised_per_gpu_hour", "pue", "ref"
std::optional<RiskOutput> riskOutputFromKey(const QString &key);

struct RiskOutputs {
    double npv = 0;
    std::optional<double> irr; // absent when the run has none (METHOD §8.3)
    double levelisedPerGpuHour = 0;
    double pue = 0; // annual, the last stage
    double ref = 0; // annual, the last stage
    std::optional<double> value(RiskOutput output) const;
    bool operator==(const RiskOutputs &) const = default;
};
RiskOutputs riskOutputs(const Results &results);

struct MonteCarloOptions {
    int runs = 10000;  // runs of the whole study
    quint64 seed = 1;  // saved with the result
    int firstRun = 0;  // this call (a shard) evaluates runs [firstRun, firstRun + runCount)
    int runCount = -1; // -1: up to `runs`
    int threads = 0;   // <= 0: every core
    int batchRuns = 0; // runs between progress calls (0: a few per thread)
    // Called after each batch with the runs done and the runs asked for; return false to stop.
    std::function<bool(int done, int total)> progress;
};

struct MonteCarloRuns {
    int firstRun = 0;
    QList<RiskOutputs> outputs; // run firstRun + i at index i
    bool cancelled = false;     // progress returned false; `outputs` holds the runs done
    QString error;              // an input that cannot be sampled or applied; nothing was run
};

// Run `run`'s value of each input, in input order: a std::mt19937_64 seeded from (seed, run) and an
// explicit inverse CDF, so a run's draws do not depend on the thread or shard that evaluates it, nor
// on the standard library (its distributions are implementation-defined).
QList<double> drawInputs(const QList<UncertainInput> &inputs, quint64 seed, int run);

// Evaluates the runs of the scenario with id `scenarioId` (each a copy of `project` with the draws
// applied) on a thread pool through evaluateSweep, without hourly series.
MonteCarloRuns runMonteCarlo(const Project &project, Id scenarioId, const Climate &climate,
                             const MonteCarloOptions &options);

// Statistics of one output over the runs. Percentiles interpolate linearly between order statistics
// (position (n − 1)·p); the mean sums in run order, so the same runs give the same bits.
struct Percentiles {
    int count = 0;   // runs with a value
    int missing = 0; // runs without (IRR that does not exist), excluded
    double p10 = 0, p50 = 0, p90 = 0, mean = 0;
    // Standard error of the P50 from the order statistics: half the distance between ranks
    // n/2 ± √n/2, which bracket the median with ±1 standard deviation of its binomial rank.
    double p50StdError = 0;
};
Percentiles percentiles(const QList<std::optional<double>> &values);

struct MonteCarloSummary {
    int runs = 0;
    std::array<Percentiles, RiskOutputCount> outputs; // indexed by int(RiskOutput)
    double probabilityNpvBelowZero = 0;
};
MonteCarloSummary summarise(const QList<RiskOutputs> &runs);

// Tornado: each input at its P10 and its P90 with every other input at its central value
// (centralValue()), bars sorted by the swing |output(P90) − output(P10)| of `sortBy`, largest first.
struct TornadoBar {
    int input = 0; // index in the scenario's uncertainInputs
    QString parameter;
    double lowValue = 0, highValue = 0; // the input's P10 and P90
    RiskOutputs atLow, atHigh;
    double swing = 0; // of `sortBy`; 0 when a side has no value
};
struct Tornado {
    RiskOutput sortedBy = RiskOutput::Npv;
    RiskOutputs base; // every input at its central value
    QList<TornadoBar> bars;
    QString error;
};
Tornado runTornado(const Project &project, Id scenarioId, const Climate &climate, RiskOutput sortBy,
                   int threads = 0);

} // namespace fjord
