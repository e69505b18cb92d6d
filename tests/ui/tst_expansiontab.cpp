// Expansion tab: the stage table edits stages through undoable commands (bad input is refused
// with a message), the timeline drags a stage's energisation date in one undo step, and the
// capacity charts show the Results per stage.
#include "tabtestsupport.h"

#include "model/document/projectdocument.h"
#include "ui/charts/barchart.h"
#include "ui/charts/linechart.h"
#include "ui/charts/stagetimelinechart.h"
#include "ui/tabs/expansiontab.h"

#include <QAbstractItemDelegate>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QClipboard>
#include <QDoubleSpinBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineSeries>
#include <QSet>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>
#include <QValueAxis>

#include <cmath>

using namespace fjord;
using namespace fjord::ui;

class TestExpansionTab : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void tableShowsStagesAndResults();
    void editGridCapacityInTable();
    void negativeCapacityIsRefused();
    void dragStageOnTimelineIsOneUndoStep();
    void timelineTicksFallOnTheFirstOfJanuary();
    void capacityChartsFollowResults();
    void energyPerYearFollowsTheHorizon();
    void tableCopiesTsv();
    void yearConversion_data();
    void yearConversion();

    void grabShowsTheTab();

private:
    void editCell(int row, int column, const QString &text);
    ProjectDocument *m_doc = nullptr;
    ExpansionTab *m_tab = nullptr;
};

void TestExpansionTab::init()
{
    test::openTab(m_doc, m_tab);
}

void TestExpansionTab::cleanup()
{
    delete m_tab;
    delete m_doc;
}

// Double-clicks a cell, replaces the editor's text and commits with Enter, like a user.
void TestExpansionTab::editCell(int row, int column, const QString &text)
{
    QTableWidget *table = m_tab->table();
    const QRect rect = table->visualItemRect(table->item(row, column));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QWidget *editor = table->viewport()->focusWidget();
    if (!editor)
        editor = QApplication::focusWidget();
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
}

void TestExpansionTab::tableShowsStagesAndResults()
{
    QTableWidget *t = m_tab->table();
    QCOMPARE(t->rowCount(), 2);
    QCOMPARE(t->item(0, ExpansionTab::Name)->text(), QStringLiteral("Stage 1"));
    QCOMPARE(t->item(1, ExpansionTab::Energisation)->data(Qt::EditRole).toDate(), QDate(2028, 7, 1));
    QCOMPARE(t->item(1, ExpansionTab::GridAddedMW)->data(Qt::EditRole).toDouble(), 290.0);
    QCOMPARE(t->item(0, ExpansionTab::Racks)->text(), QStringLiteral("20"));
    QCOMPARE(t->item(1, ExpansionTab::Racks)->text(), QStringLiteral("50"));         // cumulative
    QCOMPARE(t->item(1, ExpansionTab::Gpus)->text(), QStringLiteral("3600"));        // 50 × 72
    QCOMPARE(t->item(0, ExpansionTab::ItCapacityMW)->text(), QStringLiteral("2.7")); // 20 × 135 kW
    QCOMPARE(t->item(1, ExpansionTab::GridCapacityMW)->text(), QStringLiteral("520.0"));
}

void TestExpansionTab::editGridCapacityInTable()
{
    editCell(1, ExpansionTab::GridAddedMW, QStringLiteral("300"));
    QCOMPARE(m_doc->scenario().stages[1].gridCapacityAddedW, 300e6);
    QTRY_COMPARE(m_tab->table()->item(1, ExpansionTab::GridAddedMW)->data(Qt::EditRole).toDouble(), 300.0);
    QTRY_COMPARE(m_tab->table()->item(1, ExpansionTab::GridCapacityMW)->text(), QStringLiteral("530.0"));
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->scenario().stages[1].gridCapacityAddedW, 290e6);
    QTRY_COMPARE(m_tab->table()->item(1, ExpansionTab::GridCapacityMW)->text(), QStringLiteral("520.0"));

    editCell(0, ExpansionTab::RampUpMonths, QStringLiteral("9"));
    QCOMPARE(m_doc->scenario().stages[0].rampUpMonths, 9);
}

