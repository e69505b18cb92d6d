// The headless CLI (DESIGN.md §5), run as a separate process: exit codes, stderr, JSON.
#include "cliprocess.h"
#include "model/sample/narviksample.h"
#include "model/storage/projectfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace fjord;

namespace {
// Splits one CSV line (RFC 4180 quoting) into fields.
QList<QByteArray> csvFields(const QByteArray &line)
{
    QList<QByteArray> fields{QByteArray()};
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted && c == '"' && i + 1 < line.size() && line[i + 1] == '"')
            fields.last() += line[++i];
        else if (c == '"')
            quoted = !quoted;
        else if (c == ',' && !quoted)
            fields.append(QByteArray());
        else
            fields.last() += c;
    }
    return fields;
}
} // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void noArgumentsIsBadInput();
    void unknownVerbAndOption();
    void newRefusesToOverwrite();
    void evaluateHasTheDesignFields();
    void evaluateHasAllocationAndFinance();
    void evaluateOneStage();
    void evaluateUnknownStage();
    void unreadableFilesExitTwo_data();
    void unreadableFilesExitTwo();
    void checkPassesOnSampleAndFailsWhenBroken();
    void importEpwAndClimateOption();
    void malformedEpwNamesTheLine();
    void compareTwoScenarios();
    void exportEed();
    void reportWritesAPdf();

private:
    QString samplePath() const { return m_dir.filePath(QStringLiteral("narvik.fjordplan")); }
    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const CliRun r =
        runCli({QStringLiteral("new"), samplePath(), QStringLiteral("--sample"), QStringLiteral("narvik")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QFile::exists(samplePath()));
}

void TestCli::noArgumentsIsBadInput()
{
    const CliRun r = runCli({});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("usage: fjordplan-cli"));
}

