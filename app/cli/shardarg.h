#pragma once

#include <QProcessEnvironment>
#include <QString>

#include <optional>

namespace fjord::cli {

// Which part of a study this process runs: shard `index` of `count` (0 <= index < count).
struct Shard {
    int index = 0;
    int count = 1;
};

// Reads --shard: "K/N", or "N" alone with K from the batch scheduler's environment, so one job
// script serves every task of an array:
//   SLURM_ARRAY_TASK_ID (minus SLURM_ARRAY_TASK_MIN when set, so --array=1-4 also gives 0..3), or
//   JOB_COMPLETION_INDEX (a Kubernetes indexed Job).
// nullopt and `error` set when the text or the environment does not give a valid shard.
std::optional<Shard> parseShard(const QString &text, const QProcessEnvironment &environment, QString *error);

// Shard K of N of `total` items holds [total·K/N, total·(K+1)/N): every item in exactly one shard.
qint64 shardBegin(const Shard &shard, qint64 total);
qint64 shardEnd(const Shard &shard, qint64 total);

} // namespace fjord::cli
