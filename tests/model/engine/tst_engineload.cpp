// IT load (METHOD §1): load profiles, their choice per rack type, the liquid/air split and cumulative stages.

#include "model/engine.h"
#include "toyproject.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace fjord;
using namespace fjord::test;

namespace {

LoadProfile profile(Id id, LoadProfileKind kind, Id rackType, double base, double amplitude = 0)
{
    LoadProfile p;
    p.id = id;
    p.name = QStringLiteral("P%1").arg(id);
    p.kind = kind;
    p.rackTypeId = rackType;
    p.baseUtilisation = base;
    p.amplitude = amplitude;
    return p;
}

RackType airType()
{
    RackType t;
    t.id = 7;
    t.name = QStringLiteral("Air 20 kW");
    t.cooling = CoolingMethod::Air;
    t.designPowerW = 20e3;
    t.liquidFraction = 0.9; // ignored: an air-cooled type sends everything to air
    t.gpus = 8;
    return t;
}

} // namespace

class TestEngineLoad : public QObject {
    Q_OBJECT

private slots:
    void defaultIsTraining085()
    {
        Toy toy = makeToy(10);
        const Results r = evaluate(toy.project, toy.scenario(), constantClimate(5));
        QCOMPARE(r.stages[0].hourly.itW[1234], 10 * 100e3 * 0.85);
        QCOMPARE(r.stages[0].itCapacityW, 1e6);
        QCOMPARE(r.stages[0].racks, 10);
        QCOMPARE(r.stages[0].gpus, 720);
    }

    void inferenceClampedToOne_data()
    {
        QTest::addColumn<int>("hour");
        QTest::addColumn<double>("utilisation");
        // u = 0.9 + 0.25·sin(2π(h − 9)/24), clamped to [0, 1].
        QTest::newRow("09:00: base") << 9 << 0.9;
        QTest::newRow("15:00: 1.15 clamped") << 15 << 1.0;
        QTest::newRow("13:00: 1.1165 clamped") << 13 << 1.0;
        QTest::newRow("03:00: trough") << 3 << 0.65;
        QTest::newRow("next day 21:00") << 24 + 21 << 0.9 + 0.25 * std::sin(2 * M_PI * 12 / 24);
        QTest::newRow("00:00") << 0 << 0.9 + 0.25 * std::sin(2 * M_PI * -9 / 24);
    }
    void inferenceClampedToOne()
    {
        QFETCH(int, hour);
        QFETCH(double, utilisation);
        Toy toy = makeToy(10);
        toy.scenario().loadProfiles.append(profile(80, LoadProfileKind::Inference, NoId, 0.9, 0.25));
        const Results r = evaluate(toy.project, toy.scenario(), constantClimate(5));
        QVERIFY(std::abs(r.stages[0].hourly.itW[hour] - 1e6 * utilisation) < 1e-6);
    }

    void inferenceClampedToZero()
    {
        Toy toy = makeToy(10);
        toy.scenario().loadProfiles.append(profile(80, LoadProfileKind::Inference, NoId, 0.1, 0.3));
        const Results r = evaluate(toy.project, toy.scenario(), constantClimate(5));
        QCOMPARE(r.stages[0].hourly.itW[3], 0.0); // 0.1 − 0.3 clamped to 0
        QVERIFY(std::abs(r.stages[0].hourly.itW[15] - 0.4e6) < 1e-6);
    }

    void profileChoicePerRackType()
    {
        // Type 1 (10 × 100 kW) has its own profile 0.5; the air type 7 (5 × 20 kW) takes the generic 0.7.
        Toy toy = makeToy(10);
        toy.project.rackTypes.append(airType());
        Id next = 500;
        addRacks(toy.scenario(), 7, 2, 5, next);
        toy.scenario().loadProfiles.append(profile(80, LoadProfileKind::Training, NoId, 0.7));
        toy.scenario().loadProfiles.append(profile(81, LoadProfileKind::Training, 1, 0.5));
        const Results r = evaluate(toy.project, toy.scenario(), constantClimate(5));
        QCOMPARE(r.stages[0].hourly.itW[0], 10 * 100e3 * 0.5 + 5 * 20e3 * 0.7);
        // Air share: the liquid type's 15 % plus all of the air type; CRAH fans are 4 % of it.
        const double air = 10 * 100e3 * 0.5 * 0.15 + 5 * 20e3 * 0.7;
        QVERIFY(std::abs(r.stages[0].hourly.crahFanW[0] - 0.04 * air) < 1e-6);
    }

