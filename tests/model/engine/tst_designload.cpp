// Design facility demand (METHOD v2 §4): every rack at peak power, each cooling system at its design
// ambient. It is the hourly balance of one design hour, so it must equal the engine's own hourly
// facility power in a year made of that hour with every rack at full power.

#include "model/engine.h"
#include "model/risks.h"
#include "model/sample/narviksample.h"
#include "toyproject.h"

#include <QTest>

#include <cmath>

using namespace fjord;
using namespace fjord::test;

namespace {

double relative(double a, double b)
{
    return std::abs(a - b) / std::max(std::abs(b), 1e-300);
}

// Ten 100 kW racks at 100 % utilisation, a UPS and a transformer with loss models.
Toy fullLoadToy()
{
    Toy toy = makeToy(10);
    LoadProfile full;
    full.id = 70;
    full.name = QStringLiteral("Full");
    full.baseUtilisation = 1.0;
    toy.scenario().loadProfiles = {full};
    PowerNode tx;
    tx.id = 71;
    tx.name = QStringLiteral("TX");
    tx.kind = PowerNodeKind::Transformer;
    tx.ratingVa = 2e6;
    tx.losses = {0.001, 0.0, 0.008};
    PowerNode ups = tx;
    ups.id = 72;
    ups.parentId = 71;
    ups.name = QStringLiteral("UPS");
    ups.kind = PowerNodeKind::Ups;
    ups.losses = {0.01, 0.015, 0.01};
    toy.scenario().powerNodes = {tx, ups};
    return toy;
}

} // namespace

class TestDesignLoad : public QObject {
    Q_OBJECT
private slots:
    void designHourEqualsTheHourlyBalanceAtFullLoad_data()
    {
        QTest::addColumn<double>("designAmbientC");
        QTest::newRow("hot: chiller trim") << 32.0;
        QTest::newRow("mild: partial free cooling") << 26.0;
        QTest::newRow("cold: free cooling") << 5.0;
    }
    void designHourEqualsTheHourlyBalanceAtFullLoad()
    {
        QFETCH(double, designAmbientC);
        Toy toy = fullLoadToy();
        toy.scenario().coolingSystems[0].designAmbientC = designAmbientC;
        // A year of design hours: saturated air (no adiabatic gain), as the design hour assumes.
        const Results r = evaluate(toy.project, toy.scenario(), constantClimate(designAmbientC, 100.0));
        const StageResult &s = r.stages[0];
        QVERIFY(s.facilityPeakW > 1e6);
        QVERIFY2(relative(s.designDemandW, s.facilityPeakW) < 1e-12,
                 qPrintable(QStringLiteral("%1 vs %2").arg(s.designDemandW).arg(s.facilityPeakW)));
        QCOMPARE(s.itPeakW, 1e6);
    }

    void peakPowerRaisesTheDesignDemandNotTheEnergy()
    {
        Toy toy = fullLoadToy();
        const Results design = evaluate(toy.project, toy.scenario(), constantClimate(10.0, 100.0));
        toy.project.rackTypes[0].peakPowerW = 120e3;
        const Results peak = evaluate(toy.project, toy.scenario(), constantClimate(10.0, 100.0));
        QCOMPARE(peak.stages[0].itPeakW, 1.2e6);
        QVERIFY(peak.stages[0].designDemandW > design.stages[0].designDemandW + 0.2e6);
        QCOMPARE(peak.stages[0].annual.facilityEnergyMWh, design.stages[0].annual.facilityEnergyMWh);
        QCOMPARE(peak.stages[0].facilityPeakW, design.stages[0].facilityPeakW);
    }

    void gridCheckAndHeadroomUseTheDesignDemand()
    {
        // A grid connection between the expected peak and the design demand: the grid Problem and the
        // headroom risk fire (they would not on the expected peak).
        Toy toy = fullLoadToy();
        toy.project.rackTypes[0].peakPowerW = 130e3;
        toy.scenario().loadProfiles[0].baseUtilisation = 0.8;
        const Results probe = evaluate(toy.project, toy.scenario(), constantClimate(5.0));
        const StageResult &p = probe.stages[0];
        QVERIFY(p.designDemandW > p.facilityPeakW * 1.3);
        toy.scenario().stages[0].gridCapacityAddedW = 0.5 * (p.designDemandW + p.facilityPeakW);
        const Results r = evaluate(toy.project, toy.scenario(), constantClimate(5.0));
        const bool exceeded = std::any_of(r.problems.cbegin(), r.problems.cend(), [](const Problem &x) {
            return x.code == QStringLiteral("power.grid_exceeded") &&
                   x.message.contains(QStringLiteral("design demand"));
        });
        QVERIFY(exceeded);
        const QList<Risk> risks = assessRisks(toy.project, toy.scenario(), r);
        QVERIFY(std::any_of(risks.cbegin(), risks.cend(),
                            [](const Risk &k) { return k.code == QStringLiteral("grid.headroom"); }));
    }

    void sampleDesignDemandExceedsExpectedPeak()
    {
        const Project p = makeNarvikSample();
        const RackType *gb300 = nullptr;
        for (const RackType &t : p.rackTypes)
            if (t.name == QStringLiteral("GB300 NVL72"))
                gb300 = &t;
        QVERIFY(gb300);
        QCOMPARE(gb300->peakW(), gb300->designPowerW);
        QVERIFY(gb300->source.contains(QStringLiteral("155 kW")));
        const Results r = evaluate(p, p.scenarios[0], p.site.climate);
        for (const StageResult &s : r.stages) {
            QVERIFY(s.facilityPeakW > 0);
            QVERIFY2(s.designDemandW > s.facilityPeakW, qPrintable(s.name));
            // The sample caps its GB300 racks at their 135 kW design power (155 kW uncapped).
            QVERIFY(s.itPeakW >= s.itCapacityW);
        }
    }
};

QTEST_GUILESS_MAIN(TestDesignLoad)
#include "tst_designload.moc"
