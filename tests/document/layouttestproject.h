#pragma once
// The layout command tests' project: one scenario with two stages, a GB300-class type (0.6 × 1.2 m,
// 1360 kg), a network type, and a 20 × 10 m hall H1 at (100, 50) m; and helpers to push edits.

#include "model/document/commands/layoutchangecommand.h"
#include "model/document/commands/layoutedits.h"
#include "model/document/projectdocument.h"

#include <QTest>
#include <QUndoStack>

using namespace fjord;

namespace fjord::layouttest {

// One scenario, one stage, a GB300-class type (0.6 × 1.2 m, 1360 kg) and a 20 × 10 m hall H1.
inline Project testProject()
{
    Project p;
    p.name = QStringLiteral("Test");
    RackType t;
    t.id = p.allocateId();
    t.name = QStringLiteral("GB300 NVL72");
    t.designPowerW = 135e3;
    t.massKg = 1360;
    t.widthM = 0.6;
    t.depthM = 1.2;
    p.rackTypes.append(t);
    RackType net = t;
    net.id = p.allocateId();
    net.name = QStringLiteral("Network");
    net.designPowerW = 15e3;
    p.rackTypes.append(net);
    Scenario s;
    s.id = p.allocateId();
    s.name = QStringLiteral("Baseline");
    Stage st;
    st.id = p.allocateId();
    st.name = QStringLiteral("Stage 1");
    s.stages.append(st);
    Stage st2 = st;
    st2.id = p.allocateId();
    st2.name = QStringLiteral("Stage 2");
    s.stages.append(st2);
    Hall h;
    h.id = p.allocateId();
    h.name = QStringLiteral("H1");
    h.xM = 100;
    h.yM = 50;
    h.widthM = 20;
    h.depthM = 10;
    s.halls.append(h);
    p.scenarios.append(s);
    return p;
}

constexpr Id Gb300 = 1, Network = 2, Stage1 = 4, Stage2 = 5, H1 = 6;

inline void push(ProjectDocument &doc, const LayoutDelta &delta, int mergeId = -1, int key = 0)
{
    QVERIFY(!delta.isEmpty());
    doc.undoStack()->push(new LayoutChangeCommand(&doc, QStringLiteral("edit"), delta, mergeId, key));
}

inline layout::RowSpec row10(double y = 2.0)
{
    layout::RowSpec spec;
    spec.hallId = H1;
    spec.xM = 1.0;
    spec.yM = y;
    spec.count = 10;
    spec.pitchM = 0.6;
    spec.rackTypeId = Gb300;
    spec.stageId = Stage1;
    return spec;
}

} // namespace fjord::layouttest

using namespace fjord::layouttest;
