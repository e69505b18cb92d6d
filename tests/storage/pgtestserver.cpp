#include "pgtestserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QUrl>
#include <QUrlQuery>

#include <pwd.h>
#include <unistd.h>

namespace {
constexpr const char *ServerUser = "nobody";
}

PgTestServer::PgTestServer()
{
    // The newest installed major version (Debian 12: 15).
    QStringList versions =
        QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    if (!versions.isEmpty())
        m_binDir = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(versions.last());
}

PgTestServer::~PgTestServer()
{
    stop();
}

QString PgTestServer::binary(const QString &name) const
{
    return m_binDir + QLatin1Char('/') + name;
}

QString PgTestServer::run(const QString &program, const QStringList &args, bool asServerUser) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (asServerUser && ::geteuid() == 0)
        p.start(QStringLiteral("setpriv"),
                QStringList{QStringLiteral("--reuid=%1").arg(QLatin1String(ServerUser)),
                            QStringLiteral("--regid=nogroup"), QStringLiteral("--clear-groups"), program} +
                    args);
    else
        p.start(program, args);
    if (!p.waitForStarted(10000))
        return QStringLiteral("%1: cannot start (%2)").arg(program, p.errorString());
    if (!p.waitForFinished(30000)) {
        p.kill();
        return QStringLiteral("%1: did not finish within 30 s").arg(program);
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("%1 failed: %2").arg(program, QString::fromLocal8Bit(p.readAll()).trimmed());
    return {};
}

QString PgTestServer::start()
{
    if (m_binDir.isEmpty() || !QFile::exists(binary(QStringLiteral("initdb"))))
        return QStringLiteral("PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin "
                              "(Debian package postgresql; scripts/setup.sh installs it)");
    if (!m_dir.isValid())
        return QStringLiteral("cannot create a temporary folder");
    if (::geteuid() == 0) {
        const passwd *user = ::getpwnam(ServerUser);
        if (!user || ::chown(QFile::encodeName(m_dir.path()).constData(), user->pw_uid, user->pw_gid) != 0)
            return QStringLiteral("cannot hand %1 to the user %2")
                .arg(m_dir.path(), QLatin1String(ServerUser));
    }
    const QString pwfile = m_dir.filePath(QStringLiteral("pwfile"));
    QFile pw(pwfile);
    if (!pw.open(QIODevice::WriteOnly) || pw.write(adminPassword().toUtf8() + '\n') < 0)
        return QStringLiteral("cannot write %1").arg(pwfile);
    pw.close();
    pw.setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    QString error = run(binary(QStringLiteral("initdb")),
                        {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-U"),
                         adminUser(), QStringLiteral("--pwfile=") + pwfile,
                         QStringLiteral("--auth=scram-sha-256"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                         QStringLiteral("--locale=C"), QStringLiteral("--no-sync")},
                        true);
    QFile::remove(pwfile);
    if (!error.isEmpty())
        return error;
    return restart();
}

QString PgTestServer::restart()
{
    // No TCP at all (listen_addresses empty): only the socket in our private folder. fsync off: a
    // test server's data need not survive a power cut, and it makes each test faster.
    const QString error =
        run(binary(QStringLiteral("pg_ctl")),
            {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-l"),
             m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-w"), QStringLiteral("-t"),
             QStringLiteral("20"), QStringLiteral("-o"),
             QStringLiteral("-k %1 -c listen_addresses='' -F").arg(m_dir.path()), QStringLiteral("start")},
            true);
    m_running = error.isEmpty();
    if (m_running && !m_watchdogStarted) {
        // Should the test crash before its destructor runs, a detached watchdog stops the server
        // once the test process is gone (it polls once a second).
        const QString stop =
            QStringLiteral("%1 %2 -D %3 -m immediate stop")
                .arg(::geteuid() == 0 ? QStringLiteral("setpriv --reuid=%1 --regid=nogroup "
                                                       "--clear-groups")
                                            .arg(QLatin1String(ServerUser))
                                      : QString(),
                     binary(QStringLiteral("pg_ctl")), m_dir.filePath(QStringLiteral("data")));
        m_watchdogStarted = QProcess::startDetached(
            QStringLiteral("sh"),
            {QStringLiteral("-c"),
             QStringLiteral("while kill -0 %1 2>/dev/null; do sleep 1; done; %2 >/dev/null 2>&1; rm -rf %3")
                 .arg(QCoreApplication::applicationPid())
                 .arg(stop, m_dir.path())});
    }
    return error;
}

QString PgTestServer::kill()
{
    const QString error =
        run(binary(QStringLiteral("pg_ctl")),
            {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
             QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
            true);
    m_running = !error.isEmpty();
    return error;
}

void PgTestServer::stop()
{
    if (m_running)
        kill();
}

QString PgTestServer::url(const QString &user, const QString &password, const QString &project) const
{
    // The socket folder goes in ?host= (libpq's form); QUrl would drop the empty authority's "//".
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("host"), socketDir());
    if (!project.isEmpty())
        q.addQueryItem(QStringLiteral("project"), project);
    return QStringLiteral("postgresql://%1:%2@/postgres?%3")
        .arg(QString::fromUtf8(QUrl::toPercentEncoding(user)),
             QString::fromUtf8(QUrl::toPercentEncoding(password)), q.toString(QUrl::FullyEncoded));
}

QString PgTestServer::adminSql(const QString &sql) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), adminPassword());
    p.setProcessEnvironment(env);
    p.start(binary(QStringLiteral("psql")),
            {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
             QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), socketDir(), QStringLiteral("-U"),
             adminUser(), QStringLiteral("-d"), QStringLiteral("postgres"), QStringLiteral("-c"), sql});
    if (!p.waitForFinished(30000))
        return QStringLiteral("psql did not finish");
    if (p.exitCode() != 0)
        return QString::fromLocal8Bit(p.readAll()).trimmed();
    return {};
}