void TestExpansionTab::negativeCapacityIsRefused()
{
    editCell(0, ExpansionTab::GridAddedMW, QStringLiteral("-5"));
    QCOMPARE(m_doc->scenario().stages[0].gridCapacityAddedW, 230e6);
    QCOMPARE(m_doc->undoStack()->count(), 0);
    auto *status = m_tab->findChild<QLabel *>(QStringLiteral("expansionStatus"));
    QVERIFY2(status->text().contains(QStringLiteral("Stage 1")) &&
                 status->text().contains(QStringLiteral("Grid added")),
             qPrintable(status->text()));
    QTRY_COMPARE(m_tab->table()->item(0, ExpansionTab::GridAddedMW)->data(Qt::EditRole).toDouble(), 230.0);
}

void TestExpansionTab::dragStageOnTimelineIsOneUndoStep()
{
    StageTimelineChart *timeline = m_tab->timeline();
    const QPoint start = timeline->pointFor(1, QDate(2028, 7, 1)) + QPoint(4, 0);
    QCOMPARE(timeline->stageAt(start), 1);
    QTest::mousePress(timeline->viewport(), Qt::LeftButton, {}, start);
    // Move in steps, as a real drag does; the stage follows the pointer.
    const QPoint end = timeline->pointFor(1, QDate(2029, 7, 1)) + QPoint(4, 0);
    for (int i = 1; i <= 4; ++i) {
        QMouseEvent move(QEvent::MouseMove, start + (end - start) * i / 4,
                         timeline->viewport()->mapToGlobal(start + (end - start) * i / 4), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(timeline->viewport(), &move);
    }
    QTest::mouseRelease(timeline->viewport(), Qt::LeftButton, {}, end);
    const QDate moved = m_doc->scenario().stages[1].energisation;
    QVERIFY2(qAbs(QDate(2029, 7, 1).daysTo(moved)) <= 31, qPrintable(moved.toString(Qt::ISODate)));
    QCOMPARE(moved.day(), 1); // whole months
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->scenario().stages[1].energisation, QDate(2028, 7, 1));

    // A second drag is a second undo step, not merged into the first.
    m_doc->undoStack()->redo();
    const QPoint again = timeline->pointFor(0, QDate(2026, 12, 1)) + QPoint(4, 0);
    QTRY_COMPARE(timeline->stageAt(again), 0);
    QTest::mousePress(timeline->viewport(), Qt::LeftButton, {}, again);
    const QPoint later = timeline->pointFor(0, QDate(2027, 6, 1)) + QPoint(4, 0);
    QMouseEvent move(QEvent::MouseMove, later, timeline->viewport()->mapToGlobal(later), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(timeline->viewport(), &move);
    QTest::mouseRelease(timeline->viewport(), Qt::LeftButton, {}, later);
    QCOMPARE(m_doc->undoStack()->count(), 2);
    QVERIFY(m_doc->scenario().stages[0].energisation > QDate(2027, 3, 1));
}

void TestExpansionTab::energyPerYearFollowsTheHorizon()
{
    const FinanceResults &f = m_doc->results().finance;
    QVERIFY(!f.years.isEmpty());
    auto *bars = qobject_cast<QBarSeries *>(m_tab->energyChart()->chart()->series().first());
    QVERIFY(bars);
    QCOMPARE(bars->barSets().size(), 2);
    QCOMPARE(bars->barSets()[0]->count(), int(f.years.size()));
    for (int i = 0; i < f.years.size(); ++i) {
        QCOMPARE(bars->barSets()[0]->at(i), f.years[i].itEnergyMWh / 1e3);
        QCOMPARE(bars->barSets()[1]->at(i), f.years[i].facilityEnergyMWh / 1e3);
    }
    // Ramp-up: the first year delivers less than a later year at full load.
    QVERIFY(bars->barSets()[0]->at(0) < bars->barSets()[0]->at(int(f.years.size()) - 1));
}

void TestExpansionTab::timelineTicksFallOnTheFirstOfJanuary()
{
    // A tick labelled "2028" is 1 January 2028: stage 2 (1 July 2028) is drawn half way to 2029.
    StageTimelineChart *timeline = m_tab->timeline();
    const QList<QAbstractAxis *> axes = timeline->chart()->axes(Qt::Horizontal);
    QCOMPARE(axes.size(), 1);
    auto *years = qobject_cast<QValueAxis *>(axes.first());
    QVERIFY(years);
    QCOMPARE(years->tickType(), QValueAxis::TicksDynamic);
    QCOMPARE(years->tickInterval(), 1.0);
    QCOMPARE(years->tickAnchor(), std::floor(years->tickAnchor()));
    QCOMPARE(years->min(), std::floor(years->min()));
    QCOMPARE(years->max(), std::floor(years->max()));
    // Every stage, from energisation to the end of its ramp-up, is inside the axis with room.
    for (const Stage &stage : m_doc->scenario().stages) {
        QVERIFY(years->min() < StageTimelineChart::toYear(stage.energisation));
        QVERIFY(years->max() > StageTimelineChart::toYear(stage.energisation.addMonths(stage.rampUpMonths)));
    }
    const QPoint stage2 = timeline->pointFor(1, QDate(2028, 7, 1));
    const QPoint jan2028 = timeline->pointFor(1, QDate(2028, 1, 1));
    const QPoint jan2029 = timeline->pointFor(1, QDate(2029, 1, 1));
    QVERIFY(jan2028.x() < stage2.x() && stage2.x() < jan2029.x());

    // A long plan gets a tick every other year, still on 1 January.
    QList<StageTimelineChart::Entry> longPlan(2);
    longPlan[0].name = QStringLiteral("A");
    longPlan[0].energisation = QDate(2026, 3, 1);
    longPlan[1].name = QStringLiteral("B");
    longPlan[1].energisation = QDate(2041, 9, 1);
    timeline->setStages(longPlan);
    years = qobject_cast<QValueAxis *>(timeline->chart()->axes(Qt::Horizontal).first());
    QCOMPARE(years->tickInterval(), 2.0);
    QCOMPARE(years->min(), 2026.0);
    QCOMPARE(years->max(), 2042.0);
}

void TestExpansionTab::capacityChartsFollowResults()
{
    auto *bars = qobject_cast<QBarSeries *>(m_tab->capacityChart()->chart()->series().first());
    QVERIFY(bars);
    QCOMPARE(bars->barSets().size(), 4);
    QCOMPARE(bars->barSets()[0]->at(1), 50 * 0.135); // IT capacity, MW
    QCOMPARE(bars->barSets()[2]->label(), QStringLiteral("Design demand"));
    QVERIFY(bars->barSets()[2]->at(1) > bars->barSets()[1]->at(1)); // above the expected peak
    QCOMPARE(bars->barSets()[3]->at(1), 520.0);                     // grid capacity, MW
    // Over time: a step at each energisation date (x in years).
    auto *grid = qobject_cast<QLineSeries *>(m_tab->capacityTimeChart()->chart()->series().at(3));
    QCOMPARE(grid->at(1), QPointF(StageTimelineChart::toYear(QDate(2026, 12, 1)), 230.0));
    QCOMPARE(grid->at(3).y(), 520.0);
    auto *racks = qobject_cast<QLineSeries *>(m_tab->racksChart()->chart()->series().at(0));
    QCOMPARE(racks->at(3).y(), 50.0);
}

void TestExpansionTab::tableCopiesTsv()
{
    QTableWidget *t = m_tab->table();
    t->setFocus();
    t->setRangeSelected(QTableWidgetSelectionRange(0, ExpansionTab::Name, 1, ExpansionTab::Name), true);
    QTest::keySequence(t, QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("Stage\nStage 1\nStage 2\n"));
}

void TestExpansionTab::yearConversion_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<double>("year");
    QTest::newRow("new year") << QDate(2027, 1, 1) << 2027.0;
    QTest::newRow("1 July, non-leap") << QDate(2026, 7, 2) << 2026.0 + 182.0 / 365.0;
    QTest::newRow("1 July, leap") << QDate(2028, 7, 1) << 2028.0 + 182.0 / 366.0;
}

void TestExpansionTab::yearConversion()
{
    QFETCH(QDate, date);
    QFETCH(double, year);
    QCOMPARE(StageTimelineChart::toYear(date), year);
    QCOMPARE(StageTimelineChart::fromYear(year), QDate(date.year(), date.month(), 1));
}

void TestExpansionTab::grabShowsTheTab()
{
    test::verifyTabRenders(m_tab, m_doc, QStringLiteral("expansiontab.png"));
}

QTEST_MAIN(TestExpansionTab)
#include "tst_expansiontab.moc"
