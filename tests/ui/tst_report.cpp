// The investor report: a real PDF of the Narvik sample with every section, its numbers from the
// engine, its risks from the rules; refusals named.
#include "model/document/commands/renamecommand.h"
#include "model/document/projectdocument.h"
#include "model/engine/montecarlo.h"
#include "model/layoutdiff.h"
#include "model/risks.h"
#include "model/sample/narviksample.h"
#include "ui/report/htmlreport.h"
#include "ui/report/investorreport.h"
#include "ui/report/reportcanvas.h"
#include "ui/report/reportriskstudy.h"
#include "ui/report/reportsections.h"
#include "ui/report/reporttab.h"
#include "ui/report/risksection.h"
#include "ui/risk/riskformat.h"
#include "ui/tabs/moneyformat.h"

#include <QFile>
#include <QLabel>
#include <QPaintEngine>
#include <QPainter>
#include <QPicture>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace fjord;

namespace {

// Collects the text a recorded page draws, as a PDF reader extracts it: replaying the page on this
// device hands every run of text to the engine.
class TextEngine : public QPaintEngine {
public:
    TextEngine() : QPaintEngine(QPaintEngine::AllFeatures) {}
    QStringList runs;
    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &) override {}
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
    void drawImage(const QRectF &, const QImage &, const QRectF &, Qt::ImageConversionFlags) override {}
    void drawPath(const QPainterPath &) override {}
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
    void drawRects(const QRectF *, int) override {}
    void drawLines(const QLineF *, int) override {}
    void drawEllipse(const QRectF &) override {}
    void drawTextItem(const QPointF &, const QTextItem &item) override { runs << item.text(); }
    Type type() const override { return User; }
};

class TextDevice : public QPaintDevice {
public:
    QPaintEngine *paintEngine() const override { return &m_engine; }
    QStringList runs() const { return m_engine.runs; }

protected:
    int metric(PaintDeviceMetric m) const override
    {
        switch (m) {
        case PdmWidth:
        case PdmWidthMM:
            return 600;
        case PdmHeight:
        case PdmHeightMM:
            return 850;
        case PdmDepth:
            return 32;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        default:
            return 72;
        }
    }

private:
    mutable TextEngine m_engine;
};

QString pageText(const QPicture &page)
{
    TextDevice device;
    QPainter painter(&device);
    painter.drawPicture(0, 0, page);
    painter.end();
    return device.runs().join(u' ');
}

} // namespace

class TestReport : public QObject {
    Q_OBJECT
private slots:
    // First: the study it runs in the background is then kept for the other tests of the sample.
    void reportTabDrawsTheRiskBandsWhenTheyAreReady()
    {
        ProjectDocument doc(makeNarvikSample());
        ui::ReportTab tab(&doc);
        tab.resize(1000, 800);
        tab.show();
        QTRY_VERIFY(tab.pageCount() > 0);
        // Drawn at once without the Monte Carlo, which runs off the GUI thread meanwhile.
        QVERIFY(tab.riskBandsPending());
        const auto text = [&] {
            QString all;
            for (const QPicture &page : tab.pages())
                all += pageText(page) + u'\n';
            return all;
        };
        QVERIFY2(text().contains(QStringLiteral("are being computed")), qPrintable(text().right(2000)));
        QTRY_VERIFY_WITH_TIMEOUT(!tab.riskBandsPending(), 120000);
        QVERIFY(text().contains(QStringLiteral("2,000 runs with seed 1")));
        QVERIFY(text().contains(QStringLiteral("NPV tornado")));
    }

