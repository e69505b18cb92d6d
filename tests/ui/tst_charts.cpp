// The reusable charts: they draw what they are handed (series, points, colours, axis titles with
// units) and export to PNG and SVG; the table helper copies TSV and writes CSV.
#include "ui/charts/barchart.h"
#include "ui/charts/chartpalette.h"
#include "ui/charts/linechart.h"
#include "ui/charts/piechart.h"
#include "ui/charts/stackedareachart.h"
#include "ui/charts/tableexport.h"

#include <QAreaSeries>
#include <QBarSet>
#include <QChart>
#include <QClipboard>
#include <QFile>
#include <QLineSeries>
#include <QPieSeries>
#include <QStackedBarSeries>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>
#include <QXmlStreamReader>

using namespace fjord::ui;

class TestCharts : public QObject {
    Q_OBJECT
private slots:
    void lineChartDrawsSeriesWithUnits();
    void barChartStacksAndOverlaysLines();
    void stackedAreaStacksLayers();
    void pieChartShares();
    void exportPngAndSvg();
    void exportToUnwritablePathFails();
    void paletteIsFixed();
    void tableCopiesTsvAndWritesCsv();
};

void TestCharts::lineChartDrawsSeriesWithUnits()
{
    LineChart chart;
    chart.setTitle(QStringLiteral("Ambient"));
    chart.setData({0, 1, 2},
                  {{QStringLiteral("T"), Qt::blue, {-3.0, 5.0, 12.5}},
                   {QStringLiteral("limit"), Qt::black, {24, 24, 24}, Qt::DashLine}},
                  QStringLiteral("Day"), QStringLiteral("Temperature (°C)"));
    const auto series = chart.chart()->series();
    QCOMPARE(series.size(), 2);
    auto *t = qobject_cast<QLineSeries *>(series[0]);
    QVERIFY(t);
    QCOMPARE(t->name(), QStringLiteral("T"));
    QCOMPARE(t->count(), 3);
    QCOMPARE(t->at(1), QPointF(1, 5.0));
    QCOMPARE(qobject_cast<QLineSeries *>(series[1])->pen().style(), Qt::DashLine);
    auto *y = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Vertical).first());
    QCOMPARE(y->titleText(), QStringLiteral("Temperature (°C)"));
    QVERIFY(y->min() <= -3.0 && y->max() >= 24.0);
    // New data replaces the old: no axes or series pile up.
    chart.setData({0, 1}, {{QStringLiteral("T"), Qt::blue, {1, 2}}}, QStringLiteral("Day"),
                  QStringLiteral("°C"));
    QCOMPARE(chart.chart()->series().size(), 1);
    QCOMPARE(chart.chart()->axes().size(), 2);
}

void TestCharts::barChartStacksAndOverlaysLines()
{
    BarChart chart;
    chart.setStacked(true);
    chart.setData({QStringLiteral("Jan"), QStringLiteral("Feb")},
                  {{QStringLiteral("Hydro"), Qt::blue, {10, 20}}, {QStringLiteral("Grid"), Qt::gray, {5, 1}}},
                  QStringLiteral("Energy (MWh)"), {{QStringLiteral("Load"), Qt::black, {15, 21}}});
    const auto series = chart.chart()->series();
    QCOMPARE(series.size(), 2);
    auto *bars = qobject_cast<QStackedBarSeries *>(series[0]);
    QVERIFY(bars);
    QCOMPARE(bars->count(), 2);
    QCOMPARE(bars->barSets()[0]->at(1), 20.0);
    QCOMPARE(bars->barSets()[1]->color(), QColor(Qt::gray));
    auto *load = qobject_cast<QLineSeries *>(series[1]);
    QCOMPARE(load->at(1), QPointF(1, 21));
    auto *y = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Vertical).first());
    QVERIFY2(y->max() >= 21.0, "stacked total 21 MWh must fit");
}

void TestCharts::stackedAreaStacksLayers()
{
    StackedAreaChart chart;
    chart.setData(
        {0, 1, 2},
        {{QStringLiteral("IT"), Qt::blue, {100, 110, 120}}, {QStringLiteral("Fans"), Qt::green, {5, 6, 7}}},
        QStringLiteral("Hour"), QStringLiteral("Power (MW)"));
    const auto series = chart.chart()->series();
    QCOMPARE(series.size(), 2);
    auto *fans = qobject_cast<QAreaSeries *>(series[1]);
    QVERIFY(fans);
    QCOMPARE(fans->lowerSeries()->at(2).y(), 120.0);
    QCOMPARE(fans->upperSeries()->at(2).y(), 127.0);
}

