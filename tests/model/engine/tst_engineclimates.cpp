// The Narvik sample in its built-in climate and in Chicago (TMY3 EPW from ../shared/data).

#include "model/engine.h"
#include "model/sample/narvikclimate.h"
#include "model/sample/narviksample.h"

#include <QFile>
#include <QTest>
#include <QTextStream>

using namespace fjord;

namespace {

// A deliberately tiny EPW reader (8 header lines, comma-separated rows): the engine tests must not
// depend on storage. Fields: 6 dry bulb, 7 dew point, 8 RH, 9 pressure, 13 GHI, 21 wind speed.
Climate readEpwForTest(const QString &path)
{
    Climate c;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return c;
    QTextStream in(&f);
    for (int i = 0; i < 8; ++i)
        in.readLine();
    while (!in.atEnd()) {
        const QStringList v = in.readLine().split(QLatin1Char(','));
        if (v.size() < 22)
            continue;
        if (v[1].toInt() == 2 && v[2].toInt() == 29)
            continue; // leap day
        c.dryBulbC.append(v[6].toDouble());
        c.dewPointC.append(v[7].toDouble());
        c.relHumidityPct.append(v[8].toDouble());
        c.pressurePa.append(v[9].toDouble());
        c.ghiWhPerM2.append(v[13].toDouble());
        c.windSpeedMPerS.append(v[21].toDouble());
    }
    c.name = QStringLiteral("Chicago O'Hare TMY3");
    return c;
}

} // namespace

class TestEngineClimates : public QObject {
    Q_OBJECT

private slots:
    void narvikSampleIsWithinTheTarget()
    {
        const Project p = makeNarvikSample();
        QVERIFY(!p.scenarios.isEmpty());
        const Results r = evaluate(p, p.scenarios.front(), p.site.climate);
        QVERIFY(!r.stages.isEmpty());
        for (const auto &s : r.stages) {
            qInfo("%s: %d racks, IT %.1f MW, peak %.1f MW, PUE %.4f, free-cooling hours %.0f, chiller hours "
                  "%.0f, "
                  "REF %.3f, CFE %.3f, CUE %.4f kg/kWh, ERF %.3f",
                  qPrintable(s.name), s.racks, s.itCapacityW / 1e6, s.facilityPeakW / 1e6, s.annual.pue,
                  s.annual.freeCoolingHours, s.annual.chillerHours, s.annual.ref, s.annual.cfeHourly,
                  s.annual.cueKgPerKWh, s.annual.erf);
            QVERIFY2(s.annual.pue >= 1.05 && s.annual.pue <= 1.15, qPrintable(QString::number(s.annual.pue)));
            QVERIFY(s.annual.freeCoolingHours > 8000);
            // DOMAIN.md §9: REF 1.0 with guarantees of origin; location-based CUE = 15 g/kWh × PUE.
            QCOMPARE(s.annual.ref, 1.0);
            QVERIFY(qAbs(s.annual.cueKgPerKWh - 0.015 * s.annual.pue) < 1e-12);
            QVERIFY(s.annual.cueMarketKgPerKWh < s.annual.cueKgPerKWh * 10); // contracts cover most of it
        }
        qInfo("capex %.0f M%s, PV %.0f M, %.1f per IT MWh, %.3f per GPU-hour", r.finance.totalCapex / 1e6,
              qPrintable(r.finance.currency), r.finance.presentValue / 1e6, r.finance.levelisedPerItMWh,
              r.finance.levelisedPerGpuHour);
        QVERIFY(r.finance.presentValue > r.finance.totalCapex);
    }

    void chicagoIsWorseThanNarvik()
    {
        const QString path =
            QStringLiteral(FJORD_SHARED_DATA "/weather/USA_IL_Chicago-OHare.Intl.AP.725300_TMY3.epw");
        if (!QFile::exists(path))
            QSKIP(qPrintable(QStringLiteral("Chicago weather file not found at %1").arg(path)));
        const Climate chicago = readEpwForTest(path);
        QCOMPARE(chicago.dryBulbC.size(), HoursPerYear);
        const Project p = makeNarvikSample();
        const Results narvik = evaluate(p, p.scenarios.front(), narvikClimate());
        const Results hot = evaluate(p, p.scenarios.front(), chicago);
        QCOMPARE(hot.stages.size(), narvik.stages.size());
        for (int i = 0; i < hot.stages.size(); ++i) {
            const AnnualKpis &c = hot.stages[i].annual, &n = narvik.stages[i].annual;
            qInfo("%s: PUE Chicago %.4f vs Narvik %.4f; chiller hours %.0f vs %.0f",
                  qPrintable(hot.stages[i].name), c.pue, n.pue, c.chillerHours, n.chillerHours);
            QVERIFY(c.pue > n.pue);
            QVERIFY(c.chillerHours > 0);
            QVERIFY(c.chillerHours > n.chillerHours);
            QVERIFY(hot.stages[i].facilityPeakW > narvik.stages[i].facilityPeakW);
        }
    }
};

QTEST_GUILESS_MAIN(TestEngineClimates)
#include "tst_engineclimates.moc"