    void narvikReportHasEverySection()
    {
        QTemporaryDir dir;
        const QString out = qEnvironmentVariableIsSet("FJORD_REPORT_OUT")
                                ? qEnvironmentVariable("FJORD_REPORT_OUT")
                                : dir.filePath(QStringLiteral("report.pdf"));
        const Project sample = makeNarvikSample();
        const ui::ReportOutcome outcome = ui::writeInvestorReport(sample, sample.scenarios.first().id, out);
        QVERIFY2(outcome, qPrintable(outcome.error));
        QCOMPARE(
            outcome.sections,
            QStringList({QStringLiteral("Stages"), QStringLiteral("Capital expenditure"),
                         QStringLiteral("Energy and efficiency"), QStringLiteral("Renewables and carbon"),
                         QStringLiteral("Finance"), QStringLiteral("Tenants and returns"),
                         QStringLiteral("Floor plan"), QStringLiteral("Risks and assumptions"),
                         QStringLiteral("Risk bands (Monte Carlo)"), QStringLiteral("Method")}));
        QVERIFY2(outcome.pages >= 5 && outcome.pages <= 14, qPrintable(QString::number(outcome.pages)));
        QFile pdf(out);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        // one page object per page the canvas counted
        QCOMPARE(int(bytes.count("/Type /Page\n") + bytes.count("/Type /Page ") +
                     bytes.count("/Type /Page>") + bytes.count("/Type/Page\n")),
                 outcome.pages);
    }

    void reportTabShowsThePagesItWillPrint()
    {
        ProjectDocument doc(makeNarvikSample());
        ui::ReportTab tab(&doc);
        QCOMPARE(tab.pageCount(), 0); // nothing drawn while hidden
        tab.resize(1000, 800);
        tab.show();
        QTRY_VERIFY(tab.pageCount() > 0); // drawn a moment after it is shown
        QTRY_VERIFY_WITH_TIMEOUT(!tab.riskBandsPending(), 120000);
        QCOMPARE(tab.sections().size(), 10);
        QCOMPARE(tab.findChild<QWidget *>(QStringLiteral("reportPages"))->findChildren<QLabel *>().size(),
                 tab.pageCount());
        // the cover page holds the title: dark pixels in its upper third, none in an empty margin
        const QImage cover = tab.pageImage(0, 600);
        QVERIFY(cover.height() > 800);
        auto darkIn = [&](const QRect &r) {
            int dark = 0;
            for (int y = r.top(); y <= r.bottom(); y += 2)
                for (int x = r.left(); x <= r.right(); x += 2)
                    dark += qGray(cover.pixel(x, y)) < 100 ? 1 : 0;
            return dark;
        };
        QVERIFY(darkIn(QRect(60, 150, 400, 80)) > 100); // "Narvik AI campus" in large type
        QCOMPARE(darkIn(QRect(5, 300, 30, 400)), 0);    // the left margin
        // A change of the plan redraws the preview: renaming the scenario changes the cover's title.
        const QString renamed = QStringLiteral("Baseline renamed for the preview");
        QVERIFY(!pageText(tab.pages().first()).contains(renamed));
        const int before = tab.pageCount();
        doc.undoStack()->push(makeRenameCommand(&doc, doc.currentScenarioId(), renamed));
        QTRY_VERIFY_WITH_TIMEOUT(pageText(tab.pages().first()).contains(renamed), 30000);
        // (first without the risk bands, whose Monte Carlo runs again off the GUI thread, then with them)
        QTRY_VERIFY_WITH_TIMEOUT(!tab.riskBandsPending(), 120000);
        QTRY_COMPARE(tab.pageCount(), before);
        QVERIFY(pageText(tab.pages().first()).contains(renamed));
        QVERIFY(tab.exportButton()->isEnabled());
    }

    void summaryAndReturnsSectionNameTheInvestorFigures()
    {
        const Project sample = makeNarvikSample();
        const ui::ReportPreview preview = ui::previewInvestorReport(sample, sample.scenarios.first().id);
        QVERIFY2(preview.error.isEmpty(), qPrintable(preview.error));
        QVERIFY(preview.sections.contains(QStringLiteral("Tenants and returns")));
        ProjectDocument doc(sample);
        const FinanceResults &f = doc.results().finance;
        QVERIFY(f.investor.irr && f.investor.paybackYear);
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);

