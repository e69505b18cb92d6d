// The linear failover analysis (model/power/failover.cpp) against the first, quadratic one kept
// in failoverreference.h: every node's worst single failure, figure for figure, on seeded random
// chains of every redundancy design the program knows (2N A/B, N+1, distributed xN/y, groups
// nested under groups, racks with one to four feeds anywhere in the chain, racks of later stages).

#include "failoverreference.h"
#include "model/power/chainindex.h"
#include "model/power/failover.h"
#include "model/power/poweranalysis.h"
#include "powerfixture.h"

#include <QRandomGenerator>
#include <QtTest>

#include <cmath>

using namespace fjord;
using fjord::test::PowerFixture;

namespace {

// A random chain: a few roots, each level's nodes hang under a random node of the level above,
// some levels are redundancy groups of a random scheme; racks take 1-4 feeds from random nodes
// (mostly the lowest level, so that feeds share nodes as rows do).
void buildRandomChain(PowerFixture &f, QRandomGenerator &rng)
{
    const Id later = f.addStage(QStringLiteral("Stage 2"));
    const int types = 1 + int(rng.bounded(3));
    QList<Id> typeIds;
    for (int t = 0; t < types; ++t)
        typeIds.append(f.addType(20e3 + rng.bounded(140000), 0.9 + 0.01 * rng.bounded(10)));

    const int depth = 2 + int(rng.bounded(4));
    QList<QList<Id>> levels;
    for (int d = 0; d < depth; ++d) {
        const int width = d == 0 ? 1 + int(rng.bounded(2)) : 1 + int(rng.bounded(8));
        // Some levels form groups: 2N, N+1, xN/y or N (no transfer); a level may hold several.
        QList<Id> groupIds;
        if (d > 0 && rng.bounded(3) != 0) {
            const int groupCount = 1 + int(rng.bounded(2));
            for (int g = 0; g < groupCount; ++g) {
                const int scheme = int(rng.bounded(4));
                const int blocks = 2 + int(rng.bounded(4));
                groupIds.append(scheme == 0   ? f.addGroup(RedundancyScheme::TwoN, 2, 1)
                                : scheme == 1 ? f.addGroup(RedundancyScheme::NPlus1, blocks, blocks - 1)
                                : scheme == 2 ? f.addGroup(RedundancyScheme::Distributed, blocks, blocks - 1)
                                              : f.addGroup(RedundancyScheme::N, blocks, blocks));
            }
        }
        QList<Id> level;
        for (int k = 0; k < width; ++k) {
            const Id parent = d == 0 ? NoId : levels[d - 1][int(rng.bounded(levels[d - 1].size()))];
            const FeedSide side = rng.bounded(3) == 0   ? FeedSide::A
                                  : rng.bounded(2) == 0 ? FeedSide::B
                                                        : FeedSide::Shared;
            const Id group = groupIds.isEmpty() || rng.bounded(5) == 0
                                 ? NoId
                                 : groupIds[int(rng.bounded(groupIds.size()))];
            const Id id = f.addNode(QStringLiteral("N%1-%2").arg(d).arg(k), PowerNodeKind::Busway, parent,
                                    1000 + rng.bounded(5000), side, group);
            if (rng.bounded(8) == 0)
                f.node(id).stageId = later; // not built in stage 1
            level.append(id);
        }
        levels.append(level);
    }

    QList<Id> all;
    for (const QList<Id> &l : levels)
        all += l;
    const int racks = 1 + int(rng.bounded(60));
    for (int r = 0; r < racks; ++r) {
        QList<RackFeed> feeds;
        const int feedCount = 1 + int(rng.bounded(4));
        for (int k = 0; k < feedCount; ++k) {
            const QList<Id> &from = rng.bounded(4) == 0 ? all : levels.last();
            feeds.append({from[int(rng.bounded(from.size()))], Phase::ThreePhase});
        }
        // A rack shares its feed set with the previous one now and then, as racks of a row do.
        if (r > 0 && rng.bounded(3) == 0)
            feeds = f.scenario->racks.last().feeds;
        f.addRack(typeIds[int(rng.bounded(typeIds.size()))], feeds,
                  rng.bounded(10) == 0 ? later : f.stageId(0));
    }
}

std::vector<double> normalLoads(const ChainIndex &chain, const Scenario &scenario, int stage)
{
    std::vector<double> va(chain.size(), 0.0);
    for (const Rack &rack : scenario.racks) {
        if (!scenario.builtBy(rack.stageId, stage))
            continue;
        std::vector<int> feeds;
        for (const RackFeed &f : rack.feeds)
            if (const int i = chain.indexOf(f.nodeId); i >= 0)
                feeds.push_back(i);
        for (int i : feeds)
            va[i] += feedApparentPowerVa(chain.rackType(rack.rackTypeId), int(feeds.size()));
    }
    for (int i : chain.leavesFirst())
        if (chain.parentOf(i) >= 0)
            va[chain.parentOf(i)] += va[i];
    return va;
}

} // namespace

