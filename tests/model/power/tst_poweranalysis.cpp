// analysePower (METHOD §7): currents, utilisation, failover, problems and speed, checked against
// figures worked out by hand in the comments.

#include "model/power/poweranalysis.h"
#include "model/power/rackdigest.h"
#include "powerfixture.h"

#include <QtTest>

#include <cmath>

using namespace fjord;
using fjord::test::codes;
using fjord::test::loadingOf;
using fjord::test::PowerFixture;

class TestPowerAnalysis : public QObject {
    Q_OBJECT
private slots:
    void phaseCurrents_data();
    void phaseCurrents();
    void lineToLineAndLineToNeutralEntryAgree();
    void utilisationOfCurrentRatedBusway();
    void loadsSumUpstream();
    void loadAtPeakPower();
    void failover_data();
    void failover();
    void twoNSidesCarryEachOther();
    void continuousLoadRule_data();
    void continuousLoadRule();
    void utilisationWarning_data();
    void utilisationWarning();
    void imbalanceProblems_data();
    void imbalanceProblems();
    void unfedRacks();
    void singleCorded();
    void stagesAreCumulative();
    void alikeRacksAreGroupedButNamedInRackOrder();
    void rackDigestGroupsOnlyRacksTheAnalysesTreatAlike();
    void twentyThousandRacksAddUp();
};

Q_DECLARE_METATYPE(QList<double>)

void TestPowerAnalysis::phaseCurrents_data()
{
    QTest::addColumn<double>("volts");
    QTest::addColumn<bool>("lineToNeutral");
    QTest::addColumn<QList<double>>("watts"); // one rack per entry
    QTest::addColumn<double>("pf");
    QTest::addColumn<QList<int>>("phase");      // 0..2 = L1..L3, 3 = three-phase feed
    QTest::addColumn<QList<double>>("current"); // expected L1, L2, L3, A
    QTest::addColumn<double>("neutral");
    QTest::addColumn<double>("imbalance");

    // 20 kW / (√3 · 400 V · 0.95) = 20000 / 658.18 = 30.387 A on each phase.
    QTest::newRow("three-phase 20 kW PF 0.95 @ 400 V LL")
        << 400.0 << false << QList<double>{20000} << 0.95 << QList<int>{3}
        << QList<double>{30.387, 30.387, 30.387} << 0.0 << 0.0;
    // 2300 W / (230 V · 1.0) = 10 A on L2 alone: I_N = 10 A, imbalance (10 − 3.33) / 3.33 = 200 %.
    QTest::newRow("single-phase 2.3 kW on L2 @ 230 V LN")
        << 230.0 << true << QList<double>{2300} << 1.0 << QList<int>{1} << QList<double>{0, 10, 0} << 10.0
        << 200.0;
    // 2070 W / (230 V · 0.9) = 10 A.
    QTest::newRow("single-phase PF 0.9 on L1") << 230.0 << true << QList<double>{2070} << 0.9 << QList<int>{0}
                                               << QList<double>{10, 0, 0} << 10.0 << 200.0;
    // METHOD §7 / DOMAIN §3: 10/8/6 A -> I_N = √(100+64+36−80−48−60) = √12 = 3.464 A; mean 8, worst 2 -> 25
    // %.
    QTest::newRow("10/8/6 A") << 230.0 << true << QList<double>{2300, 1840, 1380} << 1.0
                              << QList<int>{0, 1, 2} << QList<double>{10, 8, 6} << 3.464 << 25.0;
    // 45/38/52 A -> I_N = √147 = 12.12 A; mean 45, worst 7 -> 15.56 %.
    QTest::newRow("45/38/52 A") << 230.0 << true << QList<double>{10350, 8740, 11960} << 1.0
                                << QList<int>{0, 1, 2} << QList<double>{45, 38, 52} << 12.124 << 15.556;
    // A three-phase 6.9 kW rack (10 A per phase at 230 V LN) plus 2.3 kW on L3: 10/10/20 A.
    // I_N = √(100+100+400−100−200−200) = 10 A; mean 13.33, worst 6.67 -> 50 %.
    QTest::newRow("three-phase plus one single-phase")
        << 230.0 << true << QList<double>{6900, 2300} << 1.0 << QList<int>{3, 2} << QList<double>{10, 10, 20}
        << 10.0 << 50.0;
}

