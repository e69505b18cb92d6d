#include "ui/report/returnssection.h"

#include "model/project.h"
#include "model/results.h"
#include "model/tr.h"
#include "ui/charts/barchart.h"
#include "ui/charts/financecharts.h"
#include "ui/charts/linechart.h"
#include "ui/report/reportchart.h"
#include "ui/report/reportsink.h"
#include "ui/tabs/investortable.h"
#include "ui/tabs/moneyformat.h"

#include <QCoreApplication>
#include <QLocale>

namespace fjord::ui::returnssection {

namespace {

QString currencyOf(const Project &project, const Results &results)
{
    return results.finance.currency.isEmpty() ? project.costs.currency : results.finance.currency;
}

QString millions(double amount, const QLocale &loc)
{
    return moneyformat::millions(amount, loc);
}

void tenantsTable(ReportSink &canvas, const Project &project, const Scenario &scenario, const Results &r)
{
    const QLocale &loc = canvas.locale();
    const QString currency = currencyOf(project, r);
    if (scenario.tenants.isEmpty()) {
        canvas.paragraph(
            ReportTr::tr("The scenario has no tenants: the campus earns no revenue, so its free cash "
                         "flow is the cost of building and running it."));
        return;
    }
    const StageAllocation *allocation = r.stages.isEmpty() ? nullptr : &r.stages.last().allocation;
    const auto allocatedMw = [&](Id tenant) {
        if (allocation)
            for (const TenantAllocation &a : allocation->tenants)
                if (a.tenantId == tenant)
                    return a.itCapacityW / 1e6;
        return 0.0;
    };
    const auto revenue = [&](Id tenant) {
        for (const TenantRevenue &t : r.finance.tenantRevenue)
            if (t.tenantId == tenant)
                return t.total();
        return 0.0;
    };
    QList<QStringList> rows;
    for (const Tenant &t : scenario.tenants) {
        // Prices of 100 and more (per kW-month, per rack-month) need no cents; GPU-hours do.
        const QString price = loc.toString(t.price, 'f', t.price >= 100 ? 0 : 2);
        rows << QStringList{t.name, tenantClassLabel(t.tenantClass), contractKindLabel(t.contract),
                            // "2.60/GPU-hour": the currency is in the header, the unit names the contract
                            price + contractPriceUnit(t.contract, QString()),
                            ReportTr::tr("%1 yr").arg(t.termYears), loc.toString(allocatedMw(t.id), 'f', 1),
                            loc.toString(revenue(t.id) / 1e9, 'f', 2)};
    }
    if (allocation && allocation->unallocated.itCapacityW > 0)
        rows << QStringList{ReportTr::tr("Unallocated"),
                            QString(),
                            QString(),
                            QString(),
                            QString(),
                            loc.toString(allocation->unallocated.itCapacityW / 1e6, 'f', 1),
                            loc.toString(0.0, 'f', 2)};
    const QString last = r.stages.isEmpty() ? QString() : r.stages.last().name;
    canvas.table({ReportTr::tr("Tenant"), ReportTr::tr("Class"), ReportTr::tr("Contract"),
                  ReportTr::tr("Price, %1").arg(currency), ReportTr::tr("Term"), ReportTr::tr("MW"),
                  ReportTr::tr("%1 bn").arg(currency)},
                 rows, {152, 89, 70, 72, 33, 36, 43}); // in points: the longest entries of the sample fit
    canvas.note(
        ReportTr::tr(
            "MW: IT design capacity allocated to the tenant in the campus as built through %1. %2 bn: "
            "revenue over the horizon, undiscounted, with escalation, re-letting and vacancy after the "
            "term and each stage's ramp-up (METHOD §8.2). Term from the contract's start or, without "
            "one, from the energisation of its first capacity.")
            .arg(last, currency));
}

void investorFigures(ReportSink &canvas, const Project &project, const Results &r)
{
    const QLocale &loc = canvas.locale();
    const InvestorTable t = investorTable(r.finance, project.costs, loc, false);
    QList<double> weights{2.6};
    for (int c = 1; c < t.header.size(); ++c)
        weights << 1.2;
    canvas.table(t.header, t.rows, weights);
    if (!t.irrNotes.isEmpty())
        canvas.note(t.irrNotes.join(QStringLiteral("; ")) + QLatin1Char('.'));
    canvas.table({ReportTr::tr("Campus"), ReportTr::tr("Value")}, t.campusRows, {3.6, 1.2});
    canvas.note(ReportTr::tr(
                    "Per stage: what the stage adds as a stand-alone investment (its capex and replacements, "
                    "its racks' revenue, its opex). Free cash flow = EBITDA - tax - capex + residual value; "
                    "unlevered, after %1 corporate tax with losses carried forward (METHOD §8.3).")
                    .arg(moneyformat::percent(project.costs.taxRate, loc, 0)));
}

void yearlyTable(ReportSink &canvas, const Project &project, const Results &r)
{
    const QLocale &loc = canvas.locale();
    QList<QStringList> rows;
    for (const YearResult &y : r.finance.years)
        rows << QStringList{QString::number(y.year),
                            millions(y.revenue, loc),
                            millions(y.opex, loc),
                            millions(y.capex, loc),
                            millions(y.tax, loc),
                            millions(y.freeCashFlow, loc),
                            millions(y.cumulativeFreeCashFlow, loc)};
    canvas.table({ReportTr::tr("Year, %1 m").arg(currencyOf(project, r)), ReportTr::tr("Revenue"),
                  ReportTr::tr("Opex"), ReportTr::tr("Capex"), ReportTr::tr("Tax"),
                  ReportTr::tr("Free cash flow"), ReportTr::tr("Cumulative FCF")},
                 rows, {1.2, 1, 0.9, 1, 0.8, 1.2, 1.3});
    canvas.note(
        ReportTr::tr("Capex includes replacements at the end of each asset's life; the last year's free cash "
                     "flow includes the residual value of %1 m.")
            .arg(millions(r.finance.residualValue, loc)));
}

void charts(ReportSink &canvas, const Project &project, const Results &r)
{
    const QString currency = currencyOf(project, r);
    chartFigure<LineChart>(
        canvas, 230, QSize(620, 300),
        [&](LineChart &chart) { financecharts::cumulativeFreeCashFlow(&chart, r.finance, currency); },
        r.finance.investor.paybackYear
            ? ReportTr::tr("Cumulative free cash flow, %1 m; it turns positive in %2 (payback).")
                  .arg(currency)
                  .arg(*r.finance.investor.paybackYear)
            : ReportTr::tr("Cumulative free cash flow, %1 m; it does not turn positive within the horizon.")
                  .arg(currency));
    chartFigure<BarChart>(
        canvas, 220, QSize(620, 290),
        [&](BarChart &chart) { financecharts::revenueOpexCapex(&chart, r.finance, currency); },
        ReportTr::tr("Revenue against opex and capex (first purchases and replacements) per year, %1 m.")
            .arg(currency));
    if (!r.finance.tenantRevenue.isEmpty())
        chartFigure<BarChart>(
            canvas, 220, QSize(620, 290),
            [&](BarChart &chart) { financecharts::revenuePerTenantClass(&chart, r.finance, currency); },
            ReportTr::tr("Revenue per tenant class per year, %1 m.").arg(currency));
}

} // namespace

QList<std::pair<QString, QString>> keyFigures(const Project &project, const Results &r, const QLocale &loc)
{
    const InvestorFigures &i = r.finance.investor;
    const QString rate = moneyformat::percent(project.costs.discountRate, loc);
    return {{ReportTr::tr("NPV at %1, %2 bn").arg(rate, currencyOf(project, r)),
             loc.toString(i.npv / 1e9, 'f', 2)},
            {i.irr ? ReportTr::tr("IRR, after tax") : ReportTr::tr("IRR: none (see Tenants and returns)"),
             i.irr ? moneyformat::percent(*i.irr, loc) : QStringLiteral("–")},
            {ReportTr::tr("Payback year"),
             i.paybackYear ? QString::number(*i.paybackYear) : ReportTr::tr("beyond")},
            {ReportTr::tr("Discounted payback year"),
             i.discountedPaybackYear ? QString::number(*i.discountedPaybackYear) : ReportTr::tr("beyond")}};
}

QString summary(const Project &project, const Results &r, const QLocale &loc)
{
    const FinanceResults &f = r.finance;
    const InvestorFigures &i = f.investor;
    if (f.years.isEmpty())
        return ReportTr::tr("No investor figures: the scenario needs stages with energisation dates.");
    const QString currency = currencyOf(project, r);
    const QString irr = i.irr ? ReportTr::tr("an IRR of %1").arg(moneyformat::percent(*i.irr, loc))
                              : ReportTr::tr("no IRR (%1)").arg(i.irrAbsentReason);
    const QString payback = i.paybackYear ? ReportTr::tr("pays back in %1").arg(*i.paybackYear)
                                          : ReportTr::tr("does not pay back within the horizon");
    return ReportTr::tr(
               "Over %1 years from %2 the tenants' contracts bring %3 of revenue. At a discount rate of %4 a "
               "year the free cash flow after tax has an NPV of %5 and %6; the campus %7.")
        .arg(f.years.size())
        .arg(f.firstYear)
        .arg(moneyformat::compact(i.totalRevenue, currency, loc),
             moneyformat::percent(project.costs.discountRate, loc),
             moneyformat::compact(i.npv, currency, loc), irr, payback);
}

void write(ReportSink &canvas, const Project &project, const Scenario &scenario, const Results &r)
{
    const QLocale &loc = canvas.locale();
    if (r.finance.years.isEmpty()) {
        canvas.paragraph(
            ReportTr::tr("No returns to report: the scenario needs stages with energisation dates."));
        return;
    }
    canvas.paragraph(summary(project, r, loc));
    tenantsTable(canvas, project, scenario, r);
    investorFigures(canvas, project, r);
    charts(canvas, project, r);
    yearlyTable(canvas, project, r);
}

} // namespace fjord::ui::returnssection
