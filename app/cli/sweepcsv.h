#pragma once

#include "model/engine/parametersweep.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace fjord::cli {

// The CSV of `fjordplan-cli sweep` (README, Command line): one comment line naming the study, a
// header, then one row per variant:
//   # fjordplan-sweep 1; scenario "Base"; 12 variants; shard 0/4; npv, levelised_per_gpu_hour in EUR; ...
//   variant,grid.price_per_mwh,cooling.supply_c:3,npv,irr,levelised_per_gpu_hour,pue,ref,errors
// Readers skip the comment (pandas: comment="#"). A shard's file names its shard; `merge` checks the
// shards belong to one study and cover every variant once, and writes the file one run would have.
struct SweepTable {
    QString scenario;
    QString currency;
    qint64 variants = 0; // of the whole grid
    QStringList parameters;
    QString shard;          // "K/N" in a shard's file; empty in a whole study's
    QList<QByteArray> rows; // the data lines, without the newline, in variant order
    qint64 firstVariant = 0;
};

QByteArray formatSweepRow(const SweepRow &row);
QByteArray sweepToCsv(const SweepTable &table);
// nullopt and `error` set when the text is not a sweep CSV.
std::optional<SweepTable> sweepFromCsv(const QByteArray &csv, QString *error);
std::optional<SweepTable> mergeSweepShards(QList<SweepTable> shards, QString *error);

} // namespace fjord::cli
