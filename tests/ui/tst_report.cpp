// The investor report: a real PDF of the Narvik sample with every section, its numbers from the
// engine, its risks from the rules; refusals named.
#include "model/document/projectdocument.h"
#include "model/risks.h"
#include "model/sample/narviksample.h"
#include "ui/report/investorreport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fjord;

class TestReport : public QObject {
    Q_OBJECT
private slots:
    void narvikReportHasEverySection()
    {
        QTemporaryDir dir;
        const QString out = qEnvironmentVariableIsSet("FJORD_REPORT_OUT") ? qEnvironmentVariable("FJORD_REPORT_OUT")
                                                                          : dir.filePath(QStringLiteral("report.pdf"));
        const Project sample = makeNarvikSample();
        const ui::ReportOutcome outcome = ui::writeInvestorReport(sample, sample.scenarios.first().id, out);
        QVERIFY2(outcome, qPrintable(outcome.error));
        QCOMPARE(outcome.sections,
                 QStringList({QStringLiteral("Stages"), QStringLiteral("Capital expenditure"),
                              QStringLiteral("Energy and efficiency"), QStringLiteral("Renewables and carbon"),
                              QStringLiteral("Finance"), QStringLiteral("Floor plan"), QStringLiteral("Risks and assumptions"),
                              QStringLiteral("Method")}));
        QVERIFY2(outcome.pages >= 5 && outcome.pages <= 14, qPrintable(QString::number(outcome.pages)));
        QFile pdf(out);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        // one page object per page the canvas counted
        QCOMPARE(int(bytes.count("/Type /Page\n") + bytes.count("/Type /Page ") + bytes.count("/Type /Page>")
                     + bytes.count("/Type/Page\n")),
                 outcome.pages);
    }

    void unknownScenarioOrUnwritablePathIsRefused()
    {
        const Project sample = makeNarvikSample();
        QTemporaryDir dir;
        ui::ReportOutcome outcome = ui::writeInvestorReport(sample, 999999, dir.filePath(QStringLiteral("r.pdf")));
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