class TestFailoverEquivalence : public QObject {
    Q_OBJECT
private slots:
    void randomChainsAgreeFigureForFigure();
    void groupFailuresAreExercised();
};

void TestFailoverEquivalence::randomChainsAgreeFigureForFigure()
{
    constexpr int Chains = 1200;
    int compared = 0, raised = 0;
    for (int seed = 1; seed <= Chains; ++seed) {
        QRandomGenerator rng(quint32(seed) * 2654435761u);
        PowerFixture f;
        buildRandomChain(f, rng);
        for (int stage = 0; stage < f.scenario->stages.size(); ++stage) {
            const ChainIndex chain(f.project, *f.scenario, stage);
            const std::vector<double> normal = normalLoads(chain, *f.scenario, stage);
            const std::vector<double> fast = worstSingleFailureVa(chain, *f.scenario, stage, normal);
            const std::vector<double> slow =
                fjord::test::referenceWorstSingleFailureVa(chain, *f.scenario, stage, normal);
            QCOMPARE(fast.size(), slow.size());
            for (int i = 0; i < chain.size(); ++i) {
                const double tolerance = 1e-9 * std::max(1.0, std::abs(slow[i]));
                if (std::abs(fast[i] - slow[i]) > tolerance)
                    QFAIL(qPrintable(QStringLiteral("seed %1, stage %2, node %3: fast %4 VA, reference %5 VA")
                                         .arg(seed)
                                         .arg(stage + 1)
                                         .arg(chain.node(i).name)
                                         .arg(fast[i], 0, 'f', 3)
                                         .arg(slow[i], 0, 'f', 3)));
                ++compared;
                raised += slow[i] > normal[i] * (1 + 1e-9);
            }
        }
    }
    // The chains must actually exercise failover: many nodes carry more after some failure.
    QVERIFY2(raised > compared / 10, qPrintable(QStringLiteral("%1 of %2 raised").arg(raised).arg(compared)));
}

// A hand-sized case whose answer is the group transfer alone (METHOD §7): 3 UPS blocks of a 3N/2
// group, racks single-corded under each; failing one moves its 60 kVA evenly to the two others.
void TestFailoverEquivalence::groupFailuresAreExercised()
{
    PowerFixture f;
    const Id type = f.addType(60e3, 1.0);
    const Id group = f.addGroup(RedundancyScheme::Distributed, 3, 2);
    const Id top = f.addNode(QStringLiteral("TX"), PowerNodeKind::Transformer, NoId, 1000);
    QList<Id> ups;
    for (int k = 0; k < 3; ++k) {
        ups.append(
            f.addNode(QStringLiteral("UPS%1").arg(k), PowerNodeKind::Ups, top, 100, FeedSide::Shared, group));
        f.addRack(type, {{ups.last(), Phase::ThreePhase}});
    }
    const ChainIndex chain(f.project, *f.scenario, 0);
    const std::vector<double> normal = normalLoads(chain, *f.scenario, 0);
    const std::vector<double> fast = worstSingleFailureVa(chain, *f.scenario, 0, normal);
    const std::vector<double> slow =
        fjord::test::referenceWorstSingleFailureVa(chain, *f.scenario, 0, normal);
    for (int k = 0; k < 3; ++k) {
        const int i = chain.indexOf(ups[k]);
        QCOMPARE(fast[i], 90e3); // 60 + 60/2 kVA
        QCOMPARE(slow[i], 90e3);
    }
    QCOMPARE(fast[chain.indexOf(top)], 180e3); // nothing is lost above the group
}

QTEST_GUILESS_MAIN(TestFailoverEquivalence)
#include "tst_failoverequivalence.moc"