void TestPowerAnalysis::phaseCurrents()
{
    QFETCH(double, volts);
    QFETCH(bool, lineToNeutral);
    QFETCH(QList<double>, watts);
    QFETCH(double, pf);
    QFETCH(QList<int>, phase);
    QFETCH(QList<double>, current);
    QFETCH(double, neutral);
    QFETCH(double, imbalance);

    PowerFixture f;
    const Id bus =
        f.addCurrentNode(QStringLiteral("BW-1"), NoId, 1000, volts,
                         lineToNeutral ? VoltageReference::LineToNeutral : VoltageReference::LineToLine);
    for (int i = 0; i < watts.size(); ++i)
        f.addRack(f.addType(watts[i], pf), {RackFeed{bus, Phase(phase[i])}});

    QList<Problem> problems;
    const auto result = analysePower(f.project, *f.scenario, 0, problems);
    const PowerNodeLoading *l = loadingOf(result, bus);
    QVERIFY(l);
    for (int p = 0; p < 3; ++p)
        QVERIFY2(std::abs(l->phaseCurrentA[p] - current[p]) < 1e-3,
                 qPrintable(QStringLiteral("L%1: %2 A").arg(p + 1).arg(l->phaseCurrentA[p])));
    QVERIFY2(std::abs(l->neutralCurrentA - neutral) < 1e-3, qPrintable(QString::number(l->neutralCurrentA)));
    QVERIFY2(std::abs(l->imbalancePct - imbalance) < 1e-3, qPrintable(QString::number(l->imbalancePct)));
    double total = 0;
    for (double w : watts)
        total += w;
    QCOMPARE(l->loadKw, total / 1e3);
}

void TestPowerAnalysis::lineToLineAndLineToNeutralEntryAgree()
{
    // The same 400/230 V supply entered both ways gives the same rating and current.
    PowerFixture f;
    const Id ll = f.addCurrentNode(QStringLiteral("LL"), NoId, 63, 400.0, VoltageReference::LineToLine);
    const Id ln = f.addCurrentNode(QStringLiteral("LN"), NoId, 63, 400.0 / std::sqrt(3.0),
                                   VoltageReference::LineToNeutral);
    const Id type = f.addType(30000, 0.95);
    f.addRack(type, {RackFeed{ll, Phase::ThreePhase}});
    f.addRack(type, {RackFeed{ln, Phase::ThreePhase}});
    QList<Problem> problems;
    const auto result = analysePower(f.project, *f.scenario, 0, problems);
    const auto *a = loadingOf(result, ll);
    const auto *b = loadingOf(result, ln);
    // √3 · 400 V · 63 A = 43,647.6 VA.
    QVERIFY(std::abs(a->ratingKva - 43.6476) < 1e-3);
    QVERIFY(std::abs(b->ratingKva - a->ratingKva) < 1e-9);
    // 30 kW / (√3 · 400 · 0.95) = 45.58 A.
    QVERIFY(std::abs(a->phaseCurrentA[0] - 45.581) < 1e-3);
    QVERIFY(std::abs(b->phaseCurrentA[0] - a->phaseCurrentA[0]) < 1e-9);
}

void TestPowerAnalysis::utilisationOfCurrentRatedBusway()
{
    // 400 V three-phase 63 A busway = 43.648 kVA; a 30 kW rack at PF 0.95 = 31.579 kVA -> 72.35 %.
    PowerFixture f;
    const Id bus = f.addCurrentNode(QStringLiteral("BW-1"), NoId, 63, 400.0, VoltageReference::LineToLine);
    f.addRack(f.addType(30000, 0.95), {RackFeed{bus, Phase::ThreePhase}});
    QList<Problem> problems;
    const QList<PowerNodeLoading> loadings = analysePower(f.project, *f.scenario, 0, problems);
    const auto *l = loadingOf(loadings, bus);
    QCOMPARE(l->loadKw, 30.0);
    QVERIFY(std::abs(l->loadKva - 31.5789) < 1e-3);
    QVERIFY(std::abs(l->utilisation - 0.72350) < 1e-4);
    QCOMPARE(l->failoverUtilisation, l->utilisation); // no redundancy: failover = normal
    QVERIFY(problems.isEmpty());
}

