// The CLI's team-server verbs (push, pull, history, --db) against a PostgreSQL server the test
// starts itself, run as separate processes like a user or a script would.
#include "../storage/pgtestserver.h"
#include "cliprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

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
