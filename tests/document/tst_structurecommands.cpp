// Commands that add or remove whole objects: stages and scenarios (add, duplicate, remove).
// Each: redo changes the structure, undo restores the project exactly (including the id counter),
// redo after undo gives the same ids again.
#include "model/document/commands/addscenariocommand.h"
#include "model/document/commands/addstagecommand.h"
#include "model/document/commands/removescenariocommand.h"
#include "model/document/commands/removestagecommand.h"
#include "model/document/commands/scenariocommands.h"
#include "model/document/projectdocument.h"
#include "tests/document/testproject.h"

#include <QSet>
#include <QTest>
#include <QUndoStack>

using namespace fjord;
namespace ids = fjord::test::ids;

class TestStructureCommands : public QObject {
    Q_OBJECT
private slots:
    void addStage();
    void removeStageMovesItsObjectsToThePreviousStage();
    void removeFirstStageMovesObjectsToTheNext();
    void lastStageCannotBeRemoved();
    void addScenario();
    void duplicateScenarioRemapsEveryId();
    void removeScenario();
    void lastScenarioCannotBeRemoved();
};

void TestStructureCommands::addStage()
{
    ProjectDocument doc(test::makeTestProject());
    const Project before = doc.project();
    doc.setCurrentStageIndex(0);
    auto *cmd = new AddStageCommand(&doc, ids::Baseline);
    QCOMPARE(cmd->text(), u"Add stage Stage 3 to scenario Baseline"_qs);
    doc.undoStack()->push(cmd);
    const Scenario &s = doc.scenario();
    QCOMPARE(s.stages.size(), 3);
    QCOMPARE(s.stages.at(2).id, Id(100));
    QCOMPARE(s.stages.at(2).name, u"Stage 3"_qs);
    QCOMPARE(s.stages.at(2).energisation, QDate(2029, 6, 1)); // 12 months after Stage 2
    QCOMPARE(s.stages.at(2).rampUpMonths, 12);
    QCOMPARE(s.stages.at(2).gridCapacityAddedW, 0.0);
    QCOMPARE(doc.project().nextId, Id(101));
    QCOMPARE(doc.currentStageIndex(), 2); // the new stage is shown

    doc.undoStack()->undo();
    QVERIFY(doc.project() == before);
    QCOMPARE(doc.currentStageIndex(), 0);
    doc.undoStack()->redo();
    QCOMPARE(doc.scenario().stages.at(2).id, Id(100));
}

void TestStructureCommands::removeStageMovesItsObjectsToThePreviousStage()
{
    ProjectDocument doc(test::makeTestProject());
    const Project before = doc.project();
    QCOMPARE(doc.currentStageIndex(), 1);
    auto *cmd = new RemoveStageCommand(&doc, ids::Baseline, ids::Stage2);
    QCOMPARE(cmd->text(), u"Remove stage Stage 2 from scenario Baseline"_qs);
    doc.undoStack()->push(cmd);
    QCOMPARE(doc.scenario().stages.size(), 1);
    QCOMPARE(doc.scenario().rack(ids::Rack3)->stageId, ids::Stage1); // rack 3 was built by Stage 2
    QCOMPARE(cmd->movedObjects(), 1);
    QCOMPARE(doc.currentStageIndex(), 0);
    doc.undoStack()->undo();
    QVERIFY(doc.project() == before);
    QCOMPARE(doc.currentStageIndex(), 1);
}

void TestStructureCommands::removeFirstStageMovesObjectsToTheNext()
{
    ProjectDocument doc(test::makeTestProject());
    const Project before = doc.project();
    auto *cmd = new RemoveStageCommand(&doc, ids::Baseline, ids::Stage1);
    doc.undoStack()->push(cmd);
    const Scenario &s = doc.scenario();
    QCOMPARE(s.stages.size(), 1);
    QCOMPARE(s.stages.at(0).id, ids::Stage2);
    QCOMPARE(s.hall(ids::Hall1)->stageId, ids::Stage2);
    QCOMPARE(s.rack(ids::Rack1)->stageId, ids::Stage2);
    QCOMPARE(s.powerNode(ids::Grid)->stageId, ids::Stage2);
    // hall + 2 racks + 3 power nodes
    QCOMPARE(cmd->movedObjects(), 6);
    doc.undoStack()->undo();
    QVERIFY(doc.project() == before);
}

void TestStructureCommands::lastStageCannotBeRemoved()
{
    ProjectDocument doc(test::makeTestProject());
    QVERIFY(!RemoveStageCommand::canRemove(doc.project(), ids::Variant, ids::VariantStage));
    QVERIFY(RemoveStageCommand::canRemove(doc.project(), ids::Baseline, ids::Stage1));
    QVERIFY(
        !RemoveStageCommand::canRemove(doc.project(), ids::Baseline, ids::VariantStage)); // wrong scenario
    const Project before = doc.project();
    doc.undoStack()->push(new RemoveStageCommand(&doc, ids::Variant, ids::VariantStage));
    QCOMPARE(doc.undoStack()->count(), 0); // obsolete: dropped
    QVERIFY(doc.project() == before);
}