void TestPowerAnalysis::loadsSumUpstream()
{
    // grid -> transformer (20 kV) -> two busways at 400 V; racks of 50 and 30 kW at PF 1.
    PowerFixture f;
    const Id tx = f.addNode(QStringLiteral("TX-1"), PowerNodeKind::Transformer, NoId, 1000);
    f.node(tx).voltageV = 20000;
    const Id b1 = f.addNode(QStringLiteral("BW-1"), PowerNodeKind::Busway, tx, 100);
    const Id b2 = f.addNode(QStringLiteral("BW-2"), PowerNodeKind::Busway, tx, 100);
    f.addRack(f.addType(50000, 1.0), {RackFeed{b1, Phase::ThreePhase}});
    f.addRack(f.addType(30000, 1.0), {RackFeed{b2, Phase::ThreePhase}});
    QList<Problem> problems;
    const auto result = analysePower(f.project, *f.scenario, 0, problems);
    const auto *t = loadingOf(result, tx);
    QCOMPARE(t->loadKw, 80.0);
    QCOMPARE(t->utilisation, 0.08);
    // Current at the transformer's own voltage: 80 kW / (√3 · 20 kV) = 2.309 A.
    QVERIFY(std::abs(t->phaseCurrentA[1] - 2.3094) < 1e-3);
    QCOMPARE(loadingOf(result, b1)->loadKw, 50.0);
    QCOMPARE(result.size(), 3);
}

void TestPowerAnalysis::loadAtPeakPower()
{
    // A 100 kVA busway with two 40 kW racks at PF 1: 80 % at design power. One type peaks at 55 kW
    // (peak = design for the other): 95 kVA at peak, still inside the rating; at 70 kW it is 110 %,
    // a warning (not an error: the racks are planned at design power).
    PowerFixture f;
    const Id bus = f.addNode(QStringLiteral("BW-1"), PowerNodeKind::Busway, NoId, 100);
    const Id peaky = f.addType(40000, 1.0);
    f.addRack(peaky, {RackFeed{bus, Phase::ThreePhase}});
    f.addRack(f.addType(40000, 1.0), {RackFeed{bus, Phase::ThreePhase}});
    auto codes = [](const QList<Problem> &problems) {
        QStringList out;
        for (const Problem &p : problems)
            out << p.code;
        return out;
    };
    QList<Problem> problems;
    auto result = analysePower(f.project, *f.scenario, 0, problems);
    QCOMPARE(loadingOf(result, bus)->utilisationAtPeak, 0.8); // peak 0 = design power
    f.project.rackType(peaky)->peakPowerW = 55000;
    result = analysePower(f.project, *f.scenario, 0, problems);
    QCOMPARE(loadingOf(result, bus)->utilisation, 0.8);
    QCOMPARE(loadingOf(result, bus)->loadAtPeakKva, 95.0);
    QCOMPARE(loadingOf(result, bus)->utilisationAtPeak, 0.95);
    QVERIFY(!codes(problems).contains(QStringLiteral("power.peak_overload")));
    f.project.rackType(peaky)->peakPowerW = 70000;
    problems.clear();
    result = analysePower(f.project, *f.scenario, 0, problems);
    QCOMPARE(loadingOf(result, bus)->utilisationAtPeak, 1.1);
    QVERIFY(codes(problems).contains(QStringLiteral("power.peak_overload")));
    QVERIFY(!codes(problems).contains(QStringLiteral("power.overload")));
    for (const Problem &p : problems)
        if (p.code == QStringLiteral("power.peak_overload"))
            QCOMPARE(p.severity, Severity::Warning);
}

void TestPowerAnalysis::failover_data()
{
    QTest::addColumn<int>("scheme");
    QTest::addColumn<int>("blocks");
    QTest::addColumn<int>("needed");
    QTest::addColumn<double>("unitLoadKva"); // per unit, normal operation; units rated 100 kVA
    QTest::addColumn<double>("failover");

    // A/B pair, each at 50 %: the survivor carries both sides.
    QTest::newRow("2N at 50 %") << int(RedundancyScheme::TwoN) << 2 << 1 << 50.0 << 1.0;
    // 4N/3 at 75 %: a failed block's 75 kVA splits over 3 survivors: 75 + 25 = 100 %.
    QTest::newRow("4N/3 at 75 %") << int(RedundancyScheme::Distributed) << 4 << 3 << 75.0 << 1.0;
    // 3N/2 at 60 %: 60 + 60/2 = 90 %.
    QTest::newRow("3N/2 at 60 %") << int(RedundancyScheme::Distributed) << 3 << 2 << 60.0 << 0.9;
    // N+1 of 3+1 at 75 %: total 300 / 3 = 100 %.
    QTest::newRow("N+1 (3+1) at 75 %") << int(RedundancyScheme::NPlus1) << 4 << 3 << 75.0 << 1.0;
    // N+1 of 2+1 at 70 %: total 210 / 2 = 105 % -> over.
    QTest::newRow("N+1 (2+1) at 70 %") << int(RedundancyScheme::NPlus1) << 3 << 2 << 70.0 << 1.05;
    // N: nothing takes over; failover = normal.
    QTest::newRow("N at 60 %") << int(RedundancyScheme::N) << 2 << 2 << 60.0 << 0.6;
}

