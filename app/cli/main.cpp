// fjordplan-cli: every number the GUI shows, headless (DESIGN.md §5). Links no GUI module.
#include "app/cli/clicommands.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fjordplan-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Fjordplan"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = fjord::cli::run(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
