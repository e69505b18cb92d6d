// report: the investor report as a PDF. Drawing it needs Qt's painter, fonts and charts, which the
// CLI does not link (it runs where no GUI library is installed); so the CLI checks its arguments and
// the project, then runs the desktop binary beside it headless (`fjordplan --report`, offscreen).
#include "app/cli/cliargs.h"
#include "app/cli/clicontext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

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
    const CliArgs a(args, {QStringLiteral("out"), QStringLiteral("scenario")});
    if (!argsOrReport(a, 1, "report", err))
        return BadInput;
    const QString pdf = a.value(QStringLiteral("out"));
    if (pdf.isEmpty()) {
        err << "fjordplan-cli report: usage: report FILE --out report.pdf [--scenario S]" << Qt::endl;
        return BadInput;
    }
    const QString file = a.positional(0);
    const auto project = openOrReport(file, err);
    if (!project || !scenarioOrReport(*project, a.value(QStringLiteral("scenario")), file, err))
        return BadInput;
    const QString gui = guiBinary();
    if (!QFileInfo(gui).isExecutable()) {
        err << "fjordplan-cli report: the report is drawn by the desktop application, which is not installed "
               "beside this command ("
            << gui << ")" << Qt::endl;
        return BadInput;
    }
    QStringList guiArgs{QStringLiteral("--report"), file, QStringLiteral("--out"), pdf};
    if (!a.value(QStringLiteral("scenario")).isEmpty())
        guiArgs << QStringLiteral("--scenario") << a.value(QStringLiteral("scenario"));
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