    // Constant profiles are summed once per cooling system, the others hour by hour on top.
    void constantAndDailyProfilesOnOneSystem()
    {
        // Type 1 (10 × 100 kW, 85 % liquid) trains at 0.5; the air type 7 (5 × 20 kW) serves inference
        // 0.6 ± 0.3; both in the toy's one hall, on its one cooling system.
        Toy toy = makeToy(10);
        toy.project.rackTypes.append(airType());
        Id next = 500;
        addRacks(toy.scenario(), 7, 2, 5, next);
        toy.scenario().loadProfiles.append(profile(80, LoadProfileKind::Inference, NoId, 0.6, 0.3));
        toy.scenario().loadProfiles.append(profile(81, LoadProfileKind::Training, 1, 0.5));
        const Results r = evaluate(toy.project, toy.scenario(), constantClimate(5));
        const HourlyEndUses &h = r.stages[0].hourly;
        for (int hour : {0, 3, 9, 15, 8759}) {
            const double inference =
                std::clamp(0.6 + 0.3 * std::sin(2 * M_PI * (hour % 24 - 9) / 24), 0.0, 1.0);
            const double it = 10 * 100e3 * 0.5 + 5 * 20e3 * inference;
            QVERIFY2(std::abs(h.itW[hour] - it) < 1e-6, qPrintable(QString::number(hour)));
            // CRAH fans: 4 % of the air heat, the training racks' 15 % plus the air type's all.
            const double air = 10 * 100e3 * 0.5 * 0.15 + 5 * 20e3 * inference;
            QVERIFY2(std::abs(h.crahFanW[hour] - 0.04 * air) < 1e-6, qPrintable(QString::number(hour)));
        }
    }

    void customProfile()
    {
        Toy toy = makeToy(10);
        LoadProfile p = profile(80, LoadProfileKind::Custom, NoId, 0.85);
        for (int h = 0; h < HoursPerYear; ++h)
            p.hourly.append((h % 100) / 100.0);
        toy.scenario().loadProfiles.append(p);
        const Results r = evaluate(toy.project, toy.scenario(), constantClimate(5));
        QCOMPARE(r.stages[0].hourly.itW[0], 0.0);
        QVERIFY(std::abs(r.stages[0].hourly.itW[8742] - 0.42e6) < 1e-6);
    }

    void shortCustomProfileIsReported()
    {
        Toy toy = makeToy(10);
        LoadProfile p = profile(80, LoadProfileKind::Custom, NoId, 0.6);
        p.hourly = {0.1, 0.2, 0.3};
        toy.scenario().loadProfiles.append(p);
        const Results r = evaluate(toy.project, toy.scenario(), constantClimate(5));
        QCOMPARE(r.stages[0].hourly.itW[100], 0.6e6);
        const bool reported = std::any_of(r.problems.begin(), r.problems.end(), [](const Problem &pr) {
            return pr.code == QLatin1String("load.profile_length") && pr.objectId == 80;
        });
        QVERIFY(reported);
    }

    void stagesAreCumulative()
    {
        Toy toy = makeToy(10);
        Stage second;
        second.id = 60;
        second.name = QStringLiteral("Stage 2");
        second.energisation = QDate(2029, 1, 1);
        toy.scenario().stages.append(second);
        Id next = 600;
        addRacks(toy.scenario(), 1, 60, 30, next);
        const Results r = evaluate(toy.project, toy.scenario(), constantClimate(5));
        QCOMPARE(r.stages.size(), 2);
        QCOMPARE(r.stages[0].racks, 10);
        QCOMPARE(r.stages[1].racks, 40);
        QCOMPARE(r.stages[1].itCapacityW, 4e6);
        QCOMPARE(r.stages[1].hourly.itW[0], 4e6 * 0.85);

        EvaluateOptions only;
        only.onlyStage = 1;
        only.keepHourly = false;
        const Results one = evaluate(toy.project, toy.scenario(), constantClimate(5), only);
        QCOMPARE(one.stages.size(), 1);
        QCOMPARE(one.stages[0].name, QStringLiteral("Stage 2"));
        QCOMPARE(one.stages[0].annual.pue, r.stages[1].annual.pue);
        QVERIFY(one.stages[0].hourly.itW.isEmpty());
        QCOMPARE(one.stages[0].capex.total(), r.stages[1].capex.total());
    }

    void racksTakeTheirHallsCoolingSystem()
    {
        // A second hall on a W45 loop: its racks' pPUE differs and the stage has two cooling entries.
        Toy toy = makeToy(10, 1.0);
        CoolingSystem warm;
        warm.id = 30;
        warm.name = QStringLiteral("W45");
        warm.supplyC = 45;
        toy.scenario().coolingSystems.append(warm);
        Hall h2 = toy.scenario().halls[0];
        h2.id = 31;
        h2.name = QStringLiteral("H2");
        h2.coolingSystemId = 30;
        toy.scenario().halls.append(h2);
        Id next = 700;
        addRacks(toy.scenario(), 1, 2, 10, next);
        for (int i = 10; i < 20; ++i)
            toy.scenario().racks[i].hallId = 31;
        const Results r = evaluate(toy.project, toy.scenario(), constantClimate(0));
        const auto &cooling = r.stages[0].cooling;
        QCOMPARE(cooling.size(), 2);
        QCOMPARE(cooling[0].coolingSystemId, Id(3));
        QCOMPARE(cooling[1].coolingSystemId, Id(30));
        QCOMPARE(cooling[1].itCapacityW, 1e6);
        // Fan speed (55 − 25)/55 vs (42 − 25)/42 at 0 °C: the warmer loop's fans work harder (METHOD law).
        QVERIFY(cooling[1].pPue > cooling[0].pPue);
    }
};

QTEST_GUILESS_MAIN(TestEngineLoad)
#include "tst_engineload.moc"
