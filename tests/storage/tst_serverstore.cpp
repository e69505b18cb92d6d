#include "model/sample/narviksample.h"
#include "model/storage/migrations.h"
#include "model/storage/pgconnection.h"
#include "model/storage/pgmigrations.h"
#include "model/storage/projectfile.h"
#include "model/storage/serverstore.h"
#include "model/storage/sqliteconnection.h"
#include "model/storage/tablecopy.h"
#include "pgtestserver.h"
#include "testproject.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstring>
#include <future>

using namespace fjord;
using namespace fjord::storage;

// Team projects on a real PostgreSQL server started by the test: the same schema and migrations
// as the file, optimistic locking with revisions, roles deciding who may write, and a server
// that dies in the middle of a save.
class TestServerStore : public QObject {
    Q_OBJECT

private:
    PgTestServer m_server;
    QTemporaryDir m_dir;

    ServerLocation location(const QString &project, const QString &user = PgTestServer::adminUser(),
                            const QString &password = PgTestServer::adminPassword()) const
    {
        const ServerLocationParse parsed = parseServerUrl(m_server.url(user, password, project));
        return parsed.location.value_or(ServerLocation{});
    }

    // A small project for the tests of locking, roles and failures: saving the whole sample
    // each time would only make them slower (the round trip test saves the sample).
    static Project smallProject()
    {
        Project p = makeEmptyProject(QStringLiteral("Team test"));
        for (QList<double> *series :
             {&p.site.climate.dryBulbC, &p.site.climate.dewPointC, &p.site.climate.relHumidityPct,
              &p.site.climate.pressurePa, &p.site.climate.ghiWhPerM2, &p.site.climate.windSpeedMPerS})
            series->resize(48);
        return p;
    }

    static bool sameBits(const QList<double> &a, const QList<double> &b)
    {
        return a.size() == b.size() &&
               std::memcmp(a.constData(), b.constData(), a.size() * sizeof(double)) == 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString error = m_server.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase()
    {
        setServerSaveHookForTesting({});
        m_server.stop();
    }

    void urlsAreParsedAndShownWithoutPassword()
    {
        const ServerLocationParse p = parseServerUrl(QStringLiteral(
            "postgresql://alice:s3cret@db.example:6543/campus?project=kvandal&sslmode=require"));
        QVERIFY2(p.location, qPrintable(p.error));
        QCOMPARE(p.location->host, QStringLiteral("db.example"));
        QCOMPARE(p.location->port, 6543);
        QCOMPARE(p.location->database, QStringLiteral("campus"));
        QCOMPARE(p.location->user, QStringLiteral("alice"));
        QCOMPARE(p.location->password, QStringLiteral("s3cret"));
        QCOMPARE(p.location->project, QStringLiteral("kvandal"));
        QCOMPARE(p.location->options, QStringLiteral("sslmode=require"));
        QVERIFY(!p.location->displayUrl().contains(QStringLiteral("s3cret")));
        QVERIFY(p.location->displayUrl().contains(QStringLiteral("project=kvandal")));

        const ServerLocationParse socket =
            parseServerUrl(QStringLiteral("postgresql:///campus?host=/run/pg&project=a_1"));
        QVERIFY2(socket.location, qPrintable(socket.error));
        QCOMPARE(socket.location->host, QStringLiteral("/run/pg"));
        QCOMPARE(parseServerUrl(socket.location->displayUrl()).location->host, QStringLiteral("/run/pg"));

        // Each mistake is named; a password in a refused URL is not repeated.
        const ServerLocationParse typo = parseServerUrl(QStringLiteral("postgresql://bob:pw@h/db?projekt=x"));
        QVERIFY(!typo.location);
        QVERIFY2(typo.error.contains(QStringLiteral("unknown parameter 'projekt'")), qPrintable(typo.error));
        QVERIFY(!typo.error.contains(QStringLiteral(":pw@")));
        QVERIFY(
            parseServerUrl(QStringLiteral("postgresql://h/db")).error.contains(QStringLiteral("no project")));
        QVERIFY(parseServerUrl(QStringLiteral("postgresql://h/db?project=Big_Name"))
                    .error.contains(QStringLiteral("must be 1-40 characters")));
        QVERIFY(!parseServerUrl(QStringLiteral("mysql://h/db?project=x")).location);
    }

    void everyMigrationRunsOnPostgres()
    {
        // The server's tables and columns after all migrations are exactly the file's.
        PgConnection pg;
        QVERIFY(!pg.open(location(QStringLiteral("x"))).isError());
        QVERIFY(!pg.exec(QStringLiteral("BEGIN")).isError());
        QVERIFY(!pg.exec(QStringLiteral("CREATE SCHEMA migration_check")).isError());
        const PgError e =
            migrateServerSchema(pg, QStringLiteral("migration_check"), 0, latestSchemaVersion());
        QVERIFY2(!e.isError(), qPrintable(e.message));

        SqliteConnection file;
        QCOMPARE(
            file.open(m_dir.filePath(QStringLiteral("schema.fjordplan")), SqliteConnection::Mode::ReadWrite),
            QString());
        QCOMPARE(migrate(file).outcome, MigrationOutcome::Upgraded);
        QString error;
        const QList<TableColumns> tables = projectTables(file.handle(), &error);
        QCOMPARE(error, QString());
        QVERIFY(tables.size() >= 20);
        PgError q;
        for (const TableColumns &t : tables) {
            const auto rows =
                pg.rows(QStringLiteral("SELECT column_name, data_type FROM information_schema.columns "
                                       "WHERE table_schema = 'migration_check' AND table_name = ? "
                                       "ORDER BY ordinal_position"),
                        {t.table}, &q);
            QVERIFY2(!q.isError(), qPrintable(q.message));
            QStringList columns;
            for (const auto &row : rows) {
                columns << row.value(0).toString();
                // No 32-bit integers (ids are 64-bit) and no single-precision reals.
                QVERIFY2(row.value(1).toString() != QLatin1String("integer") &&
                             row.value(1).toString() != QLatin1String("real"),
                         qPrintable(t.table + QLatin1Char('.') + row.value(0).toString()));
            }
            QCOMPARE(columns, t.columns);
        }
        const auto count = pg.rows(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE "
                                                  "table_schema = 'migration_check'"),
                                   {}, &q);
        QCOMPARE(count.value(0).value(0).toInt(), int(tables.size()));
        QVERIFY(!pg.exec(QStringLiteral("ROLLBACK")).isError());
    }