        // The summary (first page) states NPV, IRR and payback with the engine's figures.
        const QString summary = pageText(preview.pages.first());
        QVERIFY2(summary.contains(QStringLiteral("NPV")), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("IRR")));
        QVERIFY(summary.contains(QStringLiteral("pays back in %1").arg(*f.investor.paybackYear)));
        QVERIFY(summary.contains(ui::moneyformat::percent(*f.investor.irr, english)));
        QVERIFY(summary.contains(english.toString(f.investor.npv / 1e9, 'f', 2)));
        // Sized for the design demand, not the expected peak (METHOD v2 §4).
        QVERIFY2(summary.contains(
                     QStringLiteral("design demand of %1 MW")
                         .arg(english.toString(doc.results().stages.last().designDemandW / 1e6, 'f', 1))),
                 qPrintable(summary));

        // The section: its heading, the tenants, the yearly table and both charts with their titles.
        QString all;
        for (const QPicture &page : preview.pages)
            all += pageText(page) + u'\n';
        QVERIFY(all.contains(QStringLiteral("Tenants and returns")));
        QVERIFY(all.contains(QStringLiteral("Anchor offtaker")));
        QVERIFY(all.contains(QStringLiteral("Price, EUR")));
        QVERIFY(all.contains(QStringLiteral("/GPU-hour")));
        QVERIFY(all.contains(QStringLiteral("Cumulative FCF")));
        QVERIFY(all.contains(QStringLiteral("Cumulative free cash flow")));
        QVERIFY(all.contains(QStringLiteral("Revenue, opex and capex per year")));
        QVERIFY(all.contains(QStringLiteral("Payback %1").arg(*f.investor.paybackYear)));
        for (const StageInvestorFigures &stage : f.stageInvestors)
            QVERIFY(all.contains(ui::moneyformat::compact(stage.figures.npv, f.currency, english)));
        // The last year's cumulative free cash flow, in EUR m, is in the yearly table.
        QVERIFY(all.contains(ui::moneyformat::millions(f.years.last().cumulativeFreeCashFlow, english)));
        // The risk bands state the study's size and seed (the report's fixed study).
        QVERIFY(all.contains(QStringLiteral("Risk bands (Monte Carlo)")));
        QVERIFY2(all.contains(QStringLiteral("2,000 runs with seed 1")), qPrintable(all.right(4000)));
    }

    // The section builder: the bands are the engine's statistics of the same runs, with units, the
    // chance of a loss, the run count and seed, the inputs and the tornado.
    void riskSectionStatesTheBands()
    {
        const Project sample = makeNarvikSample();
        const Id scenarioId = sample.scenarios.first().id;
        const ui::ReportRiskStudy study = ui::reportRiskStudy(sample, scenarioId, 200, 5);
        QVERIFY2(study.error.isEmpty(), qPrintable(study.error));
        MonteCarloOptions options;
        options.runs = 200;
        options.seed = 5;
        const MonteCarloSummary direct =
            summarise(runMonteCarlo(sample, scenarioId, sample.site.climate, options).outputs);

        ProjectDocument doc(sample);
        ui::ReportCanvas canvas(QStringLiteral("test"));
        ui::risksection::write(canvas, doc.project(), doc.scenario(), doc.results(), study);
        canvas.finish();
        QString all;
        for (const QPicture &page : canvas.pictures())
            all += pageText(page) + u'\n';
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        const QString currency = sample.costs.currency;
        for (RiskOutput output : {RiskOutput::Npv, RiskOutput::Irr, RiskOutput::LevelisedPerGpuHour}) {
            const Percentiles &p = direct.outputs[size_t(output)];
            for (double v : {p.p10, p.p50, p.p90})
                QVERIFY2(all.contains(ui::riskformat::tableValue(output, v, currency, english)),
                         qPrintable(ui::riskformat::tableValue(output, v, currency, english)));
        }
        QVERIFY(all.contains(QStringLiteral("NPV, EUR")));
        QVERIFY(all.contains(QStringLiteral("Levelised cost, EUR/GPU-h")));
        QVERIFY(all.contains(QStringLiteral("negative in %1 of the runs")
                                 .arg(ui::moneyformat::percent(direct.probabilityNpvBelowZero, english))));
        QVERIFY(all.contains(QStringLiteral("200 runs with seed 5")));
        QVERIFY(all.contains(QStringLiteral("--runs 200 --seed 5")));
        QVERIFY(all.contains(QStringLiteral("NPV tornado")));
        QVERIFY(all.contains(QStringLiteral("Discount rate")));
    }

    void riskSectionWithoutUncertainInputsSaysSo()
    {
        Project sample = makeNarvikSample();
        sample.scenarios.first().uncertainInputs.clear();
        const ui::ReportPreview preview = ui::previewInvestorReport(sample, sample.scenarios.first().id);
        QVERIFY2(preview.error.isEmpty(), qPrintable(preview.error));
        QVERIFY(preview.sections.contains(QStringLiteral("Risk bands (Monte Carlo)")));
        QString all;
        for (const QPicture &page : preview.pages)
            all += pageText(page) + u'\n';
        QVERIFY(all.contains(QStringLiteral("no uncertain inputs")));
        QVERIFY(!all.contains(QStringLiteral("NPV tornado")));
    }

    // Page 2 lists the sections with the pages they start on; every page says "n of N"; the HTML
    // version has the same sections.
    void contentsPageAndPageOfPages()
    {
        const Project sample = makeNarvikSample();
        const ui::ReportPreview preview = ui::previewInvestorReport(sample, sample.scenarios.first().id);
        QVERIFY2(preview.error.isEmpty(), qPrintable(preview.error));
        const int n = int(preview.pages.size());
        QVERIFY(n > 5);
        for (int i = 0; i < n; ++i)
            QVERIFY2(pageText(preview.pages[i]).contains(QStringLiteral("%1 of %2").arg(i + 1).arg(n)),
                     qPrintable(pageText(preview.pages[i]).right(200)));
        const QString contents = pageText(preview.pages[1]);
        QVERIFY2(contents.startsWith(QStringLiteral("Contents")), qPrintable(contents));
        int previous = 2;
        for (const QString &section : preview.sections) {
            const QRegularExpressionMatch m =
                QRegularExpression(QRegularExpression::escape(section) + QStringLiteral(" (\\d+) "))
                    .match(contents);
            QVERIFY2(m.hasMatch(), qPrintable(section + u'|' + contents));
            const int page = m.captured(1).toInt();
            QVERIFY(page >= previous && page <= n); // in order
            QVERIFY2(pageText(preview.pages[page - 1]).contains(section), qPrintable(section));
            previous = page;
        }
        ui::HtmlReport html(QStringLiteral("t"), QLocale(QLocale::English));
        ui::ReportScope scope;
        scope.scenarios = {sample.scenarios.first().id};
        ui::ReportWriter writer(sample, scope);
        writer.write(html);
        QCOMPARE(html.headings(), preview.sections);
    }

    // B against A: per stage, the better of two values is marked (lower design demand and PUE, higher
    // NPV), sizes never; the layout diff's counts are the model's.
    void comparisonMarksTheBetterValueAndCountsTheDiff()
    {
        const Project sample = makeNarvikSample();
        const Scenario &a = sample.scenarios.first(), &b = sample.scenarios.last();
        ui::HtmlReport html(QStringLiteral("t"), QLocale(QLocale::English, QLocale::UnitedKingdom));
        ui::ReportScope scope;
        scope.scenarios = {a.id, b.id};
        ui::ReportWriter writer(sample, scope);
        const ui::ReportSections sections = writer.write(html);
        QCOMPARE(sections.titles.last(), QStringLiteral("Comparison: %1 against %2").arg(b.name, a.name));
        QList<ui::ReportTable> tables;
        for (const ui::NamedReportTable &t : html.tables())
            if (t.name.contains(QStringLiteral("comparison")))
                tables << t.table;
        ProjectDocument docA(sample), docB(sample);
        docB.setCurrentScenario(b.id);
        const int stages = int(docA.results().stages.size());
        QCOMPARE(tables.size(), stages + 1); // one per stage, then the diff's counts
        const auto row = [](const ui::ReportTable &t, const QString &label) {
            for (int i = 0; i < t.rows.size(); ++i)
                if (t.rows[i].value(0) == label)
                    return i;
            return -1;
        };
        for (int s = 0; s < stages; ++s) {
            const ui::ReportTable &t = tables[s];
            const StageResult &ra = docA.results().stages[s], &rb = docB.results().stages[s];
            const auto marked = [&](const QString &label, bool bBetter) {
                const int r = row(t, label);
                return r >= 0 && t.better.contains({r, bBetter ? 2 : 1}) &&
                       !t.better.contains({r, bBetter ? 1 : 2});
            };
            if (std::abs(ra.designDemandW - rb.designDemandW) > 1e5)
                QVERIFY(marked(QStringLiteral("Design demand, MW"), rb.designDemandW < ra.designDemandW));
            if (std::abs(ra.annual.pue - rb.annual.pue) > 1e-3)
                QVERIFY(marked(QStringLiteral("PUE"), rb.annual.pue < ra.annual.pue));
            QVERIFY(marked(QStringLiteral("NPV (campus), M EUR"),
                           docB.results().finance.investor.npv > docA.results().finance.investor.npv));
            // What each stage adds on its own: stage 1 is the same in both (no mark), stage 2 differs.
            const double npvA = docA.results().finance.stageInvestors[s].figures.npv;
            const double npvB = docB.results().finance.stageInvestors[s].figures.npv;
            const QString stageNpv = QStringLiteral("NPV of what the stage adds, M EUR");
            QVERIFY(row(t, stageNpv) >= 0);
            if (std::abs(npvA - npvB) > 1e5)
                QVERIFY(marked(stageNpv, npvB > npvA));
            else
                QVERIFY(!t.better.contains({row(t, stageNpv), 1}) &&
                        !t.better.contains({row(t, stageNpv), 2}));
            const int capacity = row(t, QStringLiteral("IT capacity, MW"));
            QVERIFY(capacity >= 0 && !t.better.contains({capacity, 1}) && !t.better.contains({capacity, 2}));
        }
        const LayoutDiff diff = diffLayouts(a, b);
        QVERIFY(diff.changed() > 0);
        const ui::ReportTable &counts = tables.last();
        for (RackDiffClass c :
             {RackDiffClass::Added, RackDiffClass::Removed, RackDiffClass::Retyped, RackDiffClass::Unchanged})
            QCOMPARE(counts.rows.value(row(counts, rackDiffLabel(c))).value(1),
                     QLocale(QLocale::English, QLocale::UnitedKingdom).toString(diff.count(c)));
    }

    void unknownScenarioOrUnwritablePathIsRefused()
    {
        const Project sample = makeNarvikSample();
        QTemporaryDir dir;
        ui::ReportOutcome outcome =
            ui::writeInvestorReport(sample, 999999, dir.filePath(QStringLiteral("r.pdf")));
        QVERIFY(!outcome);
        QVERIFY(outcome.error.contains(QStringLiteral("no scenario")));
        const QString bad = dir.filePath(QStringLiteral("missing/folder/r.pdf"));
        outcome = ui::writeInvestorReport(sample, sample.scenarios.first().id, bad);
        QVERIFY(!outcome);
        QVERIFY2(outcome.error.startsWith(bad), qPrintable(outcome.error));
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
