// Issue 4's acceptance on the real sample: the Narvik power chain is sound, and crowding
// 40 racks onto one busway shows overloads (normal and failover) naming that busway.
#include "model/power/poweranalysis.h"
#include "model/sample/narviksample.h"

#include <QTest>

using namespace fjord;

namespace {

QList<Problem> powerProblems(const Project &p, int stage)
{
    QList<Problem> problems;
    analysePower(p, p.scenarios.first(), stage, problems);
    return problems;
}

} // namespace

class TestNarvikPower : public QObject {
    Q_OBJECT
private slots:
    void sampleHasNoPowerErrors();
    void fortyRacksOnOneBuswayOverloadIt();
};

void TestNarvikPower::sampleHasNoPowerErrors()
{
    const Project p = makeNarvikSample();
    for (int stage = 0; stage < 2; ++stage) {
        QStringList errors;
        for (const auto &pr : powerProblems(p, stage))
            if (pr.severity == Severity::Error)
                errors << pr.message;
        QVERIFY2(errors.isEmpty(), qPrintable(errors.mid(0, 3).join(QLatin1Char('\n'))));
    }
    // Distributed 4N/3: normal UPS loading near 69 %, worst single block failure under 100 %.
    QList<Problem> none;
    const auto loadings = analysePower(p, p.scenarios.first(), 0, none);
    double worstUps = 0;
    for (const auto &l : loadings)
        if (l.kind == PowerNodeKind::Ups)
            worstUps = qMax(worstUps, l.failoverUtilisation);
    QVERIFY2(worstUps > 0.85 && worstUps <= 1.0, qPrintable(QString::number(worstUps)));
}

void TestNarvikPower::fortyRacksOnOneBuswayOverloadIt()
{
    Project p = makeNarvikSample();
    Scenario &s = p.scenarios.first();
    // The A and B busways of H01-R01 take 40 more GB300 racks from other rows of the hall.
    Id busA = NoId, busB = NoId;
    for (const auto &n : s.powerNodes) {
        if (n.name == QLatin1String("BW-H01-R01-A"))
            busA = n.id;
        if (n.name == QLatin1String("BW-H01-R01-B"))
            busB = n.id;
    }
    QVERIFY(busA != NoId && busB != NoId);
    int moved = 0;
    for (auto &rack : s.racks) {
        if (moved == 40)
            break;
        if (!rack.name.startsWith(QLatin1String("H01-R0")) || rack.name.startsWith(QLatin1String("H01-R01")))
            continue;
        for (auto &feed : rack.feeds)
            feed.nodeId = s.powerNode(feed.nodeId)->side == FeedSide::A ? busA : busB;
        ++moved;
    }
    QCOMPARE(moved, 40);
    bool normalOverload = false;
    for (const auto &pr : powerProblems(p, 0)) {
        if (pr.objectName != QLatin1String("BW-H01-R01-A") && pr.objectName != QLatin1String("BW-H01-R01-B"))
            continue;
        normalOverload |= pr.code == QLatin1String("power.overload") && pr.severity == Severity::Error;
    }
    // 62 racks × 135 kW / 0.97 / 2 sides = 4.3 MVA per 3.46 MVA busway: over even in normal operation.
    QVERIFY(normalOverload);
}

QTEST_APPLESS_MAIN(TestNarvikPower)
#include "tst_narvikpower.moc"
