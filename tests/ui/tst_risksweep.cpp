// The Risk tab's parameter sweep (issue 14, METHOD v2 §9), driven as a planner would: one parameter
// draws the chosen output as a line, two draw a heat map, both with the engine's own figures for the
// same grid; a grid too large for the window is refused with the reason; a change of the project
// marks the chart stale.
#include "tabtestsupport.h"

#include "model/document/projectdocument.h"
#include "model/engine/parametersweep.h"
#include "model/sample/narviksample.h"
#include "ui/charts/linechart.h"
#include "ui/risk/heatmapchart.h"
#include "ui/risk/riskformat.h"
#include "ui/risk/risktab.h"
#include "ui/risk/sweeppanel.h"
#include "ui/risk/sweeprunner.h"

#include <QChart>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

using namespace fjord;
using namespace fjord::ui;
using fjord::test::typeInto;

namespace {
constexpr int SweepTimeoutMs = 60000;
const QString Price = QStringLiteral("grid.price_per_mwh");
} // namespace

class TestRiskSweep : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void oneParameterDrawsTheEnginesLine();
    void twoParametersDrawAHeatMap();
    void aGridTooLargeIsRefusedWithTheReason();
    void aChangeOfTheProjectMarksTheSweepStale();

private:
    // Picks `key` in a parameter combo with the keyboard, as a user would, and types the range.
    void choose(const char *axis, const QString &key, double from, double to, double step);
    void runAndWait();
    QList<SweepRow> engineRows(const QList<SweepParameter> &parameters) const;
    template <class T> T *child(const QString &name) const { return m_tab->findChild<T *>(name); }

    ProjectDocument *m_doc = nullptr;
    RiskTab *m_tab = nullptr;
};

void TestRiskSweep::init()
{
    m_doc = new ProjectDocument(makeNarvikSample());
    m_tab = new RiskTab(m_doc);
    m_tab->resize(1400, 900);
    m_tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_tab));
    auto *pages = child<QTabWidget>(QStringLiteral("riskPages"));
    QTabBar *bar = pages->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(1).center());
    QTRY_COMPARE(pages->currentWidget(), m_tab->sweepPanel());
}

void TestRiskSweep::cleanup()
{
    delete m_tab;
    delete m_doc;
}

void TestRiskSweep::choose(const char *axis, const QString &key, double from, double to, double step)
{
    auto *combo = child<QComboBox>(QStringLiteral("sweepParameter%1").arg(QLatin1String(axis)));
    QVERIFY(combo->findData(key) >= 0);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentData().toString() != key; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentData().toString(), key);
    const QLocale locale;
    typeInto(child<QDoubleSpinBox>(QStringLiteral("sweepFrom%1").arg(QLatin1String(axis))),
             locale.toString(from));
    typeInto(child<QDoubleSpinBox>(QStringLiteral("sweepTo%1").arg(QLatin1String(axis))),
             locale.toString(to));
    typeInto(child<QDoubleSpinBox>(QStringLiteral("sweepStep%1").arg(QLatin1String(axis))),
             locale.toString(step));
}

void TestRiskSweep::runAndWait()
{
    QTest::mouseClick(child<QPushButton>(QStringLiteral("sweepRun")), Qt::LeftButton);
    QVERIFY(m_tab->sweepPanel()->runner()->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!m_tab->sweepPanel()->runner()->isRunning(), SweepTimeoutMs);
}

QList<SweepRow> TestRiskSweep::engineRows(const QList<SweepParameter> &parameters) const
{
    const Project &p = m_doc->project();
    return runParameterSweep(p, m_doc->currentScenarioId(), p.site.climate, SweepGrid(parameters));
}

void TestRiskSweep::oneParameterDrawsTheEnginesLine()
{
    choose("1", Price, 20, 80, 20);
    QCOMPARE(child<QComboBox>(QStringLiteral("sweepParameter2"))->currentData().toString(), QString());
    runAndWait();
    QVERIFY2(child<QLabel>(QStringLiteral("sweepStatus"))->text().contains(QLatin1String("4 variants")),
             qPrintable(child<QLabel>(QStringLiteral("sweepStatus"))->text()));

    const QList<SweepRow> engine = engineRows({{Price, 20, 80, 20}});
    QCOMPARE(engine.size(), 4);
    double largest = 0;
    for (const SweepRow &r : engine)
        largest = std::max(largest, std::abs(r.outputs.npv));
    const double factor = riskformat::axisScale(RiskOutput::Npv, largest, QStringLiteral("EUR")).factor;
    LineChart *line = m_tab->sweepPanel()->lineChart();
    QVERIFY(line->isVisible());
    auto *series = qobject_cast<QLineSeries *>(line->chart()->series().value(0));
    QVERIFY(series);
    QCOMPARE(series->count(), 4);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(series->at(i).x(), 20.0 + 20 * i);
        QCOMPARE(series->at(i).y(), engine.at(i).outputs.npv * factor);
    }
    QVERIFY(series->at(3).y() < series->at(0).y()); // dearer energy, lower NPV
    QVERIFY(line->title().contains(QLatin1String("Grid energy price")));

    // Another output redraws the same sweep without running it again: the levelised cost rises
    // with the energy price.
    auto *output = child<QComboBox>(QStringLiteral("sweepOutput"));
    output->setFocus();
    while (output->currentData().toInt() != int(RiskOutput::LevelisedPerGpuHour))
        QTest::keyClick(output, Qt::Key_Down);
    QVERIFY(!m_tab->sweepPanel()->runner()->isRunning());
    series = qobject_cast<QLineSeries *>(line->chart()->series().value(0));
    QCOMPARE(series->count(), 4);
    QCOMPARE(series->at(0).y(), engine.at(0).outputs.levelisedPerGpuHour);
    QVERIFY(series->at(3).y() > series->at(0).y());
    QVERIFY(line->title().startsWith(riskformat::outputLabel(RiskOutput::LevelisedPerGpuHour)));

    if (const QString dir = qEnvironmentVariable("FJORD_GRAB_DIR"); !dir.isEmpty()) {
        // The chart deletes its old axes later and redraws on the next event loop turn.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
        QVERIFY(m_tab->grab().save(dir + QStringLiteral("/risk-sweep-line.png")));
    }
}