void TestPowerAnalysis::failover()
{
    QFETCH(int, scheme);
    QFETCH(int, blocks);
    QFETCH(int, needed);
    QFETCH(double, unitLoadKva);
    QFETCH(double, failover);

    PowerFixture f;
    const Id group = f.addGroup(RedundancyScheme(scheme), blocks, needed);
    const Id type = f.addType(unitLoadKva * 1e3 * 0.95, 0.95); // one rack per unit, unitLoadKva each
    QList<Id> units;
    for (int i = 0; i < blocks; ++i)
        units.append(f.addNode(QStringLiteral("UPS-%1").arg(i + 1), PowerNodeKind::Ups, NoId, 100,
                               FeedSide::Shared, group));
    for (Id u : units)
        f.addRack(type, {RackFeed{u, Phase::ThreePhase}});

    QList<Problem> problems;
    const auto result = analysePower(f.project, *f.scenario, 0, problems);
    for (Id u : units) {
        const auto *l = loadingOf(result, u);
        QVERIFY(std::abs(l->utilisation - unitLoadKva / 100.0) < 1e-9);
        QVERIFY2(std::abs(l->failoverUtilisation - failover) < 1e-9,
                 qPrintable(QString::number(l->failoverUtilisation)));
    }
    QCOMPARE(codes(problems).contains(QStringLiteral("power.failover_overload")), failover > 1.0);
}

void TestPowerAnalysis::twoNSidesCarryEachOther()
{
    // UPS-A / UPS-B (2N) -> SWB-A / SWB-B (sides inherited) -> one dual-corded 95 kW rack at PF 0.95
    // (100 kVA): each side carries 50 kVA normally and 100 kVA when the other side fails.
    PowerFixture f;
    const Id g = f.addGroup(RedundancyScheme::TwoN, 2, 1);
    const Id upsA = f.addNode(QStringLiteral("UPS-A"), PowerNodeKind::Ups, NoId, 100, FeedSide::A, g);
    const Id upsB = f.addNode(QStringLiteral("UPS-B"), PowerNodeKind::Ups, NoId, 100, FeedSide::B, g);
    const Id swbA = f.addNode(QStringLiteral("SWB-A"), PowerNodeKind::Switchboard, upsA, 100);
    const Id swbB = f.addNode(QStringLiteral("SWB-B"), PowerNodeKind::Switchboard, upsB, 100);
    f.addRack(f.addType(95000, 0.95), {RackFeed{swbA, Phase::ThreePhase}, RackFeed{swbB, Phase::ThreePhase}});

    QList<Problem> problems;
    auto result = analysePower(f.project, *f.scenario, 0, problems);
    for (Id id : {upsA, upsB, swbA, swbB}) {
        QVERIFY(std::abs(loadingOf(result, id)->utilisation - 0.5) < 1e-9);
        QVERIFY(std::abs(loadingOf(result, id)->failoverUtilisation - 1.0) < 1e-9);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(codes(problems).join(u',')));

    // NEC: continuous load limited to 80 %: 100 % after a failure is an overload; 50 % normal is not.
    f.project.settings.continuousLoad = ContinuousLoadRule::Nec80;
    problems.clear();
    result = analysePower(f.project, *f.scenario, 0, problems);
    QCOMPARE(codes(problems).count(QStringLiteral("power.failover_overload")), 4);
    QVERIFY(!codes(problems).contains(QStringLiteral("power.overload")));
}

void TestPowerAnalysis::continuousLoadRule_data()
{
    QTest::addColumn<bool>("nec");
    QTest::addColumn<double>("utilisation");
    QTest::addColumn<bool>("overload");
    QTest::newRow("IEC 85 %") << false << 0.85 << false;
    QTest::newRow("NEC 85 %") << true << 0.85 << true;
    QTest::newRow("NEC 80 % exactly") << true << 0.80 << false;
    QTest::newRow("IEC 100 % exactly") << false << 1.00 << false;
    QTest::newRow("IEC 105 %") << false << 1.05 << true;
    QTest::newRow("NEC 75 %") << true << 0.75 << false;
}

