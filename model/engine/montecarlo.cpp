#include "model/engine/montecarlo.h"

#include "model/engine/sweep.h"
#include "model/tr.h"
#include "model/uncertainty.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <random>

namespace fjord {

namespace {

// SplitMix64 (Steele, Lea, Flood 2014): spreads (seed, run) over the generator's seed space, so
// neighbouring runs do not get neighbouring Mersenne Twister seeds.
quint64 splitMix64(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

// A uniform draw in (0, 1) from the top 53 bits; never 0 or 1, so inverse CDFs stay finite.
double unitDraw(std::mt19937_64 &g)
{
    return (double(g() >> 11) + 0.5) * 0x1.0p-53;
}

// Why the scenario's inputs cannot be run (checked once, before any thread starts).
QString inputsError(const Project &project, Id scenarioId)
{
    const Scenario *s = project.scenario(scenarioId);
    if (!s)
        return EngineTr::tr("there is no scenario with id %1").arg(scenarioId);
    for (const UncertainInput &u : s->uncertainInputs) {
        if (const QString e = distributionError(u); !e.isEmpty())
            return e;
        Project copy = project;
        if (const QString e = applyParameter(copy, scenarioId, u.parameter, centralValue(u)); !e.isEmpty())
            return e;
    }
    return {};
}

void applyAll(Project &p, Id scenarioId, const QList<UncertainInput> &inputs, const QList<double> &values)
{
    for (int j = 0; j < inputs.size(); ++j)
        applyParameter(p, scenarioId, inputs.at(j).parameter, values.at(j)); // checked by inputsError
}

// Value at position (n − 1)·p of sorted values, interpolated.
double interpolated(const std::vector<double> &sorted, double p)
{
    const double h = double(sorted.size() - 1) * p;
    const auto i = std::size_t(std::floor(h));
    if (i + 1 >= sorted.size())
        return sorted.back();
    return sorted[i] + (h - double(i)) * (sorted[i + 1] - sorted[i]);
}

} // namespace

QString riskOutputKey(RiskOutput output)
{
    switch (output) {
    case RiskOutput::Npv:
        return QStringLiteral("npv");
    case RiskOutput::Irr:
        return QStringLiteral("irr");
    case RiskOutput::LevelisedPerGpuHour:
        return QStringLiteral("levelised_per_gpu_hour");
    case RiskOutput::Pue:
        return QStringLiteral("pue");
    case RiskOutput::Ref:
        return QStringLiteral("ref");
    }
    return {};
}

std::optional<RiskOutput> riskOutputFromKey(const QString &key)
{
    for (int i = 0; i < RiskOutputCount; ++i)
        if (riskOutputKey(RiskOutput(i)) == key)
            return RiskOutput(i);
    return std::nullopt;
}

std::optional<double> RiskOutputs::value(RiskOutput output) const
{
    switch (output) {
    case RiskOutput::Npv:
        return npv;
    case RiskOutput::Irr:
        return irr;
    case RiskOutput::LevelisedPerGpuHour:
        return levelisedPerGpuHour;
    case RiskOutput::Pue:
        return pue;
    case RiskOutput::Ref:
        return ref;
    }
    return std::nullopt;
}

RiskOutputs riskOutputs(const Results &r)
{
    RiskOutputs o;
    o.npv = r.finance.investor.npv;
    o.irr = r.finance.investor.irr;
    o.levelisedPerGpuHour = r.finance.levelisedPerGpuHour;
    if (!r.stages.isEmpty()) {
        o.pue = r.stages.last().annual.pue;
        o.ref = r.stages.last().annual.ref;
    }
    return o;
}

QList<double> drawInputs(const QList<UncertainInput> &inputs, quint64 seed, int run)
{
    std::mt19937_64 generator(splitMix64(splitMix64(seed) ^ quint64(run)));
    QList<double> values;
    values.reserve(inputs.size());
    for (const UncertainInput &u : inputs)
        values.append(quantile(u, unitDraw(generator)));
    return values;
}

MonteCarloRuns runMonteCarlo(const Project &project, Id scenarioId, const Climate &climate,
                             const MonteCarloOptions &options)
{
    MonteCarloRuns out;
    out.firstRun = std::clamp(options.firstRun, 0, std::max(0, options.runs));
    if (out.error = inputsError(project, scenarioId); !out.error.isEmpty())
        return out;
    const int available = std::max(0, options.runs - out.firstRun);
    const int total = options.runCount < 0 ? available : std::min(options.runCount, available);
    const QList<UncertainInput> inputs = project.scenario(scenarioId)->uncertainInputs;

    SweepOptions sweep;
    sweep.threads = options.threads;
    sweep.evaluate.keepHourly = false;
    sweep.evaluate.perObjectAnalysis = false; // campus figures only (EvaluateOptions)
    // Batches only set how often progress is reported; each run's result does not depend on them.
    const int batch = options.batchRuns > 0 ? options.batchRuns
                                            : std::max(16, 8 * sweepThreadCount(options.threads, total));
    out.outputs.reserve(total);
    while (out.outputs.size() < total) {
        const int start = out.firstRun + int(out.outputs.size());
        const int count = std::min(batch, total - int(out.outputs.size()));
        const QList<Results> results = evaluateSweep(
            project, scenarioId, climate, count,
            [&](int i, Project &variant) {
                applyAll(variant, scenarioId, inputs, drawInputs(inputs, options.seed, start + i));
            },
            sweep);
        for (const Results &r : results)
            out.outputs.append(riskOutputs(r));
        if (options.progress && !options.progress(int(out.outputs.size()), total)) {
            out.cancelled = out.outputs.size() < total;
            break;
        }
    }
    return out;
}

Percentiles percentiles(const QList<std::optional<double>> &values)
{
    Percentiles p;
    std::vector<double> sorted;
    sorted.reserve(values.size());
    double sum = 0;
    for (const std::optional<double> &v : values) {
        if (!v) {
            ++p.missing;
            continue;
        }
        sorted.push_back(*v);
        sum += *v;
    }
    p.count = int(sorted.size());
    if (sorted.empty())
        return p;
    std::sort(sorted.begin(), sorted.end());
    p.mean = sum / double(sorted.size());
    p.p10 = interpolated(sorted, 0.1);
    p.p50 = interpolated(sorted, 0.5);
    p.p90 = interpolated(sorted, 0.9);
    const double n = double(sorted.size());
    const double half = 0.5 * std::sqrt(n);
    const auto lo = std::size_t(std::clamp(std::floor(0.5 * n - half), 0.0, n - 1));
    const auto hi = std::size_t(std::clamp(std::ceil(0.5 * n + half), 0.0, n - 1));
    p.p50StdError = 0.5 * (sorted[hi] - sorted[lo]);
    return p;
}

MonteCarloSummary summarise(const QList<RiskOutputs> &runs)
{
    MonteCarloSummary s;
    s.runs = int(runs.size());
    for (int k = 0; k < RiskOutputCount; ++k) {
        QList<std::optional<double>> values;
        values.reserve(runs.size());
        for (const RiskOutputs &r : runs)
            values.append(r.value(RiskOutput(k)));
        s.outputs[k] = percentiles(values);
    }
    int losses = 0;
    for (const RiskOutputs &r : runs)
        losses += r.npv < 0 ? 1 : 0;
    s.probabilityNpvBelowZero = runs.isEmpty() ? 0.0 : double(losses) / double(runs.size());
    return s;
}

Tornado runTornado(const Project &project, Id scenarioId, const Climate &climate, RiskOutput sortBy,
                   int threads)
{
    Tornado t;
    t.sortedBy = sortBy;
    if (t.error = inputsError(project, scenarioId); !t.error.isEmpty())
        return t;
    const QList<UncertainInput> inputs = project.scenario(scenarioId)->uncertainInputs;
    QList<double> central;
    for (const UncertainInput &u : inputs)
        central.append(centralValue(u));

    // Variant 0: all central; 2k + 1: input k at its P10; 2k + 2: at its P90.
    SweepOptions sweep;
    sweep.threads = threads;
    sweep.evaluate.keepHourly = false;
    sweep.evaluate.perObjectAnalysis = false; // campus figures only (EvaluateOptions)
    const QList<Results> results = evaluateSweep(
        project, scenarioId, climate, 1 + 2 * int(inputs.size()),
        [&](int i, Project &variant) {
            QList<double> values = central;
            if (i > 0) {
                const int k = (i - 1) / 2;
                values[k] = quantile(inputs.at(k), (i - 1) % 2 == 0 ? 0.1 : 0.9);
            }
            applyAll(variant, scenarioId, inputs, values);
        },
        sweep);
    t.base = riskOutputs(results.at(0));
    for (int k = 0; k < inputs.size(); ++k) {
        TornadoBar bar;
        bar.input = k;
        bar.parameter = inputs.at(k).parameter;
        bar.lowValue = quantile(inputs.at(k), 0.1);
        bar.highValue = quantile(inputs.at(k), 0.9);
        bar.atLow = riskOutputs(results.at(1 + 2 * k));
        bar.atHigh = riskOutputs(results.at(2 + 2 * k));
        const auto low = bar.atLow.value(sortBy), high = bar.atHigh.value(sortBy);
        bar.swing = low && high ? std::abs(*high - *low) : 0.0;
        t.bars.append(bar);
    }
    std::stable_sort(t.bars.begin(), t.bars.end(),
                     [](const TornadoBar &a, const TornadoBar &b) { return a.swing > b.swing; });
    return t;
}

} // namespace fjord
