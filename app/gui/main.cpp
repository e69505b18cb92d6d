// fjordplan [FILE] [--sample narvik]: the desktop application.
// No argument: the start page, or the Narvik sample on first run (no recent projects yet).
// fjordplan --report FILE --out PDF [--scenario S]: writes the investor report without a window
// (what `fjordplan-cli report` runs, with the offscreen platform).
#include "model/storage/projectfile.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/recentfiles.h"
#include "ui/report/investorreport.h"

#include <fjordplan/version.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

namespace {

// The headless report: 0 written, 2 bad arguments or an unreadable project (as the CLI's codes).
int writeReport(const QString &file, const QString &pdf, const QString &scenarioName)
{
    QTextStream err(stderr);
    if (pdf.isEmpty()) {
        err << "fjordplan: --report needs --out FILE.pdf\n";
        return 2;
    }
    const fjord::storage::OpenResult opened = fjord::storage::openProject(file);
    if (!opened) {
        err << opened.error << "\n";
        return 2;
    }
    const fjord::Project &project = *opened.project;
    const fjord::Scenario *s = scenarioName.isEmpty()
                                   ? (project.scenarios.isEmpty() ? nullptr : &project.scenarios.first())
                                   : project.scenarioByName(scenarioName);
    if (!s) {
        err << file << ": no scenario named \"" << scenarioName << "\"\n";
        return 2;
    }
    const fjord::ui::ReportOutcome outcome = fjord::ui::writeInvestorReport(project, s->id, pdf, file);
    if (!outcome) {
        err << outcome.error << "\n";
        return 2;
    }
    QTextStream(stdout) << "wrote " << pdf << " (" << outcome.pages
                        << " pages: " << outcome.sections.join(QStringLiteral(", ")) << ")\n";
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
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The report's PDF file."),
                                 QStringLiteral("pdf"));
    const QCommandLineOption scenario(QStringLiteral("scenario"),
                                      QStringLiteral("The scenario to report (default: the first)."),
                                      QStringLiteral("name"));
    parser.addOption(report);
    parser.addOption(out);
    parser.addOption(scenario);
    parser.process(app);

    if (parser.isSet(report))
        return writeReport(parser.value(report), parser.value(out), parser.value(scenario));

    if (parser.isSet(sample) && parser.value(sample) != QLatin1String("narvik")) {
        QTextStream(stderr) << "fjordplan: unknown sample \"" << parser.value(sample)
                            << "\" (known: narvik)\n";
        return 2;
    }

    fjord::ui::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openFile(files.first()); // on failure it explains why and stays on the start page
    else if (parser.isSet(sample) || fjord::ui::RecentFiles::list().isEmpty())
        window.openSample();
    return app.exec();
}
