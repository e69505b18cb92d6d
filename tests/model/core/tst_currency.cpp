// Converting a project's currency scales every amount and so every result in money.
#include "model/currency.h"
#include "model/engine.h"
#include "model/sample/narviksample.h"

#include <QTest>

using namespace fjord;

class TestCurrency : public QObject {
    Q_OBJECT
private slots:
    void convertingScalesCapexAndEnergyCost();
    void roundTripRestoresAmounts();
};

void TestCurrency::convertingScalesCapexAndEnergyCost()
{
    Project p = makeNarvikSample();
    EvaluateOptions quick;
    quick.keepHourly = false;
    const Results eur = evaluate(p, p.scenarios.first(), p.site.climate, quick);
    convertCurrency(p, QStringLiteral("NOK"), typicalPerEur(QStringLiteral("NOK")));
    QCOMPARE(p.costs.currency, QStringLiteral("NOK"));
    QCOMPARE(p.costs.perEur, 11.5);
    const Results nok = evaluate(p, p.scenarios.first(), p.site.climate, quick);
    for (int i = 0; i < eur.stages.size(); ++i) {
        QVERIFY(qAbs(nok.stages[i].capex.total() / eur.stages[i].capex.total() - 11.5) < 1e-9);
        QVERIFY(qAbs(nok.stages[i].annual.energyCost / eur.stages[i].annual.energyCost - 11.5) < 1e-9);
        QVERIFY(qAbs(nok.stages[i].opexPerYear / eur.stages[i].opexPerYear - 11.5) < 1e-9);
        QCOMPARE(nok.stages[i].annual.pue, eur.stages[i].annual.pue); // physics unchanged
    }
}

void TestCurrency::roundTripRestoresAmounts()
{
    Project p = makeNarvikSample();
    const Project original = p;
    convertCurrency(p, QStringLiteral("USD"), typicalPerEur(QStringLiteral("USD")));
    QVERIFY(qAbs(p.rackTypes.first().unitCost - original.rackTypes.first().unitCost / 0.92) < 1e-6);
    convertCurrency(p, QStringLiteral("EUR"), 1.0);
    QVERIFY(qAbs(p.costs.buildingPerW - original.costs.buildingPerW) < 1e-12);
    QVERIFY(qAbs(p.scenarios.first().supply.ppas.first().pricePerMWh -
                 original.scenarios.first().supply.ppas.first().pricePerMWh) < 1e-9);
    QCOMPARE(p.costs.currency, QStringLiteral("EUR"));
}

QTEST_GUILESS_MAIN(TestCurrency)
#include "tst_currency.moc"
