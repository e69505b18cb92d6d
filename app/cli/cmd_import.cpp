// Verbs that bring data in or out: import-epw, import-netbox, export-netbox. Each works on a
// FILE or (--db URL) a team project; the imports save a new revision there.
#include "app/cli/cliargs.h"
#include "app/cli/clicontext.h"
#include "app/cli/projectinput.h"
#include "model/storage/epwreader.h"
#include "model/storage/netbox.h"

#include <QDir>
#include <QFileInfo>

namespace fjord::cli {

int cmdImportEpw(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CliArgs a(args, withInputOptions({}, true), {QStringLiteral("weather-year")});
    if (!inputArgsOrReport(a, 1, "import-epw", err))
        return BadInput;
    const QString epwPath = argumentOf(a, 0);
    auto input = openInputOrReport(a, err);
    if (!input)
        return BadInput;
    const QString file = input->name;
    Project *project = &input->project;
    const storage::EpwResult epw = storage::readEpw(epwPath);
    if (!epw) {
        err << epw.error << Qt::endl;
        return BadInput;
    }
    // --weather-year: another year for the risk study's climate.weather_year, the site climate stays.
    const bool otherYear = a.has(QStringLiteral("weather-year"));
    if (otherYear)
        project->site.weatherYears.append(*epw.climate);
    else
        project->site.climate = *epw.climate;
    const ClimateSummary s = summarise(*epw.climate);
    QString report;
    QTextStream summary(&report);
    for (const auto &w : epw.warnings)
        summary << "warning: " << w << '\n';
    summary << "imported " << epwPath << " into " << file;
    if (otherYear)
        summary << " as weather year " << project->site.weatherYears.size();
    summary << ": " << s.name << ", " << s.hours << " h, mean " << QString::number(s.meanDryBulbC, 'f', 1)
            << " °C, min " << QString::number(s.minDryBulbC, 'f', 1) << " °C, max "
            << QString::number(s.maxDryBulbC, 'f', 1) << " °C\n";
    summary.flush();
    const QString comment = QStringLiteral("%1 %2").arg(
        otherYear ? QStringLiteral("import-epw --weather-year") : QStringLiteral("import-epw"),
        QFileInfo(epwPath).fileName());
    return saveInputOrReport(*input, a, comment, report, out, err);
}

int cmdImportNetbox(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CliArgs a(args, withInputOptions({QStringLiteral("racks"), QStringLiteral("power-feeds"),
                                            QStringLiteral("power-panels"), QStringLiteral("scenario")},
                                           true));
    if (!inputArgsOrReport(a, 0, "import-netbox", err))
        return BadInput;
    if (!a.has(QStringLiteral("racks"))) {
        err << "fjordplan-cli import-netbox: --racks CSV is required" << Qt::endl;
        return BadInput;
    }
    auto input = openInputOrReport(a, err);
    if (!input)
        return BadInput;
    const QString file = input->name;
    Project *project = &input->project;
    const Scenario *scenario = scenarioOrReport(*project, a.value(QStringLiteral("scenario")), file, err);
    if (!scenario)
        return BadInput;
    const QString scenarioName = scenario->name; // the import may move the scenario in memory
    const storage::NetboxImportReport report = storage::importNetbox(
        *project, scenario->id, a.value(QStringLiteral("racks")), a.value(QStringLiteral("power-feeds")),
        a.value(QStringLiteral("power-panels")));
    if (!report) {
        err << report.error << Qt::endl;
        return BadInput;
    }
    QString text;
    QTextStream summary(&text);
    summary << "imported " << report.racks << " racks, " << report.powerPanels << " power panels, "
            << report.powerFeeds << " power feeds into " << file << '\n';
    for (const auto &n : report.notes)
        summary << "note: " << n << '\n';
    for (const auto &u : report.unmapped)
        summary << "not mapped: " << u << '\n';
    summary.flush();
    QStringList csvs;
    for (const char *option : {"racks", "power-feeds", "power-panels"})
        if (a.has(QLatin1String(option)))
            csvs << QFileInfo(a.value(QLatin1String(option))).fileName();
    const QString comment =
        QStringLiteral("import-netbox %1 into %2").arg(csvs.join(QLatin1Char(' ')), scenarioName);
    return saveInputOrReport(*input, a, comment, text, out, err);
}

int cmdExportNetbox(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CliArgs a(args, withInputOptions({QStringLiteral("scenario")}));
    if (!inputArgsOrReport(a, 1, "export-netbox", err))
        return BadInput;
    const QString dir = argumentOf(a, 0);
    const auto input = openScenarioOrReport(a, err);
    if (!input)
        return BadInput;
    const Project *project = &input->project();
    const Scenario *scenario = &input->scenario();
    if (!QDir().mkpath(dir)) {
        err << dir << ": cannot create the directory" << Qt::endl;
        return BadInput;
    }
    const QString error = storage::exportNetbox(*project, *scenario, dir);
    if (!error.isEmpty()) {
        err << error << Qt::endl;
        return BadInput;
    }
    out << "wrote racks.csv, power-panels.csv and power-feeds.csv to " << dir << Qt::endl;
    return Ok;
}

} // namespace fjord::cli
