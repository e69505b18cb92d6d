#pragma once

#include "model/engine.h"

#include <QList>

#include <functional>

namespace fjord {

// Evaluates many variants of one project on a pool of threads: variant i is a copy of `base` that
// `modify(i, copy)` changes (a supply temperature, a rack count, a Monte Carlo draw...), evaluated for
// the scenario with id `scenarioId` in `climate`. Results come back in variant order and are the
// same, bit for bit, whatever the thread count: each evaluation is a pure function of its variant,
// and the engine keeps its scratch arrays per thread. `threads` <= 0 uses every core.
// `modify` runs on the worker threads (one call per variant, never concurrently for the same i) and
// must not touch shared state; it may leave the copy unchanged. A variant whose site climate `modify`
// replaced (a weather year) is evaluated in that climate instead of `climate`.
struct SweepOptions {
    int threads = 0;
    EvaluateOptions evaluate; // e.g. keepHourly = false for large sweeps
};

QList<Results> evaluateSweep(const Project &base, Id scenarioId, const Climate &climate, int variants,
                             const std::function<void(int index, Project &variant)> &modify,
                             const SweepOptions &options = {});

// The thread count evaluateSweep uses for `requested` threads (<= 0: every core) and `variants` jobs.
int sweepThreadCount(int requested, int variants);

} // namespace fjord
