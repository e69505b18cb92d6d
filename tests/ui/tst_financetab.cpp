// Finance tab: the cost catalogue (with the asset settings), the rack types' asset and throughput
// fields and the opex items are edited through the real widgets as undoable commands; the investor
// figures, the charts and the KPIs show Results (METHOD §8, §8.1-8.3).
#include "tabtestsupport.h"

#include "model/document/projectdocument.h"
#include "ui/charts/barchart.h"
#include "ui/charts/linechart.h"
#include "ui/tabs/financetab.h"
#include "ui/tabs/moneyformat.h"
#include "ui/tabs/opexitemseditor.h"
#include "ui/tabs/racktypeeditor.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextDocumentFragment>
#include <QUndoStack>
#include <QValueAxis>

using namespace fjord;
using namespace fjord::ui;
using fjord::test::shown;
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
    void cashFlowChartsAndKpisFollowResults();
    void opexItemsAddEditRemove();
    void assetLifeEditIsOneUndoStepAndMovesTheNpv();
    void residualSwitchAndPriceChangeAreUndoable();
    void rackTypeLifeAndThroughputAreEdited();

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

namespace {

// The title of a chart's axis in `orientation` (the first one).
QString axisTitle(ChartView *chart, Qt::Orientation orientation)
{
    const auto axes = chart->chart()->axes(orientation);
    return axes.isEmpty() ? QString() : axes.first()->titleText();
}

} // namespace

void TestFinanceTab::cashFlowChartsAndKpisFollowResults()
{
    const FinanceResults &f = m_doc->results().finance;
    QVERIFY(!f.years.isEmpty());
    // Revenue, opex and capex per year: stacked opex + capex bars and a revenue line, one per year.
    BarChart *cash = m_tab->cashFlowChart();
    QCOMPARE(cash->title(), QStringLiteral("Revenue, opex and capex per year"));
    auto *bars = qobject_cast<QStackedBarSeries *>(cash->chart()->series().first());
    QVERIFY(bars);
    QCOMPARE(bars->barSets().size(), 2);
    QCOMPARE(bars->barSets()[0]->count(), f.years.size());
    QCOMPARE(bars->barSets()[1]->at(0), f.years.first().capex / 1e6);
    auto *revenue = qobject_cast<QLineSeries *>(cash->chart()->series().last());
    QCOMPARE(revenue->name(), QStringLiteral("Revenue"));
    QCOMPARE(revenue->count(), f.years.size());
    QVERIFY(axisTitle(cash, Qt::Vertical).contains(QStringLiteral("EUR m")));
    QCOMPARE(axisTitle(cash, Qt::Horizontal), QStringLiteral("Year"));
    QCOMPARE(qobject_cast<QBarCategoryAxis *>(cash->chart()->axes(Qt::Horizontal).first())->count(),
             f.years.size());

    // Cumulative free cash flow: one point per year, the last one the horizon's total.
    LineChart *cumulativeChart = m_tab->cumulativeChart();
    QCOMPARE(cumulativeChart->title(), QStringLiteral("Cumulative free cash flow"));
    auto *cumulative = qobject_cast<QLineSeries *>(cumulativeChart->chart()->series().first());
    QCOMPARE(cumulative->count(), f.years.size());
    QCOMPARE(cumulative->at(0).x(), double(f.firstYear));
    QCOMPARE(cumulative->at(cumulative->count() - 1).y(), f.years.last().cumulativeFreeCashFlow / 1e6);
    QCOMPARE(axisTitle(cumulativeChart, Qt::Horizontal), QStringLiteral("Year"));
    QCOMPARE(axisTitle(cumulativeChart, Qt::Vertical), QStringLiteral("EUR m"));
    // The test campus has no tenants: no revenue, so no payback to mark; the zero line is there.
    QVERIFY(!f.investor.paybackYear);
    QVERIFY(cumulativeChart->chart()->findChildren<QScatterSeries *>().isEmpty());
    QCOMPARE(m_tab->tenantRevenueChart()->title(),
             QStringLiteral("Revenue per tenant class per year (no tenants)"));

    const QString kpis = shown(m_tab->kpiLabel());
    QVERIFY2(kpis.contains(moneyformat::compact(f.presentValue, QStringLiteral("EUR"))), qPrintable(kpis));
    QVERIFY2(kpis.contains(moneyformat::compact(f.years.last().opex, QStringLiteral("EUR"))),
             qPrintable(kpis));
    // The levelised costs are shown once, with the investor figures.
    QVERIFY(!kpis.contains(QStringLiteral("GPU-hour")));
    const QString investor = shown(m_tab->investorLabel());
    QVERIFY(investor.contains(moneyformat::compact(f.levelisedPerItMWh, QStringLiteral("EUR"))));
    QVERIFY(
        investor.contains(QStringLiteral("Levelised cost per GPU-hour (incl. replacements and residual)")));
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

void TestFinanceTab::assetLifeEditIsOneUndoStepAndMovesTheNpv()
{
    auto *life = m_tab->findChild<QSpinBox *>(QStringLiteral("mechanicalLife"));
    QVERIFY(life);
    QCOMPARE(life->value(), m_doc->project().costs.mechanical.lifeYears);
    const QString before = shown(m_tab->investorLabel());
    const double npvBefore = m_doc->results().finance.investor.npv;
    QVERIFY(before.contains(moneyformat::compact(npvBefore, QStringLiteral("EUR"))));
    const double replacementsBefore = m_doc->results().finance.replacementCapex;
    const int steps = m_doc->undoStack()->count();
    // A 4-year life replaces the cooling plant three times inside the 15-year horizon.
    typeInto(life, QStringLiteral("4"));
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QCOMPARE(m_doc->project().costs.mechanical.lifeYears, 4);
    QTRY_VERIFY(m_doc->results().finance.replacementCapex > replacementsBefore);
    const double npvAfter = m_doc->results().finance.investor.npv;
    QVERIFY(npvAfter < npvBefore);
    QTRY_VERIFY(
        shown(m_tab->investorLabel()).contains(moneyformat::compact(npvAfter, QStringLiteral("EUR"))));
    QVERIFY(shown(m_tab->investorLabel()) != before);
    m_doc->undoStack()->undo();
    QCOMPARE(life->value(), m_doc->project().costs.mechanical.lifeYears);
    QTRY_COMPARE(shown(m_tab->investorLabel()), before);
}

void TestFinanceTab::residualSwitchAndPriceChangeAreUndoable()
{
    auto *residual = m_tab->findChild<QCheckBox *>(QStringLiteral("residualValue"));
    QVERIFY(residual);
    QVERIFY(residual->isChecked());
    QTRY_VERIFY(m_doc->results().finance.residualValue > 0);
    const int steps = m_doc->undoStack()->count();
    QTest::mouseClick(residual, Qt::LeftButton, {}, QPoint(8, residual->height() / 2));
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QVERIFY(!m_doc->project().costs.residualValue);
    QTRY_VERIFY(shown(m_tab->investorLabel()).contains(QStringLiteral("not counted")));
    QCOMPARE(m_doc->results().finance.residualValue, 0.0);

    auto *price = m_tab->findChild<QDoubleSpinBox *>(QStringLiteral("electricalPriceChange"));
    QVERIFY(price);
    typeInto(price, QStringLiteral("-2.5"));
    QCOMPARE(m_doc->undoStack()->count(), steps + 2);
    QCOMPARE(m_doc->project().costs.electrical.priceChangePerYear, -0.025);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->project().costs.residualValue);
    QVERIFY(residual->isChecked());
    QCOMPARE(price->value(), 0.0);
}

