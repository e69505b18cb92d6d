// What the engine keeps between evaluations (the climate's derived data, the cooling coefficients, the
// QLists of the hourly results, the per-object analyses of the last project) must never show through:
// after any change of the climate or a cooling system the figures equal those of an evaluation on a
// fresh thread (empty caches), after any change of what the per-object analyses read they equal the
// analyses themselves, and results still held keep their values when the engine evaluates again.

#include "model/allocation.h"
#include "model/engine.h"
#include "model/power/poweranalysis.h"
#include "model/sample/narviksample.h"

#include "toyproject.h"

#include <QLocale>
#include <QTest>

#include <algorithm>
#include <functional>
#include <thread>

using namespace fjord;
using namespace fjord::test;

namespace {

// The same evaluation on a new thread: nothing cached.
Results freshEvaluate(const Project &project, const Scenario &scenario, const Climate &climate)
{
    Results out;
    std::thread worker([&] { out = evaluate(project, scenario, climate); });
    worker.join();
    return out;
}

void compareExactly(const Results &a, const Results &b)
{
    QCOMPARE(a.stages.size(), b.stages.size());
    for (int i = 0; i < a.stages.size(); ++i) {
        const StageResult &x = a.stages[i], &y = b.stages[i];
        QCOMPARE(x.annual.pue, y.annual.pue);
        QCOMPARE(x.annual.facilityEnergyMWh, y.annual.facilityEnergyMWh);
        QCOMPARE(x.facilityPeakW, y.facilityPeakW);
        QCOMPARE(x.designDemandW, y.designDemandW);
        QCOMPARE(x.hourly.facilityW, y.hourly.facilityW);
        QCOMPARE(x.hourly.dryCoolerFanW, y.hourly.dryCoolerFanW);
        QCOMPARE(x.cooling.size(), y.cooling.size());
        for (int k = 0; k < x.cooling.size(); ++k)
            QCOMPARE(x.cooling[k].designAmbientC, y.cooling[k].designAmbientC);
    }
    QCOMPARE(a.climate.meanDryBulbC, b.climate.meanDryBulbC);
    QCOMPARE(a.climate.name, b.climate.name);
    QCOMPARE(a.finance.investor.npv, b.finance.investor.npv);
}

// The per-object analyses of two evaluations, figure for figure, and the problems in order.
void compareObjects(const Results &a, const Results &b)
{
    QCOMPARE(a.problems, b.problems);
    QCOMPARE(a.stages.size(), b.stages.size());
    for (int i = 0; i < a.stages.size(); ++i) {
        const StageResult &x = a.stages[i], &y = b.stages[i];
        QCOMPARE(x.power.size(), y.power.size());
        QVERIFY(!x.power.isEmpty());
        for (int k = 0; k < x.power.size(); ++k) {
            const PowerNodeLoading &p = x.power[k], &q = y.power[k];
            QCOMPARE(p.nodeId, q.nodeId);
            QCOMPARE(p.loadKva, q.loadKva);
            QCOMPARE(p.loadAtPeakKva, q.loadAtPeakKva);
            QCOMPARE(p.failoverUtilisation, q.failoverUtilisation);
            QCOMPARE(p.phaseCurrentA, q.phaseCurrentA);
            QCOMPARE(p.neutralCurrentA, q.neutralCurrentA);
        }
        QCOMPARE(x.allocation.tenants.size(), y.allocation.tenants.size());
        QVERIFY(!x.allocation.tenants.isEmpty());
        for (int k = 0; k < x.allocation.tenants.size(); ++k) {
            QCOMPARE(x.allocation.tenants[k].tenantId, y.allocation.tenants[k].tenantId);
            QCOMPARE(x.allocation.tenants[k].itCapacityW, y.allocation.tenants[k].itCapacityW);
        }
        QCOMPARE(x.allocation.priorityShare, y.allocation.priorityShare);
    }
}

// The scenario with racks the engine has not seen (as after an edit of one): nothing it keeps about
// the racks (their grouping, the per-object analyses) applies to it.
Scenario withNewRacks(const Scenario &scenario)
{
    Scenario s = scenario;
    s.racks.detach();
    return s;
}

// Every stage's per-object results in `r` against what the analyses give when called directly (nothing
// kept); returns a sum of their figures, to tell whether an edit changed them.
double compareWithTheAnalyses(const Results &r, const Project &p, const Scenario &s)
{
    double fingerprint = 0;
    [&] {
        QCOMPARE(r.stages.size(), s.stages.size());
        for (int i = 0; i < s.stages.size(); ++i) {
            QList<Problem> problems;
            const QList<PowerNodeLoading> power = analysePower(p, s, i, problems);
            const StageAllocation allocation = allocationThrough(p, s, i);
            const StageResult &x = r.stages[i];
            QCOMPARE(x.power.size(), power.size());
            for (int k = 0; k < power.size(); ++k) {
                QCOMPARE(x.power[k].nodeId, power[k].nodeId);
                QCOMPARE(x.power[k].loadKva, power[k].loadKva);
                QCOMPARE(x.power[k].utilisation, power[k].utilisation);
                QCOMPARE(x.power[k].failoverUtilisation, power[k].failoverUtilisation);
                fingerprint += power[k].loadKva + power[k].failoverUtilisation + power[k].utilisation;
            }
            for (const Problem &problem : problems) {
                QVERIFY2(r.problems.contains(problem), qPrintable(problem.message));
                fingerprint += double(qHash(problem.message) % 1000003); // the text counts too
            }
            QCOMPARE(x.allocation.tenants.size(), allocation.tenants.size());
            for (int k = 0; k < allocation.tenants.size(); ++k)
                QCOMPARE(x.allocation.tenants[k].itCapacityW, allocation.tenants[k].itCapacityW);
            for (int c = 0; c < TenantClassCount; ++c) {
                QCOMPARE(x.allocation.byClass[c].itCapacityW, allocation.byClass[c].itCapacityW);
                fingerprint += allocation.byClass[c].itCapacityW * (c + 1);
            }
            QCOMPARE(x.allocation.unallocated.itCapacityW, allocation.unallocated.itCapacityW);
        }
    }();
    return fingerprint;
}

} // namespace

