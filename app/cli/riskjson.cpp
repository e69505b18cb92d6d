#include "app/cli/riskjson.h"

#include "model/uncertainty.h"

#include <QJsonValue>

#include <algorithm>

namespace fjord::cli {

namespace {

const char *Format = "fjordplan-risk";
constexpr int Version = 1;

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject outputsToJson(const RiskOutputs &o)
{
    QJsonObject j;
    for (int k = 0; k < RiskOutputCount; ++k)
        j.insert(riskOutputKey(RiskOutput(k)), optionalNumber(o.value(RiskOutput(k))));
    return j;
}

QJsonObject percentilesToJson(const Percentiles &p)
{
    return {{QStringLiteral("runs_with_value"), p.count},
            {QStringLiteral("runs_without_value"), p.missing},
            {QStringLiteral("p10"), p.p10},
            {QStringLiteral("p50"), p.p50},
            {QStringLiteral("p90"), p.p90},
            {QStringLiteral("mean"), p.mean},
            {QStringLiteral("p50_std_error"), p.p50StdError}};
}

// The P50 of NPV and its standard error after 10 %, 20 %, ... of the runs (in run order).
QJsonArray convergenceToJson(const QList<RiskOutputs> &runs)
{
    QJsonArray steps;
    const int n = int(runs.size());
    for (int step = 1; step <= 10; ++step) {
        const int upTo = int(qint64(n) * step / 10);
        if (upTo == 0 || (!steps.isEmpty() && steps.last()[QStringLiteral("runs")].toInt() == upTo))
            continue;
        QList<std::optional<double>> npv;
        for (int i = 0; i < upTo; ++i)
            npv.append(runs.at(i).npv);
        const Percentiles p = percentiles(npv);
        steps.append(QJsonObject{{QStringLiteral("runs"), upTo},
                                 {QStringLiteral("npv_p50"), p.p50},
                                 {QStringLiteral("npv_p50_std_error"), p.p50StdError}});
    }
    return steps;
}

QJsonObject samplesToJson(int firstRun, const QList<RiskOutputs> &runs)
{
    QJsonObject j{{QStringLiteral("first_run"), firstRun}};
    for (int k = 0; k < RiskOutputCount; ++k) {
        QJsonArray values;
        for (const RiskOutputs &r : runs)
            values.append(optionalNumber(r.value(RiskOutput(k))));
        j.insert(riskOutputKey(RiskOutput(k)), values);
    }
    return j;
}

std::optional<QList<RiskOutputs>> samplesFromJson(const QJsonObject &j, QString *error)
{
    QList<RiskOutputs> runs;
    const qsizetype n = j.value(QStringLiteral("npv")).toArray().size();
    runs.resize(n);
    for (int k = 0; k < RiskOutputCount; ++k) {
        const RiskOutput output = RiskOutput(k);
        const QJsonArray values = j.value(riskOutputKey(output)).toArray();
        if (values.size() != n) {
            *error = QStringLiteral("samples: \"%1\" has %2 values, \"npv\" %3")
                         .arg(riskOutputKey(output))
                         .arg(values.size())
                         .arg(n);
            return std::nullopt;
        }
        for (qsizetype i = 0; i < n; ++i) {
            const QJsonValue v = values.at(i);
            if (!v.isDouble() && !(output == RiskOutput::Irr && v.isNull())) {
                *error =
                    QStringLiteral("samples: \"%1\"[%2] is not a number").arg(riskOutputKey(output)).arg(i);
                return std::nullopt;
            }
            RiskOutputs &r = runs[i];
            switch (output) {
            case RiskOutput::Npv:
                r.npv = v.toDouble();
                break;
            case RiskOutput::Irr:
                r.irr = v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
                break;
            case RiskOutput::LevelisedPerGpuHour:
                r.levelisedPerGpuHour = v.toDouble();
                break;
            case RiskOutput::Pue:
                r.pue = v.toDouble();
                break;
            case RiskOutput::Ref:
                r.ref = v.toDouble();
                break;
            }
        }
    }
    return runs;
}

} // namespace

QJsonArray riskInputsToJson(const QList<UncertainInput> &inputs)
{
    QJsonArray out;
    for (const UncertainInput &u : inputs) {
        QJsonArray values;
        for (double v : u.values)
            values.append(v);
        out.append(QJsonObject{{QStringLiteral("id"), qint64(u.id)},
                               {QStringLiteral("parameter"), u.parameter},
                               {QStringLiteral("distribution"), distributionKindLabel(u.kind)},
                               {QStringLiteral("low"), u.low},
                               {QStringLiteral("mode"), u.mode},
                               {QStringLiteral("high"), u.high},
                               {QStringLiteral("sd"), u.sd},
                               {QStringLiteral("values"), values},
                               {QStringLiteral("p10"), quantile(u, 0.1)},
                               {QStringLiteral("central"), centralValue(u)},
                               {QStringLiteral("p90"), quantile(u, 0.9)},
                               {QStringLiteral("reason"), u.reason}});
    }
    return out;
}

QJsonObject tornadoToJson(const Tornado &t, const QList<UncertainInput> &inputs)
{
    QJsonArray bars;
    for (const TornadoBar &b : t.bars)
        bars.append(QJsonObject{{QStringLiteral("parameter"), b.parameter},
                                {QStringLiteral("input_id"), qint64(inputs.at(b.input).id)},
                                {QStringLiteral("low_value"), b.lowValue},
                                {QStringLiteral("high_value"), b.highValue},
                                {QStringLiteral("at_low"), outputsToJson(b.atLow)},
                                {QStringLiteral("at_high"), outputsToJson(b.atHigh)},
                                {QStringLiteral("swing"), b.swing}});
    return {
        {QStringLiteral("sorted_by"), riskOutputKey(t.sortedBy)},
        {QStringLiteral("low"), QStringLiteral("P10 of the input")},
        {QStringLiteral("high"), QStringLiteral("P90 of the input")},
        {QStringLiteral("others_at"), QStringLiteral("central value (triangular mode, normal mean, median)")},
        {QStringLiteral("base"), outputsToJson(t.base)},
        {QStringLiteral("bars"), bars}};
}

QJsonObject riskToJson(const RiskStudy &s)
{
    QJsonObject j{{QStringLiteral("format"), QLatin1String(Format)},
                  {QStringLiteral("version"), Version},
                  {QStringLiteral("scenario"), s.scenario},
                  // A string: a 64-bit seed does not fit a JSON number exactly.
                  {QStringLiteral("seed"), QString::number(s.seed)},
                  {QStringLiteral("runs"), s.runs},
                  {QStringLiteral("inputs"), s.inputs},
                  {QStringLiteral("samples"), samplesToJson(s.firstRun, s.outputs)}};
    if (s.tornado)
        j.insert(QStringLiteral("tornado"), *s.tornado);
    if (s.shardIndex) {
        j.insert(QStringLiteral("shard"), QJsonObject{{QStringLiteral("index"), *s.shardIndex},
                                                      {QStringLiteral("count"), s.shardCount}});
        return j;
    }
    const MonteCarloSummary summary = summarise(s.outputs);
    QJsonObject outputs;
    for (int k = 0; k < RiskOutputCount; ++k)
        outputs.insert(riskOutputKey(RiskOutput(k)), percentilesToJson(summary.outputs[k]));
    j.insert(QStringLiteral("outputs"), outputs);
    j.insert(QStringLiteral("probability_npv_below_zero"), summary.probabilityNpvBelowZero);
    j.insert(QStringLiteral("convergence"), convergenceToJson(s.outputs));
    return j;
}

std::optional<RiskStudy> riskFromJson(const QJsonObject &j, QString *error)
{
    if (j.value(QStringLiteral("format")).toString() != QLatin1String(Format) ||
        j.value(QStringLiteral("version")).toInt() != Version) {
        *error = QStringLiteral("not a %1 file of version %2").arg(QLatin1String(Format)).arg(Version);
        return std::nullopt;
    }
    RiskStudy s;
    bool seedOk = false;
    s.seed = j.value(QStringLiteral("seed")).toString().toULongLong(&seedOk);
    s.scenario = j.value(QStringLiteral("scenario")).toString();
    s.runs = j.value(QStringLiteral("runs")).toInt(-1);
    s.inputs = j.value(QStringLiteral("inputs")).toArray();
    const QJsonObject samples = j.value(QStringLiteral("samples")).toObject();
    s.firstRun = samples.value(QStringLiteral("first_run")).toInt(-1);
    if (!seedOk || s.runs < 0 || s.firstRun < 0) {
        *error = QStringLiteral("seed, runs or samples.first_run missing");
        return std::nullopt;
    }
    const auto outputs = samplesFromJson(samples, error);
    if (!outputs)
        return std::nullopt;
    s.outputs = *outputs;
    if (j.contains(QStringLiteral("tornado")))
        s.tornado = j.value(QStringLiteral("tornado")).toObject();
    if (j.contains(QStringLiteral("shard"))) {
        const QJsonObject shard = j.value(QStringLiteral("shard")).toObject();
        s.shardIndex = shard.value(QStringLiteral("index")).toInt();
        s.shardCount = shard.value(QStringLiteral("count")).toInt();
    }
    return s;
}

std::optional<RiskStudy> mergeRiskShards(QList<RiskStudy> shards, QString *error)
{
    if (shards.isEmpty()) {
        *error = QStringLiteral("no shard to merge");
        return std::nullopt;
    }
    std::stable_sort(shards.begin(), shards.end(),
                     [](const RiskStudy &a, const RiskStudy &b) { return a.firstRun < b.firstRun; });
    RiskStudy merged;
    const RiskStudy &first = shards.first();
    merged.scenario = first.scenario;
    merged.seed = first.seed;
    merged.runs = first.runs;
    merged.inputs = first.inputs;
    for (const RiskStudy &s : shards) {
        if (s.seed != merged.seed || s.runs != merged.runs || s.scenario != merged.scenario ||
            s.inputs != merged.inputs) {
            *error =
                QStringLiteral("the shards come from different studies (seed, runs, scenario or inputs)");
            return std::nullopt;
        }
        if (s.firstRun != merged.outputs.size()) {
            *error = QStringLiteral("runs %1 to %2 are missing or given twice")
                         .arg(std::min<qsizetype>(s.firstRun, merged.outputs.size()))
                         .arg(std::max<qsizetype>(s.firstRun, merged.outputs.size()) - 1);
            return std::nullopt;
        }
        merged.outputs += s.outputs;
        if (s.tornado && !merged.tornado)
            merged.tornado = s.tornado;
    }
    if (merged.outputs.size() != merged.runs) {
        *error = QStringLiteral("the shards hold %1 of %2 runs").arg(merged.outputs.size()).arg(merged.runs);
        return std::nullopt;
    }
    return merged;
}

} // namespace fjord::cli
