// Automatic A/B feeds (issue 11): round-robin over each side's busways within their ratings, 2N
// sizing (each side carries the whole rack), load already on a busway counts; feeding racks from one
// node replaces only that node's side.
#include "model/power/autofeed.h"
#include "tests/model/power/powerfixture.h"

#include <QTest>

using namespace fjord;
using test::PowerFixture;

class TestAutoFeed : public QObject {
    Q_OBJECT
private slots:
    void roundRobinOverBothSides();
    void ratingsAreRespectedAndExistingLoadCounts();
    void singlePhaseTypesTakeTurnsOnPhases();
    void feedNodesBelowFollowsTheChain();
    void feedFromNodeReplacesOnlyItsSide();
};

void TestAutoFeed::roundRobinOverBothSides()
{
    PowerFixture f;
    const Id type = f.addType(100e3, 1.0);
    f.project.rackType(type)->feedsPerSide = 2;
    const Id a1 = f.addNode(QStringLiteral("A1"), PowerNodeKind::Busway, NoId, 1000, FeedSide::A);
    const Id a2 = f.addNode(QStringLiteral("A2"), PowerNodeKind::Busway, NoId, 1000, FeedSide::A);
    const Id b1 = f.addNode(QStringLiteral("B1"), PowerNodeKind::Busway, NoId, 1000, FeedSide::B);
    QList<Id> racks;
    for (int i = 0; i < 4; ++i)
        racks.append(f.addRack(type, {}));
    const FeedPlan plan = planAutoFeeds(f.project, *f.scenario, racks, {a1, a2, b1});
    QVERIFY(plan.unplaced.isEmpty());
    QCOMPARE(plan.feeds.size(), 4);
    const QList<Id> expectedA{a1, a2, a1, a2};
    for (int i = 0; i < 4; ++i) {
        const QList<RackFeed> feeds = plan.feeds.value(racks[i]);
        QCOMPARE(feeds.size(), 4); // 2 per side
        QCOMPARE(feeds[0].nodeId, expectedA[i]);
        QCOMPARE(feeds[1].nodeId, expectedA[i]);
        QCOMPARE(feeds[2].nodeId, b1);
        QCOMPARE(feeds[3].nodeId, b1);
        QCOMPARE(feeds[0].phase, Phase::ThreePhase);
    }
}

void TestAutoFeed::ratingsAreRespectedAndExistingLoadCounts()
{
    PowerFixture f;
    const Id type = f.addType(100e3, 0.8); // 125 kVA per rack
    const Id a1 = f.addNode(QStringLiteral("A1"), PowerNodeKind::Busway, NoId, 300, FeedSide::A);
    const Id other = f.addNode(QStringLiteral("X"), PowerNodeKind::Pdu, NoId, 300, FeedSide::A);
    f.addRack(type, {RackFeed{a1, Phase::ThreePhase}}); // 125 kVA already on A1, not re-planned
    QList<Id> racks{f.addRack(type, {}), f.addRack(type, {})};
    const FeedPlan plan = planAutoFeeds(f.project, *f.scenario, racks, {a1});
    // A1 has room for one more 125 kVA rack (250 of 300), not two.
    QCOMPARE(plan.feeds.size(), 1);
    QCOMPARE(plan.unplaced, QList<Id>{racks[1]});
    QVERIFY(!plan.notes.isEmpty());
    // With the PDU as well, the second rack goes there.
    const FeedPlan both = planAutoFeeds(f.project, *f.scenario, racks, {a1, other});
    QVERIFY(both.unplaced.isEmpty());
    QCOMPARE(both.feeds.value(racks[1]).constFirst().nodeId, other);
    // Nothing to feed from: every rack is left as it was.
    const FeedPlan none = planAutoFeeds(f.project, *f.scenario, racks, {});
    QCOMPARE(none.unplaced, racks);
}

void TestAutoFeed::singlePhaseTypesTakeTurnsOnPhases()
{
    PowerFixture f;
    const Id type = f.addType(5e3, 1.0, false);
    const Id a = f.addNode(QStringLiteral("PDU"), PowerNodeKind::Pdu, NoId, 100, FeedSide::A);
    QList<Id> racks{f.addRack(type, {}), f.addRack(type, {}), f.addRack(type, {})};
    const FeedPlan plan = planAutoFeeds(f.project, *f.scenario, racks, {a});
    QCOMPARE(plan.feeds.value(racks[0]).constFirst().phase, Phase::L1);
    QCOMPARE(plan.feeds.value(racks[1]).constFirst().phase, Phase::L2);
    QCOMPARE(plan.feeds.value(racks[2]).constFirst().phase, Phase::L3);
}

void TestAutoFeed::feedNodesBelowFollowsTheChain()
{
    PowerFixture f;
    const Id grid = f.addNode(QStringLiteral("G"), PowerNodeKind::GridConnection, NoId, 10000);
    const Id swbA = f.addNode(QStringLiteral("SWB-A"), PowerNodeKind::Switchboard, grid, 2000);
    const Id swbB = f.addNode(QStringLiteral("SWB-B"), PowerNodeKind::Switchboard, grid, 2000);
    const Id bwA = f.addNode(QStringLiteral("BW-A"), PowerNodeKind::Busway, swbA, 1000);
    const Id bwB = f.addNode(QStringLiteral("BW-B"), PowerNodeKind::Busway, swbB, 1000);
    QCOMPARE(feedNodesBelow(*f.scenario, swbA), QList<Id>{bwA});
    QCOMPARE(feedNodesBelow(*f.scenario, grid), (QList<Id>{bwA, bwB}));
    QCOMPARE(feedNodesBelow(*f.scenario, NoId), (QList<Id>{bwA, bwB}));
    QCOMPARE(feedNodesBelow(*f.scenario, bwB), QList<Id>{bwB});
}

void TestAutoFeed::feedFromNodeReplacesOnlyItsSide()
{
    PowerFixture f;
    const Id type = f.addType(50e3, 1.0);
    const Id a1 = f.addNode(QStringLiteral("A1"), PowerNodeKind::Busway, NoId, 1000, FeedSide::A);
    const Id a2 = f.addNode(QStringLiteral("A2"), PowerNodeKind::Busway, NoId, 1000, FeedSide::A);
    const Id b1 = f.addNode(QStringLiteral("B1"), PowerNodeKind::Busway, NoId, 1000, FeedSide::B);
    const Id fed = f.addRack(type, {RackFeed{a1, Phase::ThreePhase}, RackFeed{b1, Phase::ThreePhase}});
    const Id unfed = f.addRack(type, {});
    const FeedPlan plan = planFeedFromNode(f.project, *f.scenario, {fed, unfed}, a2);
    QCOMPARE(plan.feeds.value(fed),
             (QList<RackFeed>{RackFeed{a2, Phase::ThreePhase}, RackFeed{b1, Phase::ThreePhase}}));
    QCOMPARE(plan.feeds.value(unfed), (QList<RackFeed>{RackFeed{a2, Phase::ThreePhase}}));
    // Already fed so: nothing to change.
    f.scenario->rack(unfed)->feeds = {RackFeed{a2, Phase::ThreePhase}};
    QVERIFY(!planFeedFromNode(f.project, *f.scenario, {unfed}, a2).feeds.contains(unfed));
    // Only busways and PDUs feed racks.
    QVERIFY(planFeedFromNode(f.project, *f.scenario, {unfed}, NoId).feeds.isEmpty());
}

QTEST_APPLESS_MAIN(TestAutoFeed)
#include "tst_autofeed.moc"
