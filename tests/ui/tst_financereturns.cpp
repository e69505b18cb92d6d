// Finance tab on the Narvik sample (issue 12, METHOD §8.3): the investor figures for the campus and
// per stage, the tax rate moving the NPV, the IRR's reason when there is none, the payback year on
// the cumulative chart, and the tab read at laptop and desktop sizes.
#include "tabtestsupport.h"

#include "model/document/commands/tenantcommands.h"
#include "model/document/projectdocument.h"
#include "model/sample/narviksample.h"
#include "ui/charts/barchart.h"
#include "ui/charts/linechart.h"
#include "ui/tabs/financetab.h"
#include "ui/tabs/moneyformat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSet>
#include <QStackedBarSeries>
#include <QTest>
#include <QUndoStack>

using namespace fjord;
using namespace fjord::ui;
using fjord::test::shown;
using fjord::test::typeInto;

namespace {

// A Finance tab on the Narvik sample (it has tenants, so revenue, tax and an IRR).
struct SampleTab {
    ProjectDocument doc{makeNarvikSample()};
    FinanceTab tab{&doc};
    SampleTab()
    {
        tab.resize(1400, 900);
        tab.show();
    }
};

} // namespace

class TestFinanceReturns : public QObject {
    Q_OBJECT
private slots:
    void taxRateEditMovesTheSampleNpv();
    void sampleShowsInvestorFiguresAndPayback();
    void irrReasonShownWhenTheTenantsAreGone();
    void sampleTabReadsAtLaptopAndDesktopSizes();
};

void TestFinanceReturns::taxRateEditMovesTheSampleNpv()
{
    SampleTab s;
    QVERIFY(QTest::qWaitForWindowExposed(&s.tab));
    auto *tax = s.tab.findChild<QDoubleSpinBox *>(QStringLiteral("taxRate"));
    QVERIFY(tax);
    QCOMPARE(tax->value(), s.doc.project().costs.taxRate * 100);
    const QString before = shown(s.tab.investorLabel());
    const double npvBefore = s.doc.results().finance.investor.npv;
    const int steps = s.doc.undoStack()->count();
    typeInto(tax, QStringLiteral("35"));
    QCOMPARE(s.doc.undoStack()->count(), steps + 1);
    QCOMPARE(s.doc.project().costs.taxRate, 0.35);
    QTRY_VERIFY(s.doc.results().finance.investor.npv < npvBefore); // more tax, less value
    QTRY_VERIFY(
        shown(s.tab.investorLabel())
            .contains(moneyformat::compact(s.doc.results().finance.investor.npv, QStringLiteral("EUR"))));
    QVERIFY(shown(s.tab.investorLabel()) != before);
    s.doc.undoStack()->undo();
    QCOMPARE(tax->value(), 22.0);
    QTRY_COMPARE(shown(s.tab.investorLabel()), before);
}

void TestFinanceReturns::sampleShowsInvestorFiguresAndPayback()
{
    SampleTab s;
    const FinanceResults &f = s.doc.results().finance;
    QVERIFY(f.investor.irr);
    QVERIFY(f.investor.paybackYear);
    const QString text = shown(s.tab.investorLabel());
    QVERIFY2(text.contains(QStringLiteral("NPV at 8.0 %")), qPrintable(text));
    QVERIFY(text.contains(moneyformat::percent(*f.investor.irr)));
    QVERIFY(text.contains(QString::number(*f.investor.paybackYear)));
    for (const StageInvestorFigures &stage : f.stageInvestors) {
        QVERIFY(text.contains(stage.name));
        QVERIFY(text.contains(moneyformat::compact(stage.figures.npv, QStringLiteral("EUR"))));
    }
    QVERIFY(text.contains(moneyformat::compact(f.replacementCapex, QStringLiteral("EUR"))));
    QVERIFY(text.contains(moneyformat::compact(f.levelisedPerGpuHour, QStringLiteral("EUR"))));

    // The payback year is marked on the cumulative chart: a vertical line and a labelled point on it.
    LineChart *chart = s.tab.cumulativeChart();
    const QString marker = QStringLiteral("Payback year %1").arg(*f.investor.paybackYear);
    QLineSeries *vertical = nullptr;
    for (QAbstractSeries *series : chart->chart()->series())
        if (series->name() == marker)
            vertical = qobject_cast<QLineSeries *>(series);
    QVERIFY(vertical);
    QCOMPARE(vertical->count(), 2);
    QCOMPARE(vertical->at(0).x(), double(*f.investor.paybackYear));
    const auto dots = chart->chart()->findChildren<QScatterSeries *>();
    QCOMPARE(dots.size(), 1);
    QVERIFY(dots.first()->at(0).y() >= 0); // the first year back in the black
    // Revenue per tenant class: one stacked set per class with tenants, adding up to each year's revenue.
    QSet<TenantClass> classes;
    for (const TenantRevenue &t : f.tenantRevenue)
        classes.insert(t.tenantClass);
    auto *perClass = qobject_cast<QStackedBarSeries *>(s.tab.tenantRevenueChart()->chart()->series().first());
    QCOMPARE(perClass->barSets().size(), classes.size());
    QCOMPARE(perClass->barSets().first()->label(), tenantClassLabel(TenantClass::Anchor));
    for (int i = 0; i < f.years.size(); ++i) {
        double sum = 0;
        for (const QBarSet *set : perClass->barSets())
            sum += set->at(i);
        QVERIFY(qAbs(sum - f.years[i].revenue / 1e6) < 1e-6 * (1 + qAbs(sum)));
    }
}

