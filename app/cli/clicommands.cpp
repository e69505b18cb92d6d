#include "app/cli/clicommands.h"

#include "app/cli/clicontext.h"
#include "model/storage/projectfile.h"

#include <fjordplan/version.h>

#include <functional>
#include <map>

namespace fjord::cli {

namespace {

const char *Usage = R"(usage: fjordplan-cli VERB ...
  new FILE [--sample narvik | --template nordic|central-europe|blank] [--name NAME] [--force]
                                                        create a project (a site template, or the sample)
  evaluate FILE [--scenario S] [--climate EPW] [--stage N]   print Results as JSON
  check FILE [--scenario S] [--json]                     list Problems; exit 1 if any error
  import-epw FILE EPW                                    attach a weather file as the site climate
  import-netbox FILE --racks CSV [--power-feeds CSV] [--power-panels CSV] [--scenario S]
  export-netbox FILE DIR [--scenario S]                  write NetBox-importable CSVs
  compare FILE --scenarios A,B                           KPI deltas as JSON
  export-eed FILE --year Y --out FILE.csv [--scenario S] EU EED data-centre KPIs per stage
  report FILE --out report.pdf [--scenario S]            the investor report (drawn by the fjordplan binary)
  --version                                              print the program's version
exit codes: 0 ok, 1 the project has errors (check), 2 bad arguments or unreadable input
)";

} // namespace

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
        err << "fjordplan-cli " << verb << ": expected " << positionals << " argument(s), got "
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