void TestPowerAnalysis::continuousLoadRule()
{
    QFETCH(bool, nec);
    QFETCH(double, utilisation);
    QFETCH(bool, overload);
    PowerFixture f;
    f.project.settings.continuousLoad = nec ? ContinuousLoadRule::Nec80 : ContinuousLoadRule::Iec100;
    const Id bus = f.addNode(QStringLiteral("BW-1"), PowerNodeKind::Busway, NoId, 100);
    f.addRack(f.addType(utilisation * 100e3, 1.0), {RackFeed{bus, Phase::ThreePhase}});
    QList<Problem> problems;
    analysePower(f.project, *f.scenario, 0, problems);
    QCOMPARE(codes(problems).contains(QStringLiteral("power.overload")), overload);
    if (overload) {
        QCOMPARE(problems.first().objectId, bus);
        QCOMPARE(problems.first().objectName, QStringLiteral("BW-1"));
        QCOMPARE(problems.first().severity, Severity::Error);
    }
}

void TestPowerAnalysis::utilisationWarning_data()
{
    QTest::addColumn<bool>("nec");
    QTest::addColumn<double>("utilisation");
    QTest::addColumn<QString>("expected"); // the one utilisation problem code, empty: none
    QTest::newRow("IEC 79.9 %") << false << 0.799 << QString();
    QTest::newRow("IEC 80 % exactly") << false << 0.80 << QString();
    QTest::newRow("IEC 85 %") << false << 0.85 << QStringLiteral("power.utilisation_high");
    QTest::newRow("IEC 97.4 %") << false << 0.974 << QStringLiteral("power.utilisation_high");
    QTest::newRow("IEC 100 % exactly") << false << 1.0 << QStringLiteral("power.utilisation_high");
    QTest::newRow("IEC 105 %: overload only") << false << 1.05 << QStringLiteral("power.overload");
    QTest::newRow("NEC 85 %: overload only") << true << 0.85 << QStringLiteral("power.overload");
}

void TestPowerAnalysis::utilisationWarning()
{
    // One busway of 100 kVA with one rack at PF 1: its utilisation is the rack's kW / 100.
    QFETCH(bool, nec);
    QFETCH(double, utilisation);
    QFETCH(QString, expected);
    PowerFixture f;
    f.project.settings.continuousLoad = nec ? ContinuousLoadRule::Nec80 : ContinuousLoadRule::Iec100;
    const Id bus = f.addNode(QStringLiteral("BW-7"), PowerNodeKind::Busway, NoId, 100);
    f.addRack(f.addType(utilisation * 100e3, 1.0), {RackFeed{bus, Phase::ThreePhase}});
    QList<Problem> problems;
    analysePower(f.project, *f.scenario, 0, problems);
    QStringList found;
    for (const Problem &p : problems)
        if (p.code == QStringLiteral("power.utilisation_high") || p.code == QStringLiteral("power.overload"))
            found << p.code;
    QCOMPARE(found, expected.isEmpty() ? QStringList() : QStringList{expected});
    if (expected != QStringLiteral("power.utilisation_high"))
        return;
    const Problem &p = problems.first();
    QCOMPARE(p.severity, Severity::Warning);
    QCOMPARE(p.objectId, bus);
    QCOMPARE(p.objectName, QStringLiteral("BW-7"));
    const QString pct = QString::number(utilisation * 100, 'f', 1) + QStringLiteral(" %");
    QVERIFY2(p.message.contains(QStringLiteral("BW-7")), qPrintable(p.message));
    QVERIFY2(p.message.contains(pct), qPrintable(p.message));
    QVERIFY2(p.message.contains(QStringLiteral("80.0 % warning threshold")), qPrintable(p.message));
}

void TestPowerAnalysis::imbalanceProblems_data()
{
    QTest::addColumn<QList<double>>("amps"); // L1..L3 from single-phase racks at 230 V, PF 1
    QTest::addColumn<int>("severity");       // -1: no problem
    QTest::newRow("balanced") << QList<double>{10, 10, 10} << -1;
    QTest::newRow("9.5 % is fine") << QList<double>{10.95, 10, 9.05} << -1; // mean 10, worst 0.95
    QTest::newRow("15 % warns") << QList<double>{11.5, 10, 8.5} << int(Severity::Warning);
    QTest::newRow("25 % is an error") << QList<double>{10, 8, 6} << int(Severity::Error);
}

