// The built-in Narvik sample and climate: figures of DOMAIN.md §1, §6.1 and §9.
#include "model/engine.h"
#include "model/sample/narvikclimate.h"
#include "model/sample/narviksample.h"
#include "model/sample/rackcatalogue.h"
#include "model/validation.h"

#include <QSet>

#include <QTest>

#include <algorithm>
#include <numeric>

using namespace fjord;

class TestSample : public QObject {
    Q_OBJECT
private slots:
    void catalogueHasTheDomainFigures_data();
    void catalogueHasTheDomainFigures();
    void climateFollowsNarvikNormals();
    void climateIsDeterministic();
    void sampleStageOneIsHundredThousandGpus();
    void sampleUsesSizedDryCoolers();
    void sampleIsValid();
    void denseRubinIsADenserStageTwo();
    void scenarioObjectIdsAreUnique();
};

void TestSample::catalogueHasTheDomainFigures_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("kw");
    QTest::addColumn<int>("gpus");
    QTest::addColumn<double>("massKg");
    QTest::addColumn<bool>("liquid");
    QTest::newRow("GB300") << QStringLiteral("GB300 NVL72") << 135.0 << 72 << 1360.0 << true;
    QTest::newRow("GB200") << QStringLiteral("GB200 NVL72") << 120.0 << 72 << 1360.0 << true;
    QTest::newRow("DGX B200") << QStringLiteral("DGX B200 rack (4 systems)") << 57.2 << 32 << 720.0 << false;
    QTest::newRow("DGX H100") << QStringLiteral("DGX H100 rack (4 systems)") << 40.8 << 32 << 670.0 << false;
    QTest::newRow("network") << QStringLiteral("Network rack") << 8.0 << 0 << 600.0 << false;
    QTest::newRow("storage") << QStringLiteral("Storage rack") << 14.0 << 0 << 1100.0 << false;
}

void TestSample::catalogueHasTheDomainFigures()
{
    QFETCH(QString, name);
    QFETCH(double, kw);
    QFETCH(int, gpus);
    QFETCH(double, massKg);
    QFETCH(bool, liquid);
    const auto types = builtInRackCatalogue();
    const auto it =
        std::find_if(types.begin(), types.end(), [&](const RackType &t) { return t.name == name; });
    QVERIFY2(it != types.end(), qPrintable(name));
    QCOMPARE(it->designPowerW, kw * 1e3);
    QCOMPARE(it->gpus, gpus);
    QCOMPARE(it->massKg, massKg);
    QCOMPARE(it->cooling == CoolingMethod::Liquid, liquid);
    QVERIFY(!it->source.isEmpty());
}

void TestSample::climateFollowsNarvikNormals()
{
    const Climate c = narvikClimate();
    QVERIFY(c.isComplete());
    const ClimateSummary s = summarise(c);
    // Monthly means within 1.5 K of the normals (weather noise), annual mean within 1 K of 5.1 °C.
    const QList<double> normals{-4.2, -1.4, 0.0, 3.1, 8.1, 11.4, 14.4, 13.9, 10.6, 4.7, 1.4, -0.3};
    for (int m = 0; m < 12; ++m)
        QVERIFY2(qAbs(s.monthlyMeanDryBulbC[m] - normals[m]) < 1.5,
                 qPrintable(QStringLiteral("month %1: %2 °C").arg(m + 1).arg(s.monthlyMeanDryBulbC[m])));
    QVERIFY(qAbs(s.meanDryBulbC - 5.1) < 1.0);
    // Warm spells reach about 30 °C but not the record 32.5 °C; winter lows near −15…−22 °C.
    QVERIFY2(s.maxDryBulbC > 27 && s.maxDryBulbC < 32.5, qPrintable(QString::number(s.maxDryBulbC)));
    QVERIFY2(s.minDryBulbC < -10 && s.minDryBulbC > -25, qPrintable(QString::number(s.minDryBulbC)));
    // Physical consistency: dew point never above dry bulb, irradiance zero in the polar night.
    for (int h = 0; h < HoursPerYear; ++h)
        QVERIFY(c.dewPointC[h] <= c.dryBulbC[h] + 1e-9);
    const int decemberNoon = firstHourOfMonth(11) + 20 * 24 + 12; // 21 Dec, 12:00
    QCOMPARE(c.ghiWhPerM2[decemberNoon], 0.0);
    const int juneMidnight = firstHourOfMonth(5) + 20 * 24; // 21 Jun, 00:00: midnight sun
    QVERIFY(c.ghiWhPerM2[juneMidnight] > 0);
}

void TestSample::climateIsDeterministic()
{
    QCOMPARE(narvikClimate(), narvikClimate());
}

void TestSample::sampleStageOneIsHundredThousandGpus()
{
    const Project p = makeNarvikSample();
    QCOMPARE(p.scenarios.size(), 2);
    QCOMPARE(p.scenarios.first().name, QStringLiteral("Baseline"));
    const Scenario &s = p.scenarios.first();
    QCOMPARE(s.stages.size(), 2);
    QCOMPARE(s.stages[0].gridCapacityAddedW, 230e6);
    QCOMPARE(s.stages[0].gridCapacityAddedW + s.stages[1].gridCapacityAddedW, 520e6);
    int gb300 = 0, gpus = 0;
    for (const auto &rack : s.racks) {
        if (!s.builtBy(rack.stageId, 0))
            continue;
        const RackType *t = p.rackType(rack.rackTypeId);
        QVERIFY(t);
        gpus += t->gpus;
        gb300 += t->name == QLatin1String("GB300 NVL72");
    }
    QCOMPARE(gb300, 1389);
    QCOMPARE(gpus, 100008);
}

