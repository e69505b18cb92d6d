// Risk tab (issue 14, METHOD v2 §9): a run off the GUI thread fills the summary with the engine's own
// statistics for the same seed, converging chunk by chunk; Cancel keeps the runs done and says so;
// an edit of an uncertain input is one undo step (a bad value is refused) and marks the result stale;
// the tornado puts the input with the largest NPV swing on top.
#include "tabtestsupport.h"

#include "model/document/projectdocument.h"
#include "model/engine/montecarlo.h"
#include "model/sample/narviksample.h"
#include "model/uncertainty.h"
#include "ui/charts/linechart.h"
#include "ui/risk/histogramchart.h"
#include "ui/risk/montecarlorunner.h"
#include "ui/risk/riskcharts.h"
#include "ui/risk/riskformat.h"
#include "ui/risk/risksummarytable.h"
#include "ui/risk/risktab.h"
#include "ui/risk/tornadochart.h"
#include "ui/risk/uncertaininputseditor.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace fjord;
using namespace fjord::ui;
using fjord::test::typeInto;

namespace {
constexpr int RunTimeoutMs = 60000; // a few hundred runs take about a second on two cores
} // namespace

class TestRiskTab : public QObject {
    Q_OBJECT
private slots:
    void emptyChartsSayHowToFillThem();
    void init();
    void cleanup();
    void runFillsTheTableWithTheEngineSummary();
    void cancelKeepsTheRunsDoneAndSaysSo();
    void editIsOneUndoStepAndMarksTheResultStale();
    void badValueIsRefusedWithTheReason();
    void narvikPresetsAreOneUndoStep();
    void tornadoPutsTheLargestSwingOnTop();
    void inputNamesWrapAndFiguresStayWhole();

private:
    // Types the runs and the seed, clicks Run and waits for the end.
    void runAndWait(int runs, int seed);
    void editCell(int row, int column, const QString &text);
    QLabel *label(const char *name) const { return m_tab->findChild<QLabel *>(QLatin1String(name)); }

    ProjectDocument *m_doc = nullptr;
    RiskTab *m_tab = nullptr;
};

void TestRiskTab::init()
{
    m_doc = new ProjectDocument(makeNarvikSample()); // its scenarios carry the Narvik presets
    m_tab = new RiskTab(m_doc);
    m_tab->resize(1400, 900);
    m_tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_tab));
}

void TestRiskTab::cleanup()
{
    delete m_tab;
    delete m_doc;
}

void TestRiskTab::runAndWait(int runs, int seed)
{
    typeInto(m_tab->findChild<QSpinBox *>(QStringLiteral("riskRuns")), QString::number(runs));
    typeInto(m_tab->findChild<QSpinBox *>(QStringLiteral("riskSeed")), QString::number(seed));
    QTest::mouseClick(m_tab->findChild<QPushButton *>(QStringLiteral("riskRun")), Qt::LeftButton);
    QVERIFY(m_tab->runner()->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!m_tab->runner()->isRunning(), RunTimeoutMs);
}

// Double-clicks a cell, replaces the editor's text and commits with Enter, like a user.
void TestRiskTab::editCell(int row, int column, const QString &text)
{
    QTableWidget *table = m_tab->inputsEditor()->table();
    table->scrollToItem(table->item(row, column));
    const QRect rect = table->visualItemRect(table->item(row, column));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    // The cell's editor: the line edit the double-click opened over the cell.
    QLineEdit *editor = nullptr;
    const auto open = [&] {
        for (QLineEdit *e : table->viewport()->findChildren<QLineEdit *>())
            if (e->isVisible())
                editor = e;
        return editor != nullptr;
    };
    QTRY_VERIFY(open());
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    const QPointer<QLineEdit> closing(editor); // the delegate commits and closes after the key (queued)
    QTRY_VERIFY(!closing || !closing->isVisible());
}

