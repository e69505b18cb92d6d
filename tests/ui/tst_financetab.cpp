// Finance tab: the cost catalogue and opex items are edited through the real widgets as undoable
// commands; the capex chart, cash-out chart and KPIs show Results (METHOD §8).
#include "tabtestsupport.h"

#include "model/document/projectdocument.h"
#include "ui/charts/barchart.h"
#include "ui/charts/linechart.h"
#include "ui/tabs/financetab.h"
#include "ui/tabs/opexitemseditor.h"

#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSet>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace fjord;
using namespace fjord::ui;
using fjord::test::typeInto;

class TestFinanceTab : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void editUnitCostIsUndoable();
    void percentagesAreStoredAsFractions();
    void currencyConvertsAmounts();
    void sourceNoteIsEdited();
    void capexChartShowsStageIncrements();
    void cashOutAndKpisFollowResults();
    void opexItemsAddEditRemove();

    void grabShowsTheTab();

private:
    ProjectDocument *m_doc = nullptr;
    FinanceTab *m_tab = nullptr;
};

void TestFinanceTab::init()
{
    test::openTab(m_doc, m_tab);
}

void TestFinanceTab::cleanup()
{
    delete m_tab;
    delete m_doc;
}

void TestFinanceTab::editUnitCostIsUndoable()
{
    auto *building = m_tab->findChild<QDoubleSpinBox *>(QStringLiteral("buildingPerW"));
    QVERIFY(building);
    QCOMPARE(building->value(), 3.0);
    const double capexBefore = m_doc->results().stages.last().capex.building;
    typeInto(building, QStringLiteral("4.5"));
    QCOMPARE(m_doc->project().costs.buildingPerW, 4.5);
    m_doc->recomputeNow();
    // Building capex is per W of IT: 50 racks × 135 kW × 4.5 /W.
    QCOMPARE(m_doc->results().stages.last().capex.building, 50 * 135e3 * 4.5);
    QVERIFY(m_doc->results().stages.last().capex.building > capexBefore);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->project().costs.buildingPerW, 3.0);
    QCOMPARE(building->value(), 3.0);
}

void TestFinanceTab::percentagesAreStoredAsFractions()
{
    auto *discount = m_tab->findChild<QDoubleSpinBox *>(QStringLiteral("discountRate"));
    QCOMPARE(discount->value(), 8.0);
    typeInto(discount, QStringLiteral("6.5"));
    QCOMPARE(m_doc->project().costs.discountRate, 0.065);
    auto *soft = m_tab->findChild<QDoubleSpinBox *>(QStringLiteral("softCost"));
    QCOMPARE(soft->value(), 10.0);
}

void TestFinanceTab::currencyConvertsAmounts()
{
    auto *currency = m_tab->findChild<QComboBox *>(QStringLiteral("currency"));
    auto *building = m_tab->findChild<QDoubleSpinBox *>(QStringLiteral("buildingPerW"));
    QVERIFY(building->suffix().contains(QStringLiteral("EUR/W")));
    const Project before = m_doc->project();
    currency->setFocus();
    QTest::keyClick(currency, Qt::Key_Down); // EUR -> NOK at 11.5 NOK per EUR
    const Project &after = m_doc->project();
    QCOMPARE(after.costs.currency, QStringLiteral("NOK"));
    QCOMPARE(after.costs.perEur, 11.5);
    QVERIFY(qAbs(after.costs.buildingPerW - before.costs.buildingPerW * 11.5) < 1e-9);
    QVERIFY(qAbs(after.rackTypes.first().unitCost - before.rackTypes.first().unitCost * 11.5) < 1e-6);
    QVERIFY(qAbs(after.scenarios.first().supply.grid.pricePerMWh -
                 before.scenarios.first().supply.grid.pricePerMWh * 11.5) < 1e-9);
    QVERIFY2(building->suffix().contains(QStringLiteral("NOK/W")), qPrintable(building->suffix()));
    auto *rate = m_tab->findChild<QDoubleSpinBox *>(QStringLiteral("perEur"));
    typeInto(rate, QStringLiteral("11.2"));
    QCOMPARE(m_doc->project().costs.perEur, 11.2); // a rate edit records the rate only
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->project() == before);
    QCOMPARE(currency->currentText(), QStringLiteral("EUR"));
}

