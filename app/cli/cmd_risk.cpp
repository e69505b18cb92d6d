// fjordplan-cli risk and merge: Monte Carlo over a scenario's uncertain inputs (METHOD v2 §9).

#include "app/cli/clicontext.h"
#include "app/cli/projectinput.h"
#include "app/cli/riskjson.h"
#include "app/cli/shardarg.h"
#include "app/cli/sweepcsv.h"
#include "model/engine/montecarlo.h"
#include "model/plural.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>

namespace fjord::cli {

namespace {

constexpr int DefaultRuns = 10000;

bool writeJsonOrReport(const QJsonObject &json, const QString &path, QTextStream &err)
{
    return writeFileOrReport(QJsonDocument(json).toJson(QJsonDocument::Indented), path, err);
}

} // namespace

int cmdRisk(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CliArgs a(
        args, withInputOptions({QStringLiteral("scenario"), QStringLiteral("runs"), QStringLiteral("seed"),
                                QStringLiteral("threads"), QStringLiteral("shard"), QStringLiteral("out")}));
    if (!inputArgsOrReport(a, 0, "risk", err))
        return BadInput;
    auto option = [&](const char *name, auto parse, auto fallback, auto valid) {
        const QString key = QLatin1String(name);
        if (!a.has(key))
            return std::optional(fallback);
        bool ok = false;
        const auto v = parse(a.value(key), &ok);
        return ok && valid(v) ? std::optional(decltype(fallback)(v)) : std::nullopt;
    };
    const auto runs = option(
        "runs", [](const QString &s, bool *ok) { return s.toInt(ok); }, DefaultRuns,
        [](int v) { return v > 0; });
    const auto seed = option(
        "seed", [](const QString &s, bool *ok) { return s.toULongLong(ok); }, quint64(1),
        [](quint64) { return true; });
    const auto threads = option(
        "threads", [](const QString &s, bool *ok) { return s.toInt(ok); }, 0, [](int v) { return v >= 0; });
    const QString outPath = a.value(QStringLiteral("out"));
    if (!runs || !seed || !threads || outPath.isEmpty()) {
        err << "fjordplan-cli risk: usage: risk FILE|--db URL [--scenario S] [--runs N > 0] [--seed S] "
               "[--threads T] [--shard K/N | --shard N] --out risk.json"
            << Qt::endl;
        return BadInput;
    }
    Shard shard;
    if (a.has(QStringLiteral("shard"))) {
        QString error;
        const std::optional<Shard> parsed =
            parseShard(a.value(QStringLiteral("shard")), QProcessEnvironment::systemEnvironment(), &error);
        if (!parsed) {
            err << "fjordplan-cli risk: " << error << Qt::endl;
            return BadInput;
        }
        shard = *parsed;
    }
    const auto input = openScenarioOrReport(a, err);
    if (!input)
        return BadInput;
    const QString &file = input->file();
    const Project *project = &input->project();
    const Scenario *scenario = &input->scenario();
    if (scenario->uncertainInputs.isEmpty()) {
        err << file << ": scenario " << scenario->name << " has no uncertain inputs" << Qt::endl;
        return BadInput;
    }

    MonteCarloOptions options;
    options.runs = *runs;
    options.seed = *seed;
    options.threads = *threads;
    options.firstRun = int(shardBegin(shard, *runs));
    options.runCount = int(shardEnd(shard, *runs)) - options.firstRun;
    QElapsedTimer timer;
    timer.start();
    const MonteCarloRuns result = runMonteCarlo(*project, scenario->id, project->site.climate, options);
    if (!result.error.isEmpty()) {
        err << file << ": " << result.error << Qt::endl;
        return BadInput;
    }
    const qint64 monteCarloMs = timer.elapsed();

    RiskStudy study;
    study.scenario = scenario->name;
    study.seed = *seed;
    study.runs = *runs;
    study.inputs = riskInputsToJson(scenario->uncertainInputs);
    study.firstRun = result.firstRun;
    study.outputs = result.outputs;
    if (a.has(QStringLiteral("shard"))) {
        study.shardIndex = shard.index;
        study.shardCount = shard.count;
    }
    if (shard.index == 0) // the tornado is deterministic: one shard computes it for the merge
        study.tornado = tornadoToJson(
            runTornado(*project, scenario->id, project->site.climate, RiskOutput::Npv, *threads),
            scenario->uncertainInputs);
    if (!writeJsonOrReport(riskToJson(study), outPath, err))
        return BadInput;
    out << "wrote " << result.outputs.size() << " of "
        << countOf(*runs, QStringLiteral("run"), QStringLiteral("runs")) << " to " << outPath << " ("
        << monteCarloMs << " ms for the runs)" << Qt::endl;
    return Ok;
}

namespace {

// merge for sweep shards (OUT.csv): the rows of every shard, checked, in variant order.
int mergeSweepFiles(const CliArgs &a, QTextStream &out, QTextStream &err)
{
    QList<SweepTable> shards;
    for (const QString &path : a.positionals().mid(1)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            err << path << ": cannot read: " << f.errorString() << Qt::endl;
            return BadInput;
        }
        QString error;
        const std::optional<SweepTable> shard = sweepFromCsv(f.readAll(), &error);
        if (!shard) {
            err << path << ": " << error << Qt::endl;
            return BadInput;
        }
        shards.append(*shard);
    }
    QString error;
    const std::optional<SweepTable> merged = mergeSweepShards(shards, &error);
    if (!merged) {
        err << "fjordplan-cli merge: " << error << Qt::endl;
        return BadInput;
    }
    if (!writeFileOrReport(sweepToCsv(*merged), a.positional(0), err))
        return BadInput;
    out << "merged " << countOf(shards.size(), QStringLiteral("file"), QStringLiteral("files")) << ", "
        << countOf(merged->variants, QStringLiteral("variant"), QStringLiteral("variants")) << ", into "
        << a.positional(0) << Qt::endl;
    return Ok;
}

} // namespace

int cmdMerge(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CliArgs a(args, {});
    if (!a.ok() || a.positionals().size() < 2) {
        err << "fjordplan-cli merge: usage: merge OUT.json SHARD.json... | merge OUT.csv SHARD.csv..."
            << Qt::endl;
        return BadInput;
    }
    if (a.positional(0).endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return mergeSweepFiles(a, out, err);
    QList<RiskStudy> shards;
    for (const QString &path : a.positionals().mid(1)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            err << path << ": cannot read: " << f.errorString() << Qt::endl;
            return BadInput;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
        QString error = parseError.error == QJsonParseError::NoError ? QString() : parseError.errorString();
        std::optional<RiskStudy> shard;
        if (error.isEmpty())
            shard = riskFromJson(doc.object(), &error);
        if (!shard) {
            err << path << ": " << error << Qt::endl;
            return BadInput;
        }
        shards.append(*shard);
    }
    QString error;
    const std::optional<RiskStudy> merged = mergeRiskShards(shards, &error);
    if (!merged) {
        err << "fjordplan-cli merge: " << error << Qt::endl;
        return BadInput;
    }
    if (!writeJsonOrReport(riskToJson(*merged), a.positional(0), err))
        return BadInput;
    out << "merged " << countOf(shards.size(), QStringLiteral("file"), QStringLiteral("files")) << ", "
        << countOf(merged->runs, QStringLiteral("run"), QStringLiteral("runs")) << ", into "
        << a.positional(0) << Qt::endl;
    return Ok;
}

} // namespace fjord::cli