void TestPowerAnalysis::imbalanceProblems()
{
    QFETCH(QList<double>, amps);
    QFETCH(int, severity);
    PowerFixture f;
    const Id bus =
        f.addCurrentNode(QStringLiteral("BW-1"), NoId, 100, 230.0, VoltageReference::LineToNeutral);
    for (int p = 0; p < 3; ++p)
        f.addRack(f.addType(amps[p] * 230.0, 1.0), {RackFeed{bus, Phase(p)}});
    QList<Problem> problems;
    analysePower(f.project, *f.scenario, 0, problems);
    if (severity < 0) {
        QVERIFY2(problems.isEmpty(), qPrintable(codes(problems).join(u',')));
    } else {
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0].code, QStringLiteral("power.imbalance"));
        QCOMPARE(int(problems[0].severity), severity);
        QCOMPARE(problems[0].objectId, bus);
    }
}

void TestPowerAnalysis::unfedRacks()
{
    PowerFixture f;
    const Id later = f.addStage(QStringLiteral("Stage 2"));
    const Id bus = f.addNode(QStringLiteral("BW-2"), PowerNodeKind::Busway, NoId, 100);
    f.node(bus).stageId = later;
    const Id type = f.addType(10000, 1.0);
    const Id noFeed = f.addRack(type, {});
    const Id futureFeed = f.addRack(type, {RackFeed{bus, Phase::ThreePhase}});

    QList<Problem> problems;
    auto result = analysePower(f.project, *f.scenario, 0, problems);
    QCOMPARE(codes(problems), (QStringList{QStringLiteral("power.unfed"), QStringLiteral("power.unfed")}));
    QCOMPARE(problems[0].objectId, noFeed);
    QCOMPARE(problems[1].objectId, futureFeed);
    QVERIFY(problems[1].message.contains(QStringLiteral("Stage 1")));
    QVERIFY(result.isEmpty()); // the busway is not built in stage 1

    problems.clear();
    result = analysePower(f.project, *f.scenario, 1, problems);
    QCOMPARE(codes(problems), QStringList{QStringLiteral("power.unfed")});
    QCOMPARE(loadingOf(result, bus)->loadKw, 10.0);
}

namespace {

// A 2N supply: UPS-A and UPS-B (1,000 kVA, one redundancy group), busways BW-A1 and BW-A2 under A
// and BW-B1 under B (100 kVA each).
struct TwoNBusways {
    Id upsA, upsB, a1, a2, b1;
};

TwoNBusways addTwoNBusways(PowerFixture &f)
{
    TwoNBusways c;
    const Id g = f.addGroup(RedundancyScheme::TwoN, 2, 1);
    c.upsA = f.addNode(QStringLiteral("UPS-A"), PowerNodeKind::Ups, NoId, 1000, FeedSide::A, g);
    c.upsB = f.addNode(QStringLiteral("UPS-B"), PowerNodeKind::Ups, NoId, 1000, FeedSide::B, g);
    c.a1 = f.addNode(QStringLiteral("BW-A1"), PowerNodeKind::Busway, c.upsA, 100);
    c.a2 = f.addNode(QStringLiteral("BW-A2"), PowerNodeKind::Busway, c.upsA, 100);
    c.b1 = f.addNode(QStringLiteral("BW-B1"), PowerNodeKind::Busway, c.upsB, 100);
    return c;
}

} // namespace

