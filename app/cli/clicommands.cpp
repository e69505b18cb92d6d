#include "app/cli/clicommands.h"

#include "app/cli/clicontext.h"
#include "model/plural.h"
#include "model/storage/epwreader.h"
#include "model/storage/projectfile.h"

#include <fjordplan/version.h>

#include <QSaveFile>

#include <functional>
#include <map>

namespace fjord::cli {

namespace {

const char *Usage = R"(usage: fjordplan-cli VERB ...
  new FILE [--sample narvik | --template nordic|central-europe|blank] [--name NAME] [--force]
                                                        create a project (a site template, or the sample)
  evaluate FILE [--scenario S] [--climate EPW] [--stage N]   print Results as JSON
  check FILE [--scenario S] [--json]                     list Problems; exit 1 if any error
  import-epw FILE EPW [--weather-year]                   attach a weather file as the site climate
                                                         (--weather-year: as another year for risk)
  import-netbox FILE --racks CSV [--power-feeds CSV] [--power-panels CSV] [--scenario S]
  export-netbox FILE DIR [--scenario S]                  write NetBox-importable CSVs
  compare FILE [--scenarios A,B] [--climate EPW]         KPI deltas and layout diff as JSON (default: all vs the first)
  export-eed FILE --year Y --out FILE.csv [--scenario S] EU EED data-centre KPIs per stage
  report FILE --out report.pdf|report.html [--csv DIR] [--scenario S | --scenarios A,B,...]
         [--page-size a4|letter] [--format pdf|html] [--locale NAME] [--language en|nb]
                                                        the investor report (drawn by the fjordplan binary);
                                                        with --scenarios, A compared with B, ...; --csv: its tables
  push FILE URL [--comment C] [--revision N]             store FILE as the next revision of a team project
  pull URL FILE [--revision N] [--force]                 write a team project (or an old revision) to FILE
  history URL [--json]                                   a team project's revisions (who, when, comment)
  restore URL --revision N [--comment C]                 make revision N the latest again (as a new
                                                        revision; the history keeps every one)
  risk FILE --out risk.json [--scenario S] [--runs N] [--seed S] [--threads T] [--shard K/N]
                                                        Monte Carlo over the scenario's uncertain inputs
                                                        (default 10000 runs, seed 1; shard K = 0..N-1)
  sweep FILE --param NAME=FROM:TO:STEP [--param ...] --out sweep.csv [--scenario S] [--threads T] [--shard K/N]
                                                        every combination of the values, one CSV row each
                                                        (NAME: an uncertain-input key, e.g. grid.price_per_mwh;
                                                        sweep FILE --list prints them with their values now)
  merge OUT.json SHARD.json... | merge OUT.csv SHARD.csv...
                                                        combine risk or sweep shards into the single-run result
--shard N (without K) takes K from SLURM_ARRAY_TASK_ID (minus SLURM_ARRAY_TASK_MIN) or JOB_COMPLETION_INDEX.
evaluate, check, compare, import-epw, import-netbox, export-netbox, export-eed, report, risk and sweep take
--db URL instead of FILE: a team project's latest revision. import-epw and import-netbox then save a new
revision on top of the one they opened ([--comment C]; default: the verb and its inputs), refused when
someone saved in between. URL: postgresql://[user@]host[:port]/database?project=KEY
(a Unix socket: ?host=/dir; passwords from ~/.pgpass, a pg_service.conf service or PGPASSWORD)
exit codes: 0 ok, 1 the project has errors (check), 2 bad arguments or unreadable input,
3 the server refused to save (someone saved in between, or the role may not write)
  --version                                              print the program's version
)";

} // namespace

bool writeFileOrReport(const QByteArray &bytes, const QString &path, QTextStream &err)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit()) {
        err << path << ": cannot write: " << file.errorString() << Qt::endl;
        return false;
    }
    return true;
}

std::optional<Project> openOrReport(const QString &path, QTextStream &err)
{
    storage::OpenResult opened = storage::openProject(path);
    if (!opened) {
        err << opened.error << Qt::endl;
        return std::nullopt;
    }
    return std::move(*opened.project);
}

