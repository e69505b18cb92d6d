// Small pure functions of the model: voltages, ratings, calendar, ASHRAE classes, footprints.
#include "model/climate.h"
#include "model/coolingsystem.h"
#include "model/geometry.h"
#include "model/powernode.h"

#include <QTest>

#include <cmath>

using namespace fjord;

class TestGeometry : public QObject {
    Q_OBJECT
private slots:
    void lineToLineAndLineToNeutralAgree();
    void ratingInAmperes_data();
    void ratingInAmperes();
    void lossModel();
    void calendar();
    void ashraeClasses_data();
    void ashraeClasses();
    void rotatedFootprint();
};

void TestGeometry::lineToLineAndLineToNeutralAgree()
{
    PowerNode ll;
    ll.voltageV = 400;
    ll.voltageReference = VoltageReference::LineToLine;
    PowerNode ln;
    ln.voltageV = 230.94;
    ln.voltageReference = VoltageReference::LineToNeutral;
    QVERIFY(std::abs(ll.lineToNeutralV() - 230.94) < 0.01);
    QVERIFY(std::abs(ln.lineToLineV() - 400.0) < 0.01);
}

void TestGeometry::ratingInAmperes_data()
{
    QTest::addColumn<int>("phases");
    QTest::addColumn<double>("volts");
    QTest::addColumn<bool>("lineToLine");
    QTest::addColumn<double>("amps");
    QTest::addColumn<double>("expectedKva");
    // DOMAIN.md §3: 3-ph 63 A @ 400 V = 43.6 kVA; 32 A = 22.2 kVA.
    QTest::newRow("3ph 63 A 400 V LL") << 3 << 400.0 << true << 63.0 << 43.648;
    QTest::newRow("3ph 32 A 400 V LL") << 3 << 400.0 << true << 32.0 << 22.170;
    QTest::newRow("3ph 32 A given as 230.94 V LN") << 3 << 230.94 << false << 32.0 << 22.170;
    QTest::newRow("1ph 20 A 220 V LN") << 1 << 220.0 << false << 20.0 << 4.4;
}

void TestGeometry::ratingInAmperes()
{
    QFETCH(int, phases);
    QFETCH(double, volts);
    QFETCH(bool, lineToLine);
    QFETCH(double, amps);
    QFETCH(double, expectedKva);
    PowerNode n;
    n.phases = phases;
    n.voltageV = volts;
    n.voltageReference = lineToLine ? VoltageReference::LineToLine : VoltageReference::LineToNeutral;
    n.ratingBasis = RatingBasis::Current;
    n.ratingA = amps;
    QVERIFY2(std::abs(n.apparentRatingVa() / 1e3 - expectedKva) < 0.005,
             qPrintable(QString::number(n.apparentRatingVa() / 1e3)));
}

void TestGeometry::lossModel()
{
    // METHOD §2 UPS defaults at full load: 0.010 + 0.015 + 0.010 = 3.5 % of 1 MVA -> 96.5 % efficient.
    const LossModel ups{0.010, 0.015, 0.010};
    QCOMPARE(ups.lossW(1e6, 1e6), 35e3);
    QCOMPARE(ups.lossW(1e6, 0.5e6), 10e3 + 7.5e3 + 2.5e3);
}

void TestGeometry::calendar()
{
    QCOMPARE(monthOfHour(0), 0);
    QCOMPARE(monthOfHour(31 * 24 - 1), 0);
    QCOMPARE(monthOfHour(31 * 24), 1);
    QCOMPARE(monthOfHour(HoursPerYear - 1), 11);
    QCOMPARE(firstHourOfMonth(12), HoursPerYear);
    QCOMPARE(hourOfDay(25), 1);
}

void TestGeometry::ashraeClasses_data()
{
    QTest::addColumn<double>("supply");
    QTest::addColumn<QString>("klass");
    QTest::newRow("17") << 17.0 << QStringLiteral("W17");
    QTest::newRow("30") << 30.0 << QStringLiteral("W32");
    QTest::newRow("32") << 32.0 << QStringLiteral("W32");
    QTest::newRow("40") << 40.0 << QStringLiteral("W40");
    QTest::newRow("50") << 50.0 << QStringLiteral("W+");
}

void TestGeometry::ashraeClasses()
{
    QFETCH(double, supply);
    QFETCH(QString, klass);
    QCOMPARE(ashraeWClass(supply), klass);
}

void TestGeometry::rotatedFootprint()
{
    RackType t;
    t.widthM = 0.6;
    t.depthM = 1.2;
    Rack r;
    r.xM = 2;
    r.yM = 3;
    r.rotationDeg = 90;
    const Bounds b = rackBounds(r, t);
    QVERIFY(std::abs(b.minX - 1.4) < 1e-9 && std::abs(b.maxX - 2.6) < 1e-9);
    QVERIFY(std::abs(b.minY - 2.7) < 1e-9 && std::abs(b.maxY - 3.3) < 1e-9);
}

QTEST_GUILESS_MAIN(TestGeometry)
#include "tst_geometry.moc"
