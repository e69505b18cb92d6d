// Monte Carlo and the tornado (model/engine/montecarlo.h, METHOD v2 §9): sampling against closed
// forms, the same runs whatever the threads or shards, cancel, and the tornado's order.

#include "model/engine/montecarlo.h"
#include "model/sample/narviksample.h"
#include "model/uncertainty.h"
#include "toyproject.h"

#include <QSet>
#include <QTest>

#include <cmath>

using namespace fjord;
using namespace fjord::test;

namespace {

constexpr double PriceLowPerMWh = 20.0;
constexpr double PriceHighPerMWh = 120.0;

UncertainInput uniformGridPrice()
{
    UncertainInput u;
    u.id = 900;
    u.parameter = QStringLiteral("grid.price_per_mwh");
    u.kind = DistributionKind::Uniform;
    u.low = PriceLowPerMWh;
    u.high = PriceHighPerMWh;
    return u;
}

double npvAtPrice(const Project &project, double pricePerMWh)
{
    Project p = project;
    const QString error =
        applyParameter(p, p.scenarios.front().id, QStringLiteral("grid.price_per_mwh"), pricePerMWh);
    Q_ASSERT(error.isEmpty());
    EvaluateOptions options;
    options.keepHourly = false;
    return evaluate(p, p.scenarios.front(), p.site.climate, options).finance.investor.npv;
}

Toy riskToy()
{
    Toy toy = makeToy(4, 0.85);
    toy.project.site.climate = sineClimate(6.0, 12.0);
    toy.scenario().uncertainInputs = {uniformGridPrice()};
    return toy;
}

} // namespace

class TestMonteCarlo : public QObject {
    Q_OBJECT

private slots:
    void quantilesFollowTheDistributions()
    {
        UncertainInput t;
        t.kind = DistributionKind::Triangular;
        t.low = 0;
        t.mode = 2;
        t.high = 10;
        // CDF below the mode: (x − a)² / ((b − a)(c − a)); at the mode 0.2.
        QCOMPARE(quantile(t, 0.2), 2.0);
        QVERIFY(std::abs(quantile(t, 0.05) - std::sqrt(0.05 * 10 * 2)) < 1e-12);
        QVERIFY(std::abs(quantile(t, 0.9) - (10 - std::sqrt(0.1 * 10 * 8))) < 1e-12);
        QCOMPARE(centralValue(t), 2.0);

        UncertainInput n;
        n.kind = DistributionKind::Normal;
        n.mode = 50;
        n.sd = 5;
        n.low = -1e6;
        n.high = 1e6; // truncation far away: the plain normal
        QVERIFY(std::abs(quantile(n, 0.5) - 50) < 1e-9);
        QVERIFY(std::abs(quantile(n, 0.5 * std::erfc(-1 / std::sqrt(2.0))) - 55) < 1e-7); // Φ(1)
        QVERIFY(std::abs(quantile(n, 0.001) - (50 - 5 * 3.090232306167813)) < 1e-6);
        n.low = 48;
        n.high = 60; // truncated: every quantile inside the range
        QVERIFY(quantile(n, 1e-9) >= 48 && quantile(n, 1 - 1e-9) <= 60);
        QVERIFY(quantile(n, 0.1) > 48);

        UncertainInput d;
        d.kind = DistributionKind::Discrete;
        d.values = {3, 1, 2, 4};
        QCOMPARE(quantile(d, 0.1), 1.0);
        QCOMPARE(quantile(d, 0.3), 2.0);
        QCOMPARE(quantile(d, 0.99), 4.0);
        QVERIFY(distributionError(d).isEmpty());
        d.values.clear();
        QVERIFY(!distributionError(d).isEmpty());
    }

