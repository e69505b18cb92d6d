// Renewables tab: the supply portfolio is edited through the real widgets as undoable commands;
// KPIs, charts and the regulatory view show Results; the EnEfG benchmark rules are pinned.
#include "tabtestsupport.h"

#include "model/document/projectdocument.h"
#include "ui/charts/barchart.h"
#include "ui/charts/linechart.h"
#include "ui/charts/stackedareachart.h"
#include "ui/tabs/enefgbenchmark.h"
#include "ui/tabs/regulatoryview.h"
#include "ui/tabs/renewablestab.h"
#include "ui/tabs/supplyeditor.h"

#include <QAreaSeries>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace fjord;
using namespace fjord::ui;
using fjord::test::typeInto;

class TestRenewablesTab : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void gridShareAndCarbonUseTheirUnits();
    void addPpaAndEditCapacity();
    void ppaTechnologyCombo();
    void supplyTablesShowEveryRow();
    void kpiTableAndChartsFollowResults();
    void monthlySourcesStackAgainstLoad();
    void regulatoryViewShowsVerdicts();
    void enefg_data();
    void enefg();

    void grabShowsTheTab();

private:
    ProjectDocument *m_doc = nullptr;
    RenewablesTab *m_tab = nullptr;
};

void TestRenewablesTab::init()
{
    test::openTab(m_doc, m_tab, QSize{1500, 1000});
}

void TestRenewablesTab::cleanup()
{
    delete m_tab;
    delete m_doc;
}

void TestRenewablesTab::gridShareAndCarbonUseTheirUnits()
{
    auto *share = m_tab->findChild<QDoubleSpinBox *>(QStringLiteral("renewableShare"));
    auto *carbon = m_tab->findChild<QDoubleSpinBox *>(QStringLiteral("carbon"));
    QCOMPARE(share->value(), 95.0);  // shown in %
    QCOMPARE(carbon->value(), 15.0); // shown in g/kWh
    typeInto(share, QStringLiteral("50"));
    QCOMPARE(m_doc->scenario().supply.grid.renewableShare, 0.5);
    typeInto(carbon, QStringLiteral("400"));
    QCOMPARE(m_doc->scenario().supply.grid.carbonKgPerKWh, 0.4);
    m_doc->recomputeNow();
    QTRY_VERIFY(m_doc->results().stages.last().annual.cueKgPerKWh > 0.1);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->scenario().supply.grid.renewableShare, 0.95);
    QTRY_COMPARE(share->value(), 95.0);
}

void TestRenewablesTab::addPpaAndEditCapacity()
{
    QTableWidget *table = m_tab->supplyEditor()->ppaTable();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, SupplyEditor::PpaCapacityMW)->data(Qt::EditRole).toDouble(), 1.0);
    m_tab->supplyEditor()->addPpa();
    QCOMPARE(m_doc->scenario().supply.ppas.size(), 2);
    QTRY_COMPARE(table->rowCount(), 2);

    const QRect rect = table->visualItemRect(table->item(0, SupplyEditor::PpaCapacityMW));
    table->scrollToItem(table->itemAt(rect.center()));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    // The cell editor is a spin box on the viewport (the stage/technology combos are cell widgets).
    QWidget *editor = table->viewport()->findChild<QDoubleSpinBox *>();
    QVERIFY(editor);
    // Keys go where the view sent the focus (the spin box's line edit), as for a user.
    QWidget *target = table->viewport()->focusWidget() ? table->viewport()->focusWidget() : editor;
    QTest::keyClick(target, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(target, QStringLiteral("12"));
    QTest::keyClick(target, Qt::Key_Return);
    QTRY_COMPARE(m_doc->scenario().supply.ppas[0].capacityW, 12e6); // the delegate commits on Return queued
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->scenario().supply.ppas[0].capacityW, 1e6);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->scenario().supply.ppas.size(), 1);
}

