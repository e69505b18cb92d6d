// fjordplan-cli sweep: every combination of one or more parameters' values, as a CSV (METHOD v2 §9).

#include "app/cli/clicontext.h"
#include "app/cli/projectinput.h"
#include "app/cli/shardarg.h"
#include "app/cli/sweepcsv.h"
#include "model/plural.h"
#include "model/uncertainty.h"

#include <QElapsedTimer>

namespace fjord::cli {

namespace {

// sweep --list: what a user can put in --param, since keys of objects carry ids the GUI does not show.
int listParameters(const CliArgs &a, QTextStream &out, QTextStream &err)
{
    const auto input = openScenarioOrReport(a, err);
    if (!input)
        return BadInput;
    const Project *project = &input->project();
    const Scenario *scenario = &input->scenario();
    for (const UncertainParameter &p : uncertainParameters(*project, scenario->id))
        out << p.key << '\t' << p.label << '\t' << p.baseValue << ' ' << p.unit << Qt::endl;
    return Ok;
}

} // namespace

int cmdSweep(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CliArgs a(args,
                    withInputOptions({QStringLiteral("scenario"), QStringLiteral("threads"),
                                      QStringLiteral("shard"), QStringLiteral("out")}),
                    {QStringLiteral("list")}, {QStringLiteral("param")});
    const auto usage = [&] {
        err << "fjordplan-cli sweep: usage: sweep FILE|--db URL --param NAME=FROM:TO:STEP [--param ...] "
               "[--scenario S] [--threads T] [--shard K/N | --shard N] --out sweep.csv\n"
               "       sweep FILE|--db URL --list [--scenario S]   the parameters NAME can be, with their "
               "values now"
            << Qt::endl;
        return BadInput;
    };
    if (!inputArgsOrReport(a, 0, "sweep", err))
        return BadInput;
    if (a.has(QStringLiteral("list")))
        return listParameters(a, out, err);
    bool threadsOk = true;
    const int threads =
        a.has(QStringLiteral("threads")) ? a.value(QStringLiteral("threads")).toInt(&threadsOk) : 0;
    const QString outPath = a.value(QStringLiteral("out"));
    if (!threadsOk || threads < 0 || outPath.isEmpty() || a.values(QStringLiteral("param")).isEmpty())
        return usage();
    QList<SweepParameter> parameters;
    for (const QString &text : a.values(QStringLiteral("param"))) {
        QString error;
        const std::optional<SweepParameter> p = parseSweepParameter(text, &error);
        if (!p) {
            err << "fjordplan-cli sweep: --param " << error << Qt::endl;
            return BadInput;
        }
        parameters.append(*p);
    }
    std::optional<Shard> shard;
    if (a.has(QStringLiteral("shard"))) {
        QString error;
        shard =
            parseShard(a.value(QStringLiteral("shard")), QProcessEnvironment::systemEnvironment(), &error);
        if (!shard) {
            err << "fjordplan-cli sweep: " << error << Qt::endl;
            return BadInput;
        }
    }
    const auto input = openScenarioOrReport(a, err);
    if (!input)
        return BadInput;
    const QString &file = input->file();
    const Project *project = &input->project();
    const Scenario *scenario = &input->scenario();
    const SweepGrid grid(parameters);
    if (const QString error = sweepGridError(*project, scenario->id, grid); !error.isEmpty()) {
        err << file << ": " << error << Qt::endl;
        return BadInput;
    }

    ParameterSweepOptions options;
    options.threads = threads;
    if (shard) {
        options.firstVariant = shardBegin(*shard, grid.variantCount());
        options.variantCount = shardEnd(*shard, grid.variantCount()) - options.firstVariant;
    }
    QElapsedTimer timer;
    timer.start();
    const QList<SweepRow> rows =
        runParameterSweep(*project, scenario->id, project->site.climate, grid, options);
    const qint64 ms = timer.elapsed();

    SweepTable table;
    table.scenario = scenario->name;
    table.currency = project->costs.currency;
    table.variants = grid.variantCount();
    for (const SweepParameter &p : parameters)
        table.parameters << p.key;
    if (shard)
        table.shard = QStringLiteral("%1/%2").arg(shard->index).arg(shard->count);
    table.firstVariant = options.firstVariant;
    for (const SweepRow &row : rows)
        table.rows << formatSweepRow(row);
    if (!writeFileOrReport(sweepToCsv(table), outPath, err))
        return BadInput;
    out << "wrote " << rows.size() << " of "
        << countOf(grid.variantCount(), QStringLiteral("variant"), QStringLiteral("variants")) << " to "
        << outPath << " (" << ms << " ms)" << Qt::endl;
    return Ok;
}

} // namespace fjord::cli
