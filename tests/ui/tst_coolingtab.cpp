// Cooling & Energy tab: editing a cooling system through the real widgets pushes undoable commands,
// the free-cooling thresholds follow at once, the charts show the current stage's Results and the
// climate panel summarises and replaces the site climate.
#include "tabtestsupport.h"

#include "model/document/projectdocument.h"
#include "model/uncertainty.h"
#include "ui/charts/barchart.h"
#include "ui/charts/linechart.h"
#include "ui/charts/piechart.h"
#include "ui/charts/stackedareachart.h"
#include "ui/tabs/climatepanel.h"
#include "ui/tabs/coolingeditor.h"
#include "ui/tabs/coolingtab.h"
#include "ui/tabs/weatheryearspanel.h"

#include <QAreaSeries>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QMessageBox>
#include <QPieSeries>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace fjord;
using namespace fjord::ui;
using fjord::test::typeInto;

namespace {

QLineSeries *line(LineChart *chart, int i)
{
    return qobject_cast<QLineSeries *>(chart->chart()->series().value(i));
}

} // namespace

class TestCoolingTab : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void editSupplyTemperatureMovesThresholdsAndUndoes();
    void adiabaticToggleIsUndoable();
    void fanModelAndDesignAmbientAreOneUndoStepEach();
    void chartsShowCurrentStageResults();
    void weekSpinBoxSelectsTheWeek();
    void climateSummaryIsHandChecked();
    void brokenEpwNamesFileAndLosesNothing();
    void importRealEpw();
    void builtInNarvikIsUndoable();
    void weatherYearsJoinTheRiskInputs();

    void grabShowsTheTab();

private:
    ProjectDocument *m_doc = nullptr;
    CoolingTab *m_tab = nullptr;
};

void TestCoolingTab::init()
{
    test::openTab(m_doc, m_tab);
}

void TestCoolingTab::cleanup()
{
    delete m_tab;
    delete m_doc;
}

void TestCoolingTab::editSupplyTemperatureMovesThresholdsAndUndoes()
{
    auto *supply = m_tab->findChild<QDoubleSpinBox *>(QStringLiteral("supplyC"));
    auto *wClass = m_tab->findChild<QLabel *>(QStringLiteral("wClass"));
    QVERIFY(supply && wClass);
    QCOMPARE(supply->value(), 32.0);
    QVERIFY(wClass->text().contains(QStringLiteral("W32")));
    // Thresholds of METHOD §3 with Tfws 32, ΔTr 10, ΔTdc 8: full ≤ 24 °C, partial < 34 °C.
    QCOMPARE(line(m_tab->ambientChart(), 1)->at(0).y(), 24.0);
    QCOMPARE(line(m_tab->ambientChart(), 2)->at(0).y(), 34.0);

    typeInto(supply, QStringLiteral("40"));
    QCOMPARE(m_doc->scenario().coolingSystems.first().supplyC, 40.0);
    QVERIFY(wClass->text().contains(QStringLiteral("W40")));
    QCOMPARE(line(m_tab->ambientChart(), 1)->at(0).y(), 32.0);
    QCOMPARE(line(m_tab->ambientChart(), 2)->at(0).y(), 42.0);
    QCOMPARE(m_doc->undoStack()->count(), 1);

    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->scenario().coolingSystems.first().supplyC, 32.0);
    QCOMPARE(supply->value(), 32.0);
    QCOMPARE(line(m_tab->ambientChart(), 1)->at(0).y(), 24.0);

    m_doc->undoStack()->redo();
    QCOMPARE(supply->value(), 40.0);
}

void TestCoolingTab::adiabaticToggleIsUndoable()
{
    auto *adiabatic = m_tab->findChild<QCheckBox *>(QStringLiteral("adiabatic"));
    QVERIFY(adiabatic);
    QVERIFY(!adiabatic->isChecked());
    QTest::mouseClick(adiabatic, Qt::LeftButton, {}, QPoint(5, adiabatic->height() / 2));
    QVERIFY(m_doc->scenario().coolingSystems.first().adiabatic);
    m_doc->undoStack()->undo();
    QVERIFY(!m_doc->scenario().coolingSystems.first().adiabatic);
    QVERIFY(!adiabatic->isChecked());
}