void TestRenewablesTab::ppaTechnologyCombo()
{
    QTableWidget *table = m_tab->supplyEditor()->ppaTable();
    auto *tech = qobject_cast<QComboBox *>(table->cellWidget(0, SupplyEditor::PpaTechColumn));
    QVERIFY(tech);
    QCOMPARE(tech->currentText(), QStringLiteral("Hydro"));
    tech->setFocus();
    QTest::keyClick(tech, Qt::Key_Down);
    QCOMPARE(m_doc->scenario().supply.ppas[0].technology, PpaTechnology::Wind);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->scenario().supply.ppas[0].technology, PpaTechnology::Hydro);
    QTRY_COMPARE(qobject_cast<QComboBox *>(table->cellWidget(0, SupplyEditor::PpaTechColumn))->currentText(),
                 QStringLiteral("Hydro"));
}

void TestRenewablesTab::supplyTablesShowEveryRow()
{
    // A laptop-sized tab with a few PPAs and guarantees: every row is read without scrolling down.
    m_tab->resize(1100, 700);
    SupplyEditor *editor = m_tab->supplyEditor();
    for (int i = 0; i < 3; ++i) {
        editor->addPpa();
        editor->addGuarantee();
    }
    for (QTableWidget *table : {editor->ppaTable(), editor->guaranteeTable()}) {
        QTRY_VERIFY(table->rowCount() >= 3);
        QTRY_COMPARE(table->verticalScrollBar()->maximum(), 0);
        const int last = table->rowCount() - 1;
        QVERIFY2(table->rowViewportPosition(last) + table->rowHeight(last) <= table->viewport()->height(),
                 qPrintable(table->objectName()));
    }
}

void TestRenewablesTab::kpiTableAndChartsFollowResults()
{
    const QList<StageResult> &stages = m_doc->results().stages;
    QCOMPARE(m_tab->kpiTable()->rowCount(), 2);
    QCOMPARE(m_tab->kpiTable()->item(1, RenewablesTab::RefPct)->text(),
             QLocale().toString(stages[1].annual.ref * 100, 'f', 1));
    auto *ref = qobject_cast<QBarSeries *>(m_tab->refChart()->chart()->series().first());
    QCOMPARE(ref->barSets()[0]->at(1), stages[1].annual.ref * 100);
    auto *cue = qobject_cast<QBarSeries *>(m_tab->cueChart()->chart()->series().first());
    QCOMPARE(cue->barSets()[1]->at(0), stages[0].annual.cueMarketKgPerKWh * 1000);

    // The week chart: PPA and grid layers over 168 hours of the chosen week.
    m_tab->weekSpinBox()->setValue(3);
    auto *ppa = qobject_cast<QAreaSeries *>(m_tab->weekChart()->chart()->series().first());
    QCOMPARE(ppa->upperSeries()->count(), 168);
    QCOMPARE(ppa->upperSeries()->at(0).x(), 2 * 168 / 24.0);
    // Hourly CFE of the same week, in % of the load, from the engine's hourly series.
    auto *cfe = qobject_cast<QLineSeries *>(m_tab->cfeWeekChart()->chart()->series().first());
    QVERIFY(cfe);
    QCOMPARE(cfe->count(), 168);
    const StageResult &shown = stages.at(m_doc->currentStageIndex());
    QCOMPARE(cfe->at(5).y(), shown.hourly.cfe.at(2 * 168 + 5) * 100);
    QVERIFY(cfe->at(5).y() > 0 && cfe->at(5).y() <= 100);
}

void TestRenewablesTab::monthlySourcesStackAgainstLoad()
{
    const StageResult &stage = m_doc->results().stages.at(m_doc->currentStageIndex());
    const auto series = m_tab->monthlyChart()->chart()->series();
    auto *bars = qobject_cast<QStackedBarSeries *>(series.first());
    auto *load = qobject_cast<QLineSeries *>(series.at(1));
    QVERIFY(bars && load);
    QCOMPARE(load->count(), 12);
    QCOMPARE(load->at(0).y(), stage.annual.monthlyFacilityEnergyMWh.at(0));
    // The hydro PPA (1 MW, flat) is used every hour: 744 MWh in January.
    QVERIFY(qAbs(bars->barSets()[0]->at(0) - 744.0) < 1e-6);
    // Supply covers the load: PPA + grid = facility energy, month by month.
    for (int m = 0; m < 12; ++m)
        QVERIFY(qAbs(bars->barSets()[0]->at(m) + bars->barSets()[1]->at(m) - load->at(m).y()) <
                1e-3 * load->at(m).y());
}

