// The generic change-value command and everything built on it: rename, stage, rack-type,
// project and climate edits. Each: redo changes the model, undo restores it exactly, the undo
// text reads well, consecutive edits of one field merge into one step.
#include "model/document/commands/projectcommands.h"
#include "model/document/commands/racktypecommands.h"
#include "model/document/commands/renamecommand.h"
#include "model/document/commands/stagecommands.h"
#include "model/document/projectdocument.h"
#include "tests/document/testproject.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <limits>

using namespace fjord;
namespace ids = fjord::test::ids;

class TestValueCommands : public QObject {
    Q_OBJECT
private slots:
    void rename_data();
    void rename();
    void renameRejectsEmptyUnchangedAndUnknown();
    void renameMergesTyping();
    void mergeBackToOriginalDropsTheStep();
    void cleanStateStopsMerging();
    void stageProperties();
    void stageRejectsInvalidValues();
    void rackTypeProperties();
    void rackTypeRejectsOutOfRange_data();
    void rackTypeRejectsOutOfRange();
    void projectNameDescriptionSettings();
    void siteClimate();
    void changeEventCarriesKindAndId();
};

void TestValueCommands::rename_data()
{
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QString>("oldName");
    QTest::addColumn<QString>("undoText");
    QTest::newRow("rack") << qint64(ids::Rack1) << u"H1-R01-01"_qs << u"Rename rack H1-R01-01 to New name"_qs;
    QTest::newRow("stage") << qint64(ids::Stage2) << u"Stage 2"_qs << u"Rename stage Stage 2 to New name"_qs;
    QTest::newRow("hall") << qint64(ids::Hall1) << u"H1"_qs << u"Rename hall H1 to New name"_qs;
    QTest::newRow("row") << qint64(ids::Row1) << u"R01"_qs << u"Rename row R01 to New name"_qs;
    QTest::newRow("power node") << qint64(ids::Ups) << u"UPS-A1"_qs
                                << u"Rename power node UPS-A1 to New name"_qs;
    QTest::newRow("redundancy group") << qint64(ids::UpsGroup) << u"UPS group A"_qs
                                      << u"Rename redundancy group UPS group A to New name"_qs;
    QTest::newRow("cooling") << qint64(ids::Cooling) << u"Liquid loop 1"_qs
                             << u"Rename cooling system Liquid loop 1 to New name"_qs;
    QTest::newRow("rack type") << qint64(ids::RackTypeGb300) << u"GB300 NVL72"_qs
                               << u"Rename rack type GB300 NVL72 to New name"_qs;
    QTest::newRow("scenario") << qint64(ids::Variant) << u"Dense variant"_qs
                              << u"Rename scenario Dense variant to New name"_qs;
    QTest::newRow("stage of other scenario")
        << qint64(ids::VariantStage) << u"Stage 1"_qs << u"Rename stage Stage 1 to New name"_qs;
}

void TestValueCommands::rename()
{
    QFETCH(qint64, id);
    QFETCH(QString, oldName);
    QFETCH(QString, undoText);
    ProjectDocument doc(test::makeTestProject());
    const Project before = doc.project();

    QUndoCommand *cmd = makeRenameCommand(&doc, id, u"  New name "_qs);
    QVERIFY(cmd);
    QCOMPARE(cmd->text(), undoText);
    doc.undoStack()->push(cmd);
    QCOMPARE(locateObject(doc.project(), id).name, u"New name"_qs);
    QVERIFY(doc.isModified());

    doc.undoStack()->undo();
    QCOMPARE(locateObject(doc.project(), id).name, oldName);
    QVERIFY(doc.project() == before);
    QVERIFY(!doc.isModified());

    doc.undoStack()->redo();
    QCOMPARE(locateObject(doc.project(), id).name, u"New name"_qs);
}

