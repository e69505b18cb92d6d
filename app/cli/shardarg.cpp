#include "app/cli/shardarg.h"

#include <QStringList>

namespace fjord::cli {

namespace {

std::optional<int> schedulerIndex(const QProcessEnvironment &env, QString *error)
{
    bool ok = false;
    if (env.contains(QStringLiteral("SLURM_ARRAY_TASK_ID"))) {
        const int id = env.value(QStringLiteral("SLURM_ARRAY_TASK_ID")).toInt(&ok);
        bool minOk = true;
        const int min = env.contains(QStringLiteral("SLURM_ARRAY_TASK_MIN"))
                            ? env.value(QStringLiteral("SLURM_ARRAY_TASK_MIN")).toInt(&minOk)
                            : 0;
        if (ok && minOk)
            return id - min;
        *error = QStringLiteral("SLURM_ARRAY_TASK_ID=%1 (SLURM_ARRAY_TASK_MIN=%2) is not a task index")
                     .arg(env.value(QStringLiteral("SLURM_ARRAY_TASK_ID")),
                          env.value(QStringLiteral("SLURM_ARRAY_TASK_MIN")));
        return std::nullopt;
    }
    if (env.contains(QStringLiteral("JOB_COMPLETION_INDEX"))) {
        const int index = env.value(QStringLiteral("JOB_COMPLETION_INDEX")).toInt(&ok);
        if (ok)
            return index;
        *error = QStringLiteral("JOB_COMPLETION_INDEX=%1 is not an index")
                     .arg(env.value(QStringLiteral("JOB_COMPLETION_INDEX")));
        return std::nullopt;
    }
    *error = QStringLiteral("--shard N takes the shard index from SLURM_ARRAY_TASK_ID or "
                            "JOB_COMPLETION_INDEX, and neither is set (or give --shard K/N)");
    return std::nullopt;
}

} // namespace

std::optional<Shard> parseShard(const QString &text, const QProcessEnvironment &environment, QString *error)
{
    QString why;
    const QStringList parts = text.split(QLatin1Char('/'));
    Shard shard;
    bool countOk = false;
    shard.count = parts.last().toInt(&countOk);
    // A plain int and a flag, not std::optional<int>: GCC 12 at -O1 reports the optional's value as
    // "may be used uninitialized" (a false positive that -Werror turns into a build failure).
    int index = 0;
    bool haveIndex = false;
    if (!countOk || parts.size() > 2 || shard.count < 1) {
        why = QStringLiteral("--shard %1: expected K/N or N with N >= 1").arg(text);
    } else if (parts.size() == 2) {
        index = parts.first().toInt(&haveIndex);
        if (!haveIndex)
            why = QStringLiteral("--shard %1: K is not a number").arg(text);
    } else if (const std::optional<int> fromEnvironment = schedulerIndex(environment, &why)) {
        index = *fromEnvironment;
        haveIndex = true;
    }
    if (haveIndex && (index < 0 || index >= shard.count)) {
        why = QStringLiteral("shard index %1 is outside 0..%2 (--shard %3)")
                  .arg(index)
                  .arg(shard.count - 1)
                  .arg(text);
        haveIndex = false;
    }
    if (!haveIndex) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    shard.index = index;
    return shard;
}

qint64 shardBegin(const Shard &shard, qint64 total)
{
    return total * shard.index / shard.count;
}

qint64 shardEnd(const Shard &shard, qint64 total)
{
    return total * (shard.index + 1) / shard.count;
}

} // namespace fjord::cli
