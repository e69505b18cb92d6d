// Uncertain inputs (issue 14): add, edit and remove are each one undo step; a duplicated scenario's
// inputs name the copy's own objects.
#include "model/document/commands/analysiscommands.h"
#include "model/document/commands/scenariocommands.h"
#include "model/document/projectdocument.h"
#include "model/sample/narviksample.h"
#include "model/uncertainty.h"
#include "tests/document/testproject.h"

#include <QTest>
#include <QUndoStack>

using namespace fjord;
namespace ids = fjord::test::ids;

namespace {

UncertainInput delayOfStage2()
{
    UncertainInput u;
    u.parameter = QStringLiteral("stage.delay_months:%1").arg(ids::Stage2);
    u.kind = DistributionKind::Triangular;
    u.low = 0;
    u.mode = 3;
    u.high = 18;
    u.reason = QStringLiteral("transformer lead times");
    return u;
}

} // namespace

class TestUncertainCommands : public QObject {
    Q_OBJECT
private slots:
    void addEditRemoveUndo()
    {
        ProjectDocument doc(test::makeTestProject());
        auto *add = new AddUncertainInputCommand(&doc, ids::Baseline, delayOfStage2());
        const Id id = add->itemId();
        doc.undoStack()->push(add);
        QCOMPARE(doc.scenario().uncertainInputs.size(), 1);
        const UncertainInput added = doc.scenario().uncertainInputs.first();
        QCOMPARE(added.id, id);

        UncertainInput edited = added;
        edited.kind = DistributionKind::Uniform;
        edited.high = 24;
        doc.undoStack()->push(new SetUncertainInputCommand(&doc, ids::Baseline, edited));
        QCOMPARE(doc.scenario().uncertainInputs.first(), edited);
        doc.undoStack()->undo();
        QCOMPARE(doc.scenario().uncertainInputs.first(), added);
        doc.undoStack()->redo();

        doc.undoStack()->push(new RemoveUncertainInputCommand(&doc, ids::Baseline, id));
        QVERIFY(doc.scenario().uncertainInputs.isEmpty());
        doc.undoStack()->undo();
        QCOMPARE(doc.scenario().uncertainInputs.first(), edited);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QVERIFY(doc.scenario().uncertainInputs.isEmpty());
    }

    void duplicatedScenarioNamesItsOwnStage()
    {
        Project p = test::makeTestProject();
        UncertainInput u = delayOfStage2();
        u.id = p.allocateId();
        p.scenario(ids::Baseline)->uncertainInputs = {u};
        Id after = NoId;
        const Scenario copy = duplicateScenario(*p.scenario(ids::Baseline), p.nextId, &after);
        QCOMPARE(copy.uncertainInputs.size(), 1);
        QVERIFY(copy.uncertainInputs.first().id != u.id);
        const Id copiedStage2 = copy.stages.at(1).id;
        QVERIFY(copiedStage2 != ids::Stage2);
        QCOMPARE(copy.uncertainInputs.first().parameter,
                 QStringLiteral("stage.delay_months:%1").arg(copiedStage2));
    }

    void parametersApplyToAProjectCopy()
    {
        Project p = test::makeTestProject();
        const QDate before = p.scenario(ids::Baseline)->stage(ids::Stage2)->energisation;
        QCOMPARE(
            applyParameter(p, ids::Baseline, QStringLiteral("stage.delay_months:%1").arg(ids::Stage2), 5.0),
            QString());
        QCOMPARE(p.scenario(ids::Baseline)->stage(ids::Stage2)->energisation, before.addMonths(5));
        p.costs.electricalPerW = 4.0;
        p.costs.gridPerVa = 0.03;
        p.rackTypes.first().unitCost = 3e6;
        const Project unvaried = p;
        QCOMPARE(applyParameter(p, ids::Baseline, QStringLiteral("costs.capex_overrun"), 0.25), QString());
        QCOMPARE(p.costs.electricalPerW, unvaried.costs.electricalPerW * 1.25);
        QCOMPARE(p.costs.gridPerVa, unvaried.costs.gridPerVa * 1.25);
        QCOMPARE(p.rackTypes, unvaried.rackTypes); // IT equipment has its own parameter
        QVERIFY(!applyParameter(p, ids::Baseline, QStringLiteral("stage.delay_months:abc"), 1).isEmpty());
        QVERIFY(!applyParameter(p, ids::Baseline, QStringLiteral("nonsense"), 1).isEmpty());
        // Every parameter offered can be applied.
        for (const UncertainParameter &param : uncertainParameters(p, ids::Baseline)) {
            Project copy = p;
            QVERIFY2(applyParameter(copy, ids::Baseline, param.key, param.baseValue).isEmpty(),
                     qPrintable(param.key));
            QCOMPARE(*parameterValue(copy, ids::Baseline, param.key), param.baseValue);
        }
    }

    // The sample's presets: the inputs the issue names, each sampleable, applicable and explained.
    void narvikPresetsApplyAndExplainThemselves()
    {
        const Project p = makeNarvikSample();
        const Scenario &s = p.scenarios.first();
        QStringList kinds;
        for (const UncertainInput &u : s.uncertainInputs) {
            QVERIFY2(distributionError(u).isEmpty(), qPrintable(distributionError(u)));
            QVERIFY(u.reason.size() > 40);
            Project copy = p;
            QVERIFY2(applyParameter(copy, s.id, u.parameter, centralValue(u)).isEmpty(),
                     qPrintable(u.parameter));
            kinds << u.parameter.section(QLatin1Char(':'), 0, 0);
        }
        for (const char *key : {"tenant.price", "grid.price_per_mwh", "load.utilisation",
                                "stage.delay_months", "costs.capex_overrun", "costs.discount_rate"})
            QVERIFY2(kinds.contains(QLatin1String(key)), key);
        QVERIFY(kinds.count(QStringLiteral("tenant.price")) >= 2); // GPU-hour and lease prices
    }
};

QTEST_GUILESS_MAIN(TestUncertainCommands)
#include "tst_uncertaincommands.moc"