void TestStructureCommands::addScenario()
{
    ProjectDocument doc(test::makeTestProject());
    const Project before = doc.project();
    auto *cmd = makeNewScenarioCommand(&doc, u"Green field"_qs);
    QCOMPARE(cmd->text(), u"Add scenario Green field"_qs);
    doc.undoStack()->push(cmd);
    QCOMPARE(doc.project().scenarios.size(), 3);
    const Scenario &added = doc.project().scenarios.at(2);
    QCOMPARE(added.id, Id(100));
    QCOMPARE(added.name, u"Green field"_qs);
    QCOMPARE(added.stages.size(), 1);
    QCOMPARE(added.stages.at(0).id, Id(101));
    QCOMPARE(doc.project().nextId, Id(102));
    QCOMPARE(doc.currentScenarioId(), Id(100));
    doc.undoStack()->undo();
    QVERIFY(doc.project() == before);
    QCOMPARE(doc.currentScenarioId(), ids::Baseline);

    auto *unnamed = makeNewScenarioCommand(&doc, QString());
    QCOMPARE(unnamed->text(), u"Add scenario Scenario 3"_qs);
    delete unnamed;
}

void TestStructureCommands::duplicateScenarioRemapsEveryId()
{
    ProjectDocument doc(test::makeTestProject());
    const Project before = doc.project();
    QCOMPARE(makeDuplicateScenarioCommand(&doc, 9999), nullptr);
    auto *cmd = makeDuplicateScenarioCommand(&doc, ids::Baseline);
    QCOMPARE(cmd->text(), u"Duplicate scenario Baseline as Baseline (copy)"_qs);
    doc.undoStack()->push(cmd);

    const Scenario &orig = *doc.project().scenario(ids::Baseline);
    const Scenario &copy = doc.project().scenarios.at(2);
    QCOMPARE(copy.name, u"Baseline (copy)"_qs);
    QCOMPARE(copy.racks.size(), orig.racks.size());
    QCOMPARE(copy.powerNodes.size(), orig.powerNodes.size());

    // Every id of the copy is fresh, and no id is used twice in the project.
    QSet<Id> seen;
    auto take = [&](Id id) {
        QVERIFY2(!seen.contains(id), qPrintable(QString::number(id)));
        seen.insert(id);
    };
    for (const Scenario &s : doc.project().scenarios) {
        take(s.id);
        for (const auto &o : s.stages)
            take(o.id);
        for (const auto &o : s.halls)
            take(o.id);
        for (const auto &o : s.rows)
            take(o.id);
        for (const auto &o : s.racks)
            take(o.id);
        for (const auto &o : s.powerNodes)
            take(o.id);
        for (const auto &o : s.redundancyGroups)
            take(o.id);
        for (const auto &o : s.coolingSystems)
            take(o.id);
    }
    QVERIFY(doc.project().nextId > *std::max_element(seen.begin(), seen.end()));

    // References point inside the copy, with the same structure as the original.
    for (int i = 0; i < copy.racks.size(); ++i) {
        const Rack &r = copy.racks.at(i);
        const Rack &o = orig.racks.at(i);
        QCOMPARE(r.name, o.name);
        QVERIFY(copy.hall(r.hallId));
        QVERIFY(copy.row(r.rowId));
        QCOMPARE(copy.stageIndex(r.stageId), orig.stageIndex(o.stageId));
        QCOMPARE(r.rackTypeId, o.rackTypeId); // rack types are shared
        QVERIFY(copy.powerNode(r.feeds.at(0).nodeId));
        QCOMPARE(copy.powerNode(r.feeds.at(0).nodeId)->name, u"UPS-A1"_qs);
    }
    for (const PowerNode &n : copy.powerNodes) {
        if (n.parentId != NoId)
            QVERIFY(copy.powerNode(n.parentId));
        QVERIFY(copy.stage(n.stageId));
    }
    QVERIFY(copy.redundancyGroup(copy.powerNodes.at(2).redundancyGroupId));
    QVERIFY(copy.coolingSystem(copy.halls.at(0).coolingSystemId));
    QCOMPARE(doc.currentScenarioId(), copy.id);

    doc.undoStack()->undo();
    QVERIFY(doc.project() == before);
}

void TestStructureCommands::removeScenario()
{
    ProjectDocument doc(test::makeTestProject());
    const Project before = doc.project();
    auto *cmd = new RemoveScenarioCommand(&doc, ids::Baseline);
    QCOMPARE(cmd->text(), u"Remove scenario Baseline"_qs);
    doc.undoStack()->push(cmd);
    QCOMPARE(doc.project().scenarios.size(), 1);
    QCOMPARE(doc.currentScenarioId(), ids::Variant); // the current one went: the first remaining one
    doc.undoStack()->undo();
    QVERIFY(doc.project() == before);
    QCOMPARE(doc.project().scenarios.at(0).id, ids::Baseline); // back at its place
    QCOMPARE(doc.currentScenarioId(), ids::Baseline);
}

void TestStructureCommands::lastScenarioCannotBeRemoved()
{
    ProjectDocument doc(test::makeTestProject());
    doc.undoStack()->push(new RemoveScenarioCommand(&doc, ids::Variant));
    QVERIFY(!RemoveScenarioCommand::canRemove(doc.project(), ids::Baseline));
    doc.undoStack()->push(new RemoveScenarioCommand(&doc, ids::Baseline));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.project().scenarios.size(), 1);
}

QTEST_GUILESS_MAIN(TestStructureCommands)
#include "tst_structurecommands.moc"