void TestCoolingTab::fanModelAndDesignAmbientAreOneUndoStepEach()
{
    auto *fanModel = m_tab->findChild<QComboBox *>(QStringLiteral("fanModel"));
    auto *fromClimate = m_tab->findChild<QCheckBox *>(QStringLiteral("designAmbientFromClimate"));
    auto *ambient = m_tab->findChild<QDoubleSpinBox *>(QStringLiteral("designAmbientC"));
    auto *used = m_tab->findChild<QLabel *>(QStringLiteral("designAmbientUsed"));
    QVERIFY(fanModel && fromClimate && ambient && used);
    const auto system = [this] { return m_doc->scenario().coolingSystems.first(); };
    QUndoStack *undo = m_doc->undoStack();

    // A system with the defaults of a new project: sized coolers, design ambient from the climate. The
    // test climate has 50 hours at 31 °C, so its 35th-hottest hour (0.4 % of 8760 h) is 31 °C.
    QCOMPARE(fanModel->currentText(), QStringLiteral("Sized dry coolers (METHOD v2)"));
    QCOMPARE(fromClimate->text(), QStringLiteral("from climate (0.4 %: 31.0 °C)"));
    QVERIFY(fromClimate->isChecked());
    QVERIFY(!ambient->isEnabled());
    QVERIFY2(used->text().contains(QStringLiteral("Uses 31.0 °C (climate's 0.4 %)")),
             qPrintable(used->text()));

    // The fan law, chosen with the keyboard: one command.
    fanModel->setFocus();
    QTest::keyClick(fanModel, Qt::Key_Down);
    QCOMPARE(system().fanModel, DryCoolerFanModel::FanLaw);
    QCOMPARE(fanModel->currentText(), QStringLiteral("Fan law (METHOD v1)"));
    QCOMPARE(undo->index(), 1);
    undo->undo();
    QCOMPARE(system().fanModel, DryCoolerFanModel::Sized);
    QCOMPARE(fanModel->currentText(), QStringLiteral("Sized dry coolers (METHOD v2)"));

    // Unticking "from climate" is one step and hands over to the system's own value (32 °C).
    QTest::mouseClick(fromClimate, Qt::LeftButton, {}, QPoint(5, fromClimate->height() / 2));
    QVERIFY(!system().designAmbientFromClimate);
    QCOMPARE(undo->index(), 1);
    QTRY_VERIFY(ambient->isEnabled());
    QVERIFY2(used->text().contains(QStringLiteral("Uses 32.0 °C (set here)")), qPrintable(used->text()));
    typeInto(ambient, QStringLiteral("28"));
    QCOMPARE(system().designAmbientC, 28.0);
    QCOMPARE(undo->index(), 2);
    QVERIFY2(used->text().contains(QStringLiteral("Uses 28.0 °C (set here)")), qPrintable(used->text()));

    undo->undo();
    QCOMPARE(system().designAmbientC, 32.0);
    QCOMPARE(ambient->value(), 32.0);
    undo->undo();
    QVERIFY(system().designAmbientFromClimate);
    QVERIFY(fromClimate->isChecked());
    QVERIFY(!ambient->isEnabled());
}

