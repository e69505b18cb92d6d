#include "model/sample/narviksample.h"
#include "model/storage/projectfile.h"
#include "model/storage/sqliteconnection.h"
#include "model/validation.h"
#include "testproject.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <limits>

using namespace fjord;
using namespace fjord::storage;

// The project file: every field survives a save/open round trip; bad files are refused with a
// one-line message naming the file and the reason; saving is atomic.
class TestProjectFile : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString m_reference; // the full project, saved once

    // A fresh copy of the saved full project at `name`; returns its path.
    QString savedFile(const QString &name)
    {
        const QString file = path(name);
        QFile::remove(file);
        if (!QFile::copy(m_reference, file))
            qWarning() << "cannot copy" << m_reference << "to" << file;
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return file;
    }

    // Runs SQL against a saved file with the raw SQLite connection (tests tamper with files).
    static void tamper(const QString &file, const QString &sql)
    {
        SqliteConnection connection;
        QVERIFY(connection.open(file, SqliteConnection::Mode::ReadWrite).isEmpty());
        // Defensive mode (on for every open) forbids writable_schema; a forger would not use it.
        sqlite3_db_config(connection.handle(), SQLITE_DBCONFIG_DEFENSIVE, 0, nullptr);
        sqlite3_limit(connection.handle(), SQLITE_LIMIT_LENGTH, 1 << 30); // nor a length limit
        const QString error = connection.exec(sql);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    QStringList leftovers() const
    {
        return QDir(m_dir.path()).entryList({QStringLiteral("*.saving*")}, QDir::Files | QDir::Hidden);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_reference = path(QStringLiteral("reference.fjordplan"));
        QCOMPARE(saveProject(test::fullProject(), m_reference), QString());
    }

    void roundTripKeepsEveryField()
    {
        const Project original = test::fullProject();
        const QString file = path(QStringLiteral("full.fjordplan"));
        QCOMPARE(saveProject(original, file), QString());
        const OpenResult opened = openProject(file);
        QVERIFY2(opened, qPrintable(opened.error));
        QCOMPARE(opened.fileVersion, currentSchemaVersion());
        QVERIFY(!opened.migrated);
        const Project &p = *opened.project;
        // Piecewise first, so that a failure says where the difference is.
        QCOMPARE(p.site.climate.dryBulbC.size(), HoursPerYear);
        QVERIFY(p.site.climate == original.site.climate);
        QVERIFY(p.site == original.site);
        QVERIFY(p.settings == original.settings);
        QVERIFY(p.rackTypes == original.rackTypes);
        QVERIFY(p.costs == original.costs);
        QVERIFY(p.opex == original.opex);
        QCOMPARE(p.scenarios.size(), 3);
        for (int i = 0; i < p.scenarios.size(); ++i) {
            const Scenario &a = p.scenarios.at(i), &b = original.scenarios.at(i);
            QVERIFY(a.stages == b.stages);
            QVERIFY(a.halls == b.halls);
            QVERIFY(a.rows == b.rows);
            QVERIFY(a.racks == b.racks);
            QVERIFY(a.powerNodes == b.powerNodes);
            QVERIFY(a.redundancyGroups == b.redundancyGroups);
            QVERIFY(a.coolingSystems == b.coolingSystems);
            QVERIFY(a.loadProfiles == b.loadProfiles);
            QVERIFY(a.heatOfftakes == b.heatOfftakes);
            QVERIFY(a.supply == b.supply);
            QVERIFY(a == b);
        }
        QCOMPARE(p.scenarios.at(0).racks.at(1).feeds.size(), 5);
        QCOMPARE(p.nextId, Id(1234));
        QVERIFY(p == original);
    }

    void roundTripOfDefaultsAndOddValues()
    {
        // Default-constructed project (empty climate, no scenarios) and values a text format would lose.
        Project p;
        QString file = path(QStringLiteral("default.fjordplan"));
        QCOMPARE(saveProject(p, file), QString());
        OpenResult opened = openProject(file);
        QVERIFY2(opened, qPrintable(opened.error));
        QVERIFY(*opened.project == p);

        p = test::fullProject();
        p.site.latitudeDeg = std::numeric_limits<double>::denorm_min();
        p.site.longitudeDeg = -std::numeric_limits<double>::max();
        p.costs.staffPerYear = 0.1 + 0.2; // 0.30000000000000004
        p.nextId = std::numeric_limits<qint64>::max();
        p.scenarios[0].racks[0].id = std::numeric_limits<qint64>::max() - 1;
        p.scenarios[0].stages[0].energisation = QDate(); // not set -> NULL
        p.site.climate.windSpeedMPerS.resize(100);       // a shorter series stays shorter
        p.name = QStringLiteral("'; DROP TABLE project; --");
        file = path(QStringLiteral("odd.fjordplan"));
        QCOMPARE(saveProject(p, file), QString());
        opened = openProject(file);
        QVERIFY2(opened, qPrintable(opened.error));
        QVERIFY(*opened.project == p);
    }

    void narvikSampleRoundTrips()
    {
        const Project sample = makeNarvikSample();
        QVERIFY(sample.scenarios.size() >= 1);
        QVERIFY(sample.scenarios.first().racks.size() > 1000);
        const QString file = path(QStringLiteral("narvik.fjordplan"));
        QCOMPARE(saveProject(sample, file), QString());
        const OpenResult opened = openProject(file);
        QVERIFY2(opened, qPrintable(opened.error));
        const Project &p = *opened.project;
        QVERIFY(p.site.climate == sample.site.climate);
        QVERIFY(p.site == sample.site);
        QVERIFY(p.rackTypes == sample.rackTypes);
        QVERIFY(p.costs == sample.costs);
        for (int i = 0; i < p.scenarios.size(); ++i) {
            const Scenario &a = p.scenarios.at(i), &b = sample.scenarios.at(i);
            QVERIFY(a.stages == b.stages);
            QVERIFY(a.halls == b.halls);
            QVERIFY(a.rows == b.rows);
            QVERIFY(a.racks == b.racks);
            QVERIFY(a.powerNodes == b.powerNodes);
            QVERIFY(a.loadProfiles == b.loadProfiles);
            QVERIFY(a.supply == b.supply);
            QVERIFY(a == b);
        }
        QVERIFY(p == sample);
    }

    void corruptedBytesNeverCrash()
    {
        // Random damage anywhere after the header: every open ends in a project or in a one-line
        // error naming the file; never in a crash (run under ASan/UBSan to see more).
        Project small = test::fullProject();
        small.site.climate = Climate{};
        small.scenarios.resize(1);
        small.scenarios[0].loadProfiles.resize(1);
        small.scenarios[0].loadProfiles[0].hourly.resize(48);
        const QString source = path(QStringLiteral("small.fjordplan"));
        QCOMPARE(saveProject(small, source), QString());
        QFile f(source);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray original = f.readAll();
        f.close();
        const QString file = path(QStringLiteral("corrupt.fjordplan"));
        int refused = 0;
        quint32 seed = 12345;
        const auto random = [&seed](quint32 bound) {
            seed = seed * 1664525u + 1013904223u; // deterministic LCG: the same damage every run
            return (seed >> 8) % bound;
        };
        // FJORD_CORRUPTION_ROUNDS=5000 for a longer soak (e.g. in an ASan build).
        const int rounds = qEnvironmentVariableIsSet("FJORD_CORRUPTION_ROUNDS")
                               ? qEnvironmentVariableIntValue("FJORD_CORRUPTION_ROUNDS")
                               : 60;
        for (int round = 0; round < rounds; ++round) {
            QByteArray damaged = original;
            const int hits = 1 + int(random(16));
            for (int i = 0; i < hits; ++i)
                damaged[100 + qsizetype(random(quint32(damaged.size() - 100)))] = char(random(256));
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(damaged);
            out.close();
            const OpenResult opened = openProject(file);
            if (!opened) {
                ++refused;
                QVERIFY2(opened.error.startsWith(file + QStringLiteral(": ")), qPrintable(opened.error));
                QVERIFY2(!opened.error.contains(u'\n'), qPrintable(opened.error));
            }
        }
        QVERIFY2(refused > 0, "some damage must be detected");
    }

    void danglingReferencesAreLeftToValidation()
    {
        Project p = test::fullProject();
        p.scenarios[0].racks[0].hallId = 424242;
        const QString file = path(QStringLiteral("dangling.fjordplan"));
        QCOMPARE(saveProject(p, file), QString());
        const OpenResult opened = openProject(file);
        QVERIFY2(opened, qPrintable(opened.error));
        QCOMPARE(opened.project->scenarios[0].racks[0].hallId, Id(424242));
        bool reported = false;
        for (const Problem &problem : validate(*opened.project, opened.project->scenarios[0]))
            reported = reported || problem.objectId == opened.project->scenarios[0].racks[0].id;
        QVERIFY2(reported, "validate() reports the rack with the missing hall");
    }

    void nanIsRefusedOnSave()
    {
        Project p = test::fullProject();
        p.scenarios[1].halls[0].widthM = std::numeric_limits<double>::quiet_NaN();
        const QString file = path(QStringLiteral("nan.fjordplan"));
        const QString error = saveProject(p, file);
        QVERIFY(error.startsWith(file + QStringLiteral(": cannot save: ")));
        QVERIFY2(error.contains(QLatin1String("table hall, column width_m, id 203")), qPrintable(error));
        QVERIFY(!QFile::exists(file));
        QVERIFY(leftovers().isEmpty());
        p.scenarios[1].halls[0].widthM = -std::numeric_limits<double>::infinity();
        QVERIFY(saveProject(p, file).contains(
            QLatin1String("table hall, column width_m, id 203: the value is infinite")));
        QVERIFY(!QFile::exists(file));
    }

    void fileIsOpenReadableSqlite()
    {
        const QString file = savedFile(QStringLiteral("plain.fjordplan"));
        SqliteConnection connection;
        QVERIFY(connection.open(file, SqliteConnection::Mode::ReadOnly).isEmpty());
        QString error;
        QCOMPARE(connection.scalar(QStringLiteral("PRAGMA application_id"), &error).toInt(), 0x464A5244);
        QCOMPARE(connection.scalar(QStringLiteral("PRAGMA user_version"), &error).toInt(),
                 currentSchemaVersion());
        QCOMPARE(
            connection.scalar(QStringLiteral("SELECT design_power_w FROM rack_type WHERE id = 2"), &error)
                .toDouble(),
            135e3);
        QCOMPARE(connection.scalar(QStringLiteral("SELECT count(*) FROM climate_hour"), &error).toInt(),
                 8760);
        QCOMPARE(connection.scalar(QStringLiteral("SELECT kind FROM power_node WHERE id = 108"), &error)
                     .toString(),
                 QStringLiteral("ups"));
        QCOMPARE(
            connection.scalar(QStringLiteral("SELECT energisation_date FROM stage WHERE id = 101"), &error)
                .toString(),
            QStringLiteral("2026-12-01"));
        QCOMPARE(
            connection.scalar(QStringLiteral("SELECT count(*) FROM rack_feed WHERE scenario_pos = 0"), &error)
                .toInt(),
            13);
        QCOMPARE(connection.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'written_by'"), &error)
                     .toString()
                     .left(10),
                 QStringLiteral("Fjordplan "));
    }

    void badFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty file, not a Fjordplan project");
        QTest::newRow("garbage") << QByteArrayLiteral("PK\x03\x04 this is a zip, or rather not")
                                 << QStringLiteral("not a Fjordplan project (not an SQLite database)");
        QTest::newRow("text") << QByteArray("name,value\nx,1\n")
                              << QStringLiteral("not a Fjordplan project (not an SQLite database)");
        QTest::newRow("header only") << QByteArray("SQLite format 3\0abc", 19)
                                     << QStringLiteral("damaged file (truncated: 19 bytes)");
        QByteArray noise(8192, '\0');
        for (int i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 7919) % 251);
        noise.replace(0, 16, QByteArray("SQLite format 3\0", 16));
        QTest::newRow("sqlite magic then noise") << noise << QString();
    }

    void badFilesAreRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        const QString file = path(QStringLiteral("bad-%1.fjordplan")
                                      .arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const OpenResult opened = openProject(file);
        QVERIFY(!opened);
        QVERIFY2(opened.error.startsWith(file + QStringLiteral(": ")), qPrintable(opened.error));
        QVERIFY2(!opened.error.contains(u'\n'), qPrintable(opened.error));
        if (!reason.isEmpty())
            QCOMPARE(opened.error, file + QStringLiteral(": ") + reason);
        // The user's file is never touched by opening.
        QFile again(file);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), content);
    }

    void missingFileAndDirectory()
    {
        const QString missing = path(QStringLiteral("nope.fjordplan"));
        QCOMPARE(openProject(missing).error, missing + QStringLiteral(": no such file"));
        QVERIFY(!QFile::exists(missing));
        QCOMPARE(openProject(m_dir.path()).error,
                 m_dir.path() + QStringLiteral(": is a directory, not a project file"));
        QCOMPARE(openProject(QStringLiteral("/dev/zero")).error,
                 QStringLiteral("/dev/zero: is not a regular file"));
    }

    void truncatedCopiesAreRefused_data()
    {
        QTest::addColumn<double>("fraction");
        QTest::newRow("99%") << 0.99;
        QTest::newRow("50%") << 0.5;
        QTest::newRow("10%") << 0.1;
        QTest::newRow("first page") << 0.0;
    }

    void truncatedCopiesAreRefused()
    {
        QFETCH(double, fraction);
        const QString source = savedFile(QStringLiteral("whole.fjordplan"));
        QFile whole(source);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        const qsizetype keep = fraction > 0 ? qsizetype(bytes.size() * fraction) : 4096;
        const QString file = path(QStringLiteral("truncated.fjordplan"));
        QFile cut(file);
        QVERIFY(cut.open(QIODevice::WriteOnly | QIODevice::Truncate));
        cut.write(bytes.left(keep));
        cut.close();
        const OpenResult opened = openProject(file);
        QVERIFY(!opened);
        QVERIFY2(opened.error.startsWith(file + QStringLiteral(": damaged file")), qPrintable(opened.error));
    }

    void plainSqliteFileIsNotOurs()
    {
        const QString file = path(QStringLiteral("other.sqlite"));
        {
            SqliteConnection connection;
            QVERIFY(connection.open(file, SqliteConnection::Mode::ReadWrite).isEmpty());
            QVERIFY(
                connection.exec(QStringLiteral("CREATE TABLE t (x); INSERT INTO t VALUES (1);")).isEmpty());
        }
        QCOMPARE(openProject(file).error,
                 file +
                     QStringLiteral(": not a Fjordplan project (an SQLite database with application_id 0)"));
        const QString ours = savedFile(QStringLiteral("relabelled.fjordplan"));
        tamper(ours, QStringLiteral("PRAGMA application_id = 1196312910;")); // "GPKG": a GeoPackage
        QCOMPARE(openProject(ours).error,
                 ours + QStringLiteral(
                            ": not a Fjordplan project (an SQLite database with application_id 1196312910)"));
    }

    void newerFileIsRefused()
    {
        const QString file = savedFile(QStringLiteral("future.fjordplan"));
        tamper(file, QStringLiteral("PRAGMA user_version = %1;").arg(currentSchemaVersion() + 1));
        const OpenResult opened = openProject(file);
        QVERIFY(!opened);
        QCOMPARE(opened.error,
                 file +
                     QStringLiteral(": written by a newer Fjordplan (schema %1, this program reads up to %2)")
                         .arg(currentSchemaVersion() + 1)
                         .arg(currentSchemaVersion()));
        QCOMPARE(opened.fileVersion, currentSchemaVersion() + 1);
    }

    void badValuesNameTableColumnAndRow_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("message");
        QTest::newRow("text in a real column")
            << QStringLiteral("UPDATE rack SET x_m = 'abc' WHERE id = 121")
            << QStringLiteral("table rack, column x_m, id 121: expected a number, found text 'abc'");
        QTest::newRow("real in an integer column")
            << QStringLiteral("UPDATE rack_type SET gpus = 7.5 WHERE id = 2")
            << QStringLiteral(
                   "table rack_type, column gpus, id 2: expected an integer, found the real number 7.5");
        QTest::newRow("NULL in a required column")
            << QStringLiteral("PRAGMA ignore_check_constraints = ON; "
                              "UPDATE cooling_system SET supply_c = NULL WHERE id = 205")
            << QString();
        QTest::newRow("blob for text")
            << QStringLiteral("UPDATE hall SET name = x'00ff' WHERE id = 303")
            << QStringLiteral("table hall, column name, id 303: expected text, found a blob");
        QTest::newRow("integer out of int range")
            << QStringLiteral("UPDATE redundancy_group SET blocks = 5000000000 WHERE id = 213")
            << QStringLiteral(
                   "table redundancy_group, column blocks, id 213: integer 5000000000 is out of range");
        QTest::newRow("feed of a rack in a scenario that does not exist")
            << QStringLiteral("PRAGMA foreign_keys = OFF; UPDATE stage SET scenario_pos = 9 WHERE id = 101")
            << QStringLiteral("damaged file: a row refers to a missing parent in table stage");
        QTest::newRow("unknown enumeration name")
            << QStringLiteral("UPDATE power_node SET kind = 'reactor' WHERE id = 108")
            << QStringLiteral(
                   "table power_node, column kind, id 108: unknown value 'reactor' (allowed: grid, "
                   "transformer, ups, switchboard, busway, pdu)");
        QTest::newRow("flag out of range")
            << QStringLiteral("UPDATE cooling_system SET adiabatic = 2 WHERE id = 105")
            << QStringLiteral("table cooling_system, column adiabatic, id 105: expected 0 or 1, found 2");
        QTest::newRow("enum stored as a number")
            << QStringLiteral(
                   "UPDATE rack_feed SET phase = 7 WHERE scenario_pos = 1 AND rack_pos = 2 AND pos = 0")
            << QStringLiteral(
                   "table rack_feed, column phase, scenario_pos 1, rack_pos 2: unknown value '7' (allowed: "
                   "l1, l2, l3, three_phase)");
        QTest::newRow("bad date") << QStringLiteral(
                                         "UPDATE stage SET energisation_date = '2026-13-01' WHERE id = 102")
                                  << QStringLiteral("table stage, column energisation_date, id 102: expected "
                                                    "a date YYYY-MM-DD, found '2026-13-01'");
        QTest::newRow("gap in the climate")
            << QStringLiteral("DELETE FROM climate_hour WHERE hour = 5")
            << QStringLiteral("table climate_hour, column hour, hour 6: hours must run 0, 1, 2, ... without "
                              "gaps; expected 5");
        QTest::newRow("value after a NULL")
            << QStringLiteral("UPDATE climate_hour SET ghi_wh_per_m2 = NULL WHERE hour = 10")
            << QStringLiteral("table climate_hour, column ghi_wh_per_m2, hour 11: a value follows a NULL (a "
                              "series may only end with NULLs)");
        QTest::newRow("gap in a weather year")
            << QStringLiteral("DELETE FROM weather_year_hour WHERE weather_year_pos = 0 AND hour = 5")
            << QStringLiteral(
                   "table weather_year_hour, column hour, weather year 1, hour 6: hours must run 0, "
                   "1, 2, ... without gaps; expected 5");
        QTest::newRow("hours of a missing weather year")
            << QStringLiteral("PRAGMA foreign_keys = OFF; DELETE FROM weather_year WHERE pos = 1")
            << QStringLiteral("damaged file: a row refers to a missing parent in table weather_year_hour");
        QTest::newRow("missing singleton") << QStringLiteral("DELETE FROM cost_catalogue")
                                           << QStringLiteral("table cost_catalogue: the row is missing");
        QTest::newRow("dropped table") << QStringLiteral("DROP TABLE heat_offtake")
                                       << QStringLiteral("table heat_offtake: no such table: heat_offtake");
        QTest::newRow("broken containment")
            << QStringLiteral("PRAGMA foreign_keys = OFF; DELETE FROM rack WHERE id = 121")
            << QStringLiteral("damaged file: a row refers to a missing parent in table rack_feed");
    }

    void badValuesNameTableColumnAndRow()
    {
        QFETCH(QString, sql);
        QFETCH(QString, message);
        const QString file = savedFile(QStringLiteral("tampered.fjordplan"));
        if (sql.contains(QLatin1String("supply_c = NULL"))) {
            // NOT NULL cannot be bypassed with SQL; rebuild the column without the constraint.
            sql = QStringLiteral(
                "PRAGMA writable_schema = ON; "
                "UPDATE sqlite_schema SET sql = replace(sql, 'supply_c                 REAL NOT NULL', "
                "'supply_c REAL') WHERE name = 'cooling_system'; "
                "PRAGMA writable_schema = OFF;");
            tamper(file, sql);
            tamper(file, QStringLiteral("UPDATE cooling_system SET supply_c = NULL WHERE id = 205"));
            message = QStringLiteral(
                "table cooling_system, column supply_c, id 205: expected a number, found NULL");
        } else {
            tamper(file, sql);
        }
        const OpenResult opened = openProject(file);
        QVERIFY(!opened);
        QCOMPARE(opened.error, file + QStringLiteral(": ") + message);
    }

    void hostileFilesAreRefused_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("message"); // the whole reason after "FILE: "; "~" prefix: a part of it
        QTest::newRow("trigger") << QStringLiteral("CREATE TRIGGER grow AFTER UPDATE ON rack BEGIN INSERT "
                                                   "INTO meta VALUES (random(), 'x'); END")
                                 << QStringLiteral(
                                        "not a Fjordplan project as written by Fjordplan: it "
                                        "contains a trigger 'grow' (project files hold tables only)");
        // A view in place of a table, with an endless recursive query: must not hang the reader.
        QTest::newRow("view shadowing a table")
            << QStringLiteral("DROP TABLE heat_offtake; CREATE VIEW heat_offtake AS WITH RECURSIVE c(x) AS "
                              "(SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x AS scenario_pos FROM c")
            << QStringLiteral("not a Fjordplan project as written by Fjordplan: it contains a view "
                              "'heat_offtake' (project files hold tables only)");
        QTest::newRow("infinity")
            << QStringLiteral("UPDATE hall SET width_m = 9e999 WHERE id = 303")
            << QStringLiteral("table hall, column width_m, id 303: expected a finite number, found inf");
        QTest::newRow("minus infinity")
            << QStringLiteral("UPDATE power_node SET rating_va = -9e999 WHERE id = 108")
            << QStringLiteral(
                   "table power_node, column rating_va, id 108: expected a finite number, found -inf");
        QTest::newRow("5 MB name") << QStringLiteral(
                                          "UPDATE hall SET name = hex(zeroblob(2621440)) WHERE id = 303")
                                   << QStringLiteral("table hall, column name, id 303: a text of 5242880 "
                                                     "characters, longer than the 1000 allowed");
        QTest::newRow("20 MB description")
            << QStringLiteral("UPDATE project SET description = hex(zeroblob(10485760))")
            << QStringLiteral("~string or blob too big");
        QTest::newRow("id zero") << QStringLiteral("UPDATE rack SET id = 0 WHERE id = 121")
                                 << QStringLiteral("~table rack, column id: id 0 is outside 1 … ");
        QTest::newRow("negative id") << QStringLiteral("UPDATE power_node SET id = -7 WHERE id = 108")
                                     << QStringLiteral("~table power_node, column id: id -7 is outside 1 … ");
        QTest::newRow("id beyond next_id")
            << QStringLiteral("UPDATE hall SET id = (SELECT next_id FROM project) + 5 WHERE id = 303")
            << QStringLiteral("~table hall, column id: id ");
        QTest::newRow("one id for two objects")
            << QStringLiteral("UPDATE rack SET id = (SELECT h.id FROM hall h WHERE h.scenario_pos = "
                              "rack.scenario_pos LIMIT 1) WHERE id = 121")
            << QStringLiteral("~belongs to more than one object (ids are unique)");
        QTest::newRow("two scenarios of one id")
            << QStringLiteral("UPDATE scenario SET id = (SELECT id FROM rack_type LIMIT 1) WHERE pos = 1")
            << QStringLiteral("~belongs to more than one object (ids are unique)");
        QTest::newRow("too many rows")
            << QStringLiteral(
                   "CREATE TABLE junk (x); WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 "
                   "FROM c LIMIT 2000001) INSERT INTO junk SELECT x FROM c")
            << QStringLiteral("table junk has more than 2000000 rows, more than any project needs");
    }

    void hostileFilesAreRefused()
    {
        QFETCH(QString, sql);
        QFETCH(QString, message);
        const QString file = savedFile(QStringLiteral("hostile.fjordplan"));
        tamper(file, sql);
        QElapsedTimer clock;
        clock.start();
        const OpenResult opened = openProject(file);
        QVERIFY2(!opened, "a hostile file must be refused");
        QVERIFY2(!opened.error.contains(u'\n'), qPrintable(opened.error));
        if (message.startsWith(u'~'))
            QVERIFY2(opened.error.startsWith(file + QStringLiteral(": ")) &&
                         opened.error.contains(message.mid(1)),
                     qPrintable(opened.error));
        else
            QCOMPARE(opened.error, file + QStringLiteral(": ") + message);
        QVERIFY2(clock.elapsed() < 30000, "refusing a file must not take long");
    }

    void negativeAndOutOfRangeValuesAreProblems()
    {
        // Well-typed but impossible values open (nothing is lost) and are each reported as a Problem.
        const QString file = savedFile(QStringLiteral("negative.fjordplan"));
        tamper(file,
               QStringLiteral("UPDATE power_node SET rating_va = -250000, rating_basis = 'apparent_power' "
                              "WHERE id = 108; UPDATE hall SET width_m = -3 WHERE id = 303; "
                              "UPDATE rack_type SET design_power_w = -1 WHERE id = 2"));
        const OpenResult opened = openProject(file);
        QVERIFY2(opened, qPrintable(opened.error));
        QList<Problem> problems = validateProject(*opened.project);
        for (const Scenario &s : opened.project->scenarios)
            problems += validate(*opened.project, s);
        QSet<Id> flagged;
        for (const Problem &p : problems)
            if (p.severity == Severity::Error)
                flagged.insert(p.objectId);
        QVERIFY(flagged.contains(108));
        QVERIFY(flagged.contains(303));
        QVERIFY(flagged.contains(2));
    }

    void fileBeyondTheSizeBudgetIsRefused()
    {
        // A sparse file: 600 MB long, costs nothing on disk; refused before SQLite reads it.
        const QString file = savedFile(QStringLiteral("huge.fjordplan"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(qint64(600) << 20));
        f.close();
        QCOMPARE(openProject(file).error,
                 file + QStringLiteral(": 600 MB, larger than the 512 MB a project may have"));
    }

    void atomicSaveKeepsTheOldFileOnFailure_data()
    {
        QTest::addColumn<QString>("step");
        QTest::newRow("after creating the temporary file") << QStringLiteral("created");
        QTest::newRow("after writing the database") << QStringLiteral("written");
        QTest::newRow("just before the rename") << QStringLiteral("synced");
    }

    void atomicSaveKeepsTheOldFileOnFailure()
    {
        QFETCH(QString, step);
        const QString file = path(QStringLiteral("atomic.fjordplan"));
        Project old = test::fullProject();
        old.name = QStringLiteral("Old");
        QCOMPARE(saveProject(old, file), QString());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();

        setSaveFaultHookForTesting([step](const QString &at) {
            return at == step ? QStringLiteral("disk full (simulated)") : QString();
        });
        Project changed = old;
        changed.name = QStringLiteral("New");
        const QString error = saveProject(changed, file);
        setSaveFaultHookForTesting({});
        QCOMPARE(error, file + QStringLiteral(": cannot save: disk full (simulated)"));

        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        f.close();
        QCOMPARE(openProject(file).project->name, QStringLiteral("Old"));
        QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(u' ')));

        // And without the fault the same save replaces the file.
        QCOMPARE(saveProject(changed, file), QString());
        QCOMPARE(openProject(file).project->name, QStringLiteral("New"));
        QVERIFY(leftovers().isEmpty());
    }

    void saveIntoMissingOrUnwritableFolderFails()
    {
        const QString missing = path(QStringLiteral("no/such/dir/x.fjordplan"));
        QVERIFY(saveProject(test::fullProject(), missing)
                    .startsWith(missing + QStringLiteral(": cannot save: the folder")));

        QDir(m_dir.path()).mkdir(QStringLiteral("locked"));
        const QString locked = path(QStringLiteral("locked/x.fjordplan"));
        QCOMPARE(saveProject(test::fullProject(), locked), QString());
        QFile::setPermissions(path(QStringLiteral("locked")), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        const QString error = saveProject(Project{}, locked);
        QFile::setPermissions(path(QStringLiteral("locked")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        if (error.isEmpty())
            QSKIP("running as root: directory permissions do not apply (the fault-hook test covers this)");
        QVERIFY2(error.contains(QLatin1String("cannot create a temporary file")), qPrintable(error));
        QVERIFY(*openProject(locked).project == test::fullProject());
    }

    void saveKeepsPermissionsOfTheReplacedFile()
    {
        const QString file = savedFile(QStringLiteral("perm.fjordplan"));
        const auto wanted = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                            QFileDevice::WriteGroup | QFileDevice::ReadUser | QFileDevice::WriteUser;
        QVERIFY(QFile::setPermissions(file, wanted));
        QCOMPARE(saveProject(Project{}, file), QString());
        QCOMPARE(QFile::permissions(file) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 wanted & ~(QFileDevice::ReadUser | QFileDevice::WriteUser));
    }

    void saveThroughASymlinkReplacesItsTarget()
    {
        const QString real = savedFile(QStringLiteral("real.fjordplan"));
        const QString link = path(QStringLiteral("link.fjordplan"));
        QVERIFY(QFile::link(real, link));
        Project changed = test::fullProject();
        changed.name = QStringLiteral("Through the link");
        QCOMPARE(saveProject(changed, link), QString());
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(openProject(real).project->name, QStringLiteral("Through the link"));
    }

    void staleTemporariesOfKilledSavesAreRemoved()
    {
        // A killed save leaves ".NAME.XXXXXX.saving" behind; the next save or open removes it,
        // but never a temporary a live save holds locked, nor a file of another name.
        QTemporaryDir dir;
        const auto make = [&dir](const QString &name) {
            QFile f(dir.filePath(name));
            return f.open(QIODevice::WriteOnly) && f.write("partial") == 7;
        };
        const QString file = dir.filePath(QStringLiteral("campus.fjordplan"));
        QCOMPARE(saveProject(test::fullProject(), file), QString());
        const QStringList stale = {QStringLiteral(".campus.fjordplan.aB3xZ9.saving"),
                                   QStringLiteral(".campus.fjordplan.aB3xZ9.saving-journal"),
                                   QStringLiteral(".campus.fjordplan.000000.saving-journal")};
        const QStringList kept = {
            QStringLiteral(".campus.fjordplan.Locked.saving"),       // a save in progress
            QStringLiteral(".other.fjordplan.aB3xZ9.saving"),        // another project's
            QStringLiteral(".campus.fjordplan.toolong7.saving"),     // not our pattern
            QStringLiteral("campus.fjordplan.aB3xZ9.saving"),        // not hidden: not ours
            QStringLiteral(".campus.fjordplan.aB3xZ9.saving.backup") // not ours
        };
        for (const QString &name : stale + kept)
            QVERIFY(make(name));
        // Another open file description holding the flock, as a live save does.
        const int lockFd = ::open(QFile::encodeName(dir.filePath(kept[0])).constData(), O_RDONLY);
        QVERIFY(lockFd >= 0);
        QCOMPARE(::flock(lockFd, LOCK_EX), 0);
        const auto present = [&dir] {
            QStringList names =
                QDir(dir.path()).entryList({QStringLiteral("*.saving*")}, QDir::Files | QDir::Hidden);
            names.sort();
            return names;
        };

        const OpenResult opened = openProject(file); // an open cleans up ...
        QVERIFY2(opened, qPrintable(opened.error));
        QStringList expected = kept;
        expected.sort();
        QCOMPARE(present(), expected);

        ::close(lockFd); // ... and once the holder is gone, so does the next save
        for (const QString &name : stale)
            QVERIFY(make(name));
        QCOMPARE(saveProject(*opened.project, file), QString());
        expected.removeOne(kept[0]);
        QCOMPARE(present(), expected);
        QVERIFY(*openProject(file).project == *opened.project);
    }

    void autosave()
    {
        QCOMPARE(autosavePath(path(QStringLiteral("campus.fjordplan"))),
                 path(QStringLiteral(".campus.fjordplan.autosave")));
        QCOMPARE(autosavePath(path(QStringLiteral("campus.db"))),
                 path(QStringLiteral(".campus.db.fjordplan.autosave")));
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(autosavePath({}).endsWith(QLatin1String("/untitled.fjordplan.autosave")));
        QVERIFY(
            autosavePath({}).startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));

        const Project p = test::fullProject();
        QCOMPARE(saveAutosave(p, path(QStringLiteral("campus.fjordplan"))), QString());
        const OpenResult opened = openProject(path(QStringLiteral(".campus.fjordplan.autosave")));
        QVERIFY2(opened, qPrintable(opened.error));
        QVERIFY(*opened.project == p);
        QVERIFY(!QFile::exists(path(QStringLiteral("campus.fjordplan"))));

        QCOMPARE(saveAutosave(p, {}), QString());
        QVERIFY(*openProject(autosavePath({})).project == p);
        QFile::remove(autosavePath({}));
    }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