void TestValueCommands::renameRejectsEmptyUnchangedAndUnknown()
{
    ProjectDocument doc(test::makeTestProject());
    QCOMPARE(makeRenameCommand(&doc, ids::Rack1, u"   "_qs), nullptr);
    QCOMPARE(makeRenameCommand(&doc, ids::Rack1, u"H1-R01-01"_qs), nullptr);
    QCOMPARE(makeRenameCommand(&doc, 9999, u"x"_qs), nullptr);
    QCOMPARE(makeRenameCommand(&doc, NoId, u"x"_qs), nullptr);
}

void TestValueCommands::renameMergesTyping()
{
    ProjectDocument doc(test::makeTestProject());
    doc.undoStack()->push(makeRenameCommand(&doc, ids::Hall1, u"H"_qs));
    doc.undoStack()->push(makeRenameCommand(&doc, ids::Hall1, u"Ha"_qs));
    doc.undoStack()->push(makeRenameCommand(&doc, ids::Hall1, u"Hall A"_qs));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.undoStack()->undoText(), u"Rename hall H1 to Hall A"_qs);
    QCOMPARE(doc.scenario().hall(ids::Hall1)->name, u"Hall A"_qs);
    // A rename of another object does not merge.
    doc.undoStack()->push(makeRenameCommand(&doc, ids::Row1, u"R99"_qs));
    QCOMPARE(doc.undoStack()->count(), 2);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(doc.scenario().hall(ids::Hall1)->name, u"H1"_qs);
    QCOMPARE(doc.scenario().row(ids::Row1)->name, u"R01"_qs);
}

void TestValueCommands::mergeBackToOriginalDropsTheStep()
{
    ProjectDocument doc(test::makeTestProject());
    doc.undoStack()->push(setStageRampUp(&doc, ids::Stage1, 9));
    doc.undoStack()->push(setStageRampUp(&doc, ids::Stage1, 6)); // back to the original
    QCOMPARE(doc.undoStack()->count(), 0);
    QCOMPARE(doc.scenario().stage(ids::Stage1)->rampUpMonths, 6);
    QVERIFY(!doc.isModified());
}

void TestValueCommands::cleanStateStopsMerging()
{
    // After a save, the next edit is a new undo step, so undo can return to the saved state.
    ProjectDocument doc(test::makeTestProject());
    doc.undoStack()->push(setStageRampUp(&doc, ids::Stage1, 9));
    doc.markSaved();
    doc.undoStack()->push(setStageRampUp(&doc, ids::Stage1, 10));
    QCOMPARE(doc.undoStack()->count(), 2);
    doc.undoStack()->undo();
    QCOMPARE(doc.scenario().stage(ids::Stage1)->rampUpMonths, 9);
    QVERIFY(!doc.isModified());
}

void TestValueCommands::stageProperties()
{
    ProjectDocument doc(test::makeTestProject());
    const Project before = doc.project();
    QUndoStack *stack = doc.undoStack();

    stack->push(setStageEnergisation(&doc, ids::Stage2, QDate(2029, 3, 1)));
    QCOMPARE(stack->undoText(), u"Change energisation date of stage Stage 2"_qs);
    stack->push(setStageGridCapacity(&doc, ids::Stage2, 290e6));
    QCOMPARE(stack->undoText(), u"Change grid capacity of stage Stage 2"_qs);
    stack->push(setStageRampUp(&doc, ids::Stage2, 18));
    QCOMPARE(stack->undoText(), u"Change ramp-up of stage Stage 2"_qs);
    QCOMPARE(stack->count(), 3);

    const Stage &s = *doc.scenario().stage(ids::Stage2);
    QCOMPARE(s.energisation, QDate(2029, 3, 1));
    QCOMPARE(s.gridCapacityAddedW, 290e6);
    QCOMPARE(s.rampUpMonths, 18);
    QCOMPARE(*doc.scenario().stage(ids::Stage1), before.scenario(ids::Baseline)->stages.at(0)); // untouched

    stack->undo();
    QCOMPARE(doc.scenario().stage(ids::Stage2)->rampUpMonths, 12);
    QCOMPARE(doc.scenario().stage(ids::Stage2)->gridCapacityAddedW, 290e6);
    stack->undo();
    stack->undo();
    QVERIFY(doc.project() == before);
    // Editing a stage of a scenario that is not current works by id alone.
    stack->push(setStageGridCapacity(&doc, ids::VariantStage, 1e6));
    QCOMPARE(doc.project().scenario(ids::Variant)->stages.at(0).gridCapacityAddedW, 1e6);
}

