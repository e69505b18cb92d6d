// Electrical losses (METHOD §2) beyond the hand calculation in tst_enginecooling: missing equipment,
// busway/PDU loss models, unrated units, and the power analysis filled per stage.

#include "model/engine.h"
#include "toyproject.h"

#include <QTest>

#include <cmath>

using namespace fjord;
using namespace fjord::test;

namespace {

constexpr double It = 850e3; // 10 × 100 kW at 0.85

PowerNode node(Id id, Id parent, PowerNodeKind kind, double ratingVa, LossModel losses,
               FeedSide side = FeedSide::Shared)
{
    PowerNode n;
    n.id = id;
    n.parentId = parent;
    n.name = QStringLiteral("N%1").arg(id);
    n.kind = kind;
    n.ratingVa = ratingVa;
    n.losses = losses;
    n.side = side;
    return n;
}

double relative(double a, double b)
{
    return std::abs(a - b) / std::max(std::abs(b), 1e-300);
}

} // namespace

class TestEngineElectrical : public QObject {
    Q_OBJECT

private slots:
    void noUpsNoTransformerNoLoss()
    {
        Toy toy = makeToy();
        const Results r = evaluate(toy.project, toy.scenario(), constantClimate(0));
        const HourlyEndUses &h = r.stages[0].hourly;
        QCOMPARE(h.upsLossW[0], 0.0);
        QCOMPARE(h.transformerLossW[0], 0.0);
        QVERIFY(relative(h.distributionLossW[0], 0.01 * It) < 1e-12); // the 1 % default
    }

    void buswayLossModelReplacesTheDefault()
    {
        // Two busways with a 0.5 % linear loss each: distribution = 0.005 · IT.
        Toy toy = makeToy();
        toy.scenario().powerNodes.append(node(20, NoId, PowerNodeKind::Busway, 1e6, {0, 0.005, 0}));
        toy.scenario().powerNodes.append(node(21, NoId, PowerNodeKind::Busway, 1e6, {0, 0.005, 0}));
        Results r = evaluate(toy.project, toy.scenario(), constantClimate(0));
        QVERIFY(relative(r.stages[0].hourly.distributionLossW[0], 0.005 * It) < 1e-12);

        // Busways without a loss model: the 1 % default still applies.
        toy.scenario().powerNodes[0].losses = {};
        toy.scenario().powerNodes[1].losses = {};
        r = evaluate(toy.project, toy.scenario(), constantClimate(0));
        QVERIFY(relative(r.stages[0].hourly.distributionLossW[0], 0.01 * It) < 1e-12);
    }

    void upsOfALaterStageDoesNotLoseEarlier()
    {
        Toy toy = makeToy();
        Stage second;
        second.id = 60;
        second.name = QStringLiteral("Stage 2");
        second.energisation = QDate(2029, 1, 1);
        toy.scenario().stages.append(second);
        PowerNode ups = node(22, NoId, PowerNodeKind::Ups, 1e6, {0.01, 0.015, 0.01});
        ups.stageId = 60;
        toy.scenario().powerNodes.append(ups);
        const Results r = evaluate(toy.project, toy.scenario(), constantClimate(0));
        QCOMPARE(r.stages[0].hourly.upsLossW[0], 0.0);
        const double p = It + 0.005 * 722.5e3; // IT + CDU pumps
        QVERIFY(relative(r.stages[1].hourly.upsLossW[0], 1e6 * 0.01 + p * 0.015 + p * p / 1e6 * 0.01) <
                1e-12);
    }

    void upsRatedInAmperes()
    {
        // 1,443.4 A at 400 V three-phase ≈ 1 MVA: the same loss as a 1 MVA rating.
        Toy toy = makeToy();
        PowerNode ups = node(22, NoId, PowerNodeKind::Ups, 0, {0.01, 0.015, 0.01});
        ups.ratingBasis = RatingBasis::Current;
        ups.ratingA = 1e6 / (std::sqrt(3.0) * 400.0);
        toy.scenario().powerNodes.append(ups);
        const Results r = evaluate(toy.project, toy.scenario(), constantClimate(0));
        const double p = It + 0.005 * 722.5e3;
        QVERIFY(relative(r.stages[0].hourly.upsLossW[0], 1e6 * 0.01 + p * 0.015 + p * p / 1e6 * 0.01) < 1e-9);
    }

    void unratedUnitsShareEvenlyWithTheirLinearLoss()
    {
        Toy toy = makeToy();
        toy.scenario().powerNodes.append(node(22, NoId, PowerNodeKind::Ups, 0, {0.01, 0.02, 0.01}));
        toy.scenario().powerNodes.append(node(23, NoId, PowerNodeKind::Ups, 0, {0.01, 0.04, 0.01}));
        const Results r = evaluate(toy.project, toy.scenario(), constantClimate(0));
        const double p = It + 0.005 * 722.5e3;
        QVERIFY(relative(r.stages[0].hourly.upsLossW[0], p * (0.5 * 0.02 + 0.5 * 0.04)) < 1e-12);
    }

    void powerAnalysisFilledPerStage()
    {
        Toy toy = makeToy(2);
        Scenario &s = toy.scenario();
        s.powerNodes.append(node(20, NoId, PowerNodeKind::GridConnection, 2e6, {}));
        s.powerNodes.append(node(21, 20, PowerNodeKind::Busway, 0.5e6, {}));
        for (auto &rack : s.racks)
            rack.feeds = {RackFeed{21, Phase::ThreePhase}};
        const Results r = evaluate(toy.project, s, constantClimate(0));
        QCOMPARE(r.stages[0].power.size(), 2);
        const auto it = std::find_if(r.stages[0].power.begin(), r.stages[0].power.end(),
                                     [](const PowerNodeLoading &l) { return l.nodeId == 21; });
        QVERIFY(it != r.stages[0].power.end());
        QVERIFY(relative(it->loadKw, 200.0) < 1e-9); // two racks at design power
    }
};

QTEST_GUILESS_MAIN(TestEngineElectrical)
#include "tst_engineelectrical.moc"
