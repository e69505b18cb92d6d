#include "model/sample/narviksample.h"
#include "model/storage/migrations.h"
#include "model/storage/projectfile.h"
#include "model/storage/projectwriter.h"
#include "model/storage/sqliteconnection.h"
#include "testproject.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace fjord;
using namespace fjord::storage;

namespace {

// Schemas 4 to 9 (tenants, asset lives, peak power, uncertain inputs, dry-cooler fan model, row feeds,
// weather years) add columns and tables the current writer fills. To write a genuine schema-1 file with
// today's writer, the test adds them for the write and drops them afterwards.
QString schema4Script()
{
    QString sql;
    for (const char *name :
         {":/migrations/0004_tenants_and_assets.sql", ":/migrations/0005_rack_peak_power.sql",
          ":/migrations/0006_uncertain_inputs.sql", ":/migrations/0007_dry_cooler_fan_model.sql",
          ":/migrations/0008_row_feeds.sql", ":/migrations/0009_weather_years.sql"}) {
        QFile f(QString::fromLatin1(name));
        if (f.open(QIODevice::ReadOnly))
            sql += QString::fromUtf8(f.readAll());
    }
    return sql;
}

QString dropSchema4(SqliteConnection &c)
{
    static const QRegularExpression added(QStringLiteral("ALTER TABLE (\\w+) ADD COLUMN (\\w+)"));
    QString sql =
        QStringLiteral("DROP TABLE tenant; DROP TABLE uncertain_input_value; DROP TABLE uncertain_input;"
                       "DROP TABLE weather_year_hour; DROP TABLE weather_year;");
    for (auto it = added.globalMatch(schema4Script()); it.hasNext();) {
        const auto m = it.next();
        sql += QStringLiteral("ALTER TABLE %1 DROP COLUMN %2;").arg(m.captured(1), m.captured(2));
    }
    return c.exec(sql);
}

// What a schema-1 file cannot hold takes the defaults a migration gives it.
void forgetSchema4(Project &p)
{
    const Project defaults;
    p.settings.priorityCapacityTarget = defaults.settings.priorityCapacityTarget;
    p.site.weatherYears.clear(); // schema 9
    const CostCatalogue k;
    p.costs.building = k.building;
    p.costs.electrical = k.electrical;
    p.costs.mechanical = k.mechanical;
    p.costs.grid = k.grid;
    p.costs.residualValue = k.residualValue;
    p.costs.taxRate = k.taxRate;
    const RackType t;
    for (RackType &r : p.rackTypes) {
        r.serviceLifeYears = t.serviceLifeYears;
        r.priceChangePerYear = t.priceChangePerYear;
        r.tokensPerSecondPerGpu = t.tokensPerSecondPerGpu;
        r.referenceWorkload = t.referenceWorkload;
        r.peakPowerW = t.peakPowerW;
    }
    for (Scenario &s : p.scenarios) {
        for (CoolingSystem &c : s.coolingSystems) { // what migration 7 gives an older file
            c.fanModel = DryCoolerFanModel::FanLaw;
            c.designAmbientFromClimate = false;
            c.designReturnC = c.supplyC + c.rangeK;
        }
        s.tenants.clear();
        s.uncertainInputs.clear();
        for (Hall &h : s.halls)
            h.tenantId = NoId;
        for (Row &w : s.rows) {
            w.tenantId = NoId;
            w.feedA = NoId; // schema 8
            w.feedB = NoId;
        }
        for (Rack &r : s.racks)
            r.tenantId = NoId;
    }
}

// The Narvik sample as a file of schema `version` holds it after migration to the current schema:
// what that version had no column or table for takes the default its migration gives it
// (tests/storage/fixtures/make-fixtures.py writes the fixtures so).
Project narvikAtVersion(int version)
{
    Project p = makeNarvikSample();
    if (version < 3) { // a REAL column stored -0.0 as the integer 0 (migration 3's reason)
        const auto positiveZero = [](QList<double> &series) {
            for (double &x : series)
                if (x == 0.0)
                    x = 0.0;
        };
        Climate &c = p.site.climate;
        for (QList<double> *series :
             {&c.dryBulbC, &c.dewPointC, &c.relHumidityPct, &c.pressurePa, &c.ghiWhPerM2, &c.windSpeedMPerS})
            positiveZero(*series);
        for (Scenario &s : p.scenarios)
            for (LoadProfile &l : s.loadProfiles)
                positiveZero(l.hourly);
    }
    if (version < 9)
        p.site.weatherYears.clear();
    if (version < 4) {
        forgetSchema4(p); // every later addition too
        return p;
    }
    const RackType t;
    for (Scenario &s : p.scenarios) {
        if (version < 8)
            for (Row &w : s.rows) {
                w.feedA = NoId;
                w.feedB = NoId;
            }
        if (version < 7)
            for (CoolingSystem &c : s.coolingSystems) {
                c.fanModel = DryCoolerFanModel::FanLaw;
                c.designAmbientFromClimate = false;
                c.designReturnC = c.supplyC + c.rangeK;
            }
        if (version < 6)
            s.uncertainInputs.clear();
    }
    if (version < 5)
        for (RackType &r : p.rackTypes)
            r.peakPowerW = t.peakPowerW;
    return p;
}

} // namespace