void TestCli::unknownVerbAndOption()
{
    CliRun r = runCli({QStringLiteral("frobnicate")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("unknown verb \"frobnicate\""));
    r = runCli({QStringLiteral("evaluate"), samplePath(), QStringLiteral("--senario"), QStringLiteral("x")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("unknown option --senario"));
}

void TestCli::newRefusesToOverwrite()
{
    const CliRun r = runCli({QStringLiteral("new"), samplePath()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("already exists"));
}

void TestCli::evaluateHasTheDesignFields()
{
    const CliRun r = runCli({QStringLiteral("evaluate"), samplePath()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject root = r.json().object();
    QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("fjordplan-results"));
    QCOMPARE(root.value(QLatin1String("version")).toInt(), 1);
    QCOMPARE(root.value(QLatin1String("project")).toString(), QStringLiteral("Narvik AI campus"));
    QCOMPARE(root.value(QLatin1String("climate")).toObject().value(QLatin1String("hours")).toInt(), 8760);

    // Independent count from the sample itself: racks, GPUs and design power of stage 1.
    const Project sample = makeNarvikSample();
    const Scenario &s = sample.scenarios.first();
    int racks = 0, gpus = 0;
    double itKw = 0;
    for (const auto &rack : s.racks)
        if (s.builtBy(rack.stageId, 0)) {
            ++racks;
            gpus += sample.rackType(rack.rackTypeId)->gpus;
            itKw += sample.rackType(rack.rackTypeId)->designPowerW / 1e3;
        }

    const QJsonArray stages = root.value(QLatin1String("stages")).toArray();
    QCOMPARE(stages.size(), 2);
    const QJsonObject s1 = stages[0].toObject();
    QCOMPARE(s1.value(QLatin1String("name")).toString(), QStringLiteral("Stage 1"));
    QCOMPARE(s1.value(QLatin1String("energisation")).toString(), QStringLiteral("2026-12"));
    QCOMPARE(s1.value(QLatin1String("racks")).toInt(), racks);
    QCOMPARE(s1.value(QLatin1String("gpus")).toInt(), 100008);
    QCOMPARE(s1.value(QLatin1String("gpus")).toInt(), gpus);
    QCOMPARE(s1.value(QLatin1String("it_capacity_kw")).toDouble(), itKw);
    QCOMPARE(s1.value(QLatin1String("grid_capacity_kw")).toDouble(), 230000.0);
    QCOMPARE(stages[1].toObject().value(QLatin1String("grid_capacity_kw")).toDouble(), 520000.0);
    const double peak = s1.value(QLatin1String("facility_peak_kw")).toDouble();
    QVERIFY2(peak > itKw * 0.85 && peak < 230000, qPrintable(QString::number(peak)));

    // Each cooling system states its dry-cooler fan model (the sample's: sized, METHOD v2) and the
    // design ambient used (its own 32 °C), and its fan energy adds up to the stage's.
    const QJsonArray cooling = s1.value(QLatin1String("cooling_systems")).toArray();
    QVERIFY(!cooling.isEmpty() && cooling.size() <= s.coolingSystems.size()); // systems serving racks
    double fanMWh = 0;
    for (const QJsonValue &v : cooling) {
        const QJsonObject c = v.toObject();
        QCOMPARE(c.value(QLatin1String("fan_model")).toString(), QStringLiteral("sized"));
        QCOMPARE(c.value(QLatin1String("fan_model_label")).toString(),
                 QStringLiteral("Sized dry coolers (METHOD v2)"));
        QCOMPARE(c.value(QLatin1String("design_ambient_c")).toDouble(), 32.0);
        QCOMPARE(c.value(QLatin1String("design_ambient_source")).toString(), QStringLiteral("system"));
        QVERIFY(c.value(QLatin1String("dry_cooler_design_heat_kw")).toDouble() > 0);
        fanMWh += c.value(QLatin1String("dry_cooler_fan_energy_mwh")).toDouble();
    }
    QVERIFY(fanMWh > 0);
    QVERIFY(qAbs(fanMWh - s1.value(QLatin1String("annual"))
                              .toObject()
                              .value(QLatin1String("dry_cooler_fan_energy_mwh"))
                              .toDouble()) < 0.1 * cooling.size());

    const QJsonObject annual = s1.value(QLatin1String("annual")).toObject();
    for (const char *key : {"it_energy_mwh", "facility_energy_mwh", "pue", "wue_l_per_kwh", "erf", "ref",
                            "cfe_hourly", "cue_kg_per_kwh", "free_cooling_hours", "energy_cost", "currency"})
        QVERIFY2(annual.contains(QLatin1String(key)), key);
    const double pue = annual.value(QLatin1String("pue")).toDouble();
    QVERIFY2(pue > 1.05 && pue < 1.15, qPrintable(QString::number(pue)));
    QCOMPARE(annual.value(QLatin1String("currency")).toString(), QStringLiteral("EUR"));

    const QJsonObject capex = s1.value(QLatin1String("capex")).toObject();
    const QJsonObject byCategory = capex.value(QLatin1String("by_category")).toObject();
    double sum = 0;
    for (const char *key : {"it", "electrical", "mechanical", "building", "grid", "soft", "contingency"}) {
        QVERIFY2(byCategory.contains(QLatin1String(key)), key);
        sum += byCategory.value(QLatin1String(key)).toDouble();
    }
    QVERIFY(capex.value(QLatin1String("total")).toDouble() > 0);
    QVERIFY(qAbs(sum - capex.value(QLatin1String("total")).toDouble()) <= 7); // rounding of 7 parts

    const QJsonArray nodes =
        s1.value(QLatin1String("power")).toObject().value(QLatin1String("nodes")).toArray();
    QVERIFY(!nodes.isEmpty());
    const QJsonObject node = nodes.first().toObject();
    for (const char *key : {"name", "kind", "rating_kw", "load_kw", "utilisation", "failover_utilisation",
                            "phase_current_a", "imbalance_pct", "neutral_current_a"})
        QVERIFY2(node.contains(QLatin1String(key)), key);
    QCOMPARE(node.value(QLatin1String("phase_current_a")).toArray().size(), 3);

    // The sample is a sound design: no errors.
    for (const auto &p : root.value(QLatin1String("problems")).toArray())
        QVERIFY2(p.toObject().value(QLatin1String("severity")).toString() != QLatin1String("error"),
                 qPrintable(p.toObject().value(QLatin1String("message")).toString()));
}

void TestCli::evaluateHasAllocationAndFinance()
{
    const CliRun r = runCli({QStringLiteral("evaluate"), samplePath()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject root = r.json().object();
    // Allocation: per class + unallocated adds up to the installed capacity, racks and GPUs.
    for (const QJsonValue &v : root.value(QLatin1String("stages")).toArray()) {
        const QJsonObject stage = v.toObject();
        const QJsonObject a = stage.value(QLatin1String("allocation")).toObject();
        const QJsonObject byClass = a.value(QLatin1String("by_class")).toObject();
        QCOMPARE(byClass.size(), 5);
        double mw = a.value(QLatin1String("unallocated"))
                        .toObject()
                        .value(QLatin1String("it_capacity_mw"))
                        .toDouble();
        int gpus = a.value(QLatin1String("unallocated")).toObject().value(QLatin1String("gpus")).toInt();
        for (const QJsonValue &c : byClass) {
            mw += c.toObject().value(QLatin1String("it_capacity_mw")).toDouble();
            gpus += c.toObject().value(QLatin1String("gpus")).toInt();
        }
        QVERIFY(qAbs(mw * 1000 - stage.value(QLatin1String("it_capacity_kw")).toDouble()) <
                3); // 6 × rounding
        QCOMPARE(gpus, stage.value(QLatin1String("gpus")).toInt());
        // The sample keeps its promise to start-ups and research (≥ 10 % in every stage).
        QVERIFY(a.value(QLatin1String("priority_share")).toDouble() >= 0.10);
        QCOMPARE(a.value(QLatin1String("tenants")).toArray().size(), 5);
    }
    // Finance: a year row per horizon year, the investor figures, revenue per tenant.
    const QJsonObject f = root.value(QLatin1String("finance")).toObject();
    const QJsonArray years = f.value(QLatin1String("years")).toArray();
    QCOMPARE(years.size(), 15);
    QCOMPARE(years[0].toObject().value(QLatin1String("year")).toInt(), 2026);
    double cumulative = 0;
    for (const QJsonValue &y : years) {
        const QJsonObject o = y.toObject();
        for (const char *key : {"revenue", "opex", "capex", "tax", "fcf", "depreciation", "residual"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        cumulative += o.value(QLatin1String("fcf")).toDouble();
    }
    QVERIFY(qAbs(cumulative - years.last().toObject().value(QLatin1String("cumulative_fcf")).toDouble()) <
            20);
    for (const char *key :
         {"npv", "irr", "payback_year", "discounted_payback_year", "levelised_cost_per_gpu_hour"})
        QVERIFY2(f.contains(QLatin1String(key)), key);
    // The sample's business case is plausible: an IRR between 5 and 20 %, payback inside the horizon.
    const double irr = f.value(QLatin1String("irr")).toDouble();
    QVERIFY2(irr > 0.05 && irr < 0.20, qPrintable(QString::number(irr)));
    const int payback = f.value(QLatin1String("payback_year")).toInt();
    QVERIFY(payback > 2027 && payback <= 2040);
    QCOMPARE(f.value(QLatin1String("tenants")).toArray().size(), 5);
    QCOMPARE(f.value(QLatin1String("stages")).toArray().size(), 2);
}

void TestCli::evaluateOneStage()
{
    const CliRun r =
        runCli({QStringLiteral("evaluate"), samplePath(), QStringLiteral("--stage"), QStringLiteral("2")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray stages = r.json().object().value(QLatin1String("stages")).toArray();
    QCOMPARE(stages.size(), 1);
    QCOMPARE(stages[0].toObject().value(QLatin1String("name")).toString(), QStringLiteral("Stage 2"));
    QCOMPARE(stages[0].toObject().value(QLatin1String("grid_capacity_kw")).toDouble(), 520000.0);
}

void TestCli::evaluateUnknownStage()
{
    const CliRun r =
        runCli({QStringLiteral("evaluate"), samplePath(), QStringLiteral("--stage"), QStringLiteral("9")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("no stage \"9\""));
    QVERIFY(r.out.isEmpty());
}

void TestCli::unreadableFilesExitTwo_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: the file does not exist
    QTest::newRow("missing") << QByteArray();
    QTest::newRow("text file") << QByteArray("this is not a project\n");
    QTest::newRow("zero bytes") << QByteArray("", 0);
}

void TestCli::unreadableFilesExitTwo()
{
    QFETCH(QByteArray, content);
    const QString tag =
        QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString path = m_dir.filePath(QStringLiteral("bad-%1.fjordplan").arg(tag));
    if (QByteArray(QTest::currentDataTag()) != "missing") {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    for (const QString &verb : {QStringLiteral("evaluate"), QStringLiteral("check")}) {
        const CliRun r = runCli({verb, path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(path.toUtf8()), r.err.constData()); // names the file
        QCOMPARE(r.err.count('\n'), 1);                             // one line
    }
}

void TestCli::checkPassesOnSampleAndFailsWhenBroken()
{
    CliRun r = runCli({QStringLiteral("check"), samplePath()});
    QVERIFY2(r.exitCode == 0, r.out.constData());
    QVERIFY(r.out.contains("0 errors, 0 warnings"));

    // Break it: a rack moved out of its hall and a busway rated negative.
    const QString broken = m_dir.filePath(QStringLiteral("broken.fjordplan"));
    storage::OpenResult opened = storage::openProject(samplePath());
    QVERIFY(opened);
    Project p = *opened.project;
    Scenario &s = p.scenarios.first();
    s.racks.first().xM = -20;
    for (auto &n : s.powerNodes)
        if (n.kind == PowerNodeKind::Busway) {
            n.ratingA = -5000;
            break;
        }
    QCOMPARE(storage::saveProject(p, broken), QString());
    r = runCli({QStringLiteral("check"), broken});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.contains("space.outside_hall"));
    QVERIFY(r.out.contains("value.not_positive"));
    r = runCli({QStringLiteral("check"), broken, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.json().isArray());
}

void TestCli::importEpwAndClimateOption()
{
    const QString epw =
        QStringLiteral(FJORD_SHARED_DATA "/weather/USA_IL_Chicago-OHare.Intl.AP.725300_TMY3.epw");
    if (!QFile::exists(epw))
        QSKIP("../shared/data/weather (Chicago TMY3 EPW) is absent");
    // --climate evaluates the same project elsewhere without changing it.
    const CliRun narvik =
        runCli({QStringLiteral("evaluate"), samplePath(), QStringLiteral("--stage"), QStringLiteral("1")});
    const CliRun chicago = runCli({QStringLiteral("evaluate"), samplePath(), QStringLiteral("--stage"),
                                   QStringLiteral("1"), QStringLiteral("--climate"), epw});
    QVERIFY2(chicago.exitCode == 0, chicago.err.constData());
    const auto annualOf = [](const CliRun &r) {
        return r.json()
            .object()
            .value(QLatin1String("stages"))
            .toArray()[0]
            .toObject()
            .value(QLatin1String("annual"))
            .toObject();
    };
    QVERIFY(annualOf(chicago).value(QLatin1String("pue")).toDouble() >
            annualOf(narvik).value(QLatin1String("pue")).toDouble());
    QVERIFY(annualOf(chicago).value(QLatin1String("chiller_hours")).toDouble() > 0);
    QCOMPARE(chicago.json()
                 .object()
                 .value(QLatin1String("climate"))
                 .toObject()
                 .value(QLatin1String("max_dry_bulb_c"))
                 .toDouble(),
             35.0);

    // compare --climate compares both scenarios in that climate (it was once silently ignored).
    const auto comparedPue = [](const CliRun &r) {
        return r.json()
            .object()
            .value(QLatin1String("comparisons"))
            .toArray()[0]
            .toObject()
            .value(QLatin1String("stages"))
            .toArray()[0]
            .toObject()
            .value(QLatin1String("a"))
            .toObject()
            .value(QLatin1String("pue"))
            .toDouble();
    };
    const CliRun compareHere = runCli({QStringLiteral("compare"), samplePath()});
    const CliRun compareChicago =
        runCli({QStringLiteral("compare"), samplePath(), QStringLiteral("--climate"), epw});
    QVERIFY2(compareChicago.exitCode == 0, compareChicago.err.constData());
    QCOMPARE(comparedPue(compareHere), annualOf(narvik).value(QLatin1String("pue")).toDouble());
    QCOMPARE(comparedPue(compareChicago), annualOf(chicago).value(QLatin1String("pue")).toDouble());
    const CliRun compareMissing =
        runCli({QStringLiteral("compare"), samplePath(), QStringLiteral("--climate"),
                m_dir.filePath(QStringLiteral("absent.epw"))});
    QCOMPARE(compareMissing.exitCode, 2);
    QVERIFY2(compareMissing.err.contains("absent.epw"), compareMissing.err.constData());

    // import-epw stores it in the file.
    const QString copy = m_dir.filePath(QStringLiteral("chicago.fjordplan"));
    QVERIFY(QFile::copy(samplePath(), copy));
    const CliRun imported = runCli({QStringLiteral("import-epw"), copy, epw});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const CliRun after = runCli({QStringLiteral("evaluate"), copy});
    QCOMPARE(after.json()
                 .object()
                 .value(QLatin1String("climate"))
                 .toObject()
                 .value(QLatin1String("mean_dry_bulb_c"))
                 .toDouble(),
             9.99);

    // --weather-year keeps the site climate and adds the file as year 1 for the risk study: a risk run
    // that draws between the two years gives two PUE values.
    const QString years = m_dir.filePath(QStringLiteral("years.fjordplan"));
    QVERIFY(QFile::copy(samplePath(), years));
    const CliRun added = runCli({QStringLiteral("import-epw"), years, epw, QStringLiteral("--weather-year")});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QVERIFY2(added.out.contains("as weather year 1"), added.out.constData());
    const CliRun narvikAgain = runCli({QStringLiteral("evaluate"), years});
    QCOMPARE(annualOf(narvikAgain).value(QLatin1String("pue")).toDouble(),
             annualOf(narvik).value(QLatin1String("pue")).toDouble());
    const CliRun listed = runCli({QStringLiteral("sweep"), years, QStringLiteral("--list")});
    QVERIFY2(listed.out.contains("climate.weather_year"), listed.out.constData());
    const QString csv = m_dir.filePath(QStringLiteral("years.csv"));
    const CliRun swept = runCli({QStringLiteral("sweep"), years, QStringLiteral("--param"),
                                 QStringLiteral("climate.weather_year=0:1:1"), QStringLiteral("--out"), csv});
    QVERIFY2(swept.exitCode == 0, swept.err.constData());
    QFile sweepFile(csv);
    QVERIFY(sweepFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = sweepFile.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 4); // comment, header, year 0, year 1
    const int pueColumn = int(lines[1].split(',').indexOf("pue"));
    QVERIFY(pueColumn > 0);
    // Chicago's summers need the chillers: a higher PUE than the Narvik year, as evaluated above.
    // (evaluate's JSON rounds the PUE to 4 decimals, the CSV keeps 12 digits)
    QVERIFY(qAbs(lines[2].split(',')[pueColumn].toDouble() -
                 annualOf(narvik).value(QLatin1String("pue")).toDouble()) < 5e-5);
    QVERIFY2(lines[3].split(',')[pueColumn].toDouble() > lines[2].split(',')[pueColumn].toDouble(),
             lines[3].constData());
}

void TestCli::malformedEpwNamesTheLine()
{
    const QString epw = m_dir.filePath(QStringLiteral("short.epw"));
    QFile f(epw);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("LOCATION,Nowhere,,XX,test,0,60.0,10.0,1.0,10.0\n");
    for (const char *h : {"DESIGN CONDITIONS,0", "TYPICAL/EXTREME PERIODS,0", "GROUND TEMPERATURES,0",
                          "HOLIDAYS/DAYLIGHT SAVINGS,No,0,0,0", "COMMENTS 1,test", "COMMENTS 2,test",
                          "DATA PERIODS,1,1,Data,Sunday, 1/ 1,12/31"})
        f.write(QByteArray(h) + '\n');
    f.write("2001,1,1,1,0,?,not-a-number,1,80,100000\n");
    f.close();
    const QString copy = m_dir.filePath(QStringLiteral("epwtarget.fjordplan"));
    QVERIFY(QFile::copy(samplePath(), copy));
    const QByteArray before = [&] {
        QFile c(copy);
        c.open(QIODevice::ReadOnly);
        return c.readAll();
    }();
    const CliRun r = runCli({QStringLiteral("import-epw"), copy, epw});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QByteArray(epw.toUtf8() + ":9")), r.err.constData()); // file and line
    QFile c(copy);
    QVERIFY(c.open(QIODevice::ReadOnly));
    QCOMPARE(c.readAll(), before); // nothing lost
}

void TestCli::compareTwoScenarios()
{
    storage::OpenResult opened = storage::openProject(samplePath());
    QVERIFY(opened);
    Project p = *opened.project;
    Scenario warm = p.scenarios.first();
    warm.id = p.allocateId();
    warm.name = QStringLiteral("Colder water");
    for (auto &c : warm.coolingSystems)
        c.supplyC = 18; // W17-class water needs the chillers far more often
    p.scenarios.append(warm);
    const QString path = m_dir.filePath(QStringLiteral("two.fjordplan"));
    QCOMPARE(storage::saveProject(p, path), QString());

    const CliRun r = runCli({QStringLiteral("compare"), path, QStringLiteral("--scenarios"),
                             QStringLiteral("Baseline,Colder water")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject root = r.json().object();
    QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("fjordplan-compare"));
    const QJsonObject s1 = root.value(QLatin1String("stages")).toArray()[0].toObject();
    const QJsonObject delta = s1.value(QLatin1String("delta_b_minus_a")).toObject();
    QVERIFY(delta.value(QLatin1String("pue")).toDouble() > 0);
    QCOMPARE(delta.value(QLatin1String("racks")).toDouble(), 0.0);
    QVERIFY(s1.value(QLatin1String("b")).toObject().contains(QLatin1String("design_demand_kw")));
    // same racks, cooling changed: the layout diff finds every rack unchanged (matched by id)
    const QJsonObject diff = root.value(QLatin1String("layout_diff")).toObject();
    const QJsonObject counts = diff.value(QLatin1String("counts")).toObject();
    QCOMPARE(counts.value(QLatin1String("unchanged")).toInt(), int(warm.racks.size()));
    QCOMPARE(counts.value(QLatin1String("added")).toInt(), 0);

    // Without --scenarios: every scenario against the first; the sample's Dense Rubin retypes and
    // drops racks of stage 2 (matched by name: its ids are its own).
    const CliRun all = runCli({QStringLiteral("compare"), path});
    QVERIFY2(all.exitCode == 0, all.err.constData());
    const QJsonArray comparisons = all.json().object().value(QLatin1String("comparisons")).toArray();
    QCOMPARE(comparisons.size(), p.scenarios.size() - 1);
    const QJsonObject dense = comparisons[0].toObject();
    QCOMPARE(dense.value(QLatin1String("scenarios")).toArray()[1].toString(), QStringLiteral("Dense Rubin"));
    const QJsonObject denseDiff = dense.value(QLatin1String("layout_diff")).toObject();
    const QJsonObject denseCounts = denseDiff.value(QLatin1String("counts")).toObject();
    QVERIFY(denseCounts.value(QLatin1String("retyped")).toInt() > 0);
    QVERIFY(denseCounts.value(QLatin1String("removed")).toInt() > 0);
    QVERIFY(denseCounts.value(QLatin1String("unchanged")).toInt() > 0); // stage 1
    const QJsonArray retyped =
        denseDiff.value(QLatin1String("racks")).toObject().value(QLatin1String("retyped")).toArray();
    QVERIFY(!retyped.isEmpty());
    QVERIFY(retyped.size() <= denseDiff.value(QLatin1String("names_capped_at")).toInt());
    QCOMPARE(
        runCli({QStringLiteral("compare"), path, QStringLiteral("--scenarios"), QStringLiteral("Baseline")})
            .exitCode,
        2);
    const CliRun unknown = runCli(
        {QStringLiteral("compare"), path, QStringLiteral("--scenarios"), QStringLiteral("Baseline,Nope")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains("no scenario named \"Nope\""));
}

void TestCli::reportWritesAPdf()
{
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    CliRun r = runCli({QStringLiteral("report"), samplePath(), QStringLiteral("--out"), pdf});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("wrote") && r.out.contains("Risks and assumptions"), r.out.constData());
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");
    // the arguments and the project are checked before anything is drawn
    r = runCli({QStringLiteral("report"), samplePath()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("usage: report FILE --out"));
    r = runCli({QStringLiteral("report"), samplePath(), QStringLiteral("--out"), pdf,
                QStringLiteral("--scenario"), QStringLiteral("Nope")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("no scenario named \"Nope\""));
    // without the desktop binary the CLI says what is missing
    qputenv("FJORDPLAN_GUI", QByteArray("/nonexistent/fjordplan"));
    r = runCli({QStringLiteral("report"), samplePath(), QStringLiteral("--out"), pdf});
    qunsetenv("FJORDPLAN_GUI");
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("not installed beside"), r.err.constData());
}

void TestCli::exportEed()
{
    const QString csv = m_dir.filePath(QStringLiteral("eed.csv"));
    CliRun r = runCli({QStringLiteral("export-eed"), samplePath(), QStringLiteral("--year"),
                       QStringLiteral("2029"), QStringLiteral("--out"), csv});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 3); // header + both stages (energised 2026 and 2028)
    const QList<QByteArray> header = csvFields(lines[0]);
    QVERIFY(header.contains("pue") && header.contains("erf") && header.contains("ref") &&
            header.contains("wue_l_per_kwh"));
    QVERIFY(header.contains("e_dc_kwh") && header.contains("installed_it_power_kw"));
    const QList<QByteArray> stage1 = csvFields(lines[1]);
    QCOMPARE(stage1.size(), header.size());
    QCOMPARE(stage1[header.indexOf("location")], QByteArray("Kvandal, Narvik"));
    const double pue = stage1[header.indexOf("pue")].toDouble();
    const double eDc = stage1[header.indexOf("e_dc_kwh")].toDouble();
    const double eIt = stage1[header.indexOf("e_it_kwh")].toDouble();
    QVERIFY(qAbs(eDc / eIt - pue) < 0.001); // the KPI is the ratio of the reported energies
    QCOMPARE(stage1[header.indexOf("electrical_redundancy")], QByteArray("4N/3"));
    // The design demand (every rack at peak, cooling at the design ambient) is above the IT power.
    QVERIFY(stage1[header.indexOf("design_facility_demand_kw")].toDouble() >
            stage1[header.indexOf("installed_it_power_kw")].toDouble());

    r = runCli({QStringLiteral("export-eed"), samplePath(), QStringLiteral("--year"), QStringLiteral("2027"),
                QStringLiteral("--out"), csv});
    QVERIFY(f.seek(0));
    QCOMPARE(QFile(csv).size() > 0, true);
    QFile f2(csv);
    QVERIFY(f2.open(QIODevice::ReadOnly));
    QCOMPARE(f2.readAll().trimmed().split('\n').size(), 2); // only stage 1 operates in 2027
    r = runCli({QStringLiteral("export-eed"), samplePath(), QStringLiteral("--year"), QStringLiteral("2020"),
                QStringLiteral("--out"), csv});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("no stage"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