void TestFinanceReturns::irrReasonShownWhenTheTenantsAreGone()
{
    SampleTab s;
    QVERIFY(s.doc.results().finance.investor.irr);
    QVERIFY(!shown(s.tab.investorLabel()).contains(QStringLiteral("no IRR")));
    const QList<Tenant> tenants = s.doc.scenario().tenants;
    QVERIFY(!tenants.isEmpty());
    for (const Tenant &t : tenants)
        s.doc.undoStack()->push(makeRemoveTenantCommand(&s.doc, s.doc.currentScenarioId(), t.id));
    // Without revenue only the residual value of the last year is an inflow (an IRR far below zero);
    // without it too the free cash flow never turns positive: no sign change, no IRR.
    auto *residual = s.tab.findChild<QCheckBox *>(QStringLiteral("residualValue"));
    QTest::mouseClick(residual, Qt::LeftButton, {}, QPoint(8, residual->height() / 2));
    QVERIFY(!s.doc.project().costs.residualValue);
    s.doc.recomputeNow();
    const InvestorFigures &campus = s.doc.results().finance.investor;
    QVERIFY(!campus.irr);
    QVERIFY(!campus.irrAbsentReason.isEmpty());
    QTRY_VERIFY2(
        shown(s.tab.investorLabel()).contains(QStringLiteral("no IRR: %1").arg(campus.irrAbsentReason)),
        qPrintable(shown(s.tab.investorLabel())));
    QVERIFY(shown(s.tab.investorLabel()).contains(QStringLiteral("No tenants")));
    QVERIFY(shown(s.tab.investorLabel()).contains(QStringLiteral("not within the horizon")));
}

void TestFinanceReturns::sampleTabReadsAtLaptopAndDesktopSizes()
{
    // The tab's share of a 1280×800 and of a 1600×1000 main window (tree and inspector beside it), and
    // a wide screen where the charts go two abreast.
    for (const QSize size : {QSize(900, 600), QSize(1220, 800), QSize(1800, 1000)}) {
        SampleTab s;
        s.tab.resize(size);
        QVERIFY(QTest::qWaitForWindowExposed(&s.tab));
        QCoreApplication::processEvents();
        // The figures are never squeezed: each label is as tall as its text needs at its width.
        for (QLabel *label : {s.tab.investorLabel(), s.tab.kpiLabel()})
            QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                     qPrintable(QStringLiteral("%1 at %2×%3")
                                    .arg(label->objectName())
                                    .arg(size.width())
                                    .arg(size.height())));
        // Every chart keeps a readable size (the figures scroll instead).
        const auto charts = s.tab.findChildren<ChartView *>();
        QCOMPARE(charts.size(), 5);
        for (ChartView *chart : charts)
            QVERIFY2(chart->width() >= 300 && chart->height() >= 260, qPrintable(chart->objectName()));
        const bool abreast = s.tab.cashFlowChart()->y() == s.tab.cumulativeChart()->y();
        QCOMPARE(abreast, size.width() >= 1800);
        // 15 year labels side by side where there is room, upright where there is not.
        auto *years =
            qobject_cast<QBarCategoryAxis *>(s.tab.cashFlowChart()->chart()->axes(Qt::Horizontal).first());
        QCOMPARE(years->count(), s.doc.results().finance.years.size());
        if (size.width() != 1220) // narrow: upright; wide: side by side (between the two: either)
            QTRY_COMPARE(years->labelsAngle(), size.width() >= 1800 ? 0 : -90);
        const QString dir = qEnvironmentVariable("FJORD_GRAB_DIR");
        if (!dir.isEmpty())
            QVERIFY(s.tab.grab().save(dir + QStringLiteral("/financetab-narvik-%1.png").arg(size.width())));
    }
}

QTEST_MAIN(TestFinanceReturns)
#include "tst_financereturns.moc"