void TestFinanceTab::sourceNoteIsEdited()
{
    auto *note = m_tab->findChild<QLineEdit *>(QStringLiteral("sourceNote"));
    QCOMPARE(note->text(), QStringLiteral("test figures"));
    typeInto(note, QStringLiteral("T&T DCCI 2025"));
    QCOMPARE(m_doc->project().costs.sourceNote, QStringLiteral("T&T DCCI 2025"));
}

void TestFinanceTab::capexChartShowsStageIncrements()
{
    auto *bars = qobject_cast<QStackedBarSeries *>(m_tab->capexChart()->chart()->series().first());
    QVERIFY(bars);
    QCOMPARE(bars->barSets().size(), 7);
    // IT equipment: stage 1 adds 20 racks × 3 M, stage 2 adds 30 × 3 M (M EUR).
    QCOMPARE(bars->barSets()[0]->label(), QStringLiteral("IT equipment"));
    QCOMPARE(bars->barSets()[0]->at(0), 60.0);
    QCOMPARE(bars->barSets()[0]->at(1), 90.0);
    // Building: 20 × 135 kW × 3 EUR/W = 8.1 M.
    QCOMPARE(bars->barSets()[3]->at(0), 8.1);
}

void TestFinanceTab::cashOutAndKpisFollowResults()
{
    const FinanceResults &f = m_doc->results().finance;
    QVERIFY(!f.years.isEmpty());
    auto *cumulative = qobject_cast<QLineSeries *>(m_tab->cashChart()->chart()->series().first());
    QCOMPARE(cumulative->count(), f.years.size());
    QCOMPARE(cumulative->at(0).x(), double(f.firstYear));
    QCOMPARE(cumulative->at(cumulative->count() - 1).y(), f.years.last().cumulativeCashOut / 1e6);
    const QString kpis = m_tab->kpiLabel()->text();
    QVERIFY2(kpis.contains(QLocale().toString(f.presentValue / 1e6, 'f', 1)), qPrintable(kpis));
    QVERIFY2(kpis.contains(QLocale().toString(f.levelisedPerItMWh, 'f', 2)), qPrintable(kpis));
    QVERIFY(kpis.contains(QStringLiteral("GPU-hour")));
}

void TestFinanceTab::opexItemsAddEditRemove()
{
    QTableWidget *table = m_tab->opexEditor()->table();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, OpexItemsEditor::Name)->text(), QStringLiteral("Insurance"));
    auto *add = m_tab->findChild<QPushButton *>(QStringLiteral("addOpex"));
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(m_doc->project().opex.size(), 2);
    QTRY_COMPARE(table->rowCount(), 2);

    // Edit the amount of the new row through the cell editor.
    const QRect rect = table->visualItemRect(table->item(1, OpexItemsEditor::PerYear));
    table->scrollToItem(table->itemAt(rect.center()));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    // The cell editor is a spin box on the viewport (the stage/technology combos are cell widgets).
    QWidget *editor = table->viewport()->findChild<QDoubleSpinBox *>();
    QVERIFY(editor);
    // Keys go where the view sent the focus (the spin box's line edit), as for a user.
    QWidget *target = table->viewport()->focusWidget() ? table->viewport()->focusWidget() : editor;
    QTest::keyClick(target, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(target, QStringLiteral("250000"));
    QTest::keyClick(target, Qt::Key_Return);
    QTRY_COMPARE(m_doc->project().opex[1].perYear, 250000.0); // the delegate commits on Return queued

    table->setCurrentCell(0, OpexItemsEditor::Name);
    QTest::mouseClick(m_tab->findChild<QPushButton *>(QStringLiteral("removeOpex")), Qt::LeftButton);
    QCOMPARE(m_doc->project().opex.size(), 1);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->project().opex.size(), 2);
    QCOMPARE(m_doc->project().opex[0].name, QStringLiteral("Insurance"));
}

void TestFinanceTab::grabShowsTheTab()
{
    test::verifyTabRenders(m_tab, m_doc, QStringLiteral("financetab.png"));
}

QTEST_MAIN(TestFinanceTab)
#include "tst_financetab.moc"