void TestCoolingTab::chartsShowCurrentStageResults()
{
    m_doc->recomputeNow();
    const StageResult &stage = m_doc->results().stages.at(m_doc->currentStageIndex());
    QVERIFY(m_tab->pueChart()->title().contains(stage.name));
    auto *monthly = line(m_tab->pueChart(), 0);
    QCOMPARE(monthly->count(), 12);
    QCOMPARE(monthly->at(6).y(), stage.annual.monthlyPue.at(6));
    QVERIFY(stage.annual.pue > 1.0);

    // Heat reuse and end uses follow Results; IT energy = 50 racks × 135 kW × 0.85 × 8760 h.
    auto *pie = qobject_cast<QPieSeries *>(m_tab->endUseChart()->chart()->series().first());
    QVERIFY(pie);
    QVERIFY(pie->slices().first()->label().startsWith(QStringLiteral("IT")));
    QCOMPARE(pie->slices().first()->value(), 50 * 135e3 * 0.85 * 8760 * 1e-6);

    // Changing the stage redraws with that stage's figures.
    m_doc->setCurrentStageIndex(0);
    QVERIFY(m_tab->pueChart()->title().contains(QStringLiteral("Stage 1")));
    pie = qobject_cast<QPieSeries *>(m_tab->endUseChart()->chart()->series().first());
    QCOMPARE(pie->slices().first()->value(), 20 * 135e3 * 0.85 * 8760 * 1e-6);
}

void TestCoolingTab::weekSpinBoxSelectsTheWeek()
{
    m_doc->recomputeNow();
    auto *week = m_tab->weekSpinBox();
    typeInto(week, QStringLiteral("29"));
    QCOMPARE(week->value(), 29);
    const auto series = m_tab->weekChart()->chart()->series();
    QCOMPARE(series.size(), 9); // one layer per end use
    auto *it = qobject_cast<QAreaSeries *>(series.first());
    QCOMPARE(it->upperSeries()->count(), 168);
    QCOMPARE(it->upperSeries()->at(0).x(), 28 * 168 / 24.0); // first hour of week 29, in days
    const StageResult &stage = m_doc->results().stages.at(m_doc->currentStageIndex());
    QCOMPARE(it->upperSeries()->at(0).y(), stage.hourly.itW.at(28 * 168) * 1e-6);
    QVERIFY(m_tab->weekChart()->title().contains(QStringLiteral("week 29")));
}

void TestCoolingTab::climateSummaryIsHandChecked()
{
    auto *summary = m_tab->findChild<QLabel *>(QStringLiteral("climateSummary"));
    QVERIFY(summary);
    const QString text = summary->text();
    QVERIFY2(text.contains(QStringLiteral("10.3 °C")), qPrintable(text)); // mean
    QVERIFY2(text.contains(QStringLiteral("31.0 °C")), qPrintable(text)); // max
    QVERIFY2(text.contains(QStringLiteral(">150 h<")), qPrintable(text)); // above 20 and 25 °C
    QVERIFY2(text.contains(QStringLiteral(">50 h<")), qPrintable(text));  // above 30 °C
    auto *monthly = m_tab->findChild<QTableWidget *>(QStringLiteral("monthlyMeans"));
    QCOMPARE(monthly->rowCount(), 12);
    QCOMPARE(monthly->item(0, 0)->text(), QStringLiteral("10.0"));
}

void TestCoolingTab::brokenEpwNamesFileAndLosesNothing()
{
    const QString path = QStringLiteral(FJORD_TEST_FIXTURES "/broken.epw");
    const Climate before = m_doc->project().site.climate;
    QVERIFY(!m_tab->climatePanel()->importEpw(path));
    QCOMPARE(m_doc->project().site.climate, before);
    QCOMPARE(m_doc->undoStack()->count(), 0);
    auto *box = m_tab->findChild<QMessageBox *>(QStringLiteral("epwError"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("broken.epw")), qPrintable(box->text()));
    auto *status = m_tab->findChild<QLabel *>(QStringLiteral("climateStatus"));
    QVERIFY(status->text().contains(QStringLiteral("broken.epw")));
    box->close();
}