void TestValueCommands::stageRejectsInvalidValues()
{
    ProjectDocument doc(test::makeTestProject());
    QCOMPARE(setStageEnergisation(&doc, ids::Stage1, QDate()), nullptr);
    QCOMPARE(setStageGridCapacity(&doc, ids::Stage1, -1.0), nullptr);
    QCOMPARE(setStageGridCapacity(&doc, ids::Stage1, std::numeric_limits<double>::quiet_NaN()), nullptr);
    QCOMPARE(setStageRampUp(&doc, ids::Stage1, -1), nullptr);
    QCOMPARE(setStageRampUp(&doc, ids::Stage1, MaxRampUpMonths + 1), nullptr);
    QCOMPARE(setStageRampUp(&doc, ids::Stage1, 6), nullptr); // unchanged
    QCOMPARE(setStageRampUp(&doc, ids::Hall1, 3), nullptr);  // not a stage
    QVERIFY(setStageRampUp(&doc, ids::Stage1, MaxRampUpMonths) != nullptr);
}

void TestValueCommands::rackTypeProperties()
{
    ProjectDocument doc(test::makeTestProject());
    const Project before = doc.project();
    QUndoStack *stack = doc.undoStack();
    stack->push(setRackTypeDesignPower(&doc, ids::RackTypeGb300, 142000));
    QCOMPARE(stack->undoText(), u"Change design power of rack type GB300 NVL72"_qs);
    stack->push(setRackTypeGpus(&doc, ids::RackTypeGb300, 144));
    stack->push(setRackTypeLiquidFraction(&doc, ids::RackTypeGb300, 0.9));
    stack->push(setRackTypePowerFactor(&doc, ids::RackTypeGb300, 0.98));
    stack->push(setRackTypeMass(&doc, ids::RackTypeGb300, 1400));
    stack->push(setRackTypeUnitCost(&doc, ids::RackTypeGb300, 4e6));
    stack->push(setRackTypeVendor(&doc, ids::RackTypeGb300, u" Supermicro "_qs));
    QCOMPARE(stack->count(), 7);
    const RackType &t = *doc.project().rackType(ids::RackTypeGb300);
    QCOMPARE(t.designPowerW, 142000.0);
    QCOMPARE(t.gpus, 144);
    QCOMPARE(t.liquidFraction, 0.9);
    QCOMPARE(t.powerFactor, 0.98);
    QCOMPARE(t.massKg, 1400.0);
    QCOMPARE(t.unitCost, 4e6);
    QCOMPARE(t.vendor, u"Supermicro"_qs);
    while (stack->canUndo())
        stack->undo();
    QVERIFY(doc.project() == before);
}

void TestValueCommands::rackTypeRejectsOutOfRange_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<double>("value");
    QTest::newRow("zero power") << 0 << 0.0;
    QTest::newRow("negative power") << 0 << -5.0;
    QTest::newRow("infinite power") << 0 << std::numeric_limits<double>::infinity();
    QTest::newRow("negative gpus") << 1 << -1.0;
    QTest::newRow("liquid > 1") << 2 << 1.01;
    QTest::newRow("liquid < 0") << 2 << -0.01;
    QTest::newRow("pf 0") << 3 << 0.0;
    QTest::newRow("pf > 1") << 3 << 1.2;
    QTest::newRow("negative mass") << 4 << -1.0;
    QTest::newRow("negative cost") << 5 << -1.0;
}

