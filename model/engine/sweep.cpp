#include "model/engine/sweep.h"
#include "model/tr.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <utility>
#include <vector>

namespace fjord {

int sweepThreadCount(int requested, int variants)
{
    const int cores = std::max(1, int(std::thread::hardware_concurrency()));
    return std::clamp(requested > 0 ? requested : cores, 1, std::max(1, variants));
}

QList<Results> evaluateSweep(const Project &base, Id scenarioId, const Climate &climate, int variants,
                             const std::function<void(int index, Project &variant)> &modify,
                             const SweepOptions &options)
{
    std::vector<Results> results(std::max(0, variants));
    // Work is handed out one variant at a time from a shared counter, so threads that finish early
    // take more; each result lands in its own slot, so the order never depends on the timing.
    std::atomic<int> next{0};
    const int threads = sweepThreadCount(options.threads, variants);
    EvaluateOptions evaluateOptions = options.evaluate;
    if (threads > 1)
        evaluateOptions.parallelAnalysis = false; // the variants already keep every thread busy
    const auto work = [&] {
        for (int i = next++; i < variants; i = next++) {
            Project variant = base; // implicitly shared lists: the copy is cheap until modified
            if (modify)
                modify(i, variant);
            const Scenario *scenario = std::as_const(variant).scenario(scenarioId);
            if (!scenario) {
                results[i].problems.append(
                    {Severity::Error, QStringLiteral("engine.scenario"),
                     EngineTr::tr("Variant %1 has no scenario with id %2").arg(i + 1).arg(scenarioId)});
                continue;
            }
            // A variant that carries another weather year (climate.weather_year) is evaluated in it.
            // Comparing is cheap: an untouched climate shares its hourly lists with the base's.
            const bool ownClimate = !(variant.site.climate == base.site.climate);
            results[i] =
                evaluate(variant, *scenario, ownClimate ? variant.site.climate : climate, evaluateOptions);
        }
    };
    std::vector<std::thread> pool;
    pool.reserve(threads - 1);
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work(); // the calling thread works too
    for (std::thread &t : pool)
        t.join();
    return QList<Results>(std::make_move_iterator(results.begin()), std::make_move_iterator(results.end()));
}

} // namespace fjord