void TestCoolingTab::importRealEpw()
{
    const QString path =
        QStringLiteral(FJORD_SHARED_DATA "/weather/USA_IL_Chicago-OHare.Intl.AP.725300_TMY3.epw");
    if (!QFile::exists(path))
        QSKIP("../shared/data/weather/USA_IL_Chicago-OHare.Intl.AP.725300_TMY3.epw is absent");
    if (!m_tab->climatePanel()->importEpw(path)) {
        auto *box = m_tab->findChild<QMessageBox *>(QStringLiteral("epwError"));
        QFAIL(qPrintable(box ? box->text() : QStringLiteral("import failed")));
    }
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->recomputeNow();
    // shared/data/README.md: mean 9.99 °C, maximum 35.0 °C, 148 h above 30 °C.
    auto *summary = m_tab->findChild<QLabel *>(QStringLiteral("climateSummary"));
    QVERIFY2(summary->text().contains(QStringLiteral(">148 h<")), qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(QStringLiteral("35.0 °C")), qPrintable(summary->text()));
    QCOMPARE(line(m_tab->ambientChart(), 0)->count(), HoursPerYear);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->project().site.climate, test::analysisTestClimate());
}

void TestCoolingTab::builtInNarvikIsUndoable()
{
    auto *button = m_tab->findChild<QPushButton *>(QStringLiteral("useNarvik"));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(m_doc->project().site.climate.name.contains(QStringLiteral("Narvik")));
    QCOMPARE(m_doc->project().site.climate.dryBulbC.size(), HoursPerYear);
    m_doc->recomputeNow();
    QVERIFY(m_doc->results().climate.name.contains(QStringLiteral("Narvik")));
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->project().site.climate.name, QStringLiteral("Test climate"));
}

// Other weather years (issue 14): added from an EPW file beside the site climate, listed, offered to the
// risk study as "Weather year", removed; each one undo step; a broken file adds nothing.
void TestCoolingTab::weatherYearsJoinTheRiskInputs()
{
    const QString path =
        QStringLiteral(FJORD_SHARED_DATA "/weather/USA_IL_Chicago-OHare.Intl.AP.725300_TMY3.epw");
    if (!QFile::exists(path))
        QSKIP("../shared/data/weather/USA_IL_Chicago-OHare.Intl.AP.725300_TMY3.epw is absent");
    auto *panel = m_tab->findChild<ui::WeatherYearsPanel *>();
    auto *list = m_tab->findChild<QListWidget *>(QStringLiteral("weatherYears"));
    auto *remove = m_tab->findChild<QPushButton *>(QStringLiteral("removeWeatherYear"));
    QVERIFY(panel && list && remove && m_tab->findChild<QPushButton *>(QStringLiteral("addWeatherYear")));
    const Climate site = m_doc->project().site.climate;
    auto offered = [&] {
        for (const UncertainParameter &p : uncertainParameters(m_doc->project(), m_doc->currentScenarioId()))
            if (p.key == QLatin1String("climate.weather_year"))
                return true;
        return false;
    };
    QVERIFY(!offered());

    QVERIFY(!panel->addYear(QStringLiteral(FJORD_TEST_FIXTURES "/broken.epw")));
    QVERIFY(m_tab->findChild<QLabel *>(QStringLiteral("weatherYearStatus"))
                ->text()
                .contains(QStringLiteral("broken.epw")));
    QCOMPARE(m_doc->undoStack()->count(), 0);

    QVERIFY(panel->addYear(path));
    QCOMPARE(m_doc->project().site.weatherYears.size(), 1);
    QCOMPARE(m_doc->project().site.climate, site); // the site climate stays
    QTRY_COMPARE(list->count(), 1);
    QVERIFY2(list->item(0)->text().startsWith(QStringLiteral("1: ")), qPrintable(list->item(0)->text()));
    QVERIFY(offered());

    QVERIFY(!remove->isEnabled());
    list->setCurrentRow(0);
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(m_doc->project().site.weatherYears.size(), 0);
    QTRY_COMPARE(list->count(), 0);
    m_doc->undoStack()->undo(); // the removal
    QTRY_COMPARE(list->count(), 1);
    m_doc->undoStack()->undo(); // the addition
    QVERIFY(m_doc->project().site.weatherYears.isEmpty());
    QVERIFY(!offered());
}

void TestCoolingTab::grabShowsTheTab()
{
    test::verifyTabRenders(m_tab, m_doc, QStringLiteral("coolingtab.png"));
}

QTEST_MAIN(TestCoolingTab)
#include "tst_coolingtab.moc"
