// `fjordplan-cli report` as a user runs it: the PDF read back with poppler's pdftotext and pdfinfo
// (contents page, "n of N", the comparison of two scenarios, A4 and Letter), the HTML page opened in
// headless Chromium (the same headings as the PDF), the CSV tables, and its refusals.
// pdftotext/pdfinfo (poppler-utils) and chromium are installed by scripts/setup.sh.
#include "cliprocess.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

constexpr int ReportTimeoutMs = 240000;

// Runs a tool; its standard output, or a failure naming what is missing.
QString runTool(const QString &program, const QStringList &args, QString *error)
{
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty()) {
        *error = program + QStringLiteral(" is not installed (scripts/setup.sh installs it)");
        return {};
    }
    QProcess p;
    p.start(path, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = program + QStringLiteral(" failed: ") + QString::fromLocal8Bit(p.readAllStandardError());
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The text of a PDF's pages first..last (all when 0), as pdftotext extracts it.
QString pdfText(const QString &pdf, QString *error, int first = 0, int last = 0)
{
    QStringList args{QStringLiteral("-layout")};
    if (first > 0)
        args << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l")
             << QString::number(last);
    return runTool(QStringLiteral("pdftotext"), args << pdf << QStringLiteral("-"), error);
}

// The section headings (h2) of an HTML page as headless Chromium lays out its DOM.
QStringList chromiumHeadings(const QString &html, QString *error)
{
    const QString dom = runTool(QStringLiteral("chromium"),
                                {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
                                 QStringLiteral("--disable-gpu"), QStringLiteral("--dump-dom"),
                                 QStringLiteral("file://") + html},
                                error);
    QStringList headings;
    static const QRegularExpression h2(QStringLiteral("<h2[^>]*>([^<]*)</h2>"));
    for (auto it = h2.globalMatch(dom); it.hasNext();)
        headings << it.next().captured(1).replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return headings;
}

} // namespace

