// Tenants and allocation (issue 12): allocating halls, rows or racks is one undo step; removing a
// tenant takes its allocation back in the same step; the start-up/research target Problem appears and
// disappears with the allocation.
#include "model/allocation.h"
#include "model/document/commands/analysiscommands.h"
#include "model/document/commands/tenantcommands.h"
#include "model/document/projectdocument.h"
#include "tests/document/testproject.h"

#include <QTest>
#include <QUndoStack>

using namespace fjord;
namespace ids = fjord::test::ids;

namespace {

Tenant tenant(const QString &name, TenantClass c)
{
    Tenant t;
    t.name = name;
    t.tenantClass = c;
    t.price = 1.5;
    t.contract = ContractKind::GpuHours;
    return t;
}

// Adds a tenant through the undo stack; returns its id.
Id addTenant(ProjectDocument &doc, const Tenant &t)
{
    auto *add = new AddTenantCommand(&doc, ids::Baseline, t);
    const Id id = add->itemId();
    doc.undoStack()->push(add);
    return id;
}

bool hasProblem(ProjectDocument &doc, const QString &code, const QString &objectName)
{
    doc.recomputeNow(); // what the Problems list shows once the edit has settled
    for (const Problem &p : doc.problems())
        if (p.code == code && p.objectName == objectName)
            return true;
    return false;
}

} // namespace

class TestTenantCommands : public QObject {
    Q_OBJECT
private slots:
    void addTenantAllocatesAnId()
    {
        ProjectDocument doc(test::makeTestProject());
        const Id id = addTenant(doc, tenant(QStringLiteral("Anchor"), TenantClass::Anchor));
        QVERIFY(id >= 100);
        QCOMPARE(doc.scenario().tenants.size(), 1);
        QCOMPARE(doc.scenario().tenant(id)->name, QStringLiteral("Anchor"));
        doc.undoStack()->undo();
        QVERIFY(doc.scenario().tenants.isEmpty());
    }

    void allocatingAHallReachesItsRacksInOneStep()
    {
        ProjectDocument doc(test::makeTestProject());
        const Id anchor = addTenant(doc, tenant(QStringLiteral("Anchor"), TenantClass::Anchor));
        const Id research = addTenant(doc, tenant(QStringLiteral("Uni"), TenantClass::Research));
        const int steps = doc.undoStack()->count();
        // Rack 3 first goes to research on its own, then the hall goes to the anchor: the hall's
        // allocation takes in rack 3 too (it clears the rack's own tenant), all in one step.
        doc.undoStack()->push(makeAllocateCommand(&doc, ids::Baseline, {{}, {}, {ids::Rack3}}, research));
        QCOMPARE(doc.scenario().tenantOf(*doc.scenario().rack(ids::Rack3)), research);
        const Project before = doc.project();
        QUndoCommand *cmd = makeAllocateCommand(&doc, ids::Baseline, {{ids::Hall1}, {}, {}}, anchor);
        QVERIFY(cmd);
        QCOMPARE(cmd->text(), QStringLiteral("Allocate 1 object to Anchor"));
        doc.undoStack()->push(cmd);
        QCOMPARE(doc.undoStack()->count(), steps + 2);
        for (const Rack &r : doc.scenario().racks)
            QCOMPARE(doc.scenario().tenantOf(r), anchor);
        doc.undoStack()->undo();
        QCOMPARE(doc.project(), before);
        // Nothing to do: no command.
        QVERIFY(!makeAllocateCommand(&doc, ids::Baseline, {{}, {}, {ids::Rack3}}, research));
        QVERIFY(!makeAllocateCommand(&doc, ids::Baseline, {}, anchor));
        QVERIFY(!makeAllocateCommand(&doc, ids::Baseline, {{ids::Hall1}, {}, {}}, 9999)); // no such tenant
    }

    void removingATenantFreesItsCapacity()
    {
        ProjectDocument doc(test::makeTestProject());
        const Id anchor = addTenant(doc, tenant(QStringLiteral("Anchor"), TenantClass::Anchor));
        doc.undoStack()->push(
            makeAllocateCommand(&doc, ids::Baseline, {{}, {ids::Row1}, {ids::Rack1}}, anchor));
        const Project before = doc.project();
        QUndoCommand *cmd = makeRemoveTenantCommand(&doc, ids::Baseline, anchor);
        QVERIFY(cmd);
        doc.undoStack()->push(cmd);
        QVERIFY(doc.scenario().tenants.isEmpty());
        QCOMPARE(doc.scenario().row(ids::Row1)->tenantId, NoId);
        QCOMPARE(doc.scenario().rack(ids::Rack1)->tenantId, NoId);
        QVERIFY(!hasProblem(doc, QStringLiteral("ref.tenant"), QStringLiteral("R01")));
        doc.undoStack()->undo();
        QCOMPARE(doc.project(), before);
    }

    void priorityTargetProblemFollowsTheAllocation()
    {
        ProjectDocument doc(test::makeTestProject());
        const Id anchor = addTenant(doc, tenant(QStringLiteral("Anchor"), TenantClass::Anchor));
        const Id startups = addTenant(doc, tenant(QStringLiteral("Start-ups"), TenantClass::Startup));
        // All three racks to the anchor: both stages miss the 10 % target.
        doc.undoStack()->push(makeAllocateCommand(&doc, ids::Baseline, {{ids::Hall1}, {}, {}}, anchor));
        QVERIFY(hasProblem(doc, QStringLiteral("tenants.priority_target"), QStringLiteral("Stage 1")));
        QVERIFY(hasProblem(doc, QStringLiteral("tenants.priority_target"), QStringLiteral("Stage 2")));
        // The message names the stage and the shortfall: 10 % of 270 kW = 0.03 MW (2 decimals).
        bool named = false;
        for (const Problem &p : doc.problems())
            if (p.code == QStringLiteral("tenants.priority_target") &&
                p.objectName == QStringLiteral("Stage 1"))
                named = p.message.contains(QStringLiteral("Stage 1")) &&
                        p.message.contains(QStringLiteral("0.03 MW"));
        QVERIFY(named);
        // Rack 3 (stage 2) to the start-ups: stage 2 has 1 of 3 racks (33 %), stage 1 still 0 %.
        doc.undoStack()->push(makeAllocateCommand(&doc, ids::Baseline, {{}, {}, {ids::Rack3}}, startups));
        QVERIFY(hasProblem(doc, QStringLiteral("tenants.priority_target"), QStringLiteral("Stage 1")));
        QVERIFY(!hasProblem(doc, QStringLiteral("tenants.priority_target"), QStringLiteral("Stage 2")));
        // Rack 1 too: both stages meet the target. One undo brings the stage 1 problem back.
        doc.undoStack()->push(makeAllocateCommand(&doc, ids::Baseline, {{}, {}, {ids::Rack1}}, startups));
        QVERIFY(!hasProblem(doc, QStringLiteral("tenants.priority_target"), QStringLiteral("Stage 1")));
        doc.undoStack()->undo();
        QVERIFY(hasProblem(doc, QStringLiteral("tenants.priority_target"), QStringLiteral("Stage 1")));
        // A target of 0 turns the check off.
        Project p = doc.project();
        p.settings.priorityCapacityTarget = 0;
        QVERIFY(
            priorityTargetProblems(p, p.scenarios[0], {allocationThrough(p, p.scenarios[0], 0)}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTenantCommands)
#include "tst_tenantcommands.moc"
