// Verbs that bring data in or out: import-epw, import-netbox, export-netbox.
#include "app/cli/cliargs.h"
#include "app/cli/clicontext.h"
#include "model/storage/epwreader.h"
#include "model/storage/netbox.h"

#include <QDir>

namespace fjord::cli {

int cmdImportEpw(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CliArgs a(args, {}, {QStringLiteral("weather-year")});
    if (!argsOrReport(a, 2, "import-epw", err))
        return BadInput;
    const QString file = a.positional(0), epwPath = a.positional(1);
    auto project = openOrReport(file, err);
    if (!project)
        return BadInput;
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
    if (!saveOrReport(*project, file, err))
        return BadInput;
    const ClimateSummary s = summarise(*epw.climate);
    for (const auto &w : epw.warnings)
        out << "warning: " << w << '\n';
    out << "imported " << epwPath << " into " << file;
    if (otherYear)
        out << " as weather year " << project->site.weatherYears.size();
    out << ": " << s.name << ", " << s.hours << " h, mean " << QString::number(s.meanDryBulbC, 'f', 1)
        << " °C, min " << QString::number(s.minDryBulbC, 'f', 1) << " °C, max "
        << QString::number(s.maxDryBulbC, 'f', 1) << " °C" << Qt::endl;
    return Ok;
}

int cmdImportNetbox(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CliArgs a(args, {QStringLiteral("racks"), QStringLiteral("power-feeds"),
                           QStringLiteral("power-panels"), QStringLiteral("scenario")});
    if (!argsOrReport(a, 1, "import-netbox", err))
        return BadInput;
    if (!a.has(QStringLiteral("racks"))) {
        err << "fjordplan-cli import-netbox: --racks CSV is required" << Qt::endl;
        return BadInput;
    }
    const QString file = a.positional(0);
    auto project = openOrReport(file, err);
    if (!project)
        return BadInput;
    const Scenario *scenario = scenarioOrReport(*project, a.value(QStringLiteral("scenario")), file, err);
    if (!scenario)
        return BadInput;
    const storage::NetboxImportReport report = storage::importNetbox(
        *project, scenario->id, a.value(QStringLiteral("racks")), a.value(QStringLiteral("power-feeds")),
        a.value(QStringLiteral("power-panels")));
    if (!report) {
        err << report.error << Qt::endl;
        return BadInput;
    }
    if (!saveOrReport(*project, file, err))
        return BadInput;
    out << "imported " << report.racks << " racks, " << report.powerPanels << " power panels, "
        << report.powerFeeds << " power feeds into " << file << '\n';
    for (const auto &n : report.notes)
        out << "note: " << n << '\n';
    for (const auto &u : report.unmapped)
        out << "not mapped: " << u << '\n';
    out.flush();
    return Ok;
}

int cmdExportNetbox(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CliArgs a(args, {QStringLiteral("scenario")});
    if (!argsOrReport(a, 2, "export-netbox", err))
        return BadInput;
    const QString file = a.positional(0), dir = a.positional(1);
    const auto project = openOrReport(file, err);
    if (!project)
        return BadInput;
    const Scenario *scenario = scenarioOrReport(*project, a.value(QStringLiteral("scenario")), file, err);
    if (!scenario)
        return BadInput;
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