void TestRiskTab::emptyChartsSayHowToFillThem()
{
    // Before a run the histogram and the S-curve are empty: each says so in its plot, in grey
    // text the user can read; after a run the message is gone and the bars are there.
    m_tab->resize(1400, 900);
    m_tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_tab));
    for (ChartView *chart :
         {static_cast<ChartView *>(m_tab->histogram()), static_cast<ChartView *>(m_tab->sCurve())}) {
        QVERIFY2(chart->emptyMessage().contains(QStringLiteral("Run")), qPrintable(chart->emptyMessage()));
        QTRY_VERIFY(chart->chart()->plotArea().width() > 100);
        const QImage shown = chart->grab().toImage();
        const QRect plot = chart->mapFromScene(chart->chart()->plotArea()).boundingRect();
        int ink = 0; // pixels of the message: darker than the plot's white, not the grid's light grey
        for (int y = plot.center().y() - 20; y <= plot.center().y() + 20; ++y)
            for (int x = plot.left() + 10; x < plot.right() - 10; ++x)
                ink += qGray(shown.pixel(x, y)) < 180;
        QVERIFY2(ink > 50, qPrintable(QString::number(ink)));
    }
    runAndWait(50, 3);
    QCOMPARE(m_tab->histogram()->emptyMessage(), QString());
    QCOMPARE(m_tab->sCurve()->emptyMessage(), QString());
    QVERIFY(m_tab->histogram()->binCount() > 0);
}

void TestRiskTab::runFillsTheTableWithTheEngineSummary()
{
    QSignalSpy chunks(m_tab->runner(), &MonteCarloRunner::runsAdded);
    runAndWait(200, 7);

    // The same study run directly, in one call.
    MonteCarloOptions options;
    options.runs = 200;
    options.seed = 7;
    const Project &project = m_doc->project();
    const MonteCarloRuns direct =
        runMonteCarlo(project, m_doc->currentScenarioId(), project.site.climate, options);
    QVERIFY2(direct.error.isEmpty(), qPrintable(direct.error));
    const MonteCarloSummary expected = summarise(direct.outputs);

    const RiskSummaryTable *table = m_tab->summaryTable();
    const int npv = int(RiskOutput::Npv);
    QCOMPARE(table->item(npv, RiskSummaryTable::P50)->data(Qt::UserRole).toDouble(),
             expected.outputs[npv].p50);
    QCOMPARE(table->item(npv, RiskSummaryTable::P50)->text(),
             riskformat::value(RiskOutput::Npv, expected.outputs[npv].p50, project.costs.currency));
    QCOMPARE(table->item(npv, RiskSummaryTable::P10)->data(Qt::UserRole).toDouble(),
             expected.outputs[npv].p10);
    const int irr = int(RiskOutput::Irr);
    QCOMPARE(table->item(irr, RiskSummaryTable::P90)->data(Qt::UserRole).toDouble(),
             expected.outputs[irr].p90);
    QCOMPARE(
        table->item(RiskSummaryTable::NpvBelowZeroRow, RiskSummaryTable::P50)->data(Qt::UserRole).toDouble(),
        expected.probabilityNpvBelowZero);
    QCOMPARE(table->item(RiskSummaryTable::RunsRow, RiskSummaryTable::P50)->data(Qt::UserRole).toInt(), 200);
    QVERIFY(table->item(npv, RiskSummaryTable::P50StdError)->data(Qt::UserRole).toDouble() > 0);
    // Units in the row labels.
    QVERIFY(table->item(npv, RiskSummaryTable::Output)->text().contains(project.costs.currency));
    QVERIFY(table->item(irr, RiskSummaryTable::Output)->text().contains(u'%'));

    // Shown as it converged: several chunks, each refreshing the table and charts.
    QVERIFY2(chunks.size() >= 2, qPrintable(QString::number(chunks.size())));
    QVERIFY(label("riskStatus")->text().contains(QStringLiteral("200 runs with seed 7")));
    QCOMPARE(m_tab->findChild<QProgressBar *>(QStringLiteral("riskProgress"))->value(), 200);
    QVERIFY(m_tab->histogram()->binCount() >= 8);
    QVERIFY(m_tab->histogram()->chart()->title().contains(QStringLiteral("NPV")));

    fjord::test::verifyTabRenders(m_tab, m_doc, QStringLiteral("risk-tab.png"));
    if (const QString dir = qEnvironmentVariable("FJORD_GRAB_DIR");
        !dir.isEmpty()) // the charts below the fold
        QVERIFY(m_tab->tornadoChart()->savePng(dir + QStringLiteral("/risk-tornado.png"), nullptr,
                                               m_tab->tornadoChart()->size()));

    // The histogram's output is chosen in its combo: the IRR in %.
    auto *output = m_tab->findChild<QComboBox *>(QStringLiteral("riskHistogramOutput"));
    output->setFocus();
    QTest::keyClick(output, Qt::Key_Down);
    QVERIFY(m_tab->histogram()->chart()->title().contains(QStringLiteral("IRR")));
    const auto axes = m_tab->histogram()->chart()->axes(Qt::Horizontal);
    QCOMPARE(axes.size(), 1);
    QCOMPARE(axes.first()->titleText(), QStringLiteral("IRR, %"));
}