void TestCharts::pieChartShares()
{
    PieChart chart;
    chart.setData({{QStringLiteral("IT"), Qt::blue, {900}},
                   {QStringLiteral("Cooling"), Qt::green, {100}},
                   {QStringLiteral("None"), Qt::red, {0}}},
                  QStringLiteral("MWh"));
    auto *pie = qobject_cast<QPieSeries *>(chart.chart()->series().first());
    QCOMPARE(pie->count(), 2); // the empty slice is left out
    QVERIFY(pie->slices()[0]->label().contains(QStringLiteral("90.0 %")));
}

void TestCharts::exportPngAndSvg()
{
    QTemporaryDir dir;
    LineChart chart;
    chart.setTitle(QStringLiteral("Monthly PUE"));
    chart.setData({1, 2, 3}, {{QStringLiteral("PUE"), Qt::blue, {1.1, 1.12, 1.2}}}, QStringLiteral("Month"),
                  QStringLiteral("PUE (–)"));
    const QString png = dir.filePath(QStringLiteral("c.png"));
    const QString svg = dir.filePath(QStringLiteral("c.svg"));
    QString error;
    QVERIFY2(chart.savePng(png, &error, QSize(640, 400)), qPrintable(error));
    QImage image(png);
    QCOMPARE(image.size(), QSize(640, 400));
    // Not blank: the plotted line and title leave non-white pixels.
    int ink = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            ink += image.pixelColor(x, y) != QColor(Qt::white);
    QVERIFY2(ink > 500, qPrintable(QString::number(ink)));

    QVERIFY2(chart.saveSvg(svg, &error, QSize(640, 400)), qPrintable(error));
    QFile f(svg);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    bool sawSvg = false, sawTitle = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"svg")
            sawSvg = true;
        if (xml.isCharacters() && xml.text().contains(u"Monthly PUE"))
            sawTitle = true;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(sawSvg);
    QVERIFY(sawTitle);
}

void TestCharts::exportToUnwritablePathFails()
{
    LineChart chart;
    QString error;
    QVERIFY(!chart.savePng(QStringLiteral("/nonexistent-dir/x.png"), &error));
    QVERIFY(error.contains(QStringLiteral("/nonexistent-dir/x.png")));
}

void TestCharts::paletteIsFixed()
{
    using P = ChartPalette;
    QVERIFY(P::liquid() != P::air());
    QCOMPARE(P::endUse(P::EndUse::It), P::capex(P::Capex::It));
    const QList<QColor> endUses{P::endUse(P::EndUse::It), P::endUse(P::EndUse::UpsLoss),
                                P::endUse(P::EndUse::Chiller), P::endUse(P::EndUse::DryCoolerFans),
                                P::endUse(P::EndUse::Pumps)};
    for (int i = 0; i < endUses.size(); ++i)
        for (int j = i + 1; j < endUses.size(); ++j)
            QVERIFY(endUses[i] != endUses[j]);
    QCOMPARE(P::indexed(0), P::indexed(8));
}

void TestCharts::tableCopiesTsvAndWritesCsv()
{
    QStandardItemModel model(2, 2);
    model.setHorizontalHeaderLabels({QStringLiteral("Stage"), QStringLiteral("Grid (MW)")});
    model.setItem(0, 0, new QStandardItem(QStringLiteral("Stage 1")));
    model.setItem(0, 1, new QStandardItem(QStringLiteral("230")));
    model.setItem(1, 0, new QStandardItem(QStringLiteral("Stage 2, north")));
    model.setItem(1, 1, new QStandardItem(QStringLiteral("290")));
    QTableView view;
    view.setModel(&model);
    TableExport::attach(&view);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setFocus();
    view.selectAll();
    QTest::keySequence(&view, QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral("Stage\tGrid (MW)\nStage 1\t230\nStage 2, north\t290\n"));

    view.clearSelection();
    view.selectionModel()->select(model.index(1, 1), QItemSelectionModel::Select);
    QTest::keySequence(&view, QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("Grid (MW)\n290\n"));

    QCOMPARE(TableExport::toCsv(&model),
             QStringLiteral("Stage,Grid (MW)\nStage 1,230\n\"Stage 2, north\",290\n"));
    QTemporaryDir dir;
    QString error;
    const QString path = dir.filePath(QStringLiteral("t.csv"));
    QVERIFY(TableExport::writeCsv(&model, path, &error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(f.readAll()), TableExport::toCsv(&model));
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
