#pragma once

#include "model/engine/montecarlo.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace fjord::cli {

// A Monte Carlo study as the "fjordplan-risk" JSON of `fjordplan-cli risk` (README, Command line).
// A shard's file holds its runs' outputs, so `merge` recomputes every statistic from the runs of all
// shards in run order: the merged file is the file one run would have written.
struct RiskStudy {
    QString scenario;
    quint64 seed = 0;
    int runs = 0;                       // runs of the whole study
    QJsonArray inputs;                  // the uncertain inputs as run (riskInputsToJson)
    int firstRun = 0;                   // of `outputs`
    QList<RiskOutputs> outputs;         // run firstRun + i at index i
    std::optional<int> shardIndex;      // a shard's file: K of --shard K/N (0-based)
    int shardCount = 0;                 // a shard's file: N
    std::optional<QJsonObject> tornado; // in a full study and in shard 0's file
};

QJsonArray riskInputsToJson(const QList<UncertainInput> &inputs);
QJsonObject tornadoToJson(const Tornado &tornado, const QList<UncertainInput> &inputs);

// The study as JSON: a shard (samples only) or a full study (statistics, convergence, tornado).
QJsonObject riskToJson(const RiskStudy &study);

// Reads a file riskToJson wrote; nullopt and `error` set when it is not one.
std::optional<RiskStudy> riskFromJson(const QJsonObject &json, QString *error);

// Combines shard files into the full study; nullopt and `error` set when they do not belong together
// (seed, run count, scenario or inputs differ) or their runs do not cover 0..runs − 1 exactly once.
std::optional<RiskStudy> mergeRiskShards(QList<RiskStudy> shards, QString *error);

} // namespace fjord::cli