void TestPowerAnalysis::singleCorded()
{
    PowerFixture f;
    const TwoNBusways chain = addTwoNBusways(f);
    const Id a1 = chain.a1, a2 = chain.a2, b1 = chain.b1;
    const Id type = f.addType(10000, 1.0);
    f.addRack(type, {RackFeed{a1, Phase::ThreePhase}, RackFeed{b1, Phase::ThreePhase}}); // fine
    const Id oneSide = f.addRack(type, {RackFeed{a1, Phase::ThreePhase}, RackFeed{a2, Phase::ThreePhase}});
    // N+1 supply: one cord is the design, not a fault.
    const Id g2 = f.addGroup(RedundancyScheme::NPlus1, 2, 1);
    const Id ups3 = f.addNode(QStringLiteral("UPS-3"), PowerNodeKind::Ups, NoId, 1000, FeedSide::Shared, g2);
    f.addRack(type, {RackFeed{ups3, Phase::ThreePhase}});

    QList<Problem> problems;
    const auto result = analysePower(f.project, *f.scenario, 0, problems);
    QCOMPARE(codes(problems), QStringList{QStringLiteral("power.single_corded")});
    QCOMPARE(problems[0].objectId, oneSide);
    QVERIFY(problems[0].message.contains(QStringLiteral("UPS-A")));
    // BW-A1 carries half of each 10 kW rack; when A fails only the dual-corded rack moves to B.
    QVERIFY(std::abs(loadingOf(result, a1)->loadKw - 10.0) < 1e-9);
    QVERIFY(std::abs(loadingOf(result, b1)->failoverUtilisation - 0.10) < 1e-9);
}

void TestPowerAnalysis::alikeRacksAreGroupedButNamedInRackOrder()
{
    // The analysis works per group of alike racks (RackDigest): each rack still counts once, and each
    // faulty rack is named in its own problem, in the order of the racks, not of the groups.
    PowerFixture f;
    const TwoNBusways chain = addTwoNBusways(f);
    const Id upsA = chain.upsA, a1 = chain.a1, a2 = chain.a2, b1 = chain.b1;
    const Id type = f.addType(10000, 1.0);
    const QList<RackFeed> oneSide{{a1, Phase::ThreePhase}, {a2, Phase::ThreePhase}};
    const Id r1 = f.addRack(type, oneSide);
    const Id r2 = f.addRack(type, {});
    f.addRack(type, {{a1, Phase::ThreePhase}, {b1, Phase::ThreePhase}});
    const Id r4 = f.addRack(type, oneSide);
    const Id r5 = f.addRack(type, {});
    const Id r6 = f.addRack(type, oneSide);

    QList<Problem> problems;
    const auto result = analysePower(f.project, *f.scenario, 0, problems);
    const QString single = QStringLiteral("power.single_corded"), unfed = QStringLiteral("power.unfed");
    QCOMPARE(codes(problems), (QStringList{single, unfed, single, unfed, single}));
    const QList<Id> named{problems[0].objectId, problems[1].objectId, problems[2].objectId,
                          problems[3].objectId, problems[4].objectId};
    QCOMPARE(named, (QList<Id>{r1, r2, r4, r5, r6}));
    // 10 kW racks, half on each feed: A1 carries four halves, A2 three, B1 one.
    QVERIFY(std::abs(loadingOf(result, a1)->loadKw - 20.0) < 1e-9);
    QVERIFY(std::abs(loadingOf(result, a2)->loadKw - 15.0) < 1e-9);
    QVERIFY(std::abs(loadingOf(result, b1)->loadKw - 5.0) < 1e-9);
    QVERIFY(std::abs(loadingOf(result, upsA)->loadKw - 35.0) < 1e-9);
    // Losing UPS-A strands the three one-sided racks and moves the dual-corded one to B: 10 kW there.
    QVERIFY(std::abs(loadingOf(result, b1)->failoverUtilisation - 0.10) < 1e-9);
}