void TestRenewablesTab::regulatoryViewShowsVerdicts()
{
    QTableWidget *t = m_tab->regulatoryView()->table();
    QCOMPARE(t->rowCount(), 2);
    const AnnualKpis &a = m_doc->results().stages[1].annual;
    QCOMPARE(t->item(1, RegulatoryView::Pue)->text(), QLocale().toString(a.pue, 'f', 3));
    // Stage 2 starts 1 Jul 2028: ERF must reach 20 %; nothing is reused here, so it fails.
    QVERIFY2(t->item(1, RegulatoryView::EnefgErf)->text().startsWith(QStringLiteral("fail (≥ 20 %)")),
             qPrintable(t->item(1, RegulatoryView::EnefgErf)->text()));
    QCOMPARE(t->item(1, RegulatoryView::EnefgPue)->text(),
             a.pue <= 1.2 ? QStringLiteral("pass (≤ 1.2)") : QStringLiteral("fail (≤ 1.2)"));
    auto *note = m_tab->findChild<QLabel *>(QStringLiteral("regulatoryNote"));
    QVERIFY(note->text().contains(QStringLiteral("benchmark")));
}

void TestRenewablesTab::enefg_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<double>("pue");
    QTest::addColumn<double>("erf");
    QTest::addColumn<double>("ref");
    QTest::addColumn<double>("pueLimit");
    QTest::addColumn<bool>("erfApplies");
    QTest::addColumn<double>("erfLimit");
    QTest::addColumn<bool>("puePass");
    QTest::addColumn<bool>("erfPass");
    QTest::addColumn<bool>("renewablePass");
    QTest::newRow("old DC, 1.4") << QDate(2025, 1, 1) << 1.4 << 0.0 << 0.5 << 1.5 << false << 0.0 << true
                                 << true << false;
    QTest::newRow("new 1 Jul 2026, at limits")
        << QDate(2026, 7, 1) << 1.2 << 0.10 << 1.0 << 1.2 << true << 0.10 << true << true << true;
    QTest::newRow("new 2026, just over")
        << QDate(2026, 12, 1) << 1.21 << 0.099 << 0.99 << 1.2 << true << 0.10 << false << false << false;
    QTest::newRow("from 1 Jul 2027") << QDate(2027, 7, 1) << 1.1 << 0.12 << 1.0 << 1.2 << true << 0.15 << true
                                     << false << true;
    QTest::newRow("from 1 Jul 2028") << QDate(2028, 7, 1) << 1.1 << 0.20 << 1.0 << 1.2 << true << 0.20 << true
                                     << true << true;
}

void TestRenewablesTab::enefg()
{
    QFETCH(QDate, start);
    QFETCH(double, pue);
    QFETCH(double, erf);
    QFETCH(double, ref);
    const QList<EnefgCheck> checks = enefgChecks(start, pue, erf, ref);
    QCOMPARE(checks.size(), 3);
    QTEST(checks[0].limit, "pueLimit");
    QTEST(checks[1].applies, "erfApplies");
    QTEST(checks[1].limit, "erfLimit");
    QTEST(checks[0].pass, "puePass");
    QTEST(checks[1].pass, "erfPass");
    QTEST(checks[2].pass, "renewablePass");
}

void TestRenewablesTab::grabShowsTheTab()
{
    test::verifyTabRenders(m_tab, m_doc, QStringLiteral("renewablestab.png"));
}

QTEST_MAIN(TestRenewablesTab)
#include "tst_renewablestab.moc"
