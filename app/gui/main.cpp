// fjordplan [FILE] [--sample narvik]: the desktop application.
// No argument: the start page, or the Narvik sample on first run (no recent projects yet).
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/recentfiles.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Fjordplan"));
    QApplication::setOrganizationDomain(QStringLiteral("fjordplan.org"));
    QApplication::setApplicationName(QStringLiteral("Fjordplan"));
    QApplication::setApplicationDisplayName(QStringLiteral("Fjordplan"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QApplication::setDesktopFileName(QStringLiteral("org.fjordplan.Fjordplan"));

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
    parser.process(app);

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
