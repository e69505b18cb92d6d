// The report's risks: fixed rules over the project and its results (model/risks.h).
#include "model/engine.h"
#include "model/risks.h"
#include "model/sample/narviksample.h"

#include <QTest>

using namespace fjord;

namespace {

// The list must outlive the pointer: a temporary's would dangle (AddressSanitizer found one).
const Risk *find(QList<Risk> &&risks, const QString &code) = delete;
const Risk *find(const QList<Risk> &risks, const QString &code)
{
    for (const Risk &r : risks)
        if (r.code == code)
            return &r;
    return nullptr;
}

QList<Risk> risksOf(const Project &p)
{
    const Scenario &s = p.scenarios.first();
    return assessRisks(p, s, evaluate(p, s, p.site.climate));
}

} // namespace

class TestRisks : public QObject {
    Q_OBJECT
private slots:
    void sampleHasOnlyItsStandingAssumptions()
    {
        const QList<Risk> risks = risksOf(makeNarvikSample());
        // Stage 1's design demand (racks capped at 135 kW, cooling at the 32 °C design ambient) is
        // about 226 MW on 230 MW: little headroom, a high risk; no failover overload, no errors.
        const Risk *grid = find(risks, QStringLiteral("grid.headroom"));
        QVERIFY(grid);
        QCOMPARE(grid->level, Risk::Level::High);
        QVERIFY2(grid->detail.contains(QStringLiteral("Design demand")), qPrintable(grid->detail));
        QVERIFY(!find(risks, QStringLiteral("power.failover")));
        QVERIFY(!find(risks, QStringLiteral("project.errors")));
        QVERIFY(find(risks, QStringLiteral("climate.synthetic")));
        QVERIFY(find(risks, QStringLiteral("price.flat")));
        // ordered by level, high first
        for (int i = 1; i < risks.size(); ++i)
            QVERIFY(risks[i - 1].level >= risks[i].level);
    }

    void tightGridIsARisk()
    {
        Project p = makeNarvikSample();
        Stage &first = p.scenarios.first().stages.first();
        const Results r = evaluate(p, p.scenarios.first(), p.site.climate);
        const double peakW = r.stages.first().designDemandW;
        first.gridCapacityAddedW = peakW / 0.9; // 10 % headroom: moderate
        QList<Risk> risks = risksOf(p);
        const Risk *risk = find(risks, QStringLiteral("grid.headroom"));
        QVERIFY(risk);
        QCOMPARE(risk->level, Risk::Level::Moderate);
        QVERIFY2(risk->detail.contains(QStringLiteral("10.0 % headroom")), qPrintable(risk->detail));
        first.gridCapacityAddedW = peakW * 0.98; // over the connection: high
        risks = risksOf(p);
        risk = find(risks, QStringLiteral("grid.headroom"));
        QVERIFY(risk);
        QCOMPARE(risk->level, Risk::Level::High);
        QVERIFY(risk->title.contains(QStringLiteral("more grid capacity")));
    }

    void failoverOverloadIsHigh()
    {
        Project p = makeNarvikSample();
        // a UPS of a quarter of its rating: the other units cannot take its share when one fails
        for (PowerNode &n : p.scenarios.first().powerNodes)
            if (n.kind == PowerNodeKind::Ups) {
                n.ratingVa *= 0.5;
                n.ratingA *= 0.5;
            }
        const QList<Risk> risks = risksOf(p);
        const Risk *risk = find(risks, QStringLiteral("power.failover"));
        QVERIFY(risk);
        QCOMPARE(risk->level, Risk::Level::High);
        QVERIFY2(risk->detail.contains(QStringLiteral("after a single failure")), qPrintable(risk->detail));
    }
};

QTEST_GUILESS_MAIN(TestRisks)
#include "tst_risks.moc"
