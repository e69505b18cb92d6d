#include "ui/report/risksection.h"

#include "model/project.h"
#include "model/results.h"
#include "model/tr.h"
#include "model/uncertainty.h"
#include "ui/charts/linechart.h"
#include "ui/report/reportchart.h"
#include "ui/report/reportriskstudy.h"
#include "ui/report/reportsink.h"
#include "ui/risk/riskcharts.h"
#include "ui/risk/riskformat.h"
#include "ui/risk/tornadochart.h"
#include "ui/tabs/moneyformat.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace fjord::ui::risksection {

namespace {

QString currencyOf(const Project &project, const Results &results)
{
    return results.finance.currency.isEmpty() ? project.costs.currency : results.finance.currency;
}

QString value(RiskOutput output, std::optional<double> v, const QString &currency, const QLocale &loc)
{
    return v ? riskformat::tableValue(output, *v, currency, loc) : QStringLiteral("–");
}

void bands(ReportSink &canvas, const Scenario &scenario, const Results &results, const ReportRiskStudy &study,
           const QString &currency)
{
    const QLocale &loc = canvas.locale();
    canvas.paragraph(
        ReportTr::tr(
            "%1 inputs of the scenario are uncertain (listed below with their ranges). The Monte Carlo draws "
            "each from its distribution in %2 runs with seed %3 and evaluates the whole scenario for every "
            "run. P10, P50 and P90 are the values that 10 %, 50 % and 90 % of the runs stay at or below; "
            "\"Plan\" is the scenario as entered, every input at its own value.")
            .arg(scenario.uncertainInputs.size())
            .arg(loc.toString(study.runs))
            .arg(study.seed));
    const RiskOutputs plan = riskOutputs(results);
    QList<QStringList> rows;
    for (RiskOutput output : {RiskOutput::Npv, RiskOutput::Irr, RiskOutput::LevelisedPerGpuHour}) {
        const Percentiles &p = study.summary.outputs[size_t(output)];
        const bool any = p.count > 0;
        rows << QStringList{QStringLiteral("%1, %2").arg(riskformat::outputLabel(output),
                                                         riskformat::outputUnit(output, currency)),
                            value(output, any ? std::optional(p.p10) : std::nullopt, currency, loc),
                            value(output, any ? std::optional(p.p50) : std::nullopt, currency, loc),
                            value(output, any ? std::optional(p.p90) : std::nullopt, currency, loc),
                            value(output, any ? std::optional(p.mean) : std::nullopt, currency, loc),
                            value(output, plan.value(output), currency, loc)};
    }
    canvas.table({ReportTr::tr("Monte Carlo"), ReportTr::tr("P10"), ReportTr::tr("P50"), ReportTr::tr("P90"),
                  ReportTr::tr("Mean"), ReportTr::tr("Plan")},
                 rows, {2.2, 1, 1, 1, 1, 1});
    const Percentiles &npv = study.summary.outputs[size_t(RiskOutput::Npv)];
    const Percentiles &irr = study.summary.outputs[size_t(RiskOutput::Irr)];
    if (irr.missing > 0)
        canvas.note(
            ReportTr::tr("%1 of the runs have no IRR (their cash flow never turns positive) and are left out "
                         "of the IRR's bands.")
                .arg(loc.toString(irr.missing)));

    // Where the plan's own NPV falls among the runs: the ranges need not be centred on it.
    const double belowPlan =
        study.outputs.isEmpty()
            ? 0.0
            : double(std::count_if(study.outputs.cbegin(), study.outputs.cend(),
                                   [&](const RiskOutputs &r) { return r.npv < plan.npv; })) /
                  double(study.outputs.size());
    QString where;
    if (std::abs(belowPlan - 0.5) <= 0.1)
        where =
            ReportTr::tr("The plan's own NPV of %1 lies near the middle of the runs (%2 of them below it).")
                .arg(riskformat::value(RiskOutput::Npv, plan.npv, currency, loc),
                     moneyformat::percent(belowPlan, loc, 0));
    else
        where = ReportTr::tr(
                    "%1 of the runs fall below the plan's own NPV of %2: the ranges of the uncertain inputs "
                    "are not centred on the plan's values (see their modes below), so the median outcome "
                    "(P50) is %3 rather than the plan's figure.")
                    .arg(moneyformat::percent(belowPlan, loc, 0),
                         riskformat::value(RiskOutput::Npv, plan.npv, currency, loc),
                         riskformat::value(RiskOutput::Npv, npv.p50, currency, loc));
    canvas.paragraph(ReportTr::tr("The NPV is negative in %1 of the runs. %2")
                         .arg(moneyformat::percent(study.summary.probabilityNpvBelowZero, loc), where));
    canvas.note(
        ReportTr::tr(
            "Convergence: the P50 of the NPV has a standard error of %1 after %2 runs. Reproduce the "
            "bands with: fjordplan-cli risk FILE --scenario \"%3\" --runs %4 --seed %5 --out risk.json.")
            .arg(riskformat::value(RiskOutput::Npv, npv.p50StdError, currency, loc), loc.toString(study.runs),
                 scenario.name)
            .arg(study.runs)
            .arg(study.seed));
}

void inputs(ReportSink &canvas, const Project &project, const Scenario &scenario)
{
    const QLocale &loc = canvas.locale();
    QList<QStringList> rows;
    QStringList reasons;
    for (const UncertainInput &u : scenario.uncertainInputs) {
        const riskcharts::ParameterText text = riskcharts::parameterText(project, scenario.id, u.parameter);
        const auto v = [&](double x) { return riskformat::inputNumber(x, text.unit, loc); };
        QString centre = v(u.mode);
        QString low = v(u.low), high = v(u.high);
        switch (u.kind) {
        case DistributionKind::Triangular:
            break;
        case DistributionKind::Uniform:
            centre = QStringLiteral("–");
            break;
        case DistributionKind::Normal:
            centre = ReportTr::tr("%1 (sd %2)").arg(v(u.mode), v(u.sd));
            break;
        case DistributionKind::Discrete: {
            QStringList values;
            for (double x : u.values)
                values << v(x);
            centre = values.join(QStringLiteral("; "));
            low = high = QStringLiteral("–");
            break;
        }
        }
        rows << QStringList{
            text.label, riskformat::inputUnit(text.unit), distributionKindLabel(u.kind), low, centre, high};
        if (!u.reason.isEmpty())
            reasons << QStringLiteral("%1: %2").arg(text.label, u.reason);
    }
    canvas.table({ReportTr::tr("Uncertain input"), ReportTr::tr("Unit"), ReportTr::tr("Distribution"),
                  ReportTr::tr("Low"), ReportTr::tr("Mode/mean"), ReportTr::tr("High")},
                 rows, {3.0, 1.2, 1.1, 0.6, 1.0, 0.6});
    for (const QString &reason : std::as_const(reasons))
        canvas.note(reason);
}

void charts(ReportSink &canvas, const Project &project, const Scenario &scenario, const Results &results,
            const ReportRiskStudy &study, const QString &currency)
{
    const QLocale &loc = canvas.locale();
    chartFigure<LineChart>(
        canvas, 230, QSize(620, 300),
        [&](LineChart &chart) {
            riskcharts::showNpvSCurve(&chart, study.outputs, currency, riskOutputs(results).npv);
        },
        ReportTr::tr("Share of the %1 runs with an NPV at or below each value; dashed: the plan's own NPV.")
            .arg(loc.toString(study.runs)));
    const double height = 110 + 42 * study.tornado.bars.size(); // room for three-line labels
    chartFigure<TornadoChart>(
        canvas, height, QSize(620, int(height * 1.25)),
        [&](TornadoChart &chart) {
            riskcharts::showTornado(&chart, study.tornado, project, scenario.id, currency);
        },
        ReportTr::tr("Base %1: every input at its central value; the largest swing on top.")
            .arg(riskformat::value(RiskOutput::Npv, study.tornado.base.npv, currency, loc)));
}

} // namespace

