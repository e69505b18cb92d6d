#pragma once

#include <QString>
#include <QTemporaryDir>

// A private PostgreSQL server for one test: Debian's postgresql binaries, initdb in a temporary
// folder, listening only on a Unix socket in that folder (no TCP port), password authentication
// (scram-sha-256) for every role. PostgreSQL refuses to run as root, so when the test runs as
// root the server runs as the unprivileged user `nobody` (setpriv), owning the folder.
// The destructor stops it (immediate shutdown), also when a test failed.
class PgTestServer {
public:
    PgTestServer();
    ~PgTestServer();
    PgTestServer(const PgTestServer &) = delete;
    PgTestServer &operator=(const PgTestServer &) = delete;

    // initdb + start; returns {} or what went wrong (binaries missing, initdb's output, ...).
    QString start();
    // Starts it again after stop() or kill() (same data folder).
    QString restart();
    // pg_ctl stop -m immediate: every connection is cut at once, as in a crash.
    QString kill();
    void stop();

    // The superuser, its password, and the socket folder.
    static QString adminUser() { return QStringLiteral("fjordtest"); }
    static QString adminPassword() { return QStringLiteral("admin-secret"); }
    QString socketDir() const { return m_dir.path(); }

    // postgresql://user:password@/postgres?host=<socket dir>&project=<project>
    QString url(const QString &user, const QString &password, const QString &project) const;
    // Runs SQL as the superuser (psql); returns {} or psql's error output.
    QString adminSql(const QString &sql) const;

private:
    QString run(const QString &program, const QStringList &args, bool asServerUser) const;
    QString binary(const QString &name) const;

    QTemporaryDir m_dir;
    QString m_binDir;
    bool m_running = false;
    bool m_watchdogStarted = false;
};