class TestCliReport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const CliRun r =
            runCli({QStringLiteral("new"), sample(), QStringLiteral("--sample"), QStringLiteral("narvik")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    // The contents page lists every section with the page it starts on; every page says "n of N"; two
    // scenarios add the comparison: KPI deltas per stage and the layout diff.
    void pdfHasContentsPageNumbersAndComparison()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("two.pdf"));
        const CliRun r = runCli({QStringLiteral("report"), sample(), QStringLiteral("--out"), pdf,
                                 QStringLiteral("--scenarios"), QStringLiteral("Baseline, Dense Rubin")},
                                {}, ReportTimeoutMs);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Comparison: Dense Rubin against Baseline"), r.out.constData());
        QString error;
        const QString info = runTool(QStringLiteral("pdfinfo"), {pdf}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const int pages =
            QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
        QVERIFY2(pages > 10, qPrintable(info));
        for (int page = 1; page <= pages; ++page) {
            const QString text = pdfText(pdf, &error, page, page);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY2(text.contains(QStringLiteral("%1 of %2").arg(page).arg(pages)),
                     qPrintable(text.right(300)));
        }
        // page 2: the contents; each entry's page holds that section's heading
        const QString contents = pdfText(pdf, &error, 2, 2);
        QVERIFY(contents.contains(QStringLiteral("Contents")));
        const QStringList sections{QStringLiteral("Stages"), QStringLiteral("Capital expenditure"),
                                   QStringLiteral("Floor plan"), QStringLiteral("Method"),
                                   QStringLiteral("Comparison: Dense Rubin against Baseline")};
        for (const QString &section : sections) {
            const QRegularExpressionMatch m =
                QRegularExpression(QRegularExpression::escape(section) + QStringLiteral("[ .]+(\\d+)\\s*\\n"))
                    .match(contents);
            QVERIFY2(m.hasMatch(), qPrintable(section + u'\n' + contents));
            const int page = m.captured(1).toInt();
            QVERIFY(page > 2 && page <= pages);
            QVERIFY2(pdfText(pdf, &error, page, page).contains(section), qPrintable(section));
        }
        const QString all = pdfText(pdf, &error);
        QVERIFY(all.contains(QStringLiteral("Layout diff")));
        QVERIFY(all.contains(QStringLiteral("Design demand, MW")));
        QVERIFY(all.contains(QStringLiteral("Retyped")));
        QVERIFY(all.contains(QStringLiteral("B: Dense Rubin")));
        // one scenario: no comparison
        const QString single = m_dir.filePath(QStringLiteral("one.pdf"));
        const CliRun one = runCli({QStringLiteral("report"), sample(), QStringLiteral("--out"), single}, {},
                                  ReportTimeoutMs);
        QVERIFY2(one.exitCode == 0, one.err.constData());
        QVERIFY(!pdfText(single, &error).contains(QStringLiteral("Comparison:")));
    }

    void pageSizeA4OrLetter()
    {
        for (const auto &[size, expected] :
             {std::pair{QStringLiteral("a4"), QStringLiteral("size:  595 x 842 pts (A4)")},
              std::pair{QStringLiteral("letter"), QStringLiteral("size:  612 x 792 pts (letter)")}}) {
            const QString pdf = m_dir.filePath(size + QStringLiteral(".pdf"));
            const CliRun r = runCli({QStringLiteral("report"), sample(), QStringLiteral("--out"), pdf,
                                     QStringLiteral("--page-size"), size},
                                    {}, ReportTimeoutMs);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QString error;
            const QString info = runTool(QStringLiteral("pdfinfo"),
                                         {QStringLiteral("-l"), QStringLiteral("100"), pdf}, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            const int pages =
                QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
            QCOMPARE(int(info.count(expected)), pages); // every page, not only the first
        }
    }

    // The HTML page shows, in a browser, the same section headings as the PDF (and its contents).
    void htmlShowsTheSameHeadingsInChromium()
    {
        const QString html = m_dir.filePath(QStringLiteral("two.html"));
        const QString pdf = m_dir.filePath(QStringLiteral("two-for-html.pdf"));
        for (const QString &out : {html, pdf}) {
            const CliRun r = runCli({QStringLiteral("report"), sample(), QStringLiteral("--out"), out,
                                     QStringLiteral("--scenarios"), QStringLiteral("Baseline,Dense Rubin")},
                                    {}, ReportTimeoutMs);
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        QString error;
        const QStringList headings = chromiumHeadings(html, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(headings.value(0), QStringLiteral("Contents"));
        QVERIFY2(headings.size() >= 12, qPrintable(headings.join(u'|')));
        const QString pdfAll = pdfText(pdf, &error);
        for (const QString &h : headings)
            QVERIFY2(pdfAll.contains(h), qPrintable(h));
        QVERIFY(headings.contains(QStringLiteral("Comparison: Dense Rubin against Baseline")));
        // self-contained: charts inline as SVG, nothing fetched
        QFile f(html);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.count("<svg") >= 6);
        QVERIFY(!bytes.contains("src=\"http") && !bytes.contains("<link"));
    }

    // --language nb writes the report in Norwegian Bokmål with Norwegian numbers; without it, English.
    void reportInEitherLanguage()
    {
        const QString nb = m_dir.filePath(QStringLiteral("nb.html"));
        const QString en = m_dir.filePath(QStringLiteral("en.html"));
        CliRun r = runCli({QStringLiteral("report"), sample(), QStringLiteral("--out"), nb,
                           QStringLiteral("--language"), QStringLiteral("nb")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = runCli({QStringLiteral("report"), sample(), QStringLiteral("--out"), en});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto read = [](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
        };
        const QString norwegian = read(nb), english = read(en);
        QVERIFY(norwegian.contains(QStringLiteral("<html lang=\"nb")));
        QVERIFY(norwegian.contains(QStringLiteral("Innhold")) &&
                norwegian.contains(QStringLiteral("Investorrapport")));
        QVERIFY(norwegian.contains(QStringLiteral("Trinnene er kumulative")));
        QVERIFY(!norwegian.contains(QStringLiteral("Stages are cumulative")));
        QVERIFY(english.contains(QStringLiteral("Stages are cumulative")));
        QVERIFY(!english.contains(QStringLiteral("Trinnene er kumulative")));
        // The CLI itself stays English and refuses a language it does not have.
        r = runCli({QStringLiteral("report"), sample(), QStringLiteral("--out"), nb,
                    QStringLiteral("--language"), QStringLiteral("de")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--language is en or nb"), r.err.constData());
    }

    void csvWritesOneFilePerTable()
    {
        const QString dir = m_dir.filePath(QStringLiteral("tables"));
        const CliRun r = runCli({QStringLiteral("report"), sample(), QStringLiteral("--csv"), dir,
                                 QStringLiteral("--scenarios"), QStringLiteral("Baseline,Dense Rubin")},
                                {}, ReportTimeoutMs);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QStringList files = QDir(dir).entryList({QStringLiteral("*.csv")});
        QVERIFY2(files.size() >= 12, qPrintable(files.join(u' ')));
        QVERIFY(files.contains(QStringLiteral("01-stages.csv")));
        QFile stages(QDir(dir).filePath(QStringLiteral("01-stages.csv")));
        QVERIFY(stages.open(QIODevice::ReadOnly));
        QVERIFY(stages.readLine().startsWith("Stage,Energised,Racks,GPUs"));
        QVERIFY(stages.readLine().startsWith("Stage 1,"));
        QVERIFY(std::any_of(files.cbegin(), files.cend(),
                            [](const QString &f) { return f.contains(QStringLiteral("comparison")); }));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("page size") << QStringList{QStringLiteral("--out"), QStringLiteral("r.pdf"),
                                                  QStringLiteral("--page-size"), QStringLiteral("a5")}
                                   << QByteArray("a4 or letter");
        QTest::newRow("format") << QStringList{QStringLiteral("--out"), QStringLiteral("r.docx")}
                                << QByteArray("pdf or html");
        QTest::newRow("scenario") << QStringList{QStringLiteral("--out"), QStringLiteral("r.pdf"),
                                                 QStringLiteral("--scenarios"),
                                                 QStringLiteral("Baseline,Nope")}
                                  << QByteArray("no scenario named \"Nope\"");
        QTest::newRow("locale") << QStringList{QStringLiteral("--out"), QStringLiteral("r.pdf"),
                                               QStringLiteral("--locale"), QStringLiteral("xx_YY")}
                                << QByteArray("unknown locale");
        QTest::newRow("both") << QStringList{QStringLiteral("--out"),       QStringLiteral("r.pdf"),
                                             QStringLiteral("--scenario"),  QStringLiteral("Baseline"),
                                             QStringLiteral("--scenarios"), QStringLiteral("Baseline")}
                              << QByteArray("not both");
    }

    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const CliRun r = runCli(QStringList{QStringLiteral("report"), sample()} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(!QFile::exists(QStringLiteral("r.pdf")));
    }

private:
    QString sample() const { return m_dir.filePath(QStringLiteral("narvik.fjordplan")); }
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_clireport.moc"