class TestEngineCaches : public QObject {
    Q_OBJECT

private slots:
    void theAnalysisThreadGivesTheSerialResults()
    {
        // The power and tenant analyses run on the engine's kept analysis thread, and the two threads
        // share the stages' hourly energy balances: the same figures and problems, in the same order,
        // as on the calling thread alone; also when several evaluations share that thread at once (a
        // late task finds its stages taken and must not touch a project that is gone).
        const Project project = makeNarvikSample();
        const Scenario &scenario = project.scenarios.front();
        QVERIFY(scenario.stages.size() >= 2);
        EvaluateOptions serial;
        serial.parallelAnalysis = false;
        const Results reference = evaluate(project, scenario, project.site.climate, serial);
        // Racks the engine has not seen: it analyses them again rather than reuse the last analyses.
        for (int round = 0; round < 3; ++round) {
            const Results r = evaluate(project, withNewRacks(scenario), project.site.climate);
            compareObjects(r, reference);
            compareExactly(r, reference);
        }
        std::vector<Results> concurrent(4);
        {
            std::vector<std::thread> callers;
            for (Results &out : concurrent)
                callers.emplace_back(
                    [&] { out = evaluate(project, withNewRacks(scenario), project.site.climate); });
            for (std::thread &t : callers)
                t.join();
        }
        for (const Results &r : concurrent) {
            compareObjects(r, reference);
            compareExactly(r, reference);
        }
    }

    void bothThreadsSeeAClimateEditedInPlace()
    {
        // Either thread may compute any stage's hours with the cooling coefficients it keeps: after
        // the climate changes in place, every stage of every round must use the new one.
        Project p = makeNarvikSample();
        const Scenario &scenario = p.scenarios.front();
        Climate &climate = p.site.climate;
        EvaluateOptions serial;
        serial.parallelAnalysis = false;
        for (int edit = 0; edit < 3; ++edit) {
            for (double &t : climate.dryBulbC) // the same list object, new values
                t += 4.0;
            Results reference;
            std::thread fresh([&] { reference = evaluate(p, scenario, climate, serial); });
            fresh.join();
            for (int round = 0; round < 4; ++round)
                compareExactly(evaluate(p, scenario, climate), reference);
        }
    }

