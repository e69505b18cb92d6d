// The Compare tab: two scenarios side by side, plans and KPI deltas, driven as a user would.
#include "model/comparison.h"
#include "model/document/commands/addscenariocommand.h"
#include "model/document/commands/layoutchangecommand.h"
#include "model/document/commands/layoutedits.h"
#include "model/document/commands/scenariocommands.h"
#include "model/document/projectdocument.h"
#include "model/engine.h"
#include "model/layoutdiff.h"
#include "model/sample/narviksample.h"
#include "ui/floorplan/floorplanscene.h"
#include "ui/floorplan/floorplanview.h"
#include "ui/floorplan/rackitem.h"
#include "ui/tabs/comparetab.h"
#include "ui/tabs/layoutdiffcolours.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>
#include <QWheelEvent>

using namespace fjord;

namespace {

// The Narvik sample and a third variant: the baseline without the first hall's racks.
Project twoVariants(int *removedRacks)
{
    ProjectDocument scratch(makeNarvikSample());
    scratch.undoStack()->push(makeDuplicateScenarioCommand(&scratch, scratch.project().scenarios.first().id,
                                                           QStringLiteral("Without H01")));
    Project p = scratch.project();
    Scenario &b = p.scenarios.last();
    const Id firstHall = b.halls.first().id;
    *removedRacks = int(b.racks.removeIf([&](const Rack &r) { return r.hallId == firstHall; }));
    return p;
}

int rowOf(const QTableWidget *t, const QString &key)
{
    for (int r = 0; r < t->rowCount(); ++r)
        if (t->item(r, ui::CompareTab::Kpi)->data(Qt::UserRole).toString() == key)
            return r;
    return -1;
}

} // namespace

class TestCompareTab : public QObject {
    Q_OBJECT
private slots:
    // A new user opening Compare on the sample sees its two layout variants at once.
    void sampleComparesBaselineWithDenseRubin()
    {
        ProjectDocument doc(makeNarvikSample());
        ui::CompareTab tab(&doc);
        tab.resize(1400, 900);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QCOMPARE(tab.scenarioA()->currentText(), QStringLiteral("Baseline"));
        QCOMPARE(tab.scenarioB()->currentText(), QStringLiteral("Dense Rubin"));
        QTRY_VERIFY(tab.table()->rowCount() > 0);
        const int racks = rowOf(tab.table(), QStringLiteral("racks"));
        QVERIFY(tab.table()->item(racks, ui::CompareTab::Delta)->text().startsWith(u'-'));
    }