    void dialectTranslation()
    {
        const QStringList s = postgresStatements(QStringLiteral(
            "-- a comment; with REAL in it\nCREATE TABLE t (a INTEGER PRIMARY KEY, b REAL NOT NULL DEFAULT "
            "0, "
            "c TEXT DEFAULT 'INTEGER; REAL', d BLOB);\nPRAGMA foo = 1;\nALTER TABLE t ADD COLUMN e real;"));
        QCOMPARE(s.size(), 2);
        QCOMPARE(
            s.at(0).simplified(),
            QStringLiteral("CREATE TABLE t (a BIGINT PRIMARY KEY, b DOUBLE PRECISION NOT NULL DEFAULT 0, "
                           "c TEXT DEFAULT 'INTEGER; REAL', d BYTEA)"));
        QCOMPARE(s.at(1), QStringLiteral("ALTER TABLE t ADD COLUMN e DOUBLE PRECISION"));
    }

    void pushedProjectComesBackIdentical()
    {
        for (const Project &original : {test::fullProject(), makeNarvikSample()}) {
            const ServerLocation where =
                location(original.scenarios.size() == 3 ? QStringLiteral("full") : QStringLiteral("narvik"));
            QElapsedTimer timer;
            timer.start();
            const ServerSaveResult saved =
                saveServerProject(original, where, NewServerProject, QStringLiteral("first"));
            QVERIFY2(saved.ok(), qPrintable(saved.error));
            QCOMPARE(saved.saved.revision, 1);
            QCOMPARE(saved.saved.savedBy, PgTestServer::adminUser());
            QVERIFY(qAbs(saved.saved.savedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
            const ServerOpenResult opened = openServerProject(where);
            QVERIFY2(opened, qPrintable(opened.error));
            qInfo("%s: push + pull %lld ms", qPrintable(where.project), timer.elapsed());
            QCOMPARE(opened.revision.revision, 1);
            QCOMPARE(opened.revision.comment, QStringLiteral("first"));
            QVERIFY(!opened.readOnly);
            QVERIFY(!opened.migrated);
            const Project &p = *opened.project;
            QVERIFY(p.site.climate == original.site.climate);
            QVERIFY(sameBits(p.site.climate.dryBulbC, original.site.climate.dryBulbC));
            QVERIFY(p.rackTypes == original.rackTypes);
            QVERIFY(p.costs == original.costs);
            for (int i = 0; i < p.scenarios.size(); ++i)
                QVERIFY(p.scenarios.at(i) == original.scenarios.at(i));
            QVERIFY(p == original);

            // The same as the file's own round trip.
            const QString file = m_dir.filePath(where.project + QStringLiteral(".fjordplan"));
            QCOMPARE(saveProject(original, file), QString());
            QVERIFY(p == *openProject(file).project);
        }
        // -0.0 and the extremes of a double arrive bit for bit.
        Project odd = test::fullProject();
        odd.site.climate.dryBulbC[0] = -0.0;
        odd.site.climate.dryBulbC[1] = std::numeric_limits<double>::denorm_min();
        odd.site.climate.dryBulbC[2] = std::numeric_limits<double>::max();
        odd.site.climate.dryBulbC[3] = 0.1 + 0.2;
        odd.name = QStringLiteral("O'Brien \\ \"quoted\" ; DROP TABLE x; -- æøå 数据");
        const ServerLocation where = location(QStringLiteral("odd"));
        QVERIFY2(saveServerProject(odd, where, NewServerProject, {}).ok(), "saved");
        const ServerOpenResult back = openServerProject(where);
        QVERIFY2(back, qPrintable(back.error));
        QVERIFY(sameBits(back.project->site.climate.dryBulbC, odd.site.climate.dryBulbC));
        QCOMPARE(back.project->name, odd.name);
    }

    void staleSaveIsRefusedAndNothingIsLost()
    {
        const ServerLocation alice = location(QStringLiteral("team"));
        QVERIFY(saveServerProject(smallProject(), alice, NewServerProject, QStringLiteral("start")).ok());
        // Alice and Bob both open revision 1.
        ServerOpenResult aliceCopy = openServerProject(alice);
        ServerOpenResult bobCopy = openServerProject(alice);
        QVERIFY(aliceCopy && bobCopy);
        QCOMPARE(aliceCopy.revision.revision, 1);
        bobCopy.project->scenarios[0].name = QStringLiteral("Bob's layout");
        const ServerSaveResult bob =
            saveServerProject(*bobCopy.project, alice, bobCopy.revision.revision, QStringLiteral("renamed"));
        QVERIFY2(bob.ok(), qPrintable(bob.error));
        QCOMPARE(bob.saved.revision, 2);

        aliceCopy.project->description = QStringLiteral("Alice's notes");
        const ServerSaveResult refused = saveServerProject(
            *aliceCopy.project, alice, aliceCopy.revision.revision, QStringLiteral("notes"));
        QCOMPARE(refused.outcome, ServerSaveOutcome::Stale);
        QCOMPARE(refused.latest.revision, 2);
        QCOMPARE(refused.latest.savedBy, PgTestServer::adminUser());
        QVERIFY2(refused.error.contains(QStringLiteral("fjordtest saved revision 2 at ")) &&
                     refused.error.contains(QStringLiteral("after you opened revision 1")) &&
                     refused.error.contains(QStringLiteral("save your work as a new scenario or reload")),
                 qPrintable(refused.error));
        // The server still has Bob's revision, untouched.
        const ServerOpenResult now = openServerProject(alice);
        QCOMPARE(now.revision.revision, 2);
        QCOMPARE(now.project->scenarios[0].name, QStringLiteral("Bob's layout"));
        QVERIFY(now.project->description != aliceCopy.project->description);
        // A new project under a taken key is refused too.
        QCOMPARE(saveServerProject(smallProject(), alice, NewServerProject, {}).outcome,
                 ServerSaveOutcome::Stale);
    }

    void twoWritersAtTheSameMomentOneIsRefused()
    {
        const ServerLocation where = location(QStringLiteral("race"));
        const ServerSaveResult created = saveServerProject(smallProject(), where, NewServerProject, {});
        QVERIFY2(created.ok(), qPrintable(created.error));
        Project first = *openServerProject(where).project;
        Project second = first;
        first.description = QStringLiteral("first writer");
        second.description = QStringLiteral("second writer");

        // While the first save holds the project (rows written, not yet committed), the second
        // starts on another thread and waits for the lock; then the first commits.
        std::future<ServerSaveResult> other;
        bool started = false;
        setServerSaveHookForTesting([&](const QString &step) {
            if (step != QLatin1String("written") || started)
                return;
            started = true;
            other = std::async(std::launch::async,
                               [&] { return saveServerProject(second, where, 1, QStringLiteral("two")); });
            // Wait until the second saver is blocked on the project's row lock.
            PgConnection watch;
            watch.open(where);
            PgError e;
            for (int i = 0; i < 200; ++i) {
                const auto rows = watch.rows(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE "
                                                            "wait_event_type = 'Lock'"),
                                             {}, &e);
                if (!rows.isEmpty() && rows.first().value(0).toInt() > 0)
                    return;
                QThread::msleep(10);
            }
        });
        const ServerSaveResult one = saveServerProject(first, where, 1, QStringLiteral("one"));
        setServerSaveHookForTesting({});
        QVERIFY(started);
        const ServerSaveResult two = other.get();
        QVERIFY2(one.ok(), qPrintable(one.error));
        QCOMPARE(two.outcome, ServerSaveOutcome::Stale);
        QCOMPARE(two.latest.revision, 2);
        const ServerOpenResult now = openServerProject(where);
        QCOMPARE(now.project->description, QStringLiteral("first writer"));
        QCOMPARE(now.revision.revision, 2);
    }

    void historyKeepsEveryRevision()
    {
        const ServerLocation where = location(QStringLiteral("history"));
        Project p = smallProject();
        for (int i = 1; i <= 3; ++i) {
            p.description = QStringLiteral("version %1").arg(i);
            QVERIFY(saveServerProject(p, where, i == 1 ? NewServerProject : i - 1,
                                      QStringLiteral("save %1").arg(i))
                        .ok());
        }
        const ServerHistoryResult history = serverHistory(where);
        QVERIFY2(history.error.isEmpty(), qPrintable(history.error));
        QCOMPARE(history.revisions.size(), 3);
        QCOMPARE(history.revisions.first().revision, 3);
        QCOMPARE(history.revisions.last().comment, QStringLiteral("save 1"));
        QCOMPARE(history.revisions.last().savedBy, PgTestServer::adminUser());

        const ServerOpenResult old = openServerProject(where, 1);
        QVERIFY2(old, qPrintable(old.error));
        QVERIFY(old.readOnly);
        QCOMPARE(old.revision.revision, 1);
        QCOMPARE(old.project->description, QStringLiteral("version 1"));
        p.description = QStringLiteral("version 1");
        QVERIFY(*old.project == p);
        // Restoring is saving the old revision as the newest one.
        const ServerSaveResult restored =
            saveServerProject(*old.project, where, 3, QStringLiteral("restored revision 1"));
        QVERIFY2(restored.ok(), qPrintable(restored.error));
        QCOMPARE(openServerProject(where).project->description, QStringLiteral("version 1"));
        QCOMPARE(serverHistory(where).revisions.size(), 4);
        QVERIFY(openServerProject(where, 9).error.contains(QStringLiteral("there is no revision 9")));

        const ServerListResult list = listServerProjects(where);
        QVERIFY2(list.error.isEmpty(), qPrintable(list.error));
        QStringList keys;
        for (const auto &info : list.projects)
            keys << info.key;
        QVERIFY2(keys.contains(QStringLiteral("history")) && keys.contains(QStringLiteral("narvik")),
                 qPrintable(keys.join(u',')));
    }

    void restoreSavesAnOldRevisionOnTop()
    {
        const ServerLocation where = location(QStringLiteral("restore"));
        Project p = smallProject();
        for (int i = 1; i <= 3; ++i) {
            p.description = QStringLiteral("version %1").arg(i);
            QVERIFY(saveServerProject(p, where, i == 1 ? NewServerProject : i - 1, {}).ok());
        }
        const ServerSaveResult restored = restoreServerRevision(where, 1, 3);
        QVERIFY2(restored.ok(), qPrintable(restored.error));
        QCOMPARE(restored.saved.revision, 4);
        QCOMPARE(restored.saved.comment, QStringLiteral("restored revision 1"));
        const ServerOpenResult latest = openServerProject(where);
        QCOMPARE(latest.revision.revision, 4);
        QCOMPARE(latest.revision.comment, QStringLiteral("restored revision 1"));
        QVERIFY(!latest.readOnly);
        QVERIFY(*latest.project == *openServerProject(where, 1).project);
        QCOMPARE(openServerProject(where, 3).project->description, QStringLiteral("version 3"));

        // From a history that is no longer the latest: refused, naming who saved, nothing written.
        const ServerSaveResult stale = restoreServerRevision(where, 2, 3, QStringLiteral("mine"));
        QCOMPARE(stale.outcome, ServerSaveOutcome::Stale);
        QCOMPARE(stale.latest.revision, 4);
        QVERIFY2(
            stale.error.contains(QStringLiteral("project 'restore'")) &&
                stale.error.contains(
                    QStringLiteral("revision 2 not restored: fjordtest saved revision 4 at")) &&
                stale.error.contains(QStringLiteral("after you listed the history (up to revision 3)")) &&
                stale.error.contains(QStringLiteral("nothing was changed")),
            qPrintable(stale.error));
        QCOMPARE(serverHistory(where).revisions.size(), 4);

        // A revision that does not exist is named, with the ones that do.
        const ServerSaveResult missing = restoreServerRevision(where, 9, AnyRevision);
        QCOMPARE(missing.outcome, ServerSaveOutcome::Failed);
        QVERIFY2(missing.error.contains(QStringLiteral("there is no revision 9 (the revisions are 1 to 4)")),
                 qPrintable(missing.error));
        QVERIFY(!restoreServerRevision(where.withProject(QStringLiteral("no_such")), 1, AnyRevision)
                     .error.isEmpty());
        QCOMPARE(serverHistory(where).revisions.size(), 4);

        // On top of whatever is latest, with a comment of one's own.
        const ServerSaveResult again = restoreServerRevision(where, 2, AnyRevision, QStringLiteral("mine"));
        QVERIFY2(again.ok(), qPrintable(again.error));
        QCOMPARE(openServerProject(where).project->description, QStringLiteral("version 2"));
        QCOMPARE(serverHistory(where).revisions.first().comment, QStringLiteral("mine"));
    }

    void readOnlyRoleIsRefusedOnSave()
    {
        // The documented setup (README "Team server"): group roles, one login role each.
        const QString setup =
            QStringLiteral("CREATE DATABASE campus;"
                           "CREATE ROLE fjordplan_writer NOLOGIN; CREATE ROLE fjordplan_reader NOLOGIN;"
                           "GRANT CONNECT, CREATE ON DATABASE campus TO fjordplan_writer;"
                           "GRANT CONNECT ON DATABASE campus TO fjordplan_reader;"
                           "CREATE ROLE alice LOGIN PASSWORD 'alice-pw' IN ROLE fjordplan_writer;"
                           "CREATE ROLE bob LOGIN PASSWORD 'bob-pw' IN ROLE fjordplan_writer;"
                           "CREATE ROLE investor LOGIN PASSWORD 'investor-pw' IN ROLE fjordplan_reader;");
        for (const QString &sql : setup.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            QCOMPARE(m_server.adminSql(sql), QString());
        const auto at = [&](const QString &user, const QString &password) {
            ServerLocation l = location(QStringLiteral("kvandal"), user, password);
            l.database = QStringLiteral("campus");
            return l;
        };
        const ServerSaveResult created =
            saveServerProject(smallProject(), at(QStringLiteral("alice"), QStringLiteral("alice-pw")),
                              NewServerProject, QStringLiteral("by alice"));
        QVERIFY2(created.ok(), qPrintable(created.error));
        QCOMPARE(created.saved.savedBy, QStringLiteral("alice"));
        // Another writer may save on top (the writer group owns the tables).
        ServerOpenResult bobs = openServerProject(at(QStringLiteral("bob"), QStringLiteral("bob-pw")));
        QVERIFY2(bobs, qPrintable(bobs.error));
        bobs.project->description = QStringLiteral("bob was here");
        const ServerSaveResult bob =
            saveServerProject(*bobs.project, at(QStringLiteral("bob"), QStringLiteral("bob-pw")), 1, {});
        QVERIFY2(bob.ok(), qPrintable(bob.error));
        QCOMPARE(bob.saved.savedBy, QStringLiteral("bob"));

        // The investor reads everything, history included, and may not save.
        const ServerLocation investor = at(QStringLiteral("investor"), QStringLiteral("investor-pw"));
        ServerOpenResult seen = openServerProject(investor);
        QVERIFY2(seen, qPrintable(seen.error));
        QCOMPARE(seen.project->description, QStringLiteral("bob was here"));
        const ServerOpenResult oldOne = openServerProject(investor, 1);
        QVERIFY2(oldOne && oldOne.readOnly, qPrintable(oldOne.error));
        seen.project->description = QStringLiteral("investor edit");
        const ServerSaveResult refused =
            saveServerProject(*seen.project, investor, seen.revision.revision, {});
        QCOMPARE(refused.outcome, ServerSaveOutcome::PermissionDenied);
        QVERIFY2(
            refused.error.contains(QStringLiteral("the database role 'investor' may read but not write")) &&
                refused.error.contains(QStringLiteral("fjordplan_writer")),
            qPrintable(refused.error));
        QVERIFY(!refused.error.contains(QStringLiteral("investor-pw")));
        QCOMPARE(openServerProject(investor).project->description, QStringLiteral("bob was here"));
        QCOMPARE(saveServerProject(smallProject(), investor.withProject(QStringLiteral("mine")),
                                   NewServerProject, {})
                     .outcome,
                 ServerSaveOutcome::PermissionDenied);
        // Nor may the investor restore an old revision (reading it is allowed).
        const ServerSaveResult restore = restoreServerRevision(investor, 1, AnyRevision);
        QCOMPARE(restore.outcome, ServerSaveOutcome::PermissionDenied);
        QVERIFY2(restore.error.contains(QStringLiteral(
                     "revision 1 not restored: the database role 'investor' may read but not write")),
                 qPrintable(restore.error));
        QCOMPARE(serverHistory(investor).revisions.size(), 2);

        // A wrong password is a clear refusal, and the password is not repeated.
        const ServerOpenResult wrong =
            openServerProject(at(QStringLiteral("alice"), QStringLiteral("guess")));
        QVERIFY(!wrong);
        QVERIFY2(wrong.error.contains(QStringLiteral("password authentication failed")),
                 qPrintable(wrong.error));
        QVERIFY(!wrong.error.contains(QStringLiteral("guess")));
    }

    void serverGoingAwayMidSaveLeavesTheProjectAsItWas()
    {
        const ServerLocation where = location(QStringLiteral("crash"));
        Project p = smallProject();
        p.description = QStringLiteral("before");
        const ServerSaveResult created = saveServerProject(p, where, NewServerProject, {});
        QVERIFY2(created.ok(), qPrintable(created.error));
        p.description = QStringLiteral("after");
        // The server is killed after the rows were written, before the commit.
        QString killError;
        setServerSaveHookForTesting([&](const QString &step) {
            if (step == QLatin1String("committing"))
                killError = m_server.kill();
        });
        const ServerSaveResult lost = saveServerProject(p, where, 1, QStringLiteral("lost"));
        setServerSaveHookForTesting({});
        QCOMPARE(killError, QString());
        QCOMPARE(lost.outcome, ServerSaveOutcome::ConnectionLost);
        QVERIFY2(lost.error.contains(QStringLiteral("connection to the server was lost")) &&
                     lost.error.contains(QStringLiteral("keeps the project as it was")),
                 qPrintable(lost.error));
        // While it is down, saving and opening say so.
        const ServerSaveResult down = saveServerProject(p, where, 1, {});
        QVERIFY(!down.ok());
        QVERIFY2(down.error.contains(QStringLiteral("cannot connect")), qPrintable(down.error));
        QVERIFY(!openServerProject(where));

        QCOMPARE(m_server.restart(), QString());
        const ServerOpenResult after = openServerProject(where);
        QVERIFY2(after, qPrintable(after.error));
        QCOMPARE(after.revision.revision, 1);
        QCOMPARE(after.project->description, QStringLiteral("before"));
        QCOMPARE(serverHistory(where).revisions.size(), 1);
        // And the same save succeeds once the server is back.
        QVERIFY(saveServerProject(p, where, 1, {}).ok());
        QCOMPARE(openServerProject(where).project->description, QStringLiteral("after"));
    }
};

QTEST_GUILESS_MAIN(TestServerStore)
#include "tst_serverstore.moc"
