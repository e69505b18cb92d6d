// Custom hourly load profiles from CSV (issue 11): fractions or percent, one column or the last of
// several, a header line; bad input names file and line.
#include "model/climate.h"
#include "model/storage/loadprofilecsv.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace fjord;

class TestLoadProfileCsv : public QObject {
    Q_OBJECT
private slots:
    void fractionsOneColumn();
    void percentWithHeaderAndHourColumn();
    void leapYearDropsTheLeapDay();
    void errorsNameFileAndLine_data();
    void errorsNameFileAndLine();

private:
    QString write(const QString &name, const QString &text);
    QTemporaryDir m_dir;
};

QString TestLoadProfileCsv::write(const QString &name, const QString &text)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Text))
        return {};
    f.write(text.toUtf8());
    return path;
}

static QString lines(int count, const std::function<QString(int)> &line)
{
    QString s;
    for (int i = 0; i < count; ++i)
        s += line(i) + u'\n';
    return s;
}

void TestLoadProfileCsv::fractionsOneColumn()
{
    const QString path =
        write(QStringLiteral("flat.csv"),
              lines(HoursPerYear, [](int h) { return QString::number(h % 24 < 12 ? 0.5 : 0.75); }));
    const storage::LoadProfileCsvResult r = storage::readLoadProfileCsv(path);
    QVERIFY2(r, qPrintable(r.error));
    QCOMPARE(r.hourly->size(), HoursPerYear);
    QCOMPARE(r.hourly->at(0), 0.5);
    QCOMPARE(r.hourly->at(13), 0.75);
}

void TestLoadProfileCsv::percentWithHeaderAndHourColumn()
{
    const QString path = write(QStringLiteral("pct.csv"),
                               QStringLiteral("hour;utilisation %\n") + lines(HoursPerYear, [](int h) {
                                   return QStringLiteral("%1;%2").arg(h).arg(h == 5 ? 90 : 60);
                               }));
    const storage::LoadProfileCsvResult r = storage::readLoadProfileCsv(path);
    QVERIFY2(r, qPrintable(r.error));
    QCOMPARE(r.hourly->at(5), 0.9);
    QCOMPARE(r.hourly->at(6), 0.6);
}

void TestLoadProfileCsv::leapYearDropsTheLeapDay()
{
    // 8784 hours; the 24 of 29 February (day 60) are marked 0.1 and must vanish.
    const QString path =
        write(QStringLiteral("leap.csv"),
              lines(8784, [](int h) { return QString::fromLatin1(h / 24 == 59 ? "0.1" : "0.8"); }));
    const storage::LoadProfileCsvResult r = storage::readLoadProfileCsv(path);
    QVERIFY2(r, qPrintable(r.error));
    QCOMPARE(r.hourly->size(), HoursPerYear);
    QVERIFY(!r.hourly->contains(0.1));
}

void TestLoadProfileCsv::errorsNameFileAndLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("short") << lines(100, [](int) { return QStringLiteral("0.5"); })
                           << QStringLiteral("bad.csv: has 100 values; a year needs 8760");
    QTest::newRow("not a number") << QStringLiteral("0.5\n0.5\nabc\n")
                                  << QStringLiteral("bad.csv:3: \"abc\" is not a number");
    QTest::newRow("negative") << QStringLiteral("u\n0.5\n-0.2\n")
                              << QStringLiteral("bad.csv:3: utilisation -0.2 is negative");
    QTest::newRow("above 100 %") << lines(HoursPerYear, [](int h) {
        return QString::number(h == 7 ? 120 : 50);
    }) << QStringLiteral("bad.csv:8: utilisation 120.0 % is above 100 %");
}

void TestLoadProfileCsv::errorsNameFileAndLine()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const storage::LoadProfileCsvResult r =
        storage::readLoadProfileCsv(write(QStringLiteral("bad.csv"), text));
    QVERIFY(!r);
    QVERIFY2(r.error.startsWith(expected), qPrintable(r.error));
}

QTEST_APPLESS_MAIN(TestLoadProfileCsv)
#include "tst_loadprofilecsv.moc"