void TestRiskTab::cancelKeepsTheRunsDoneAndSaysSo()
{
    const int asked = 100000;
    typeInto(m_tab->findChild<QSpinBox *>(QStringLiteral("riskRuns")), QString::number(asked));
    QTest::mouseClick(m_tab->findChild<QPushButton *>(QStringLiteral("riskRun")), Qt::LeftButton);
    auto *progress = m_tab->findChild<QProgressBar *>(QStringLiteral("riskProgress"));
    QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0, RunTimeoutMs); // some runs are done
    QTest::mouseClick(m_tab->findChild<QPushButton *>(QStringLiteral("riskCancel")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_tab->runner()->isRunning(), RunTimeoutMs);

    const int done = int(m_tab->runner()->outputs().size());
    QVERIFY2(done > 0 && done < asked, qPrintable(QString::number(done)));
    const QString status = label("riskStatus")->text();
    QVERIFY2(status.contains(QStringLiteral("Cancelled after %1 of %2 runs")
                                 .arg(QLocale().toString(done), QLocale().toString(asked))),
             qPrintable(status));
    // The runs kept are the study's first runs: the same as a study of that size.
    MonteCarloOptions options;
    options.runs = done;
    options.seed = 1;
    const MonteCarloRuns direct =
        runMonteCarlo(m_doc->project(), m_doc->currentScenarioId(), m_doc->project().site.climate, options);
    const int npv = int(RiskOutput::Npv);
    QCOMPARE(m_tab->summaryTable()->item(npv, RiskSummaryTable::P50)->data(Qt::UserRole).toDouble(),
             summarise(direct.outputs).outputs[npv].p50);
    QCOMPARE(m_tab->summaryTable()
                 ->item(RiskSummaryTable::RunsRow, RiskSummaryTable::P50)
                 ->data(Qt::UserRole)
                 .toInt(),
             done);
    QVERIFY(m_tab->findChild<QPushButton *>(QStringLiteral("riskRun"))->isEnabled());
    fjord::test::verifyTabRenders(m_tab, m_doc, QStringLiteral("risk-tab-cancelled.png"));
}

