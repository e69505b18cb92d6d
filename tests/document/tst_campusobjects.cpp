// Adding, removing and assigning whole objects of a campus (issue 11): cooling systems with the
// halls they cool, load profiles, heat offtakes; the add-commands allocate the ids themselves.
// Each is one undo step; undo restores the project exactly.
#include "model/document/commands/analysiscommands.h"
#include "model/document/commands/coolingsystemcommands.h"
#include "model/document/projectdocument.h"
#include "tests/document/testproject.h"

#include <QTest>
#include <QUndoStack>

using namespace fjord;
namespace ids = fjord::test::ids;

class TestCampusObjects : public QObject {
    Q_OBJECT
private slots:
    void addCoolingSystemServesTheGivenHallsInOneStep();
    void removeCoolingSystemFreesItsHallsAndUndoRestoresThem();
    void assignCoolingSkipsHallsAlreadyServed();
    void addCommandsAllocateIdsAndNeverReuseThem();
    void loadProfileAddRemove();
};

void TestCampusObjects::addCoolingSystemServesTheGivenHallsInOneStep()
{
    ProjectDocument doc(test::makeTestProject());
    const Project before = doc.project();
    CoolingSystem system;
    system.name = QStringLiteral("Loop 2");
    system.supplyC = 40;
    Id newId = NoId;
    QUndoCommand *cmd = makeAddCoolingSystemCommand(&doc, ids::Baseline, system, {ids::Hall1}, &newId);
    QVERIFY(cmd);
    QVERIFY(newId >= before.nextId); // a fresh id, taken from the project's counter
    QCOMPARE(cmd->text(), u"Add cooling system Loop 2"_qs);
    doc.undoStack()->push(cmd);
    QCOMPARE(doc.undoStack()->count(), 1);
    const CoolingSystem *added = doc.scenario().coolingSystem(newId);
    QVERIFY(added);
    QCOMPARE(added->supplyC, 40.0);
    QCOMPARE(doc.scenario().hall(ids::Hall1)->coolingSystemId, newId);

    doc.undoStack()->undo();
    QCOMPARE(doc.scenario().coolingSystems, before.scenarios[0].coolingSystems);
    QCOMPARE(doc.scenario().halls, before.scenarios[0].halls);
    doc.undoStack()->redo();
    QCOMPARE(doc.scenario().hall(ids::Hall1)->coolingSystemId, newId); // same id again
}

void TestCampusObjects::removeCoolingSystemFreesItsHallsAndUndoRestoresThem()
{
    ProjectDocument doc(test::makeTestProject());
    const Project before = doc.project();
    QVERIFY(!makeRemoveCoolingSystemCommand(&doc, ids::Baseline, ids::Hall1)); // not a cooling system
    doc.undoStack()->push(makeRemoveCoolingSystemCommand(&doc, ids::Baseline, ids::Cooling));
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(!doc.scenario().coolingSystem(ids::Cooling));
    QCOMPARE(doc.scenario().hall(ids::Hall1)->coolingSystemId, NoId);
    doc.undoStack()->undo();
    QCOMPARE(doc.project(), before);
}

void TestCampusObjects::assignCoolingSkipsHallsAlreadyServed()
{
    ProjectDocument doc(test::makeTestProject());
    QVERIFY(!makeAssignCoolingCommand(&doc, ids::Baseline, {ids::Hall1}, ids::Cooling)); // already
    QVERIFY(!makeAssignCoolingCommand(&doc, ids::Baseline, {ids::Hall1}, ids::Rack1));   // not a system
    QUndoCommand *off = makeAssignCoolingCommand(&doc, ids::Baseline, {ids::Hall1}, NoId);
    QVERIFY(off);
    QCOMPARE(off->text(), u"Take the cooling system off 1 hall"_qs);
    doc.undoStack()->push(off);
    QCOMPARE(doc.scenario().hall(ids::Hall1)->coolingSystemId, NoId);
    doc.undoStack()->push(makeAssignCoolingCommand(&doc, ids::Baseline, {ids::Hall1}, ids::Cooling));
    QCOMPARE(doc.scenario().hall(ids::Hall1)->coolingSystemId, ids::Cooling);
    doc.undoStack()->undo();
    QCOMPARE(doc.scenario().hall(ids::Hall1)->coolingSystemId, NoId);
}

void TestCampusObjects::addCommandsAllocateIdsAndNeverReuseThem()
{
    ProjectDocument doc(test::makeTestProject());
    const Id next = doc.project().nextId;
    HeatOfftake o;
    o.name = QStringLiteral("DH");
    auto *addOfftake = new AddHeatOfftakeCommand(&doc, ids::Baseline, o);
    QCOMPARE(addOfftake->itemId(), next);
    doc.undoStack()->push(addOfftake);
    Ppa ppa;
    ppa.name = QStringLiteral("Hydro");
    auto *addPpa = new AddPpaCommand(&doc, ids::Baseline, ppa);
    QCOMPARE(addPpa->itemId(), next + 1);
    doc.undoStack()->push(addPpa);
    QCOMPARE(doc.scenario().heatOfftakes.constLast().id, next);
    QCOMPARE(doc.scenario().supply.ppas.constLast().id, next + 1);
    doc.undoStack()->undo();
    // After an undo the next add still gets a fresh id: an id once handed out is never reused.
    auto *again = new AddPpaCommand(&doc, ids::Baseline, ppa);
    QCOMPARE(again->itemId(), next + 2);
    delete again;
    // An object that already has an id keeps it (a paste, a redo of a copy).
    OpexItem item;
    item.id = 4242;
    auto *addOpex = new AddOpexItemCommand(&doc, ids::Baseline, item);
    QCOMPARE(addOpex->itemId(), Id(4242));
    delete addOpex;
}

void TestCampusObjects::loadProfileAddRemove()
{
    ProjectDocument doc(test::makeTestProject());
    LoadProfile lp;
    lp.name = QStringLiteral("Inference");
    lp.kind = LoadProfileKind::Inference;
    lp.amplitude = 0.2;
    auto *add = new AddLoadProfileCommand(&doc, ids::Baseline, lp);
    const Id id = add->itemId();
    doc.undoStack()->push(add);
    QCOMPARE(doc.scenario().loadProfiles.size(), 1);
    QCOMPARE(doc.scenario().loadProfiles[0].id, id);
    doc.undoStack()->push(new RemoveLoadProfileCommand(&doc, ids::Baseline, id));
    QVERIFY(doc.scenario().loadProfiles.isEmpty());
    doc.undoStack()->undo();
    QCOMPARE(doc.scenario().loadProfiles[0].amplitude, 0.2);
}

QTEST_GUILESS_MAIN(TestCampusObjects)
#include "tst_campusobjects.moc"
