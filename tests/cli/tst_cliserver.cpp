// The CLI's team-server verbs (push, pull, history, restore, --db on every verb with a project)
// against a PostgreSQL server the test starts itself, run as separate processes like a user or a
// script would.
#include "../storage/pgtestserver.h"
#include "cliprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

class TestCliServer : public QObject {
    Q_OBJECT

private:
    PgTestServer m_server;
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString url(const QString &project) const
    {
        return m_server.url(PgTestServer::adminUser(), PgTestServer::adminPassword(), project);
    }
    // A login of the documented roles (README "Team server") in database `campus`.
    QString campusUrl(const QString &user, const QString &password, const QString &project) const
    {
        return m_server.url(user, password, project)
            .replace(QStringLiteral("@/postgres?"), QStringLiteral("@/campus?"));
    }
    static QString chicagoEpw()
    {
        return QStringLiteral(FJORD_SHARED_DATA "/weather/USA_IL_Chicago-OHare.Intl.AP.725300_TMY3.epw");
    }
    static QString demoRacks()
    {
        return QStringLiteral(FJORD_SHARED_DATA "/netbox/netbox-demo-v4.2_racks.csv");
    }
    // A copy of the sample, for a verb to change.
    QString sampleCopy(const QString &name) const
    {
        const QString copy = path(name);
        QFile::remove(copy);
        return QFile::copy(path(QStringLiteral("narvik.fjordplan")), copy) ? copy : QString();
    }
    // The revisions of a project (newest first), as `history --json` lists them.
    QJsonArray history(const QString &serverUrl) const
    {
        const CliRun r = runCli({QStringLiteral("history"), serverUrl, QStringLiteral("--json")});
        return r.exitCode == 0 ? r.json().array() : QJsonArray{};
    }
    // The racks of a project's first scenario, counted in what export-netbox writes.
    int racksOn(const QString &serverUrl, const QString &dirName) const
    {
        const CliRun r =
            runCli({QStringLiteral("export-netbox"), QStringLiteral("--db"), serverUrl, path(dirName)});
        QFile csv(QDir(path(dirName)).filePath(QStringLiteral("racks.csv")));
        if (r.exitCode != 0 || !csv.open(QIODevice::ReadOnly))
            return -1;
        return int(csv.readAll().trimmed().split('\n').size()) - 1; // without the header
    }
    static QByteArray fileBytes(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString error = m_server.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const CliRun r = runCli({QStringLiteral("new"), path(QStringLiteral("narvik.fjordplan")),
                                 QStringLiteral("--sample"), QStringLiteral("narvik")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void cleanupTestCase() { m_server.stop(); }

    void importWithDbSavesANewRevision()
    {
        if (!QFile::exists(chicagoEpw()))
            QSKIP("../shared/data/weather (Chicago TMY3 EPW) is absent");
        const QString server = url(QStringLiteral("imports"));
        QCOMPARE(runCli({QStringLiteral("push"), path(QStringLiteral("narvik.fjordplan")), server}).exitCode,
                 0);
        // The same verb on a file and on the server gives the same project.
        const QString local = sampleCopy(QStringLiteral("imports-local.fjordplan"));
        QCOMPARE(runCli({QStringLiteral("import-epw"), local, chicagoEpw()}).exitCode, 0);
        CliRun r = runCli({QStringLiteral("import-epw"), QStringLiteral("--db"), server, chicagoEpw()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains(QByteArray("imported " + chicagoEpw().toUtf8() + " into postgresql://")) &&
                     r.out.contains("saved as revision 2 of") && r.out.contains("(on top of revision 1)"),
                 r.out.constData());
        QVERIFY(!r.out.contains(PgTestServer::adminPassword().toUtf8()));
        QJsonArray revisions = history(server);
        QCOMPARE(revisions.size(), 2);
        QCOMPARE(revisions.at(0)[QStringLiteral("comment")].toString(),
                 QStringLiteral("import-epw USA_IL_Chicago-OHare.Intl.AP.725300_TMY3.epw"));
        const CliRun onServer = runCli({QStringLiteral("evaluate"), QStringLiteral("--db"), server});
        QVERIFY2(onServer.exitCode == 0, onServer.err.constData());
        QCOMPARE(onServer.out, runCli({QStringLiteral("evaluate"), local}).out);
        QVERIFY(onServer.json()[QStringLiteral("climate")][QStringLiteral("name")].toString().contains(
            QStringLiteral("Chicago")));

        // --comment names the revision; import-netbox works the same way.
        if (!QFile::exists(demoRacks()))
            QSKIP("../shared/data/netbox is absent");
        const int before = racksOn(server, QStringLiteral("imports-before"));
        QVERIFY(before > 0);
        r = runCli({QStringLiteral("import-netbox"), QStringLiteral("--db"), server,
                    QStringLiteral("--racks"), demoRacks(), QStringLiteral("--comment"),
                    QStringLiteral("the demo racks")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("imported 24 racks") && r.out.contains("saved as revision 3 of"),
                 r.out.constData());
        QCOMPARE(history(server).at(0)[QStringLiteral("comment")].toString(),
                 QStringLiteral("the demo racks"));
        QCOMPARE(racksOn(server, QStringLiteral("imports-after")), before + 24);

        // A failed import saves nothing.
        r = runCli({QStringLiteral("import-epw"), QStringLiteral("--db"), server,
                    path(QStringLiteral("missing.epw"))});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(history(server).size(), 3);

        // Misuse is named: --comment belongs to --db, and --db replaces FILE.
        r = runCli({QStringLiteral("import-epw"), local, chicagoEpw(), QStringLiteral("--comment"),
                    QStringLiteral("x")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("it needs --db URL"), r.err.constData());
        r = runCli({QStringLiteral("import-epw"), QStringLiteral("--db"), server, local, chicagoEpw()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("with --db URL there is no FILE"), r.err.constData());
        QCOMPARE(history(server).size(), 3);
    }

    void restoreMakesAnOldRevisionTheLatest()
    {
        if (!QFile::exists(chicagoEpw()))
            QSKIP("../shared/data/weather (Chicago TMY3 EPW) is absent");
        const QString sample = path(QStringLiteral("narvik.fjordplan"));
        const QString server = url(QStringLiteral("restore"));
        QCOMPARE(runCli({QStringLiteral("push"), sample, server}).exitCode, 0);
        QCOMPARE(
            runCli({QStringLiteral("import-epw"), QStringLiteral("--db"), server, chicagoEpw()}).exitCode, 0);
        const QByteArray original = runCli({QStringLiteral("evaluate"), sample}).out;
        const QByteArray chicago = runCli({QStringLiteral("evaluate"), QStringLiteral("--db"), server}).out;
        QVERIFY(chicago != original);

        CliRun r =
            runCli({QStringLiteral("restore"), server, QStringLiteral("--revision"), QStringLiteral("1")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("restored revision 1 of postgresql://") && r.out.contains("as revision 3"),
                 r.out.constData());
        QVERIFY(!r.out.contains(PgTestServer::adminPassword().toUtf8()));
        // The latest now evaluates exactly as revision 1 (and the file it came from) did.
        QCOMPARE(runCli({QStringLiteral("evaluate"), QStringLiteral("--db"), server}).out, original);
        const QString pulled = path(QStringLiteral("restore-rev1.fjordplan"));
        QCOMPARE(runCli({QStringLiteral("pull"), server, pulled, QStringLiteral("--revision"),
                         QStringLiteral("1")})
                     .exitCode,
                 0);
        QCOMPARE(runCli({QStringLiteral("evaluate"), pulled}).out, original);
        // Nothing in the history was lost: revision 2 still has the Chicago climate.
        const QJsonArray revisions = history(server);
        QCOMPARE(revisions.size(), 3);
        QCOMPARE(revisions.at(0)[QStringLiteral("comment")].toString(),
                 QStringLiteral("restored revision 1"));
        const QString second = path(QStringLiteral("restore-rev2.fjordplan"));
        QCOMPARE(runCli({QStringLiteral("pull"), server, second, QStringLiteral("--revision"),
                         QStringLiteral("2")})
                     .exitCode,
                 0);
        QCOMPARE(runCli({QStringLiteral("evaluate"), second}).out, chicago);

        // Restoring on top again, with a comment of one's own.
        r = runCli({QStringLiteral("restore"), server, QStringLiteral("--revision"), QStringLiteral("2"),
                    QStringLiteral("--comment"), QStringLiteral("Chicago again")});
        QVERIFY2(r.exitCode == 0 && r.out.contains("as revision 4"), r.err.constData());
        QCOMPARE(history(server).at(0)[QStringLiteral("comment")].toString(),
                 QStringLiteral("Chicago again"));
        QCOMPARE(runCli({QStringLiteral("evaluate"), QStringLiteral("--db"), server}).out, chicago);
    }

    void restoreErrorsAreNamed()
    {
        const QString server = url(QStringLiteral("restore_errors"));
        QCOMPARE(runCli({QStringLiteral("push"), path(QStringLiteral("narvik.fjordplan")), server}).exitCode,
                 0);
        CliRun r =
            runCli({QStringLiteral("restore"), server, QStringLiteral("--revision"), QStringLiteral("9")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("project 'restore_errors'") &&
                     r.err.contains("there is no revision 9 (the revisions are 1 to 1)"),
                 r.err.constData());
        QVERIFY(!r.err.contains(PgTestServer::adminPassword().toUtf8()));
        r = runCli({QStringLiteral("restore"), server});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--revision N is required"), r.err.constData());
        r = runCli(
            {QStringLiteral("restore"), server, QStringLiteral("--revision"), QStringLiteral("first")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--revision needs a revision number"), r.err.constData());
        r = runCli({QStringLiteral("restore"), QStringLiteral("postgresql://h/db"),
                    QStringLiteral("--revision"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("no project"), r.err.constData());
        r = runCli({QStringLiteral("restore"), QStringLiteral("mysql://h/db?project=x"),
                    QStringLiteral("--revision"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("not a PostgreSQL URL"), r.err.constData());
        r = runCli({QStringLiteral("restore"), url(QStringLiteral("nothing_here")),
                    QStringLiteral("--revision"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("project 'nothing_here'") && r.err.contains("no such project"),
                 r.err.constData());
        QCOMPARE(history(server).size(), 1);
    }

    void readOnlyRoleMayNotRestoreOrImport()
    {
        // The documented setup (README "Team server"): group roles, one login role each.
        const QString setup =
            QStringLiteral("CREATE DATABASE campus;"
                           "CREATE ROLE fjordplan_writer NOLOGIN; CREATE ROLE fjordplan_reader NOLOGIN;"
                           "GRANT CONNECT, CREATE ON DATABASE campus TO fjordplan_writer;"
                           "GRANT CONNECT ON DATABASE campus TO fjordplan_reader;"
                           "CREATE ROLE alice LOGIN PASSWORD 'alice-pw' IN ROLE fjordplan_writer;"
                           "CREATE ROLE investor LOGIN PASSWORD 'investor-pw' IN ROLE fjordplan_reader;");
        for (const QString &sql : setup.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            QCOMPARE(m_server.adminSql(sql), QString());
        const QString alice =
            campusUrl(QStringLiteral("alice"), QStringLiteral("alice-pw"), QStringLiteral("kvandal"));
        const QString investor =
            campusUrl(QStringLiteral("investor"), QStringLiteral("investor-pw"), QStringLiteral("kvandal"));
        QCOMPARE(runCli({QStringLiteral("new"), path(QStringLiteral("small.fjordplan")),
                         QStringLiteral("--name"), QStringLiteral("Small")})
                     .exitCode,
                 0);
        CliRun r = runCli({QStringLiteral("push"), path(QStringLiteral("small.fjordplan")), alice});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = runCli({QStringLiteral("push"), path(QStringLiteral("narvik.fjordplan")), alice});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        // The investor reads (the latest, through --db) ...
        r = runCli({QStringLiteral("check"), QStringLiteral("--db"), investor});
        QVERIFY2(r.out.contains("scenario"), r.err.constData());
        // ... and is refused on restore and on an import, with the role named and exit code 3.
        r = runCli({QStringLiteral("restore"), investor, QStringLiteral("--revision"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(
            r.err.contains("revision 1 not restored: the database role 'investor' may read but not write") &&
                r.err.contains("fjordplan_writer"),
            r.err.constData());
        QVERIFY(!r.err.contains("investor-pw"));
        if (QFile::exists(chicagoEpw())) {
            r = runCli({QStringLiteral("import-epw"), QStringLiteral("--db"), investor, chicagoEpw()});
            QCOMPARE(r.exitCode, 3);
            QVERIFY2(r.err.contains("not saved: the database role 'investor' may read but not write"),
                     r.err.constData());
        }
        // Nothing changed on the server; a writer may restore.
        QCOMPARE(history(alice).size(), 2);
        r = runCli({QStringLiteral("restore"), alice, QStringLiteral("--revision"), QStringLiteral("1")});
        QVERIFY2(r.exitCode == 0 && r.out.contains("as revision 3"), r.err.constData());
        QCOMPARE(history(alice).at(0)[QStringLiteral("saved_by")].toString(), QStringLiteral("alice"));
    }

    void concurrentSaveBetweenOpenAndSaveIsRefused()
    {
        if (!QFile::exists(demoRacks()))
            QSKIP("../shared/data/netbox is absent");
        const QString server = url(QStringLiteral("concurrent"));
        QCOMPARE(runCli({QStringLiteral("new"), path(QStringLiteral("ours.fjordplan")),
                         QStringLiteral("--name"), QStringLiteral("Ours")})
                     .exitCode,
                 0);
        QCOMPARE(runCli({QStringLiteral("new"), path(QStringLiteral("theirs.fjordplan")),
                         QStringLiteral("--name"), QStringLiteral("Theirs")})
                     .exitCode,
                 0);
        QCOMPARE(runCli({QStringLiteral("push"), path(QStringLiteral("ours.fjordplan")), server}).exitCode,
                 0);

        // The racks CSV is a named pipe: import-netbox opens revision 1, then waits for the CSV, and
        // while it waits someone else saves revision 2.
        const QString fifo = path(QStringLiteral("racks-pipe.csv"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        std::signal(SIGPIPE, SIG_IGN); // a CLI that died early must fail the test, not kill it
        QProcess import;
        import.start(QStringLiteral(FJORD_CLI), {QStringLiteral("import-netbox"), QStringLiteral("--db"),
                                                 server, QStringLiteral("--racks"), fifo});
        int pipe = -1;
        const auto readerWaits = [&] {
            if (pipe < 0) // opening for writing succeeds once the reader (the CLI) has the pipe open
                pipe = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
            return pipe >= 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(readerWaits() || import.state() == QProcess::NotRunning, 60000);
        QVERIFY2(pipe >= 0, import.readAllStandardError().constData());
        const CliRun theirs = runCli({QStringLiteral("push"), path(QStringLiteral("theirs.fjordplan")),
                                      server, QStringLiteral("--comment"), QStringLiteral("their save")});
        QVERIFY2(theirs.exitCode == 0 && theirs.out.contains("as revision 2"), theirs.err.constData());
        ::fcntl(pipe, F_SETFL, 0); // blocking: the CLI reads as we write
        const QByteArray csv = fileBytes(demoRacks());
        QCOMPARE(::write(pipe, csv.constData(), size_t(csv.size())), ssize_t(csv.size()));
        ::close(pipe);
        QVERIFY(import.waitForFinished(60000));

        // Refused: theirs stays the latest, whole; nothing was changed.
        QCOMPARE(import.exitCode(), 3);
        const QByteArray err = import.readAllStandardError();
        QVERIFY2(err.contains("not saved: fjordtest saved revision 2 at") &&
                     err.contains("after this command opened revision 1") &&
                     err.contains("run the command again"),
                 err.constData());
        QVERIFY(!import.readAllStandardOutput().contains("saved as revision"));
        QJsonArray revisions = history(server);
        QCOMPARE(revisions.size(), 2);
        QCOMPARE(revisions.at(0)[QStringLiteral("comment")].toString(), QStringLiteral("their save"));
        QCOMPARE(runCli({QStringLiteral("evaluate"), QStringLiteral("--db"), server}).out,
                 runCli({QStringLiteral("evaluate"), path(QStringLiteral("theirs.fjordplan"))}).out);
        QCOMPARE(racksOn(server, QStringLiteral("concurrent-refused")), 0);

        // Running it again applies it on top of theirs: both are in the latest revision.
        const CliRun again = runCli({QStringLiteral("import-netbox"), QStringLiteral("--db"), server,
                                     QStringLiteral("--racks"), demoRacks()});
        QVERIFY2(again.exitCode == 0 && again.out.contains("saved as revision 3"), again.err.constData());
        const CliRun latest = runCli({QStringLiteral("evaluate"), QStringLiteral("--db"), server});
        QCOMPARE(latest.json()[QStringLiteral("project")].toString(), QStringLiteral("Theirs"));
        QCOMPARE(racksOn(server, QStringLiteral("concurrent-again")), 24);
    }

    void readingVerbsTakeDb()
    {
        const QString sample = path(QStringLiteral("narvik.fjordplan"));
        const QString server = url(QStringLiteral("readers"));
        QCOMPARE(runCli({QStringLiteral("push"), sample, server}).exitCode, 0);
        const QString db = QStringLiteral("--db");
        // Each verb writes the same from the server as from the file it was pushed from.
        const auto same = [&](const QStringList &before, const QStringList &after, const QString &outFile) {
            const CliRun fromFile =
                runCli(QStringList{before} << sample << after << path(QStringLiteral("file-") + outFile));
            const CliRun fromServer = runCli(
                QStringList{before} << db << server << after << path(QStringLiteral("server-") + outFile));
            if (fromFile.exitCode != 0 || fromServer.exitCode != 0)
                return QStringLiteral("exit %1/%2: %3 %4")
                    .arg(fromFile.exitCode)
                    .arg(fromServer.exitCode)
                    .arg(QString::fromUtf8(fromFile.err), QString::fromUtf8(fromServer.err));
            return fileBytes(path(QStringLiteral("file-") + outFile)) ==
                           fileBytes(path(QStringLiteral("server-") + outFile))
                       ? QString()
                       : outFile + QStringLiteral(" differs");
        };
        QCOMPARE(same({QStringLiteral("export-eed")},
                      {QStringLiteral("--year"), QStringLiteral("2029"), QStringLiteral("--out")},
                      QStringLiteral("eed.csv")),
                 QString());
        QCOMPARE(same({QStringLiteral("risk")},
                      {QStringLiteral("--runs"), QStringLiteral("40"), QStringLiteral("--seed"),
                       QStringLiteral("3"), QStringLiteral("--out")},
                      QStringLiteral("risk.json")),
                 QString());
        QCOMPARE(same({QStringLiteral("sweep")},
                      {QStringLiteral("--param"), QStringLiteral("grid.price_per_mwh=20:40:10"),
                       QStringLiteral("--out")},
                      QStringLiteral("sweep.csv")),
                 QString());
        QCOMPARE(same({QStringLiteral("export-netbox")}, {}, QStringLiteral("netbox")),
                 QString()); // a directory: see below
        for (const char *csv : {"racks.csv", "power-panels.csv", "power-feeds.csv"}) {
            const QByteArray fromFile =
                fileBytes(QDir(path(QStringLiteral("file-netbox"))).filePath(QLatin1String(csv)));
            QVERIFY(!fromFile.isEmpty());
            QCOMPARE(fileBytes(QDir(path(QStringLiteral("server-netbox"))).filePath(QLatin1String(csv))),
                     fromFile);
        }
        const CliRun list = runCli({QStringLiteral("sweep"), db, server, QStringLiteral("--list")});
        QVERIFY2(list.exitCode == 0, list.err.constData());
        QCOMPARE(list.out, runCli({QStringLiteral("sweep"), sample, QStringLiteral("--list")}).out);
        // The report is drawn by the desktop binary from the revision, written to a private file.
        const CliRun report = runCli({QStringLiteral("report"), db, server, QStringLiteral("--csv"),
                                      path(QStringLiteral("report-csv"))},
                                     {}, 300000);
        QVERIFY2(report.exitCode == 0, report.err.constData());
        const CliRun fromFile = runCli({QStringLiteral("report"), sample, QStringLiteral("--csv"),
                                        path(QStringLiteral("report-csv-file"))},
                                       {}, 300000);
        QVERIFY2(fromFile.exitCode == 0, fromFile.err.constData());
        const QStringList tables = QDir(path(QStringLiteral("report-csv-file"))).entryList(QDir::Files);
        QVERIFY(tables.size() > 5);
        QCOMPARE(QDir(path(QStringLiteral("report-csv"))).entryList(QDir::Files), tables);
        for (const QString &t : tables)
            QVERIFY2(fileBytes(QDir(path(QStringLiteral("report-csv"))).filePath(t)) ==
                         fileBytes(QDir(path(QStringLiteral("report-csv-file"))).filePath(t)),
                     qPrintable(t));
        // A verb given --db and a FILE says what is wrong.
        const CliRun both = runCli({QStringLiteral("risk"), db, server, sample, QStringLiteral("--out"),
                                    path(QStringLiteral("x.json"))});
        QCOMPARE(both.exitCode, 2);
        QVERIFY2(both.err.contains("with --db URL there is no FILE"), both.err.constData());
    }

    void pushPullEvaluatesIdentically()
    {
        const QString sample = path(QStringLiteral("narvik.fjordplan"));
        CliRun r = runCli({QStringLiteral("push"), sample, url(QStringLiteral("narvik")),
                           QStringLiteral("--comment"), QStringLiteral("the sample")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("as revision 1"), r.out.constData());
        QVERIFY2(!r.out.contains(PgTestServer::adminPassword().toUtf8()), "no password in the output");

        const QString pulled = path(QStringLiteral("pulled.fjordplan"));
        r = runCli({QStringLiteral("pull"), url(QStringLiteral("narvik")), pulled});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("pulled revision 1"));

        const CliRun fromFile = runCli({QStringLiteral("evaluate"), sample});
        const CliRun fromPulled = runCli({QStringLiteral("evaluate"), pulled});
        const CliRun fromServer =
            runCli({QStringLiteral("evaluate"), QStringLiteral("--db"), url(QStringLiteral("narvik"))});
        QCOMPARE(fromFile.exitCode, 0);
        QVERIFY2(fromServer.exitCode == 0, fromServer.err.constData());
        QVERIFY(fromFile.json().isObject());
        QVERIFY(fromFile.json()[QStringLiteral("stages")].toArray().size() >= 2);
        QCOMPARE(fromPulled.out, fromFile.out);
        QCOMPARE(fromServer.out, fromFile.out);

        const CliRun checkFile = runCli({QStringLiteral("check"), sample, QStringLiteral("--json")});
        const CliRun checkServer = runCli({QStringLiteral("check"), QStringLiteral("--db"),
                                           url(QStringLiteral("narvik")), QStringLiteral("--json")});
        QCOMPARE(checkServer.exitCode, checkFile.exitCode);
        QCOMPARE(checkServer.out, checkFile.out);

        // pull does not overwrite a file without --force
        r = runCli({QStringLiteral("pull"), url(QStringLiteral("narvik")), pulled});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("already exists"));
    }

    void staleRevisionIsRefusedWithExitThree()
    {
        const QString sample = path(QStringLiteral("narvik.fjordplan"));
        CliRun r = runCli({QStringLiteral("push"), sample, url(QStringLiteral("stale"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = runCli({QStringLiteral("push"), sample, url(QStringLiteral("stale")),
                    QStringLiteral("--revision"), QStringLiteral("1")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("as revision 2"));
        r = runCli({QStringLiteral("push"), sample, url(QStringLiteral("stale")),
                    QStringLiteral("--revision"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("fjordtest saved revision 2 at") &&
                     r.err.contains("after you opened revision 1"),
                 r.err.constData());

        r = runCli({QStringLiteral("history"), url(QStringLiteral("stale")), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray revisions = r.json().array();
        QCOMPARE(revisions.size(), 2);
        QCOMPARE(revisions.at(0)[QStringLiteral("revision")].toInt(), 2);
        QCOMPARE(revisions.at(1)[QStringLiteral("saved_by")].toString(), PgTestServer::adminUser());
        QCOMPARE(revisions.at(1)[QStringLiteral("comment")].toString(),
                 QStringLiteral("pushed from narvik.fjordplan"));

        r = runCli({QStringLiteral("pull"), url(QStringLiteral("stale")),
                    path(QStringLiteral("old.fjordplan")), QStringLiteral("--revision"),
                    QStringLiteral("1")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(runCli({QStringLiteral("evaluate"), path(QStringLiteral("old.fjordplan"))}).out,
                 runCli({QStringLiteral("evaluate"), sample}).out);
    }

    void badUrlsAndMissingProjects()
    {
        CliRun r =
            runCli({QStringLiteral("evaluate"), QStringLiteral("--db"), QStringLiteral("postgresql://h/db")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("no project named"), r.err.constData());
        r = runCli({QStringLiteral("evaluate"), QStringLiteral("--db"), url(QStringLiteral("nothing_here"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("project 'nothing_here'") &&
                     !r.err.contains(PgTestServer::adminPassword().toUtf8()),
                 r.err.constData());
        r = runCli(
            {QStringLiteral("push"), path(QStringLiteral("missing.fjordplan")), url(QStringLiteral("x"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("missing.fjordplan: no such file"));
    }
};

QTEST_GUILESS_MAIN(TestCliServer)
#include "tst_cliserver.moc"
