// The built-in synthetic Narvik year against a real year observed nearby: Tromsø-Langnes
// (MET Norway SN90490, 170 km north, also coastal Arctic Norway), 2022-10-09 … 2023-10-09 daily
// max/min (../shared/data/weather/tromso-daily.csv). Narvik lies at the head of the Ofotfjord:
// somewhat warmer summers and colder winters than the Tromsø coast, and one observed year carries
// its own weather. The tolerances below are those of two neighbouring stations, not of a fit.
#include "model/climate.h"
#include "model/sample/narvikclimate.h"

#include <QFile>
#include <QTest>

#include <array>

using namespace fjord;

namespace {

struct Daily {
    int month = 0; // 0..11
    double maxC = 0, minC = 0;
};

// The observations; a row with max and min both 0 is a missing value (see the data's README).
QList<Daily> readTromso(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = file.errorString();
        return {};
    }
    QList<Daily> out;
    file.readLine(); // header
    while (!file.atEnd()) {
        const QList<QByteArray> f = file.readLine().trimmed().split(',');
        if (f.size() < 5)
            continue;
        Daily d;
        d.month = f[2].mid(5, 2).toInt() - 1;
        d.maxC = f[3].toDouble();
        d.minC = f[4].toDouble();
        if (d.maxC == 0.0 && d.minC == 0.0)
            continue;
        out.append(d);
    }
    return out;
}

struct MonthStats {
    double meanMaxC = 0, meanMinC = 0;
    int days = 0;
};

std::array<MonthStats, 12> monthly(const QList<Daily> &days)
{
    std::array<MonthStats, 12> m{};
    for (const Daily &d : days) {
        m[d.month].meanMaxC += d.maxC;
        m[d.month].meanMinC += d.minC;
        ++m[d.month].days;
    }
    for (MonthStats &s : m)
        if (s.days > 0) {
            s.meanMaxC /= s.days;
            s.meanMinC /= s.days;
        }
    return m;
}

// Daily max/min of the synthetic hourly year.
QList<Daily> syntheticDays(const Climate &c)
{
    QList<Daily> out;
    for (int h0 = 0; h0 + 24 <= c.dryBulbC.size(); h0 += 24) {
        Daily d;
        d.month = monthOfHour(h0);
        d.maxC = -1e9;
        d.minC = 1e9;
        for (int h = h0; h < h0 + 24; ++h) {
            d.maxC = std::max(d.maxC, c.dryBulbC[h]);
            d.minC = std::min(d.minC, c.dryBulbC[h]);
        }
        out.append(d);
    }
    return out;
}

} // namespace

class TestNarvikClimateObserved : public QObject {
    Q_OBJECT
private slots:
    void syntheticYearResemblesTheObservedOne()
    {
        const QString path = QStringLiteral(FJORD_SHARED_DATA "/weather/tromso-daily.csv");
        if (!QFile::exists(path))
            QSKIP("../shared/data/weather/tromso-daily.csv is absent: the comparison with observations needs "
                  "it");
        QString error;
        const QList<Daily> observedDays = readTromso(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(observedDays.size() > 330); // a year, minus the missing days
        const auto observed = monthly(observedDays);
        const auto synthetic = monthly(syntheticDays(narvikClimate()));

        double obsYear = 0, synYear = 0;
        int closeMonths = 0;
        for (int m = 0; m < 12; ++m) {
            const MonthStats &o = observed[m], &s = synthetic[m];
            qInfo("month %2d  Tromsø max/min %5.1f/%5.1f °C   synthetic Narvik %5.1f/%5.1f °C", m + 1,
                  o.meanMaxC, o.meanMinC, s.meanMaxC, s.meanMinC);
            QVERIFY(o.days > 20);
            // one observed year has its anomalies (March 2023 was 3–4 K colder than normal up north):
            // every month within 5 K of the neighbouring station, most within 3 K
            const double worst =
                std::max(std::abs(s.meanMaxC - o.meanMaxC), std::abs(s.meanMinC - o.meanMinC));
            QVERIFY2(worst < 5.0, qPrintable(QStringLiteral("month %1 off by %2 K").arg(m + 1).arg(worst)));
            closeMonths += worst < 3.0 ? 1 : 0;
            // a day/night swing of the same order (a flat synthetic day would hide peak hours)
            const double oRange = o.meanMaxC - o.meanMinC, sRange = s.meanMaxC - s.meanMinC;
            QVERIFY2(sRange > 0.4 * oRange && sRange < 2.5 * oRange + 1.0,
                     qPrintable(
                         QStringLiteral("month %1 daily range %2 vs %3").arg(m + 1).arg(sRange).arg(oRange)));
            obsYear += (o.meanMaxC + o.meanMinC) / 2 / 12;
            synYear += (s.meanMaxC + s.meanMinC) / 2 / 12;
        }
        QVERIFY2(closeMonths >= 10, qPrintable(QStringLiteral("%1 months within 3 K").arg(closeMonths)));
        qInfo("year: Tromsø %.1f °C, synthetic Narvik %.1f °C (mean of daily max and min)", obsYear, synYear);
        QVERIFY(std::abs(synYear - obsYear) < 2.0);
        // the summer is what sizes dry coolers: the synthetic warmest day at least as warm as the observed
        double obsHottest = -1e9, synHottest = -1e9;
        for (const Daily &d : observedDays)
            obsHottest = std::max(obsHottest, d.maxC);
        for (const Daily &d : syntheticDays(narvikClimate()))
            synHottest = std::max(synHottest, d.maxC);
        qInfo("hottest day: Tromsø %.1f °C, synthetic Narvik %.1f °C", obsHottest, synHottest);
        QVERIFY(synHottest >= obsHottest);
    }
};

QTEST_GUILESS_MAIN(TestNarvikClimateObserved)
#include "tst_narvikclimateobserved.moc"
