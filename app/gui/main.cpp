// fjordplan [FILE] [--sample narvik]: the desktop application.
// No argument: the start page, or the Narvik sample on first run (no recent projects yet).
// fjordplan --report FILE --out PDF|HTML [--csv DIR] [--scenario S] [--scenarios A,B] [--page-size a4|letter]
// [--format pdf|html] [--locale NAME] [--language en|nb]: writes the investor report without a window
// (what `fjordplan-cli report` runs, with the offscreen platform), in English unless --language says
// otherwise. The window speaks the language of the setting "ui/language" ("" follows the system).
#include "model/storage/projectfile.h"
#include "ui/app/language.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/recentfiles.h"
#include "ui/report/investorreport.h"

#include <fjordplan/version.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QSettings>
#include <QTextStream>

namespace {

// What `fjordplan --report` is asked for (the CLI's `report` checks these first).
struct ReportRequest {
    QString file, out, csvDir, scenario, scenarios, pageSize, format, locale, language;
};

// The headless report: 0 written, 2 bad arguments or an unreadable project (as the CLI's codes).
int writeReport(QApplication &app, const ReportRequest &r)
{
    QTextStream err(stderr);
    if (!r.language.isEmpty()) {
        const QStringList languages = fjord::ui::availableLanguages();
        if (!languages.contains(r.language)) {
            err << "fjordplan: --language is one of " << languages.join(QStringLiteral(", ")) << ", not \""
                << r.language << "\"\n";
            return 2;
        }
        // The report's texts, and its numbers and dates unless --locale names another locale.
        fjord::ui::installTranslations(app, r.language);
    }
    if (r.out.isEmpty() && r.csvDir.isEmpty()) {
        err << "fjordplan: --report needs --out FILE.pdf|FILE.html or --csv DIR\n";
        return 2;
    }
    const fjord::storage::OpenResult opened = fjord::storage::openProject(r.file);
    if (!opened) {
        err << opened.error << "\n";
        return 2;
    }
    const fjord::Project &project = *opened.project;
    fjord::ui::ReportOptions options;
    options.projectFile = r.file;
    QStringList names = r.scenarios.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (!r.scenario.isEmpty())
        names.prepend(r.scenario);
    for (const QString &name : std::as_const(names)) {
        const fjord::Scenario *s = project.scenarioByName(name.trimmed());
        if (!s) {
            err << r.file << ": no scenario named \"" << name.trimmed() << "\"\n";
            return 2;
        }
        options.scenarios << s->id;
    }
    if (options.scenarios.isEmpty() && !project.scenarios.isEmpty())
        options.scenarios << project.scenarios.first().id;
    if (!r.pageSize.isEmpty()) {
        const auto size = fjord::ui::reportPageSizeNamed(r.pageSize);
        if (!size) {
            err << "fjordplan: --page-size is a4 or letter, not \"" << r.pageSize << "\"\n";
            return 2;
        }
        options.pageSize = *size;
    }
    if (!r.locale.isEmpty())
        options.locale = QLocale(r.locale);
    QStringList lines;
    if (!r.out.isEmpty()) {
        const auto format =
            fjord::ui::reportFormatNamed(r.format.isEmpty() ? QFileInfo(r.out).suffix() : r.format);
        if (!format || *format == fjord::ui::ReportFormat::Csv) {
            err << "fjordplan: the report is written as pdf or html (--format, or the suffix of --out); "
                   "CSV tables with --csv DIR\n";
            return 2;
        }
        options.format = *format;
        const fjord::ui::ReportOutcome outcome = fjord::ui::writeReport(project, options, r.out);
        if (!outcome) {
            err << outcome.error << "\n";
            return 2;
        }
        lines << (outcome.pages > 0 ? QStringLiteral("wrote %1 (%2 pages: %3)")
                                          .arg(r.out)
                                          .arg(outcome.pages)
                                          .arg(outcome.sections.join(QStringLiteral(", ")))
                                    : QStringLiteral("wrote %1 (%2)")
                                          .arg(r.out, outcome.sections.join(QStringLiteral(", "))));
    }
    if (!r.csvDir.isEmpty()) {
        options.format = fjord::ui::ReportFormat::Csv;
        const fjord::ui::ReportOutcome outcome = fjord::ui::writeReport(project, options, r.csvDir);
        if (!outcome) {
            err << outcome.error << "\n";
            return 2;
        }
        lines << QStringLiteral("wrote %1 tables to %2").arg(outcome.files.size()).arg(r.csvDir);
    }
    QTextStream(stdout) << lines.join(QLatin1Char('\n')) << "\n";
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Fjordplan"));
    QApplication::setOrganizationDomain(QStringLiteral("fjordplan.io"));
    QApplication::setApplicationName(QStringLiteral("Fjordplan"));
    QApplication::setApplicationDisplayName(QStringLiteral("Fjordplan"));
    QApplication::setApplicationVersion(QStringLiteral(FJORD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(FJORD_DESKTOP_ID));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Capacity planner for AI data-centre campuses"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("A project to open (*.fjordplan)."),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption sample(QStringLiteral("sample"),
                                    QStringLiteral("Open a built-in sample project (\"narvik\")."),
                                    QStringLiteral("name"));
    parser.addOption(sample);
    const QCommandLineOption report(QStringLiteral("report"),
                                    QStringLiteral("Write the investor report of a project (no window)."),
                                    QStringLiteral("file"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The report's file (.pdf or .html)."),
                                 QStringLiteral("file"));
    const QCommandLineOption scenario(QStringLiteral("scenario"),
                                      QStringLiteral("The scenario to report (default: the first)."),
                                      QStringLiteral("name"));
    const QCommandLineOption scenarios(
        QStringLiteral("scenarios"),
        QStringLiteral("Scenarios A,B,...: A reported, the others compared with it."),
        QStringLiteral("names"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"), QStringLiteral("a4 (default) or letter."),
                                      QStringLiteral("size"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("pdf or html (default: from --out)."),
                                    QStringLiteral("format"));
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 QStringLiteral("Also write the report's tables as CSV."),
                                 QStringLiteral("dir"));
    const QCommandLineOption locale(
        QStringLiteral("locale"),
        QStringLiteral("The numbers' locale (default: the language's, without --language the system's)."),
        QStringLiteral("name"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QStringLiteral("The report's language: en (default) or nb."),
                                      QStringLiteral("code"));
    parser.addOption(report);
    for (const QCommandLineOption &o : {out, scenario, scenarios, pageSize, format, csv, locale, language})
        parser.addOption(o);
    parser.process(app);

    if (parser.isSet(report))
        return writeReport(app, {parser.value(report), parser.value(out), parser.value(csv),
                                 parser.value(scenario), parser.value(scenarios), parser.value(pageSize),
                                 parser.value(format), parser.value(locale), parser.value(language)});

    if (parser.isSet(sample) && parser.value(sample) != QLatin1String("narvik")) {
        QTextStream(stderr) << "fjordplan: unknown sample \"" << parser.value(sample)
                            << "\" (known: narvik)\n";
        return 2;
    }

    fjord::ui::installTranslations(app, QSettings().value(QStringLiteral("ui/language")).toString());
    fjord::ui::MainWindow window;
    window.restoreWindowLayout(); // the size, place and docks of the last session
    window.show();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openFile(files.first()); // on failure it explains why and stays on the start page
    else if (parser.isSet(sample) || fjord::ui::RecentFiles::list().isEmpty())
        window.openSample();
    return app.exec();
}