    // NPV of the toy (no revenue, no PPA) is linear in the grid price, so its quantiles are those of
    // the uniform price mapped through the line (NPV falls as the price rises).
    void percentilesOfALinearOutputMatchTheClosedForm()
    {
        const Toy toy = riskToy();
        const double npvLow = npvAtPrice(toy.project, PriceLowPerMWh);
        const double npvHigh = npvAtPrice(toy.project, PriceHighPerMWh);
        const double npvMid = npvAtPrice(toy.project, 0.5 * (PriceLowPerMWh + PriceHighPerMWh));
        QVERIFY(npvLow > npvHigh);
        QVERIFY(std::abs(npvMid - 0.5 * (npvLow + npvHigh)) < 1e-9 * std::abs(npvLow)); // linear
        const double range = npvLow - npvHigh;

        MonteCarloOptions options;
        options.runs = 4000;
        options.seed = 20261206;
        const MonteCarloRuns runs =
            runMonteCarlo(toy.project, toy.project.scenarios.front().id, toy.project.site.climate, options);
        QVERIFY2(runs.error.isEmpty(), qPrintable(runs.error));
        QCOMPARE(runs.outputs.size(), options.runs);
        const MonteCarloSummary s = summarise(runs.outputs);
        const Percentiles &npv = s.outputs[int(RiskOutput::Npv)];
        const double n = options.runs;
        for (const auto &[p, measured] : {std::pair{0.1, npv.p10}, {0.5, npv.p50}, {0.9, npv.p90}}) {
            const double expected = npvLow - (1 - p) * range;           // NPV's P10 is the price's P90
            const double stdError = range * std::sqrt(p * (1 - p) / n); // of a uniform's p-quantile
            QVERIFY2(std::abs(measured - expected) < 4 * stdError,
                     qPrintable(QStringLiteral("P%1: %2 vs %3").arg(p * 100).arg(measured).arg(expected)));
        }
        QVERIFY(std::abs(npv.mean - (npvLow - 0.5 * range)) < 4 * range / std::sqrt(12 * n));
        // The P50's standard error: that of a uniform's median, range/(2√n), within its own noise.
        QVERIFY(npv.p50StdError > 0.5 * range / (2 * std::sqrt(n)));
        QVERIFY(npv.p50StdError < 2.0 * range / (2 * std::sqrt(n)));
        // No revenue: no IRR in any run, every run counted as without one; every NPV a loss.
        QCOMPARE(s.outputs[int(RiskOutput::Irr)].missing, options.runs);
        QCOMPARE(s.outputs[int(RiskOutput::Irr)].count, 0);
        QCOMPARE(s.probabilityNpvBelowZero, 1.0);
    }

    // Weather years (issue 14): the site's other years are one discrete input. A run that draws year 1
    // is evaluated in that year's climate: here a hot one, where the chillers raise the PUE.
    void weatherYearsAreADiscreteInput()
    {
        Toy toy = riskToy();
        const Id scenarioId = toy.project.scenarios.front().id;
        const QString key = QStringLiteral("climate.weather_year");
        auto listed = [&](const Project &p) {
            for (const UncertainParameter &u : uncertainParameters(p, scenarioId))
                if (u.key == key)
                    return true;
            return false;
        };
        QVERIFY(!listed(toy.project)); // no other year: nothing to draw from
        Project none = toy.project;
        QVERIFY(applyParameter(none, scenarioId, key, 1).contains(QStringLiteral("no other weather years")));

        toy.project.site.climate = constantClimate(5.0);
        toy.project.site.weatherYears = {constantClimate(30.0)};
        toy.project.site.weatherYears[0].name = QStringLiteral("Hot year");
        QVERIFY(listed(toy.project));
        Project hot = toy.project;
        QVERIFY(applyParameter(hot, scenarioId, key, 1.0).isEmpty());
        QCOMPARE(hot.site.climate.name, QStringLiteral("Hot year"));
        Project site = toy.project;
        QVERIFY(applyParameter(site, scenarioId, key, 0.0).isEmpty());
        QVERIFY(site.site.climate == toy.project.site.climate);
        QVERIFY(applyParameter(site, scenarioId, key, 2.0).contains(QStringLiteral("no weather year 2")));

        EvaluateOptions options;
        options.keepHourly = false;
        const double puePlain =
            evaluate(site, site.scenarios.front(), site.site.climate, options).stages.last().annual.pue;
        const double pueHot =
            evaluate(hot, hot.scenarios.front(), hot.site.climate, options).stages.last().annual.pue;
        QVERIFY2(pueHot > puePlain, qPrintable(QStringLiteral("%1 vs %2").arg(pueHot).arg(puePlain)));

        UncertainInput year;
        year.id = 901;
        year.parameter = key;
        year.kind = DistributionKind::Discrete;
        year.values = {0, 1};
        toy.scenario().uncertainInputs = {year};
        MonteCarloOptions mc;
        mc.runs = 400;
        mc.seed = 7;
        const MonteCarloRuns runs = runMonteCarlo(toy.project, scenarioId, toy.project.site.climate, mc);
        QVERIFY2(runs.error.isEmpty(), qPrintable(runs.error));
        int hotRuns = 0;
        for (const RiskOutputs &r : runs.outputs) {
            QVERIFY2(r.pue == puePlain || r.pue == pueHot, qPrintable(QString::number(r.pue, 'g', 17)));
            hotRuns += r.pue == pueHot ? 1 : 0;
        }
        // Each year equally likely: 200 ± 4σ (σ = 10) hot runs.
        QVERIFY2(hotRuns > 160 && hotRuns < 240, qPrintable(QString::number(hotRuns)));
    }