void TestRiskTab::editIsOneUndoStepAndMarksTheResultStale()
{
    runAndWait(60, 3);
    QVERIFY(!m_tab->isStale());
    QVERIFY(!label("riskStale")->isVisible());

    const UncertainInput before = m_doc->scenario().uncertainInputs.first();
    QCOMPARE(before.kind, DistributionKind::Triangular);
    const double high = before.high + std::abs(before.high - before.low);
    const int steps = m_doc->undoStack()->count();
    editCell(0, UncertainInputsEditor::High, QLocale().toString(high, 'g', 10));

    QTRY_COMPARE(m_doc->undoStack()->count(), steps + 1);
    QCOMPARE(m_doc->scenario().uncertainInputs.first().high, high);
    QVERIFY(m_tab->isStale());
    QTRY_VERIFY(label("riskStale")->isVisible());
    QVERIFY(label("riskStale")->text().contains(QStringLiteral("stale")));
    fjord::test::verifyTabRenders(m_tab, m_doc, QStringLiteral("risk-tab-stale.png"));

    m_doc->undoStack()->undo(); // one step back restores the input
    QCOMPARE(m_doc->scenario().uncertainInputs.first(), before);
    QTRY_COMPARE(m_tab->inputsEditor()->table()->item(0, UncertainInputsEditor::High)->text(),
                 QLocale().toString(before.high, 'g', 10));

    // Re-running is one click, and the result is current again.
    QTest::mouseClick(m_tab->findChild<QPushButton *>(QStringLiteral("riskRun")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_tab->runner()->isRunning(), RunTimeoutMs);
    QVERIFY(!m_tab->isStale());
    QVERIFY(!label("riskStale")->isVisible());
}

void TestRiskTab::badValueIsRefusedWithTheReason()
{
    const UncertainInput before = m_doc->scenario().uncertainInputs.first();
    const int steps = m_doc->undoStack()->count();
    // A high below the low.
    editCell(0, UncertainInputsEditor::High, QLocale().toString(before.low - 1, 'g', 10));
    QLabel *message = m_tab->inputsEditor()->message();
    QTRY_VERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("low <= mode <= high")), qPrintable(message->text()));
    QCOMPARE(m_doc->undoStack()->count(), steps);
    QCOMPARE(m_doc->scenario().uncertainInputs.first(), before);
    QTRY_COMPARE(m_tab->inputsEditor()->table()->item(0, UncertainInputsEditor::High)->text(),
                 QLocale().toString(before.high, 'g', 10));
    // Not a number.
    editCell(0, UncertainInputsEditor::Low, QStringLiteral("cheap"));
    QTRY_VERIFY(message->text().contains(QStringLiteral("\"cheap\" is not a number")));
    QCOMPARE(m_doc->undoStack()->count(), steps);

    // A normal distribution with a negative sd: switch the kind (one valid step), then type the sd.
    auto *kind = qobject_cast<QComboBox *>(
        m_tab->inputsEditor()->table()->cellWidget(0, UncertainInputsEditor::Distribution));
    QVERIFY(kind);
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down); // Triangular -> Uniform
    QTest::keyClick(kind, Qt::Key_Down); // -> Normal
    QTRY_COMPARE(m_doc->scenario().uncertainInputs.first().kind, DistributionKind::Normal);
    QCOMPARE(m_doc->undoStack()->count(), steps + 2);
    QVERIFY(m_doc->scenario().uncertainInputs.first().sd > 0);
    QTRY_VERIFY(m_tab->inputsEditor()->table()->item(0, UncertainInputsEditor::Sd)->flags() &
                Qt::ItemIsEditable);
    editCell(0, UncertainInputsEditor::Sd, QStringLiteral("-1"));
    QTRY_VERIFY2(message->text().contains(QStringLiteral("sd > 0")), qPrintable(message->text()));
    QCOMPARE(m_doc->undoStack()->count(), steps + 2);
}

