// The Compare tab: two scenarios side by side, plans and KPI deltas, driven as a user would.
#include "model/comparison.h"
#include "model/document/commands/addscenariocommand.h"
#include "model/document/commands/layoutchangecommand.h"
#include "model/document/commands/layoutedits.h"
#include "model/document/commands/scenariocommands.h"
#include "model/document/projectdocument.h"
#include "model/engine.h"
#include "model/sample/narviksample.h"
#include "ui/floorplan/floorplanscene.h"
#include "ui/floorplan/floorplanview.h"
#include "ui/tabs/comparetab.h"

#include <QApplication>
#include <QComboBox>
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
