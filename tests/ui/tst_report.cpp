// The investor report: a real PDF of the Narvik sample with every section, its numbers from the
// engine, its risks from the rules; refusals named.
#include "model/document/projectdocument.h"
#include "model/risks.h"
#include "model/sample/narviksample.h"
#include "ui/report/investorreport.h"
#include "ui/report/reporttab.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace fjord;

class TestReport : public QObject {
    Q_OBJECT
private slots:
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
                         QStringLiteral("Finance"), QStringLiteral("Floor plan"),
                         QStringLiteral("Risks and assumptions"), QStringLiteral("Method")}));
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
        QCOMPARE(tab.sections().size(), 8);
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
        // a change of the plan redraws the preview (renaming the scenario changes its title)
        const int before = tab.pageCount();
        doc.recomputeNow();
        QTRY_VERIFY(tab.pageCount() == before);
        QVERIFY(tab.exportButton()->isEnabled());
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