void TestRiskTab::narvikPresetsAreOneUndoStep()
{
    // Start from one input, then take the presets.
    const QList<UncertainInput> presets = m_doc->scenario().uncertainInputs;
    QVERIFY(presets.size() >= 6);
    QTableWidget *table = m_tab->inputsEditor()->table();
    const int steps = m_doc->undoStack()->count();
    for (int i = 1; i < presets.size(); ++i) {
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualItemRect(table->item(0, UncertainInputsEditor::Parameter)).center());
        QTest::mouseClick(m_tab->findChild<QPushButton *>(QStringLiteral("removeUncertainInput")),
                          Qt::LeftButton);
        QTRY_COMPARE(table->rowCount(), int(presets.size()) - i);
    }
    QCOMPARE(m_doc->undoStack()->count(), steps + int(presets.size()) - 1); // one step per removal

    QTest::mouseClick(m_tab->findChild<QPushButton *>(QStringLiteral("useNarvikPresets")), Qt::LeftButton);
    QCOMPARE(m_doc->undoStack()->count(), steps + int(presets.size()));
    const QList<UncertainInput> now = m_doc->scenario().uncertainInputs;
    QCOMPARE(now.size(), presets.size());
    for (int i = 0; i < now.size(); ++i) { // the same ranges; ids of their own
        QCOMPARE(now[i].parameter, presets[i].parameter);
        QCOMPARE(now[i].mode, presets[i].mode);
        QCOMPARE(now[i].reason, presets[i].reason);
    }
    QTRY_COMPARE(table->rowCount(), int(presets.size()));
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->scenario().uncertainInputs.size(), 1);

    // Add: the parameter picked in the combo becomes uncertain, one step.
    auto *parameter = m_tab->findChild<QComboBox *>(QStringLiteral("uncertainParameter"));
    QTRY_VERIFY(parameter->count() > 0);
    const QString key = parameter->currentData().toString();
    QTest::mouseClick(m_tab->findChild<QPushButton *>(QStringLiteral("addUncertainInput")), Qt::LeftButton);
    QCOMPARE(m_doc->scenario().uncertainInputs.size(), 2);
    QCOMPARE(m_doc->scenario().uncertainInputs.last().parameter, key);
    QVERIFY(distributionError(m_doc->scenario().uncertainInputs.last()).isEmpty());
}

void TestRiskTab::tornadoPutsTheLargestSwingOnTop()
{
    runAndWait(50, 1);
    const Tornado &tornado = m_tab->runner()->tornado();
    QCOMPARE(tornado.bars.size(), m_doc->scenario().uncertainInputs.size());
    // The largest swing found here, not taken from the engine's order.
    const auto largest = std::max_element(
        tornado.bars.cbegin(), tornado.bars.cend(), [](const TornadoBar &a, const TornadoBar &b) {
            return std::abs(a.atHigh.npv - a.atLow.npv) < std::abs(b.atHigh.npv - b.atLow.npv);
        });
    const QStringList labels = m_tab->tornadoChart()->labelsTopDown();
    QCOMPARE(labels.size(), tornado.bars.size());
    const QString expected =
        riskcharts::parameterText(m_doc->project(), m_doc->currentScenarioId(), largest->parameter).label;
    QVERIFY2(labels.first().startsWith(expected + QStringLiteral(": ")),
             qPrintable(labels.first() + QStringLiteral(" / ") + expected));
    QVERIFY(m_tab->tornadoChart()->chart()->title().contains(QStringLiteral("tornado")));
}

QTEST_MAIN(TestRiskTab)
#include "tst_risktab.moc"

void TestRiskTab::inputNamesWrapAndFiguresStayWhole()
{
    // On a laptop screen the inputs table is narrower than its columns: three tenants' prices read
    // "Tenant pr..." alike before. The name wraps onto more lines instead, and the figures keep their
    // width while any name can wrap.
    m_tab->resize(1000, 900);
    auto *table = m_tab->findChild<QTableWidget *>(QStringLiteral("uncertainInputsTable"));
    QVERIFY(table);
    QTRY_VERIFY(table->rowCount() >= 3);
    using Column = UncertainInputsEditor::Column;
    constexpr int Parameter = Column::Parameter;
    QTRY_VERIFY(table->columnWidth(Parameter) >= table->viewport()->width() / 4 - 1);
    for (int row = 0; row < table->rowCount(); ++row) {
        const QRect cell = table->visualRect(table->model()->index(row, Parameter));
        const QString name = table->item(row, Parameter)->text();
        const QRect needed = table->fontMetrics().boundingRect(
            QRect(0, 0, cell.width() - 8, 10000), Qt::TextWordWrap, name); // less the cell's margins
        QVERIFY2(needed.height() <= cell.height(), qPrintable(name));
    }
    QVERIFY(table->rowHeight(0) > table->fontMetrics().height() * 3 / 2); // "Tenant price: Anchor … " wraps
    for (int column : {Column::Low, Column::Mode, Column::High})
        QVERIFY2(table->columnWidth(column) >=
                     static_cast<QAbstractItemView *>(table)->sizeHintForColumn(column),
                 qPrintable(table->horizontalHeaderItem(column)->text()));
}