    // "Any numeric input": every parameter the sample lists reads back its plan value, and an absolute
    // one set to a new value reads that value back and changes the evaluation's inputs, nothing else.
    void everyListedParameterCanBeSetAndRead()
    {
        const Project sample = makeNarvikSample();
        const Id scenarioId = sample.scenarios.front().id;
        const QList<UncertainParameter> parameters = uncertainParameters(sample, scenarioId);
        QVERIFY2(parameters.size() > 60, qPrintable(QString::number(parameters.size())));
        QSet<QString> kinds;
        for (const UncertainParameter &u : parameters) {
            kinds.insert(u.key.section(u':', 0, 0));
            QString error;
            const std::optional<double> now = parameterValue(sample, scenarioId, u.key, &error);
            QVERIFY2(now, qPrintable(u.key + QStringLiteral(": ") + error));
            QCOMPARE(*now, u.baseValue);
            const bool relative = u.key == QLatin1String("costs.capex_overrun") ||
                                  u.key.startsWith(QLatin1String("stage.delay_months"));
            if (relative)
                continue;
            Project varied = sample;
            const double value = u.baseValue * 1.25 + 0.5;
            QVERIFY2(applyParameter(varied, scenarioId, u.key, value).isEmpty(), qPrintable(u.key));
            QCOMPARE(*parameterValue(varied, scenarioId, u.key), value);
            QVERIFY2(!(varied == sample), qPrintable(u.key));
        }
        // The kinds of input a planner varies: prices, costs, loads, cooling, grid, contracts.
        for (const char *kind :
             {"grid.price_per_mwh", "grid.carbon_kg_per_kwh", "costs.building_per_w", "costs.staff_per_year",
              "ppa.price_per_mwh", "rack_type.design_power_w", "cooling.range_k",
              "heat_offtake.price_per_mwh", "tenant.expected_utilisation", "stage.grid_added_w",
              "tenant.price", "cooling.supply_c"})
            QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
        // An object that is gone is named.
        Project p = sample;
        QVERIFY(applyParameter(p, scenarioId, QStringLiteral("ppa.price_per_mwh:999999"), 10.0)
                    .contains(QStringLiteral("no PPA with id 999999")));
    }