// METHOD v2 §3 is the default for new projects: the sample's dry coolers are sized (issue 13), for the
// Narvik record ambient of 32 °C and the loops' 42 °C return.
void TestSample::sampleUsesSizedDryCoolers()
{
    const Project p = makeNarvikSample();
    int systems = 0;
    for (const Scenario &s : p.scenarios)
        for (const CoolingSystem &c : s.coolingSystems) {
            QCOMPARE(c.fanModel, DryCoolerFanModel::Sized);
            QCOMPARE(c.designReturnC, c.returnC());
            QCOMPARE(c.effectiveDesignAmbientC(p.site.climate), 32.0);
            ++systems;
        }
    QVERIFY(systems > 0);
    // A system added to a new project starts sized too, with the climate's design ambient.
    QCOMPARE(CoolingSystem{}.fanModel, DryCoolerFanModel::Sized);
    QVERIFY(CoolingSystem{}.designAmbientFromClimate);
}

void TestSample::sampleIsValid()
{
    const Project p = makeNarvikSample();
    for (const Scenario &s : p.scenarios) {
        QList<Problem> problems = validateProject(p) + validate(p, s);
        QStringList errors;
        for (const auto &pr : problems)
            if (pr.severity == Severity::Error)
                errors << pr.message;
        QVERIFY2(errors.isEmpty(), qPrintable(s.name + u'\n' + errors.mid(0, 5).join(QLatin1Char('\n'))));
    }
}

// The variant keeps stage 1 and builds stage 2 from fewer halls of denser racks, still inside the grid
// at design demand and without errors from the engine (power chain, cooling, tenants).
void TestSample::denseRubinIsADenserStageTwo()
{
    const Project p = makeNarvikSample();
    const Scenario &base = p.scenarios[0], &dense = p.scenarios[1];
    QCOMPARE(dense.name, QStringLiteral("Dense Rubin"));
    auto stageHalls = [](const Scenario &s, int stage) {
        return std::count_if(s.halls.cbegin(), s.halls.cend(),
                             [&](const Hall &h) { return s.stageIndex(h.stageId) == stage; });
    };
    QCOMPARE(stageHalls(dense, 0), stageHalls(base, 0));
    QVERIFY(stageHalls(dense, 1) < stageHalls(base, 1));
    const Results rb = evaluate(p, base, p.site.climate);
    const Results rd = evaluate(p, dense, p.site.climate);
    QCOMPARE(rd.stages[0].itCapacityW, rb.stages[0].itCapacityW);
    // Stage 1 is the same campus in both: the same opex and, on its own, the same investor figures
    // (project-wide opex items count in both scenarios).
    QCOMPARE(rd.stages[0].opexPerYear, rb.stages[0].opexPerYear);
    QCOMPARE(rd.finance.stageInvestors[0].figures.npv, rb.finance.stageInvestors[0].figures.npv);
    // more IT per hall in stage 2
    const double perHallBase = (rb.stages[1].itCapacityW - rb.stages[0].itCapacityW) / stageHalls(base, 1);
    const double perHallDense = (rd.stages[1].itCapacityW - rd.stages[0].itCapacityW) / stageHalls(dense, 1);
    QVERIFY(perHallDense > perHallBase * 1.1);
    for (const Results *r : {&rb, &rd}) {
        QVERIFY2(r->stages[1].designDemandW <= r->stages[1].gridCapacityW,
                 qPrintable(QString::number(r->stages[1].designDemandW / 1e6)));
        QStringList errors;
        for (const Problem &pr : r->problems)
            if (pr.severity == Severity::Error)
                errors << pr.message;
        QVERIFY2(errors.isEmpty(), qPrintable(errors.mid(0, 5).join(QLatin1Char('\n'))));
    }
}

void TestSample::scenarioObjectIdsAreUnique()
{
    const Project p = makeNarvikSample();
    QSet<Id> seen;
    auto fresh = [&](Id id) {
        if (seen.contains(id))
            return false;
        seen.insert(id);
        return true;
    };
    for (const Scenario &s : p.scenarios) {
        QVERIFY(fresh(s.id));
        for (const Stage &x : s.stages)
            QVERIFY(fresh(x.id));
        for (const Hall &x : s.halls)
            QVERIFY(fresh(x.id));
        for (const Rack &x : s.racks)
            QVERIFY(fresh(x.id));
        for (const PowerNode &x : s.powerNodes)
            QVERIFY(fresh(x.id));
        for (const CoolingSystem &x : s.coolingSystems)
            QVERIFY(fresh(x.id));
    }
    QVERIFY(p.nextId > *std::max_element(seen.cbegin(), seen.cend()));
}

QTEST_GUILESS_MAIN(TestSample)
#include "tst_sample.moc"