void TestFinanceTab::rackTypeLifeAndThroughputAreEdited()
{
    RackTypeEditor editor(m_doc);
    editor.resize(1400, 300);
    editor.show();
    QTableWidget *table = editor.table();
    QCOMPARE(table->horizontalHeaderItem(RackTypeEditor::ServiceLife)->text(),
             QStringLiteral("Life (years)"));
    QCOMPARE(table->item(0, RackTypeEditor::ServiceLife)->data(Qt::EditRole).toInt(), 5);
    const int steps = m_doc->undoStack()->count();
    QTRY_VERIFY(m_doc->results().finance.energyPerMillionTokensKWh == 0); // no throughput stated yet

    table->item(0, RackTypeEditor::ServiceLife)->setData(Qt::EditRole, 4);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QCOMPARE(m_doc->project().rackTypes.first().serviceLifeYears, 4);
    table->item(0, RackTypeEditor::PriceChangePct)->setData(Qt::EditRole, -10.0);
    QCOMPARE(m_doc->project().rackTypes.first().priceChangePerYear, -0.1);
    table->item(0, RackTypeEditor::Workload)->setData(Qt::EditRole, QStringLiteral("Llama 3.1 70B FP8"));
    table->item(0, RackTypeEditor::TokensPerSecond)->setData(Qt::EditRole, 5000.0);
    QCOMPARE(m_doc->undoStack()->count(), steps + 4);
    QCOMPARE(m_doc->project().rackTypes.first().tokensPerSecondPerGpu, 5000.0);

    // The token figures appear in the Finance tab, named after the workload.
    QTRY_VERIFY(m_doc->results().finance.energyPerMillionTokensKWh > 0);
    QTRY_VERIFY(shown(m_tab->investorLabel()).contains(QStringLiteral("million tokens (Llama 3.1 70B FP8)")));

    // A life out of range is refused with the reason; the model keeps its value.
    table->item(0, RackTypeEditor::ServiceLife)->setData(Qt::EditRole, 0);
    QVERIFY(editor.status()->text().contains(QStringLiteral("refused")));
    QCOMPARE(m_doc->project().rackTypes.first().serviceLifeYears, 4);
    QCOMPARE(m_doc->undoStack()->count(), steps + 4);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->project().rackTypes.first().tokensPerSecondPerGpu, 0.0);
}

void TestFinanceTab::grabShowsTheTab()
{
    test::verifyTabRenders(m_tab, m_doc, QStringLiteral("financetab.png"));
}

QTEST_MAIN(TestFinanceTab)
#include "tst_financetab.moc"