const Scenario *scenarioOrReport(const Project &project, const QString &name, const QString &file,
                                 QTextStream &err)
{
    if (name.isEmpty()) {
        if (project.scenarios.isEmpty()) {
            err << file << ": the project has no scenario" << Qt::endl;
            return nullptr;
        }
        return &project.scenarios.first();
    }
    if (const Scenario *s = project.scenarioByName(name))
        return s;
    QStringList names;
    for (const auto &s : project.scenarios)
        names << s.name;
    err << file << ": no scenario named \"" << name << "\" (scenarios: " << names.join(QStringLiteral(", "))
        << ")" << Qt::endl;
    return nullptr;
}

std::optional<Climate> climateOrReport(const CliArgs &args, const Project &project, QTextStream &err)
{
    if (!args.has(QStringLiteral("climate")))
        return project.site.climate;
    storage::EpwResult epw = storage::readEpw(args.value(QStringLiteral("climate")));
    if (!epw) {
        err << epw.error << Qt::endl;
        return std::nullopt;
    }
    return std::move(*epw.climate);
}

QStringList scenarioNameList(const QString &value)
{
    QStringList names;
    for (const QString &n : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!n.trimmed().isEmpty())
            names << n.trimmed();
    return names;
}

QList<const Scenario *> scenariosOrReport(const Project &project, const QStringList &names,
                                          const QString &file, QTextStream &err)
{
    QList<const Scenario *> out;
    for (const QString &name : names) {
        const Scenario *s = scenarioOrReport(project, name, file, err);
        if (!s)
            return {};
        out << s;
    }
    return out;
}

bool saveOrReport(const Project &project, const QString &path, QTextStream &err)
{
    const QString error = storage::saveProject(project, path);
    if (!error.isEmpty()) {
        err << error << Qt::endl;
        return false;
    }
    return true;
}

bool argsOrReport(const CliArgs &a, int positionals, const char *verb, QTextStream &err)
{
    if (!a.ok()) {
        err << "fjordplan-cli " << verb << ": " << a.error() << Qt::endl;
        return false;
    }
    if (a.positionals().size() != positionals) {
        err << "fjordplan-cli " << verb << ": expected "
            << countOf(positionals, QStringLiteral("argument"), QStringLiteral("arguments")) << ", got "
            << a.positionals().size() << " (see fjordplan-cli --help)" << Qt::endl;
        return false;
    }
    return true;
}

int run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    using Verb = std::function<int(const QStringList &, QTextStream &, QTextStream &)>;
    static const std::map<QString, Verb> verbs{
        {QStringLiteral("new"), cmdNew},
        {QStringLiteral("evaluate"), cmdEvaluate},
        {QStringLiteral("check"), cmdCheck},
        {QStringLiteral("compare"), cmdCompare},
        {QStringLiteral("import-epw"), cmdImportEpw},
        {QStringLiteral("import-netbox"), cmdImportNetbox},
        {QStringLiteral("export-netbox"), cmdExportNetbox},
        {QStringLiteral("export-eed"), cmdExportEed},
        {QStringLiteral("report"), cmdReport},
        {QStringLiteral("push"), cmdPush},
        {QStringLiteral("pull"), cmdPull},
        {QStringLiteral("history"), cmdHistory},
        {QStringLiteral("restore"), cmdRestore},
        {QStringLiteral("risk"), cmdRisk},
        {QStringLiteral("merge"), cmdMerge},
        {QStringLiteral("sweep"), cmdSweep},
    };
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("help")) {
        (args.isEmpty() ? err : out) << Usage;
        return args.isEmpty() ? BadInput : Ok;
    }
    if (args.first() == QLatin1String("--version")) {
        out << "fjordplan-cli " << FJORD_VERSION << Qt::endl;
        return Ok;
    }
    const auto it = verbs.find(args.first());
    if (it == verbs.end()) {
        err << "fjordplan-cli: unknown verb \"" << args.first() << "\" (see fjordplan-cli --help)"
            << Qt::endl;
        return BadInput;
    }
    return it->second(args.mid(1), out, err);
}

} // namespace fjord::cli