    void sameRunsWhateverTheThreadsOrShards()
    {
        Toy toy = riskToy();
        UncertainInput supply;
        supply.id = 901;
        supply.parameter = QStringLiteral("cooling.supply_c:3");
        supply.kind = DistributionKind::Normal;
        supply.mode = 32;
        supply.sd = 3;
        supply.low = 25;
        supply.high = 40;
        toy.scenario().uncertainInputs.append(supply);
        const Id scenario = toy.scenario().id;
        MonteCarloOptions options;
        options.runs = 60;
        options.seed = 7;
        options.threads = 1;
        const MonteCarloRuns one = runMonteCarlo(toy.project, scenario, toy.project.site.climate, options);
        QCOMPARE(one.outputs.size(), 60);
        options.threads = 2;
        options.batchRuns = 7; // batches do not matter either
        const MonteCarloRuns two = runMonteCarlo(toy.project, scenario, toy.project.site.climate, options);
        QVERIFY(one.outputs == two.outputs); // exact
        QList<RiskOutputs> shards;
        for (const auto &[first, count] : {std::pair{0, 25}, {25, 35}}) {
            options.firstRun = first;
            options.runCount = count;
            const MonteCarloRuns shard =
                runMonteCarlo(toy.project, scenario, toy.project.site.climate, options);
            QCOMPARE(shard.firstRun, first);
            shards += shard.outputs;
        }
        QVERIFY(shards == one.outputs);
        // The draws really vary from run to run, and a different seed gives different runs.
        QVERIFY(one.outputs.at(0).npv != one.outputs.at(1).npv);
        QVERIFY(drawInputs(toy.scenario().uncertainInputs, 7, 3) !=
                drawInputs(toy.scenario().uncertainInputs, 8, 3));
        QCOMPARE(drawInputs(toy.scenario().uncertainInputs, 7, 3),
                 drawInputs(toy.scenario().uncertainInputs, 7, 3));
    }

    void progressCanCancel()
    {
        const Toy toy = riskToy();
        MonteCarloOptions options;
        options.runs = 100;
        options.batchRuns = 10;
        int calls = 0;
        options.progress = [&](int done, int total) {
            ++calls;
            return done < 20 && total == 100;
        };
        const MonteCarloRuns r =
            runMonteCarlo(toy.project, toy.project.scenarios.front().id, toy.project.site.climate, options);
        QVERIFY(r.cancelled);
        QCOMPARE(calls, 2);
        QCOMPARE(r.outputs.size(), 20);
    }

    void badInputsAreReportedBeforeAnyRun()
    {
        Toy toy = riskToy();
        toy.scenario().uncertainInputs[0].parameter = QStringLiteral("grid.price_per_kwh");
        const MonteCarloRuns r =
            runMonteCarlo(toy.project, toy.project.scenarios.front().id, toy.project.site.climate, {});
        QVERIFY(r.error.contains(QStringLiteral("grid.price_per_kwh")));
        QVERIFY(r.outputs.isEmpty());
        Project p = toy.project;
        QVERIFY(applyParameter(p, toy.project.scenarios.front().id, QStringLiteral("tenant.price:4242"), 1)
                    .contains(QStringLiteral("4242")));
    }

    void tornadoRanksTheDominantInputFirst()
    {
        Toy toy = riskToy();
        // A narrow supply-temperature band listed first, the wide grid price second.
        UncertainInput supply;
        supply.id = 902;
        supply.parameter = QStringLiteral("cooling.supply_c:3");
        supply.kind = DistributionKind::Triangular;
        supply.low = 31.5;
        supply.mode = 32;
        supply.high = 32.5;
        toy.scenario().uncertainInputs.prepend(supply);
        const Tornado t =
            runTornado(toy.project, toy.scenario().id, toy.project.site.climate, RiskOutput::Npv);
        QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
        QCOMPARE(t.bars.size(), 2);
        QCOMPARE(t.bars[0].parameter, QStringLiteral("grid.price_per_mwh"));
        QVERIFY(t.bars[0].swing > 10 * t.bars[1].swing);
        // The low side is the price's P10 with the supply temperature at its mode.
        const UncertainInput price = uniformGridPrice();
        QCOMPARE(t.bars[0].lowValue, quantile(price, 0.1));
        Project atLow = toy.project;
        applyParameter(atLow, toy.scenario().id, QStringLiteral("cooling.supply_c:3"), 32.0);
        QCOMPARE(t.bars[0].atLow.npv, npvAtPrice(atLow, quantile(price, 0.1)));
        QVERIFY(t.bars[0].atLow.npv > t.bars[0].atHigh.npv); // a dearer grid costs money
        // Sorted by PUE instead, the supply temperature leads: the price does not move PUE.
        const Tornado byPue =
            runTornado(toy.project, toy.scenario().id, toy.project.site.climate, RiskOutput::Pue);
        QCOMPARE(byPue.bars[0].parameter, QStringLiteral("cooling.supply_c:3"));
        QCOMPARE(byPue.bars[1].swing, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestMonteCarlo)
#include "tst_montecarlo.moc"
