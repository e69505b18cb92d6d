#include "app/cli/sweepcsv.h"

#include <QRegularExpression>

#include <algorithm>

namespace fjord::cli {

namespace {

const char *Format = "fjordplan-sweep 1";

QByteArray number(double v)
{
    return QByteArray::number(v, 'g', 12); // cents on a billion: more would only show noise
}

QByteArray headerLine(const QStringList &parameters)
{
    QStringList columns{QStringLiteral("variant")};
    columns += parameters;
    for (int k = 0; k < RiskOutputCount; ++k)
        columns << riskOutputKey(RiskOutput(k));
    columns << QStringLiteral("errors");
    return columns.join(QLatin1Char(',')).toUtf8();
}

QByteArray commentLine(const SweepTable &t)
{
    QString line = QStringLiteral("# %1; scenario \"%2\"; %3 variants; ")
                       .arg(QLatin1String(Format), t.scenario)
                       .arg(t.variants);
    if (!t.shard.isEmpty())
        line += QStringLiteral("shard %1; ").arg(t.shard);
    line += QStringLiteral("npv, levelised_per_gpu_hour in %1; irr, ref as fractions; "
                           "irr empty where it does not exist")
                .arg(t.currency);
    return line.toUtf8();
}

} // namespace

QByteArray formatSweepRow(const SweepRow &row)
{
    QByteArrayList cells{QByteArray::number(row.variant)};
    for (double v : row.values)
        cells << number(v);
    for (int k = 0; k < RiskOutputCount; ++k) {
        const std::optional<double> v = row.outputs.value(RiskOutput(k));
        cells << (v ? number(*v) : QByteArray());
    }
    cells << QByteArray::number(row.errors);
    return cells.join(',');
}

QByteArray sweepToCsv(const SweepTable &table)
{
    QByteArray csv = commentLine(table) + '\n' + headerLine(table.parameters) + '\n';
    for (const QByteArray &row : table.rows)
        csv += row + '\n';
    return csv;
}

std::optional<SweepTable> sweepFromCsv(const QByteArray &csv, QString *error)
{
    QList<QByteArray> lines = csv.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    static const QRegularExpression comment(
        QStringLiteral("^# fjordplan-sweep 1; scenario \"(.*)\"; (\\d+) variants; (?:shard (\\d+/\\d+); )?"
                       "npv, levelised_per_gpu_hour in ([^;]+);"));
    const QRegularExpressionMatch m =
        lines.isEmpty() ? QRegularExpressionMatch() : comment.match(QString::fromUtf8(lines.first()));
    if (lines.size() < 2 || !m.hasMatch()) {
        *error = QStringLiteral("not a fjordplan-cli sweep file (its first line is not the sweep's comment)");
        return std::nullopt;
    }
    SweepTable t;
    t.scenario = m.captured(1);
    t.variants = m.captured(2).toLongLong();
    t.shard = m.captured(3);
    t.currency = m.captured(4);
    const QStringList columns = QString::fromUtf8(lines.at(1)).split(QLatin1Char(','));
    const qsizetype fixed = 1 + RiskOutputCount + 1;
    if (columns.size() < fixed + 1 || columns.first() != QLatin1String("variant")) {
        *error = QStringLiteral("line 2: the header is not variant,PARAMETER...,outputs");
        return std::nullopt;
    }
    t.parameters = columns.mid(1, columns.size() - fixed);
    if (headerLine(t.parameters) != lines.at(1)) {
        *error = QStringLiteral("line 2: the header's output columns are not the sweep's");
        return std::nullopt;
    }
    t.rows = lines.mid(2);
    for (qsizetype i = 0; i < t.rows.size(); ++i) {
        bool ok = false;
        const qint64 variant = t.rows.at(i).left(t.rows.at(i).indexOf(',')).toLongLong(&ok);
        if (i == 0 && ok)
            t.firstVariant = variant;
        if (!ok || variant != t.firstVariant + i || t.rows.at(i).count(',') != columns.size() - 1) {
            *error = QStringLiteral("line %1: not the row of variant %2").arg(i + 3).arg(t.firstVariant + i);
            return std::nullopt;
        }
    }
    return t;
}

std::optional<SweepTable> mergeSweepShards(QList<SweepTable> shards, QString *error)
{
    std::sort(shards.begin(), shards.end(),
              [](const SweepTable &a, const SweepTable &b) { return a.firstVariant < b.firstVariant; });
    SweepTable merged = shards.first();
    merged.shard.clear();
    merged.rows.clear();
    for (const SweepTable &s : shards) {
        if (s.scenario != merged.scenario || s.variants != merged.variants ||
            s.parameters != merged.parameters || s.currency != merged.currency) {
            *error =
                QStringLiteral("the files are from different sweeps (scenario, grid or parameters differ)");
            return std::nullopt;
        }
        if (s.firstVariant != merged.rows.size()) {
            *error = s.firstVariant > merged.rows.size()
                         ? QStringLiteral("variants %1..%2 are missing")
                               .arg(merged.rows.size())
                               .arg(s.firstVariant - 1)
                         : QStringLiteral("variant %1 is in two files").arg(s.firstVariant);
            return std::nullopt;
        }
        merged.rows += s.rows;
    }
    if (merged.rows.size() != merged.variants) {
        *error =
            QStringLiteral("variants %1..%2 are missing").arg(merged.rows.size()).arg(merged.variants - 1);
        return std::nullopt;
    }
    return merged;
}

} // namespace fjord::cli
