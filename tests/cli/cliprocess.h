#pragma once

#include <QJsonDocument>
#include <QProcess>
#include <QStringList>

// Runs the real fjordplan-cli binary, as a user or a script would.
struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

// `environment`: variables set on top of this process's (a batch scheduler's task index, ...).
inline CliRun runCli(const QStringList &args, const QStringList &environment = {}, int timeoutMs = 60000)
{
    QProcess p;
    if (!environment.isEmpty())
        p.setEnvironment(QProcess::systemEnvironment() + environment);
    p.start(QStringLiteral(FJORD_CLI), args);
    p.waitForFinished(timeoutMs);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}
