// New-project site templates (issue 11): real figures from a template, or "not set" with a Problem.
#include "model/engine.h"
#include "model/sample/sitetemplates.h"
#include "model/validation.h"

#include <QTest>

using namespace fjord;

namespace {
QStringList codes(const Project &p)
{
    QStringList out;
    for (const Problem &x : validateProject(p) + validate(p, p.scenarios.constFirst()))
        out.append(x.code);
    return out;
}
} // namespace

class TestSiteTemplates : public QObject {
    Q_OBJECT
private slots:
    void nordicHasRealFiguresAndNoNotSetProblems();
    void centralEuropeHasItsGridButNoClimate();
    void blankSaysNotSetForEachFigure();
    void keysRoundTrip();
};

void TestSiteTemplates::nordicHasRealFiguresAndNoNotSetProblems()
{
    const Project p = makeNewProject(QStringLiteral("N"), SiteTemplate::Nordic);
    QVERIFY(!p.site.name.isEmpty());
    QVERIFY(p.site.climate.isComplete());
    const GridSupply &g = p.scenarios[0].supply.grid;
    QVERIFY(g.pricePerMWh > 0 && g.carbonKgPerKWh > 0);
    QVERIFY(p.costs.buildingPerW > 0);
    QVERIFY(p.costs.staffPerYear < 6e6); // not the 230 MW sample's staff
    const QStringList c = codes(p);
    QVERIFY2(!c.contains(u"site.not_set") && !c.contains(u"supply.grid_not_set") &&
                 !c.contains(u"costs.not_set"),
             qPrintable(c.join(u',')));
    // Ids are unique and the counter is past them all.
    QVERIFY(p.nextId > p.scenarios[0].loadProfiles[0].id);
}

void TestSiteTemplates::centralEuropeHasItsGridButNoClimate()
{
    const Project p = makeNewProject(QStringLiteral("C"), SiteTemplate::CentralEurope);
    QCOMPARE(p.site.country, u"DE"_qs);
    QVERIFY(p.scenarios[0].supply.grid.carbonKgPerKWh > 0.2);
    QVERIFY(!p.site.climate.isComplete());
    const Results r = evaluate(p, p.scenarios[0], p.site.climate);
    bool climateProblem = false;
    for (const Problem &x : r.problems)
        climateProblem = climateProblem || x.code == u"climate.missing";
    QVERIFY(climateProblem);
}

void TestSiteTemplates::blankSaysNotSetForEachFigure()
{
    const Project p = makeNewProject(QStringLiteral("B"), SiteTemplate::Blank);
    const QStringList c = codes(p);
    QVERIFY2(c.contains(u"site.not_set"), qPrintable(c.join(u',')));
    QVERIFY(c.contains(u"supply.grid_not_set"));
    QVERIFY(c.contains(u"costs.not_set"));
    QCOMPARE(p.costs.staffPerYear, 0.0);
}

void TestSiteTemplates::keysRoundTrip()
{
    for (const QString &key : siteTemplateKeys()) {
        SiteTemplate t;
        QVERIFY(siteTemplateFromKey(key, &t));
        QCOMPARE(siteTemplateKey(t), key);
    }
    SiteTemplate t;
    QVERIFY(!siteTemplateFromKey(QStringLiteral("mars"), &t));
}

QTEST_APPLESS_MAIN(TestSiteTemplates)
#include "tst_sitetemplates.moc"