    void aClimateEditedInPlaceIsSeen()
    {
        Toy toy = makeToy(20);
        toy.scenario().coolingSystems[0].designAmbientFromClimate = true; // the 0.4 % dry bulb
        Climate climate = sineClimate(6, 10);
        const Results before = evaluate(toy.project, toy.scenario(), climate);
        compareExactly(before, freshEvaluate(toy.project, toy.scenario(), climate));

        for (double &t : climate.dryBulbC) // the same list object, new values
            t += 9.0;
        climate.name = QStringLiteral("warmer");
        const Results after = evaluate(toy.project, toy.scenario(), climate);
        QVERIFY(after.stages[0].annual.pue > before.stages[0].annual.pue);
        QCOMPARE(after.stages[0].cooling[0].designAmbientC, before.stages[0].cooling[0].designAmbientC + 9.0);
        compareExactly(after, freshEvaluate(toy.project, toy.scenario(), climate));

        // Another climate object with equal values, then the first again.
        const Climate copy = sineClimate(6, 10);
        compareExactly(evaluate(toy.project, toy.scenario(), copy), before);
        QCOMPARE(evaluate(toy.project, toy.scenario(), climate).stages[0].annual.pue,
                 after.stages[0].annual.pue);
    }

    // The coefficient cache recomputes only the parts whose fields changed (the liquid loop in a supply
    // sweep): each field the coefficients read, changed alone, must be seen.
    void aChangedCoolingSystemIsSeen()
    {
        Toy toy = makeToy(20, 0.8); // an air side too
        const Climate climate = sineClimate(12, 12);
        const std::vector<std::pair<const char *, std::function<void(CoolingSystem &)>>> changes = {
            {"supplyC", [](CoolingSystem &c) { c.supplyC += 6.0; }},
            {"airSupplyC", [](CoolingSystem &c) { c.airSupplyC += 4.0; }},
            {"rangeK", [](CoolingSystem &c) { c.rangeK = 6.0; }},
            {"dryCoolerApproachK", [](CoolingSystem &c) { c.dryCoolerApproachK = 5.0; }},
            {"chillerEta", [](CoolingSystem &c) { c.chillerEta = 0.4; }},
            {"condenserApproachK", [](CoolingSystem &c) { c.condenserApproachK = 8.0; }},
            {"evaporatorOffsetK", [](CoolingSystem &c) { c.evaporatorOffsetK = 4.0; }},
            {"copCap", [](CoolingSystem &c) { c.copCap = 6.0; }},
            {"dryCoolerFanCoeff", [](CoolingSystem &c) { c.dryCoolerFanCoeff = 0.03; }},
            {"fanDesignAmbientC", [](CoolingSystem &c) { c.fanDesignAmbientC = 15.0; }},
            {"fanModel", [](CoolingSystem &c) { c.fanModel = DryCoolerFanModel::Sized; }}, // v1 before
            {"designReturnC", [](CoolingSystem &c) { c.designReturnC = 45.0; }},
            {"designAmbientC", [](CoolingSystem &c) { c.designAmbientC = 20.0; }},
            {"fanMinSpeed", [](CoolingSystem &c) { c.fanMinSpeed = 0.5; }},
            {"adiabatic", [](CoolingSystem &c) { c.adiabatic = true; }},
            {"adiabaticOnC", [](CoolingSystem &c) { c.adiabaticOnC = 10.0; }},
            {"adiabaticEffectiveness", [](CoolingSystem &c) { c.adiabaticEffectiveness = 0.4; }},
        };
        Results before = evaluate(toy.project, toy.scenario(), climate);
        for (const auto &[field, change] : changes) {
            change(toy.scenario().coolingSystems[0]);
            const Results after = evaluate(toy.project, toy.scenario(), climate);
            const Results fresh = freshEvaluate(toy.project, toy.scenario(), climate);
            const QString name = QLatin1String(field);
            if (after.stages[0].annual.coolingEnergyMWh != fresh.stages[0].annual.coolingEnergyMWh)
                QFAIL(qPrintable(name + QStringLiteral(": stale coefficients were used")));
            if (fresh.stages[0].annual.coolingEnergyMWh == before.stages[0].annual.coolingEnergyMWh)
                QFAIL(
                    qPrintable(name + QStringLiteral(": no effect on the toy, so the check proves nothing")));
            compareExactly(after, fresh);
            before = after;
        }
    }