    // The plans colour racks by their layout diff with a legend of the counts; a click on a changed rack
    // selects it and its counterpart in both plans.
    void layoutDiffOnThePlans()
    {
        ProjectDocument doc(makeNarvikSample());
        ui::CompareTab tab(&doc);
        tab.resize(1400, 900);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QTRY_VERIFY(tab.sceneB()->rackItemCount() > 0);
        const Project &p = doc.project();
        const LayoutDiff expected = diffLayouts(p.scenarios[0], p.scenarios[1]);
        auto *legend = tab.findChild<QLabel *>(QStringLiteral("diffLegend"));
        QVERIFY(legend);
        QTRY_VERIFY(legend->isVisible());
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        for (int c = 0; c < RackDiffClassCount; ++c) {
            const auto kind = RackDiffClass(c);
            const QString entry =
                QStringLiteral("%1: %2").arg(rackDiffLabel(kind), english.toString(expected.count(kind)));
            QVERIFY2(legend->text().contains(entry), qPrintable(entry + u'\n' + legend->text()));
        }
        QVERIFY(expected.count(RackDiffClass::Retyped) > 0);   // stage 2's GB300 positions hold Rubin racks
        QVERIFY(expected.count(RackDiffClass::Unchanged) > 0); // stage 1 is the same

        if (const QString grabs = qEnvironmentVariable("FJORD_GRAB_DIR"); !grabs.isEmpty()) {
            QVERIFY(tab.grab().save(grabs + QStringLiteral("/compare-sample.png")));
            tab.table()->scrollToBottom(); // the money rows and the problem count
            QVERIFY(tab.grab().save(grabs + QStringLiteral("/compare-sample-kpis.png")));
            tab.table()->scrollToTop();
        }

        // a retyped rack of B, zoomed in on and clicked
        const auto retyped = std::find_if(expected.racks.cbegin(), expected.racks.cend(),
                                          [](const RackDiff &r) { return r.kind == RackDiffClass::Retyped; });
        QCOMPARE(tab.sceneB()->style().rackDiff.value(retyped->idB),
                 ui::layoutDiffColour(RackDiffClass::Retyped));
        const QRectF rect = tab.sceneB()->rackItem(retyped->idB)->sceneBoundingRect();
        tab.viewB()->zoomToRect(rect.adjusted(-4, -4, 4, 4));
        const QPoint at = tab.viewB()->mapFromScene(rect.center());
        QTest::mouseClick(tab.viewB()->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        QTRY_COMPARE(tab.sceneB()->document()->selection(), QList<Id>{retyped->idB});
        QCOMPARE(tab.sceneA()->document()->selection(), QList<Id>{retyped->idA});
        if (const QString grabs = qEnvironmentVariable("FJORD_GRAB_DIR"); !grabs.isEmpty())
            QVERIFY(tab.grab().save(grabs + QStringLiteral("/compare-sample-selected.png")));

        // the overlay off: racks by type again, no legend
        tab.showDiff()->click();
        QVERIFY(!legend->isVisible());
        QCOMPARE(tab.sceneB()->style().mode, ui::ColourMode::RackType);
    }

    // Duplicate the baseline, take out one hall of stage 2: the deltas of stage 2 are that hall's, stage 1
    // is unchanged, and the diff finds exactly its racks removed.
    void duplicateEditCompare()
    {
        ProjectDocument doc(makeNarvikSample());
        doc.undoStack()->push(makeDuplicateScenarioCommand(&doc, doc.project().scenarios.first().id,
                                                           QStringLiteral("One hall less")));
        Project p = doc.project();
        const Scenario &a = p.scenarios.first();
        Scenario &b = p.scenarios.last();
        const Hall *last = &b.halls.last(); // a hall of stage 2
        const Id gone = last->id;
        const double goneAreaM2 = last->areaM2();
        double goneItW = 0;
        int goneRacks = 0;
        for (const Rack &r : b.racks)
            if (r.hallId == gone) {
                goneItW += p.rackType(r.rackTypeId)->designPowerW;
                ++goneRacks;
            }
        QVERIFY(b.stageIndex(last->stageId) == 1 && goneRacks > 0);
        b.racks.removeIf([&](const Rack &r) { return r.hallId == gone; });
        b.rows.removeIf([&](const Row &r) { return r.hallId == gone; });
        b.halls.removeIf([&](const Hall &h) { return h.id == gone; });

        const Results ra = evaluate(p, a, p.site.climate), rb = evaluate(p, b, p.site.climate);
        const QList<StageComparison> c =
            compareResults(ra, rb, hallAreaThroughStages(a), hallAreaThroughStages(b));
        QCOMPARE(c.size(), 2);
        auto kpi = [](const StageComparison &s, const char *key) {
            for (const KpiComparison &k : s.kpis)
                if (k.key == QLatin1String(key))
                    return k;
            return KpiComparison{};
        };
        for (const char *key : {"racks", "it_capacity_kw", "design_demand_kw"}) // stage 1 the same
            QVERIFY2(qFuzzyIsNull(kpi(c[0], key).delta()), key);
        QCOMPARE(kpi(c[1], "racks").delta(), double(-goneRacks));
        QVERIFY(qAbs(kpi(c[1], "it_capacity_kw").delta() + goneItW / 1e3) < 1e-6);
        const double areaA = hallAreaThroughStages(a)[1];
        const KpiComparison density = kpi(c[1], "white_space_density_kw_per_m2");
        QVERIFY(qAbs(density.a - ra.stages[1].itCapacityW / 1e3 / areaA) < 1e-9);
        QVERIFY(qAbs(density.b - (ra.stages[1].itCapacityW - goneItW) / 1e3 / (areaA - goneAreaM2)) < 1e-6);
        QVERIFY(kpi(c[1], "design_demand_kw").delta() < 0);
        QVERIFY(kpi(c[1], "design_demand_kw").lowerIsBetter);
        const KpiComparison capexPerMw = kpi(c[1], "capex_per_mw_it");
        QVERIFY(qAbs(capexPerMw.b - rb.stages[1].capex.total() / (rb.stages[1].itCapacityW / 1e6)) < 1e-3);
        const KpiComparison irr = kpi(c[1], "irr");
        QCOMPARE(irr.hasA, ra.finance.investor.irr.has_value());
        QCOMPARE(kpi(c[1], "npv").a, ra.finance.investor.npv);
        QCOMPARE(kpi(c[1], "levelised_cost_per_gpu_hour").b, rb.finance.levelisedPerGpuHour);
        // Per stage, what the stage adds as a stand-alone investment: stage 1 is the same in both,
        // stage 2 without the hall earns and costs less.
        QCOMPARE(ra.finance.stageInvestors.size(), 2);
        QCOMPARE(kpi(c[0], "stage_npv").a, ra.finance.stageInvestors[0].figures.npv);
        QVERIFY(qAbs(kpi(c[0], "stage_npv").delta()) < 1e-6 * qAbs(kpi(c[0], "stage_npv").a));
        QCOMPARE(kpi(c[1], "stage_npv").b, rb.finance.stageInvestors[1].figures.npv);
        QVERIFY(kpi(c[1], "stage_npv").delta() != 0.0);
        QCOMPARE(kpi(c[1], "stage_irr").hasB, rb.finance.stageInvestors[1].figures.irr.has_value());

        const LayoutDiff d = diffLayouts(a, b);
        QCOMPARE(d.count(RackDiffClass::Removed), goneRacks);
        QCOMPARE(d.changed(), goneRacks);
    }

    void variantsSideBySide()
    {
        int removed = 0;
        ProjectDocument doc(twoVariants(&removed));
        QVERIFY(removed > 100);
        ui::CompareTab tab(&doc);
        tab.resize(1400, 900);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        tab.scenarioB()->setCurrentIndex(tab.scenarioB()->findText(QStringLiteral("Without H01")));
        tab.refreshNow();
        QCOMPARE(tab.scenarioB()->currentText(), QStringLiteral("Without H01"));
        QCOMPARE(tab.scenarioA()->currentText(), QStringLiteral("Baseline"));
        // the plans, drawn a moment after the tab is shown: B lacks the first hall's racks
        QTRY_VERIFY(tab.sceneA()->rackItemCount() > 0);
        QCOMPARE(tab.sceneA()->rackItemCount() - tab.sceneB()->rackItemCount(), removed);
        // through the last stage by default; the table's racks row shows both counts and B − A
        QCOMPARE(tab.stage()->currentIndex(), tab.stage()->count() - 1);
        const QTableWidget *t = tab.table();
        const int racks = rowOf(t, QStringLiteral("racks"));
        QVERIFY(racks >= 0);
        const int racksA = int(doc.project().scenarios[0].racks.size());
        QCOMPARE(t->item(racks, ui::CompareTab::ValueA)->text(), QLocale(QLocale::English).toString(racksA));
        QCOMPARE(t->item(racks, ui::CompareTab::Delta)->text(), QLocale(QLocale::English).toString(-removed));
        // fewer racks draw less at peak: a lower peak is better, coloured as such
        const int peak = rowOf(t, QStringLiteral("facility_peak_kw"));
        QVERIFY(t->item(peak, ui::CompareTab::Delta)->text().startsWith(u'-'));
        QCOMPARE(t->item(peak, ui::CompareTab::Delta)->toolTip(), QStringLiteral("B is better"));
        // the figures are the engine's
        const QList<StageComparison> c = compareResults(
            evaluate(doc.project(), doc.project().scenarios[0], doc.project().site.climate),
            evaluate(doc.project(), doc.project().scenarios.last(), doc.project().site.climate));
        QCOMPARE(t->rowCount(), int(c.last().kpis.size()));
        // Shares differ in percentage points, with no relative change (it would read as +10 % for 1 pp).
        const int irrRow = rowOf(t, QStringLiteral("stage_irr"));
        QVERIFY(irrRow >= 0);
        QVERIFY2(t->item(irrRow, ui::CompareTab::Delta)->text().endsWith(QStringLiteral(" pp")),
                 qPrintable(t->item(irrRow, ui::CompareTab::Delta)->text()));
        QCOMPARE(t->item(irrRow, ui::CompareTab::DeltaPct)->text(), QStringLiteral("–"));
        const int refRow = rowOf(t, QStringLiteral("ref"));
        QVERIFY(t->item(refRow, ui::CompareTab::Delta)->text().endsWith(QStringLiteral(" pp")));

        // the user picks stage 1 with the keyboard: the table follows
        tab.stage()->setFocus();
        QTest::keyClick(tab.stage(), Qt::Key_Up);
        QCOMPARE(tab.stage()->currentIndex(), 0);
        const int stage1RacksA = c.first().kpis.first().a;
        QCOMPARE(t->item(rowOf(t, QStringLiteral("racks")), ui::CompareTab::ValueA)->text(),
                 QLocale(QLocale::English).toString(stage1RacksA));

        // the plans move together: a zoom on A's plan (the mouse wheel) shows B at the same scale and place
        ui::FloorPlanView *va = tab.viewA(), *vb = tab.viewB();
        QWheelEvent wheel(QPointF(va->viewport()->rect().center()),
                          va->viewport()->mapToGlobal(QPointF(va->viewport()->rect().center())), QPoint(),
                          QPoint(0, 240), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        const double before = va->pixelsPerMetre();
        QApplication::sendEvent(va->viewport(), &wheel);
        QVERIFY(va->pixelsPerMetre() > before * 1.2);
        QCOMPARE(vb->pixelsPerMetre(), va->pixelsPerMetre());
        const QPointF ca = va->mapToScene(va->viewport()->rect().center()),
                      cb = vb->mapToScene(vb->viewport()->rect().center());
        QVERIFY(QLineF(ca, cb).length() < 1.0); // metres
        // swapping B for the baseline itself: no differences left
        tab.scenarioB()->setFocus();
        QTest::keyClick(tab.scenarioB(), Qt::Key_Home);
        QCOMPARE(tab.scenarioB()->currentText(), QStringLiteral("Baseline"));
        QCOMPARE(t->item(rowOf(t, QStringLiteral("racks")), ui::CompareTab::Delta)->text(),
                 QStringLiteral("0"));
        QCOMPARE(tab.sceneA()->rackItemCount(), tab.sceneB()->rackItemCount());
    }

    void editsReachTheComparison()
    {
        int removed = 0;
        ProjectDocument doc(twoVariants(&removed));
        ui::CompareTab tab(&doc);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        tab.scenarioB()->setCurrentIndex(tab.scenarioB()->findText(QStringLiteral("Without H01")));
        tab.refreshNow();
        QTRY_VERIFY(tab.table()->rowCount() > 0);
        const int before = tab.sceneA()->rackItemCount();
        // a rack of the baseline deleted elsewhere (the Layout tab): the comparison follows
        const Scenario &a = doc.project().scenarios[0];
        doc.undoStack()->push(new LayoutChangeCommand(&doc, QStringLiteral("Delete"),
                                                      layout::deleteObjects(a, {a.racks.first().id})));
        doc.recomputeNow();
        QTRY_COMPARE(tab.sceneA()->rackItemCount(), before - 1);
        QTRY_COMPARE(
            tab.table()->item(rowOf(tab.table(), QStringLiteral("racks")), ui::CompareTab::Delta)->text(),
            QLocale(QLocale::English).toString(-(removed - 1)));
    }
};

QTEST_MAIN(TestCompareTab)
#include "tst_comparetab.moc"