void TestValueCommands::rackTypeRejectsOutOfRange()
{
    QFETCH(int, field);
    QFETCH(double, value);
    ProjectDocument doc(test::makeTestProject());
    QUndoCommand *cmd = nullptr;
    switch (field) {
    case 0:
        cmd = setRackTypeDesignPower(&doc, ids::RackTypeGb300, value);
        break;
    case 1:
        cmd = setRackTypeGpus(&doc, ids::RackTypeGb300, int(value));
        break;
    case 2:
        cmd = setRackTypeLiquidFraction(&doc, ids::RackTypeGb300, value);
        break;
    case 3:
        cmd = setRackTypePowerFactor(&doc, ids::RackTypeGb300, value);
        break;
    case 4:
        cmd = setRackTypeMass(&doc, ids::RackTypeGb300, value);
        break;
    case 5:
        cmd = setRackTypeUnitCost(&doc, ids::RackTypeGb300, value);
        break;
    }
    QCOMPARE(cmd, nullptr);
}

void TestValueCommands::projectNameDescriptionSettings()
{
    ProjectDocument doc(test::makeTestProject());
    const Project before = doc.project();
    QUndoStack *stack = doc.undoStack();
    QCOMPARE(setProjectName(&doc, u"  "_qs), nullptr);
    stack->push(setProjectName(&doc, u"Narvik II"_qs));
    QCOMPARE(stack->undoText(), u"Rename project to Narvik II"_qs);
    stack->push(setProjectDescription(&doc, u"Second campus"_qs));
    stack->push(setProjectSetting(&doc, &ProjectSettings::minAisleWidthM, 1.5, u"minimum aisle width"_qs));
    QCOMPARE(stack->undoText(), u"Change project setting minimum aisle width"_qs);
    stack->push(setProjectSetting(&doc, &ProjectSettings::continuousLoad, ContinuousLoadRule::Nec80,
                                  u"continuous-load rule"_qs));
    QCOMPARE(doc.project().name, u"Narvik II"_qs);
    QCOMPARE(doc.project().description, u"Second campus"_qs);
    QCOMPARE(doc.project().settings.minAisleWidthM, 1.5);
    QCOMPARE(doc.project().settings.continuousLoad, ContinuousLoadRule::Nec80);
    while (stack->canUndo())
        stack->undo();
    QVERIFY(doc.project() == before);
}

void TestValueCommands::siteClimate()
{
    ProjectDocument doc(test::makeTestProject());
    const Climate original = doc.project().site.climate;
    Climate warm = test::makeConstantClimate(30.0);
    warm.name = u"Chicago"_qs;
    Climate broken = warm;
    broken.dryBulbC.removeLast();
    QCOMPARE(setSiteClimate(&doc, broken), nullptr); // incomplete year is refused
    QCOMPARE(setSiteClimate(&doc, original), nullptr);

    doc.undoStack()->push(setSiteClimate(&doc, warm));
    QCOMPARE(doc.undoStack()->undoText(), u"Set site climate to Chicago"_qs);
    QCOMPARE(doc.project().site.climate, warm);
    doc.recomputeNow();
    QCOMPARE(doc.results().climate.name, u"Chicago"_qs);
    doc.undoStack()->undo();
    QCOMPARE(doc.project().site.climate, original);
}

void TestValueCommands::changeEventCarriesKindAndId()
{
    ProjectDocument doc(test::makeTestProject());
    QSignalSpy spy(&doc, &ProjectDocument::changed);
    doc.undoStack()->push(makeRenameCommand(&doc, ids::Ups, u"UPS-B1"_qs));
    QCOMPARE(spy.count(), 1);
    auto event = spy.at(0).at(0).value<ChangeEvent>();
    QCOMPARE(event.kind, ChangeEvent::Kind::PowerChain);
    QCOMPARE(event.ids, QList<Id>{ids::Ups});
    doc.undoStack()->undo();
    QCOMPARE(spy.count(), 2);
    doc.undoStack()->push(setRackTypeGpus(&doc, ids::RackTypeGb300, 8));
    QCOMPARE(spy.at(2).at(0).value<ChangeEvent>().kind, ChangeEvent::Kind::RackTypes);
}

QTEST_GUILESS_MAIN(TestValueCommands)
#include "tst_valuecommands.moc"