void TestPowerAnalysis::rackDigestGroupsOnlyRacksTheAnalysesTreatAlike()
{
    PowerFixture f;
    const Id later = f.addStage(QStringLiteral("Stage 2"));
    const Id bus = f.addNode(QStringLiteral("BW"), PowerNodeKind::Busway, NoId, 100);
    const Id type = f.addType(10000, 1.0), other = f.addType(20000, 1.0);
    const QList<RackFeed> feeds{{bus, Phase::L1}};
    // Every other rack is alike rack 0, so that each one that differs follows an alike rack and
    // differs from it in one field only (the digest compares a rack with the one before it first).
    f.addRack(type, feeds);                                // 0: a group of its own and of 8
    f.addRack(type, feeds);                                // 1: alike
    f.addRack(other, feeds);                               // 2: another type
    f.addRack(type, feeds);                                // 3
    f.addRack(type, {{bus, Phase::L2}});                   // 4: another phase
    f.addRack(type, feeds);                                // 5
    f.addRack(type, feeds, later);                         // 6: another stage
    f.addRack(type, feeds);                                // 7
    f.addRack(type, feeds);                                // 8: tenant, below
    f.addRack(type, feeds);                                // 9
    f.addRack(type, feeds);                                // 10: row, below
    f.addRack(type, feeds);                                // 11
    f.addRack(type, feeds);                                // 12: hall, below
    f.addRack(type, feeds);                                // 13
    f.addRack(type, {{bus, Phase::L1}, {bus, Phase::L1}}); // 14: two feeds
    f.addRack(type, feeds);                                // 15
    QList<Rack> &racks = f.scenario->racks;
    racks[8].tenantId = 900;
    racks[10].rowId = 901;
    racks[12].hallId = 902;

    const RackDigest digest(f.project, *f.scenario);
    QCOMPARE(int(digest.groups.size()), 8);
    const RackDigest::Group &first = digest.groups.front();
    QCOMPARE(first.rackCount, 9);
    QCOMPARE(digest.representative(*f.scenario, first).id, racks[0].id);
    const std::vector<int> firstMembers(digest.members.begin() + first.firstMember,
                                        digest.members.begin() + first.firstMember + first.rackCount);
    QCOMPARE(firstMembers, (std::vector<int>{0, 1, 3, 5, 7, 9, 11, 13, 15}));
    QCOMPARE(first.stage, 0);
    QCOMPARE(first.type->id, type);
    QCOMPARE(digest.groups[3].stage, 1); // rack 6's
    QCOMPARE(digest.groups.back().feedCount, 2);
    int counted = 0;
    for (const RackDigest::Group &g : digest.groups)
        counted += g.rackCount;
    QCOMPARE(counted, int(racks.size()));
}

void TestPowerAnalysis::stagesAreCumulative()
{
    PowerFixture f;
    const Id s2 = f.addStage(QStringLiteral("Stage 2"));
    const Id bus = f.addNode(QStringLiteral("BW-1"), PowerNodeKind::Busway, NoId, 100);
    const Id type = f.addType(20000, 1.0);
    f.addRack(type, {RackFeed{bus, Phase::ThreePhase}});
    f.addRack(type, {RackFeed{bus, Phase::ThreePhase}}, s2);
    QList<Problem> problems;
    const QList<PowerNodeLoading> first = analysePower(f.project, *f.scenario, 0, problems);
    const QList<PowerNodeLoading> second = analysePower(f.project, *f.scenario, 1, problems);
    QCOMPARE(loadingOf(first, bus)->loadKw, 20.0);
    QCOMPARE(loadingOf(second, bus)->loadKw, 40.0);
}

void TestPowerAnalysis::twentyThousandRacksAddUp()
{
    // 2N campus: 2 UPS groups of A/B, 500 busway pairs, 20,000 dual-corded 135 kW racks.
    PowerFixture f;
    const Id g = f.addGroup(RedundancyScheme::TwoN, 2, 1);
    const Id tx = f.addNode(QStringLiteral("TX"), PowerNodeKind::Transformer, NoId, 4e6);
    const Id upsA = f.addNode(QStringLiteral("UPS-A"), PowerNodeKind::Ups, tx, 3e6, FeedSide::A, g);
    const Id upsB = f.addNode(QStringLiteral("UPS-B"), PowerNodeKind::Ups, tx, 3e6, FeedSide::B, g);
    const Id type = f.addType(135000, 0.95);
    f.scenario->racks.reserve(20000);
    for (int k = 0; k < 500; ++k) {
        const Id a = f.addNode(QStringLiteral("A%1").arg(k), PowerNodeKind::Busway, upsA, 6000);
        const Id b = f.addNode(QStringLiteral("B%1").arg(k), PowerNodeKind::Busway, upsB, 6000);
        for (int r = 0; r < 40; ++r)
            f.addRack(type, {RackFeed{a, Phase::ThreePhase}, RackFeed{b, Phase::ThreePhase}});
    }
    // Speed is measured in tests/bench (bench_power), not asserted here.
    QList<Problem> problems;
    const auto result = analysePower(f.project, *f.scenario, 0, problems);
    // 20,000 × 135 kW = 2,700 MW through the transformer.
    QVERIFY(std::abs(loadingOf(result, tx)->loadKw - 2.7e6) < 1e-3);
    QVERIFY(std::abs(loadingOf(result, upsA)->failoverUtilisation - 2.7e6 / 0.95 / 3e6) < 1e-9);
}

QTEST_APPLESS_MAIN(TestPowerAnalysis)
#include "tst_poweranalysis.moc"
