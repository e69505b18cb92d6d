// fjordplan-cli: every number the GUI shows, headless (DESIGN.md §5). Links no GUI module.
#include "app/cli/clicommands.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fjordplan-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Fjordplan"));
    // Machine-readable output: English texts (no translator is installed) and C-locale numbers in
    // messages, whatever the system's language.
    QLocale::setDefault(QLocale::c());
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = fjord::cli::run(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
