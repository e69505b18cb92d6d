// report: the investor report as a PDF or an HTML page, and its tables as CSV. Drawing it needs Qt's painter,
// fonts and charts, which the CLI does not link (it runs where no GUI library is installed); so the CLI
// checks its arguments and the project, then runs the desktop binary beside it headless (`fjordplan
// --report`, offscreen). A team project (--db URL) is handed to it as a temporary file.
#include "app/cli/cliargs.h"
#include "app/cli/clicontext.h"
#include "app/cli/projectinput.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>

namespace fjord::cli {

namespace {
constexpr int ReportTimeoutMs = 5 * 60 * 1000;

// The desktop binary: FJORDPLAN_GUI when set (tests, unusual installs), else beside this CLI.
QString guiBinary()
{
    const QString overridden = qEnvironmentVariable("FJORDPLAN_GUI");
    if (!overridden.isEmpty())
        return overridden;
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("fjordplan"));
}
} // namespace

int cmdReport(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CliArgs a(args, withInputOptions({QStringLiteral("out"), QStringLiteral("scenario"),
                                            QStringLiteral("scenarios"), QStringLiteral("page-size"),
                                            QStringLiteral("format"), QStringLiteral("csv"),
                                            QStringLiteral("locale"), QStringLiteral("language")}));
    if (!inputArgsOrReport(a, 0, "report", err))
        return BadInput;
    const QString target = a.value(QStringLiteral("out"));
    if (target.isEmpty() && a.value(QStringLiteral("csv")).isEmpty()) {
        err << "fjordplan-cli report: usage: report FILE --out report.pdf|report.html [--csv DIR] "
               "[--scenario S | --scenarios A,B] [--page-size a4|letter] [--format pdf|html] [--locale NAME] "
               "[--language en|nb] (--db URL instead of FILE: a team project)"
            << Qt::endl;
        return BadInput;
    }
    const QString format =
        (a.has(QStringLiteral("format")) ? a.value(QStringLiteral("format")) : QFileInfo(target).suffix())
            .toLower();
    if (!target.isEmpty() && format != QLatin1String("pdf") && format != QLatin1String("html")) {
        err << "fjordplan-cli report: " << target
            << ": the report is written as pdf or html (--format, or the suffix of --out)" << Qt::endl;
        return BadInput;
    }
    const QString pageSize = a.value(QStringLiteral("page-size")).toLower();
    if (a.has(QStringLiteral("page-size")) && pageSize != QLatin1String("a4") &&
        pageSize != QLatin1String("letter")) {
        err << "fjordplan-cli report: --page-size is a4 or letter" << Qt::endl;
        return BadInput;
    }
    const QString locale = a.value(QStringLiteral("locale"));
    if (a.has(QStringLiteral("locale")) && QLocale(locale).language() == QLocale::C &&
        locale != QLatin1String("C")) {
        err << "fjordplan-cli report: --locale: unknown locale \"" << locale
            << "\" (e.g. en_GB, de_DE, nb_NO)" << Qt::endl;
        return BadInput;
    }
    const QString language = a.value(QStringLiteral("language"));
    if (a.has(QStringLiteral("language")) && language != QLatin1String("en") &&
        language != QLatin1String("nb")) {
        err << "fjordplan-cli report: --language is en or nb, not \"" << language << "\"" << Qt::endl;
        return BadInput;
    }
    if (a.has(QStringLiteral("scenario")) && a.has(QStringLiteral("scenarios"))) {
        err << "fjordplan-cli report: --scenario or --scenarios, not both" << Qt::endl;
        return BadInput;
    }
    const QString name = inputName(a);
    const auto input = openInputOrReport(a, err);
    const Project *project = input ? &input->project : nullptr;
    if (!project || !scenarioOrReport(*project, a.value(QStringLiteral("scenario")), name, err))
        return BadInput;
    const QStringList scenarios = scenarioNameList(a.value(QStringLiteral("scenarios")));
    if (scenariosOrReport(*project, scenarios, name, err).size() != scenarios.size())
        return BadInput;
    // The desktop binary reads a file: a team project's revision is written to a private
    // temporary one named after its key (the file `pull URL KEY.fjordplan` would write), which
    // the report names in its reproduction line.
    QTemporaryDir scratch;
    QString file = name;
    if (input->server) {
        file = scratch.filePath(input->server->project + QStringLiteral(".fjordplan"));
        if (!scratch.isValid() || !saveOrReport(*project, file, err))
            return BadInput;
    }
    const QString gui = guiBinary();
    if (!QFileInfo(gui).isExecutable()) {
        err << "fjordplan-cli report: the report is drawn by the desktop application, which is not installed "
               "beside this command ("
            << gui << ")" << Qt::endl;
        return BadInput;
    }
    QStringList guiArgs{QStringLiteral("--report"), file};
    for (const char *option : {"out", "scenario", "page-size", "format", "csv", "locale", "language"})
        if (a.has(QLatin1String(option)))
            guiArgs << QStringLiteral("--") + QLatin1String(option) << a.value(QLatin1String(option));
    if (!scenarios.isEmpty())
        guiArgs << QStringLiteral("--scenarios") << scenarios.join(QLatin1Char(','));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")); // no display needed
    process.setProcessEnvironment(env);
    process.start(gui, guiArgs);
    if (!process.waitForFinished(ReportTimeoutMs)) {
        process.kill();
        err << "fjordplan-cli report: " << gui << " did not finish: " << process.errorString() << Qt::endl;
        return BadInput;
    }
    out << QString::fromLocal8Bit(process.readAllStandardOutput());
    err << QString::fromLocal8Bit(process.readAllStandardError());
    out.flush();
    err.flush();
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0 ? 0 : BadInput;
}

} // namespace fjord::cli