void TestRiskSweep::twoParametersDrawAHeatMap()
{
    const QString supply =
        QStringLiteral("cooling.supply_c:%1").arg(m_doc->scenario().coolingSystems.first().id);
    choose("1", supply, 26, 38, 4);
    choose("2", Price, 20, 80, 30);
    runAndWait();

    const QList<SweepRow> engine = engineRows({{supply, 26, 38, 4}, {Price, 20, 80, 30}});
    QCOMPARE(engine.size(), 12);
    HeatMapChart *map = m_tab->sweepPanel()->heatMap();
    QVERIFY(map->isVisible());
    QVERIFY(!m_tab->sweepPanel()->lineChart()->isVisible());
    const HeatMapChart::Data &data = map->data();
    QCOMPARE(data.y, (QList<double>{26, 30, 34, 38})); // the first parameter up the side
    QCOMPARE(data.x, (QList<double>{20, 50, 80}));     // the second across
    QCOMPARE(data.values.size(), 12);
    for (int i = 0; i < 12; ++i)
        QCOMPARE(data.values.at(i), engine.at(i).outputs.npv);
    QVERIFY(data.title.contains(QLatin1String("Supply temperature")));
    QVERIFY(data.title.contains(QLatin1String("Grid energy price")));
    QVERIFY(data.valueTitle.startsWith(QLatin1String("NPV, EUR")));
    // NPV splits at zero: a positive NPV is drawn blue, a negative one red.
    const QColor good = map->colourOf(1e9), bad = map->colourOf(-1e9);
    QVERIFY(good.blue() > good.red());
    QVERIFY(bad.red() > bad.blue());

    if (const QString dir = qEnvironmentVariable("FJORD_GRAB_DIR"); !dir.isEmpty()) {
        QVERIFY(m_tab->grab().save(dir + QStringLiteral("/risk-sweep-heatmap.png")));
    }
}

void TestRiskSweep::aGridTooLargeIsRefusedWithTheReason()
{
    choose("1", Price, 0, 1000, 0.1); // 10,001 variants
    QTest::mouseClick(child<QPushButton>(QStringLiteral("sweepRun")), Qt::LeftButton);
    QVERIFY(!m_tab->sweepPanel()->runner()->isRunning());
    const QString status = child<QLabel>(QStringLiteral("sweepStatus"))->text();
    QVERIFY2(status.contains(QLocale().toString(10001)) &&
                 status.contains(QLatin1String("fjordplan-cli sweep")),
             qPrintable(status));
}

void TestRiskSweep::aChangeOfTheProjectMarksTheSweepStale()
{
    choose("1", Price, 20, 40, 20);
    runAndWait();
    auto *stale = child<QLabel>(QStringLiteral("sweepStale"));
    QVERIFY(!stale->isVisible());
    // Any undoable change of the project: here the Narvik presets from the Monte Carlo page.
    auto *pages = child<QTabWidget>(QStringLiteral("riskPages"));
    QTest::mouseClick(pages->tabBar(), Qt::LeftButton, {}, pages->tabBar()->tabRect(0).center());
    auto *presets = child<QPushButton>(QStringLiteral("useNarvikPresets"));
    QTRY_VERIFY(presets->isVisible());
    const int before = m_doc->undoStack()->count();
    QTest::mouseClick(presets, Qt::LeftButton);
    QTRY_COMPARE(m_doc->undoStack()->count(), before + 1);
    QTest::mouseClick(pages->tabBar(), Qt::LeftButton, {}, pages->tabBar()->tabRect(1).center());
    QTRY_VERIFY(stale->isVisible());
    QVERIFY(m_tab->sweepPanel()->isStale());
    runAndWait(); // one click brings it up to date
    QVERIFY(!stale->isVisible());
}

QTEST_MAIN(TestRiskSweep)
#include "tst_risksweep.moc"