// Schema migrations: numbered scripts applied one transaction each, with explicit outcomes;
// an old file opens migrated in memory while the user's file stays as it was.
class TestMigrations : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static int pragma(SqliteConnection &c, const char *name)
    {
        QString error;
        return c.scalar(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)), &error).toInt();
    }
    static bool tableExists(SqliteConnection &c, const QString &name)
    {
        QString error;
        return c.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = '%1'").arg(name),
                        &error)
                   .toInt() == 1;
    }
    static QByteArray digest(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                           : QByteArray();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void scriptsAreNumberedInSequence()
    {
        const QStringList scripts = migrationScripts();
        QVERIFY(scripts.size() >= 2);
        QCOMPARE(scripts.first(), QStringLiteral(":/migrations/0001_initial.sql"));
        for (int i = 0; i < scripts.size(); ++i)
            QVERIFY2(scripts.at(i).startsWith(
                         QStringLiteral(":/migrations/%1_").arg(i + 1, 4, 10, QLatin1Char('0'))),
                     qPrintable(scripts.at(i)));
        QCOMPARE(latestSchemaVersion(), int(scripts.size()));
        QCOMPARE(currentSchemaVersion(), latestSchemaVersion());
    }

    void outcomes()
    {
        SqliteConnection c;
        QVERIFY(c.open(m_dir.filePath(QStringLiteral("outcomes.db")), SqliteConnection::Mode::ReadWrite)
                    .isEmpty());
        MigrationResult r = migrate(c, 1);
        QCOMPARE(r.outcome, MigrationOutcome::Upgraded);
        QCOMPARE(r.fromVersion, 0);
        QCOMPARE(r.toVersion, 1);
        QCOMPARE(pragma(c, "user_version"), 1);
        QCOMPARE(pragma(c, "application_id"), ApplicationId);
        QVERIFY(tableExists(c, QStringLiteral("rack")));
        QVERIFY(!tableExists(c, QStringLiteral("meta")));

        r = migrate(c);
        QCOMPARE(r.outcome, MigrationOutcome::Upgraded);
        QCOMPARE(r.fromVersion, 1);
        QCOMPARE(r.toVersion, latestSchemaVersion());
        QVERIFY(tableExists(c, QStringLiteral("meta")));

        r = migrate(c);
        QCOMPARE(r.outcome, MigrationOutcome::Current);
        QCOMPARE(r.toVersion, latestSchemaVersion());

        QVERIFY(c.exec(QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 1)).isEmpty());
        r = migrate(c);
        QCOMPARE(r.outcome, MigrationOutcome::NewerRefused);
        QCOMPARE(r.error,
                 QStringLiteral("written by a newer Fjordplan (schema %1, this program reads up to %2)")
                     .arg(latestSchemaVersion() + 1)
                     .arg(latestSchemaVersion()));
        QCOMPARE(pragma(c, "user_version"), latestSchemaVersion() + 1);
    }

    void failedMigrationRollsBackItsOwnTransactionOnly()
    {
        SqliteConnection c;
        QVERIFY(c.open(m_dir.filePath(QStringLiteral("failing.db")), SqliteConnection::Mode::ReadWrite)
                    .isEmpty());
        QCOMPARE(migrate(c, 1).outcome, MigrationOutcome::Upgraded);
        // Something in the way of migration 2, which creates table meta.
        QVERIFY(c.exec(QStringLiteral("CREATE TABLE meta (x)")).isEmpty());
        const MigrationResult r = migrate(c);
        QCOMPARE(r.outcome, MigrationOutcome::Failed);
        QCOMPARE(r.fromVersion, 1);
        QCOMPARE(r.toVersion, 1);
        QVERIFY2(r.error.startsWith(QLatin1String("migration to schema 2 failed: table meta already exists")),
                 qPrintable(r.error));
        QCOMPARE(pragma(c, "user_version"), 1);                 // migration 1 stays applied
        QVERIFY(!tableExists(c, QStringLiteral("rack_by_id"))); // nothing of migration 2 remains
    }

    void oldFileOpensMigratedAndStaysUntouched()
    {
        // A version-1 file as an older Fjordplan wrote it: migration 1 only, then the data.
        const QString file = m_dir.filePath(QStringLiteral("version1.fjordplan"));
        Project original = test::fullProject();
        // Schema 1 stored hourly values in REAL columns, which turn −0.0 into 0 (fixed by schema 3).
        original.site.climate.dryBulbC[17] = 0.0;
        original.site.climate.dewPointC[18] = 0.0;
        for (Scenario &s : original.scenarios)
            for (LoadProfile &profile : s.loadProfiles)
                for (double &u : profile.hourly)
                    u = u == 0.0 ? 0.0 : u;
        forgetSchema4(original);
        {
            SqliteConnection c;
            QVERIFY(c.open(file, SqliteConnection::Mode::ReadWrite).isEmpty());
            QCOMPARE(migrate(c, 1).outcome, MigrationOutcome::Upgraded);
            QVERIFY(c.exec(QStringLiteral("BEGIN")).isEmpty());
            QCOMPARE(c.exec(schema4Script()), QString());
            QCOMPARE(writeProject(c.handle(), original), QString());
            QCOMPARE(dropSchema4(c), QString());
            QVERIFY(c.exec(QStringLiteral("COMMIT")).isEmpty());
        }
        const QByteArray before = digest(file);

        const OpenResult opened = openProject(file);
        QVERIFY2(opened, qPrintable(opened.error));
        QVERIFY(opened.migrated);
        QCOMPARE(opened.fileVersion, 1);
        QVERIFY(*opened.project == original);

        QCOMPARE(digest(file), before);
        SqliteConnection c;
        QVERIFY(c.open(file, SqliteConnection::Mode::ReadOnly).isEmpty());
        QCOMPARE(pragma(c, "user_version"), 1);
        QVERIFY(!tableExists(c, QStringLiteral("meta")));

        // Saving writes the current schema.
        const QString resaved = m_dir.filePath(QStringLiteral("resaved.fjordplan"));
        QCOMPARE(saveProject(*opened.project, resaved), QString());
        const OpenResult again = openProject(resaved);
        QCOMPARE(again.fileVersion, currentSchemaVersion());
        QVERIFY(!again.migrated);
        QVERIFY(*again.project == original);
    }

    void schema6FileKeepsTheFanLawOnEverySystem()
    {
        // A file as the previous Fjordplan (schema 6) wrote it, with v2 systems in memory: the
        // columns of schema 7 do not exist there, so every one comes back as METHOD v1 with their
        // stored design ambient and coolers sized for the loop's own return.
        const QString file = m_dir.filePath(QStringLiteral("version6.fjordplan"));
        const Project original = test::fullProject();
        QVERIFY(!original.scenarios.first().coolingSystems.isEmpty());
        {
            SqliteConnection c;
            QVERIFY(c.open(file, SqliteConnection::Mode::ReadWrite).isEmpty());
            QCOMPARE(migrate(c, 6).outcome, MigrationOutcome::Upgraded);
            QVERIFY(c.exec(QStringLiteral("BEGIN")).isEmpty());
            QCOMPARE(c.exec(QStringLiteral(
                         "ALTER TABLE cooling_system ADD COLUMN fan_model TEXT;"
                         "ALTER TABLE cooling_system ADD COLUMN design_return_c REAL;"
                         "ALTER TABLE cooling_system ADD COLUMN design_ambient_from_climate INTEGER;"
                         "ALTER TABLE rack_row ADD COLUMN feed_a_id INTEGER;" // schema 8, written too
                         "ALTER TABLE rack_row ADD COLUMN feed_b_id INTEGER;")),
                     QString());
            QFile schema9(QStringLiteral(":/migrations/0009_weather_years.sql")); // written too
            QVERIFY(schema9.open(QIODevice::ReadOnly));
            QCOMPARE(c.exec(QString::fromUtf8(schema9.readAll())), QString());
            QCOMPARE(writeProject(c.handle(), original), QString());
            QCOMPARE(
                c.exec(QStringLiteral("ALTER TABLE cooling_system DROP COLUMN fan_model;"
                                      "ALTER TABLE cooling_system DROP COLUMN design_return_c;"
                                      "ALTER TABLE cooling_system DROP COLUMN design_ambient_from_climate;"
                                      "ALTER TABLE rack_row DROP COLUMN feed_a_id;"
                                      "ALTER TABLE rack_row DROP COLUMN feed_b_id;"
                                      "DROP TABLE weather_year_hour; DROP TABLE weather_year;")),
                QString());
            QVERIFY(c.exec(QStringLiteral("COMMIT")).isEmpty());
            QCOMPARE(pragma(c, "user_version"), 6);
        }
        const OpenResult opened = openProject(file);
        QVERIFY2(opened, qPrintable(opened.error));
        QCOMPARE(opened.fileVersion, 6);
        int systems = 0;
        for (int i = 0; i < original.scenarios.size(); ++i) {
            const Scenario &before = original.scenarios[i];
            const Scenario &after = opened.project->scenarios[i];
            QCOMPARE(after.coolingSystems.size(), before.coolingSystems.size());
            for (int k = 0; k < after.coolingSystems.size(); ++k) {
                const CoolingSystem &c = after.coolingSystems[k];
                QCOMPARE(c.fanModel, DryCoolerFanModel::FanLaw);
                QVERIFY(!c.designAmbientFromClimate);
                QCOMPARE(c.designAmbientC, before.coolingSystems[k].designAmbientC);
                QCOMPARE(c.designReturnC, c.supplyC + c.rangeK);
                ++systems;
            }
        }
        QVERIFY(systems >= 1);
    }

    void fixtureOfEveryEarlierVersionMigrates_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v < latestSchemaVersion(); ++v)
            QTest::newRow(qPrintable(QStringLiteral("schema-v%1").arg(v))) << v;
    }

    // tests/storage/fixtures/schema-vN.fjordplan.z: the Narvik sample as schema N held it, packed
    // with qCompress (make-fixtures.py); unpacked here into the test's folder.
    void fixtureOfEveryEarlierVersionMigrates()
    {
        QFETCH(int, version);
        QFile packed(QStringLiteral(FJORD_TEST_FIXTURES "/schema-v%1.fjordplan.z").arg(version));
        QVERIFY2(packed.open(QIODevice::ReadOnly),
                 qPrintable(packed.fileName() + QStringLiteral(" is missing")));
        const QByteArray bytes = qUncompress(packed.readAll());
        QVERIFY2(bytes.size() > 1000000, qPrintable(packed.fileName() + QStringLiteral(" does not unpack")));
        const QString fixture = m_dir.filePath(QStringLiteral("schema-v%1.fjordplan").arg(version));
        {
            QFile out(fixture);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(out.write(bytes), bytes.size());
        }
        const QByteArray before = digest(fixture);
        const OpenResult r = openProject(fixture);
        QVERIFY2(r, qPrintable(r.error));
        QCOMPARE(r.fileVersion, version);
        QVERIFY(r.migrated);
        QCOMPARE(digest(fixture), before); // opened, never written

        const Project expected = narvikAtVersion(version);
        const Project &p = *r.project;
        QCOMPARE(p.name, expected.name);
        QCOMPARE(p.site.name, expected.site.name);
        QCOMPARE(p.rackTypes.size(), expected.rackTypes.size());
        QCOMPARE(p.scenarios.size(), expected.scenarios.size());
        for (int i = 0; i < p.scenarios.size(); ++i) {
            const Scenario &s = p.scenarios[i], &e = expected.scenarios[i];
            QCOMPARE(s.name, e.name);
            QCOMPARE(s.stages.size(), e.stages.size());
            QCOMPARE(s.halls.size(), e.halls.size());
            QCOMPARE(s.rows.size(), e.rows.size());
            QCOMPARE(s.racks.size(), e.racks.size());
            QCOMPARE(s.powerNodes.size(), e.powerNodes.size());
            QCOMPARE(s.tenants.size(), e.tenants.size());
            QCOMPARE(s.uncertainInputs.size(), e.uncertainInputs.size());
            QVERIFY(s.racks.size() > 100 || i > 0); // the fixture holds the real sample
        }
        // and everything else, field by field: the later fields have their documented defaults
        QVERIFY(p == expected);
    }

    void versionZeroFileOfOursIsEmpty()
    {
        // application_id set but no schema: not a crash, a clear message.
        const QString file = m_dir.filePath(QStringLiteral("version0.fjordplan"));
        {
            SqliteConnection c;
            QVERIFY(c.open(file, SqliteConnection::Mode::ReadWrite).isEmpty());
            QVERIFY(
                c.exec(QStringLiteral("PRAGMA application_id = %1; CREATE TABLE x (y);").arg(ApplicationId))
                    .isEmpty());
        }
        const OpenResult opened = openProject(file);
        QVERIFY(!opened);
        QCOMPARE(opened.error, file + QStringLiteral(": table project: the row is missing"));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
