#pragma once

// Small hand-checkable power chains built in code for the power tests.

#include "model/problem.h"
#include "model/project.h"
#include "model/results.h"

#include <QStringList>

namespace fjord::test {

struct PowerFixture {
    Project project;
    Scenario *scenario = nullptr;

    PowerFixture()
    {
        Scenario s;
        s.id = project.allocateId();
        s.name = QStringLiteral("Test");
        Stage st;
        st.id = project.allocateId();
        st.name = QStringLiteral("Stage 1");
        s.stages.append(st);
        project.scenarios.append(s);
        scenario = &project.scenarios.last();
    }

    Id stageId(int i = 0) const { return scenario->stages[i].id; }

    Id addStage(const QString &name)
    {
        Stage st;
        st.id = project.allocateId();
        st.name = name;
        scenario->stages.append(st);
        return st.id;
    }

    // A rack type of `watts` design power at power factor `pf`.
    Id addType(double watts, double pf, bool threePhase = true)
    {
        RackType t;
        t.id = project.allocateId();
        t.name = QStringLiteral("T%1").arg(t.id);
        t.designPowerW = watts;
        t.powerFactor = pf;
        t.threePhase = threePhase;
        project.rackTypes.append(t);
        return t.id;
    }

    Id addGroup(RedundancyScheme scheme, int blocks, int needed)
    {
        RedundancyGroup g;
        g.id = project.allocateId();
        g.name = QStringLiteral("G%1").arg(g.id);
        g.scheme = scheme;
        g.blocks = blocks;
        g.neededBlocks = needed;
        scenario->redundancyGroups.append(g);
        return g.id;
    }

    // A node rated in kVA.
    Id addNode(const QString &name, PowerNodeKind kind, Id parent, double ratingKva,
               FeedSide side = FeedSide::Shared, Id group = NoId)
    {
        PowerNode n;
        n.id = project.allocateId();
        n.name = name;
        n.kind = kind;
        n.parentId = parent;
        n.ratingVa = ratingKva * 1e3;
        n.side = side;
        n.redundancyGroupId = group;
        scenario->powerNodes.append(n);
        return n.id;
    }

    // A node rated in amperes at `volts` (line-to-line or line-to-neutral as said).
    Id addCurrentNode(const QString &name, Id parent, double amps, double volts, VoltageReference ref,
                      int phases = 3, FeedSide side = FeedSide::Shared)
    {
        PowerNode n;
        n.id = project.allocateId();
        n.name = name;
        n.kind = PowerNodeKind::Busway;
        n.parentId = parent;
        n.ratingBasis = RatingBasis::Current;
        n.ratingA = amps;
        n.voltageV = volts;
        n.voltageReference = ref;
        n.phases = phases;
        n.side = side;
        scenario->powerNodes.append(n);
        return n.id;
    }

    Id addRack(Id type, QList<RackFeed> feeds, Id stage = NoId)
    {
        Rack r;
        r.id = project.allocateId();
        r.name = QStringLiteral("R%1").arg(r.id);
        r.rackTypeId = type;
        r.stageId = stage;
        r.feeds = feeds;
        scenario->racks.append(r);
        return r.id;
    }

    PowerNode &node(Id id) { return *scenario->powerNode(id); }
};

inline const PowerNodeLoading *loadingOf(const QList<PowerNodeLoading> &list, Id id)
{
    for (const auto &l : list)
        if (l.nodeId == id)
            return &l;
    return nullptr;
}
// A pointer into a temporary list would dangle once the statement ends (AddressSanitizer found one):
// keep the analysis in a variable first.
const PowerNodeLoading *loadingOf(QList<PowerNodeLoading> &&list, Id id) = delete;

inline QStringList codes(const QList<Problem> &problems)
{
    QStringList out;
    for (const auto &p : problems)
        out.append(p.code);
    return out;
}

} // namespace fjord::test