bool write(ReportSink &canvas, const Project &project, const Scenario &scenario, const Results &results,
           bool runIfMissing, const std::atomic_bool *cancel)
{
    const QLocale &loc = canvas.locale();
    if (scenario.uncertainInputs.isEmpty()) {
        write(canvas, project, scenario, results, ReportRiskStudy{});
        return false;
    }
    if (runIfMissing) {
        write(canvas, project, scenario, results,
              reportRiskStudy(project, scenario.id, ReportRiskStudy::DefaultRuns,
                              ReportRiskStudy::DefaultSeed, cancel));
        return false;
    }
    if (const std::optional<ReportRiskStudy> study = keptReportRiskStudy(project, scenario.id)) {
        write(canvas, project, scenario, results, *study);
        return false;
    }
    canvas.paragraph(
        ReportTr::tr("The Monte Carlo bands (%1 runs) are being computed: the preview shows them in a "
                     "moment. Export waits for them.")
            .arg(loc.toString(ReportRiskStudy::DefaultRuns)));
    return true;
}

void write(ReportSink &canvas, const Project &project, const Scenario &scenario, const Results &results,
           const ReportRiskStudy &study)
{
    if (scenario.uncertainInputs.isEmpty()) {
        canvas.paragraph(
            ReportTr::tr("The scenario has no uncertain inputs, so this report gives no Monte Carlo bands: "
                         "the figures above are the plan's single values. Mark inputs uncertain on the "
                         "Risk tab (METHOD §9) to add the bands."));
        return;
    }
    if (!study.error.isEmpty()) {
        canvas.paragraph(ReportTr::tr("The Monte Carlo could not run, so this report gives no bands: %1.")
                             .arg(study.error));
        return;
    }
    const QString currency = currencyOf(project, results);
    bands(canvas, scenario, results, study, currency);
    charts(canvas, project, scenario, results, study, currency);
    inputs(canvas, project, scenario);
}

} // namespace fjord::ui::risksection
