// Power-chain analysis speed (METHOD §7, every single failure enumerated): the Narvik sample
// (3,579 racks, 578 nodes) and a 20,000-rack 2N campus. Prints the median of repeated runs.
#include "model/power/poweranalysis.h"
#include "model/sample/narviksample.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace fjord;

namespace {

double medianMs(const Project &p, const Scenario &s, int stage, int runs)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QList<Problem> problems;
        QElapsedTimer t;
        t.start();
        const auto loadings = analysePower(p, s, stage, problems);
        ms.push_back(t.nsecsElapsed() / 1e6);
        if (loadings.isEmpty())
            std::printf("(no nodes)\n");
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

Project twentyThousandRacks()
{
    Project p = makeEmptyProject(QStringLiteral("20k"));
    Scenario &s = p.scenarios.first();
    auto node = [&](const QString &name, PowerNodeKind kind, Id parent, double va, FeedSide side) {
        PowerNode n;
        n.id = p.allocateId();
        n.name = name;
        n.kind = kind;
        n.parentId = parent;
        n.ratingVa = va;
        n.side = side;
        s.powerNodes.append(n);
        return n.id;
    };
    const Id tx = node(QStringLiteral("TX"), PowerNodeKind::Transformer, NoId, 4e9, FeedSide::Shared);
    const Id upsA = node(QStringLiteral("UPS-A"), PowerNodeKind::Ups, tx, 3e9, FeedSide::A);
    const Id upsB = node(QStringLiteral("UPS-B"), PowerNodeKind::Ups, tx, 3e9, FeedSide::B);
    for (int k = 0; k < 500; ++k) {
        const Id a = node(QStringLiteral("A%1").arg(k), PowerNodeKind::Busway, upsA, 6e6, FeedSide::A);
        const Id b = node(QStringLiteral("B%1").arg(k), PowerNodeKind::Busway, upsB, 6e6, FeedSide::B);
        for (int r = 0; r < 40; ++r) {
            Rack rack;
            rack.id = p.allocateId();
            rack.rackTypeId = p.rackTypes.first().id;
            rack.feeds = {RackFeed{a, Phase::ThreePhase}, RackFeed{b, Phase::ThreePhase}};
            s.racks.append(rack);
        }
    }
    return p;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Project narvik = makeNarvikSample();
    std::printf("analysePower, Narvik sample, stage 2 (3,579 racks): %.1f ms (median of 21)\n",
                medianMs(narvik, narvik.scenarios.first(), 1, 21));
    const Project big = twentyThousandRacks();
    std::printf("analysePower, 20,000 racks on 1,002 nodes (2N): %.1f ms (median of 11)\n",
                medianMs(big, big.scenarios.first(), 0, 11));
    return 0;
}