    void theSampleAgreesWithAFreshThreadAcrossEdits()
    {
        Project p = makeNarvikSample();
        const Climate &climate = p.site.climate;
        compareExactly(evaluate(p, p.scenarios.front(), climate),
                       freshEvaluate(p, p.scenarios.front(), climate));
        // Swap the two cooling systems: same index, different system.
        auto &systems = p.scenarios.front().coolingSystems;
        QVERIFY(systems.size() >= 2);
        systems.swapItemsAt(0, 1);
        compareExactly(evaluate(p, p.scenarios.front(), climate),
                       freshEvaluate(p, p.scenarios.front(), climate));
    }

    // The power and tenant analyses of the last evaluation are reused while what they read is
    // unchanged; each edit below, made in place as the application makes it, must be seen.
    void perObjectAnalysesFollowEveryInputTheyRead()
    {
        Project p = makeNarvikSample();
        Scenario &s = p.scenarios.front();
        const Climate climate = p.site.climate;
        QVERIFY(s.tenants.size() >= 2 && !s.halls.isEmpty() && !s.rows.isEmpty() &&
                !s.redundancyGroups.isEmpty());
        QVERIFY(s.racks[0].feeds.size() >= 2);
        double before = compareWithTheAnalyses(evaluate(p, s, climate), p, s);
        QCOMPARE(compareWithTheAnalyses(evaluate(p, s, climate), p, s), before); // reused, the same

        const auto busway = std::find_if(s.powerNodes.begin(), s.powerNodes.end(), [](const PowerNode &n) {
            return n.kind == PowerNodeKind::Busway && n.apparentRatingVa() > 0;
        });
        QVERIFY(busway != s.powerNodes.end());
        const qsizetype buswayAt = busway - s.powerNodes.begin();
        const std::vector<std::pair<const char *, std::function<void()>>> edits = {
            {"a busway's rating (overloaded)",
             [&] {
                 s.powerNodes[buswayAt].ratingVa /= 100;
                 s.powerNodes[buswayAt].ratingA /= 100;
             }},
            {"a rack's feeds (one side only)", [&] { s.racks[0].feeds.resize(1); }},
            {"a rack type's power", [&] { p.rackTypes[0].designPowerW *= 1.1; }},
            {"its redundancy scheme (now N)",
             [&] {
                 for (RedundancyGroup &g : s.redundancyGroups)
                     g.scheme = RedundancyScheme::N;
             }},
            {"a tenant's class", [&] { s.tenants[0].tenantClass = TenantClass::Research; }},
            {"a hall's tenant", [&] { s.halls[0].tenantId = s.tenants.at(1).id; }},
            {"a row's tenant", [&] { s.rows[0].tenantId = s.tenants.at(0).id; }},
            {"the continuous-load rule", [&] { p.settings.continuousLoad = ContinuousLoadRule::Nec80; }},
            {"the number format",
             [&] { QLocale::setDefault(QLocale(QLocale::NorwegianBokmal, QLocale::Norway)); }},
        };
        for (const auto &[what, edit] : edits) {
            edit();
            const double after = compareWithTheAnalyses(evaluate(p, s, climate), p, s);
            if (QTest::currentTestFailed())
                QFAIL(what);
            QVERIFY2(after != before, what); // the edit changed the analyses: the test can tell
            before = after;
        }
        QLocale::setDefault(QLocale::c());
    }

    void heldResultsKeepTheirHourlyValues()
    {
        Toy toy = makeToy(10);
        const Climate cold = sineClimate(2, 8), warm = sineClimate(20, 8);
        Results first = evaluate(toy.project, toy.scenario(), cold);
        const QList<double> firstFacility(first.stages[0].hourly.facilityW.begin(),
                                          first.stages[0].hourly.facilityW.end()); // a deep copy
        const Results second = evaluate(toy.project, toy.scenario(), warm);
        QVERIFY(second.stages[0].hourly.facilityW != firstFacility);
        QCOMPARE(first.stages[0].hourly.facilityW, firstFacility); // not overwritten by the second
        first = Results();                                         // dropped: its lists may now be reused
        const Results third = evaluate(toy.project, toy.scenario(), cold);
        QCOMPARE(third.stages[0].hourly.facilityW, firstFacility);
        QCOMPARE(second.stages[0].hourly.facilityW,
                 freshEvaluate(toy.project, toy.scenario(), warm).stages[0].hourly.facilityW);
    }
};

QTEST_GUILESS_MAIN(TestEngineCaches)
#include "tst_enginecaches.moc"
