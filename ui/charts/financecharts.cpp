#include "ui/charts/financecharts.h"

#include "model/results.h"
#include "model/tr.h"
#include "ui/charts/barchart.h"
#include "ui/charts/chartpalette.h"
#include "ui/charts/linechart.h"
#include "ui/charts/tenantcolours.h"

#include <QChart>
#include <QCoreApplication>
#include <QLegend>
#include <QValueAxis>

#include <limits>

namespace fjord::ui::financecharts {

namespace {

QString millionsTitle(const QString &currency)
{
    return ChartsTr::tr("%1 m").arg(currency);
}

// Millions of money need no decimals on an axis.
void wholeNumbersOnY(ChartView *chart)
{
    for (QAbstractAxis *axis : chart->chart()->axes(Qt::Vertical))
        if (auto *values = qobject_cast<QValueAxis *>(axis))
            values->setLabelFormat(QStringLiteral("%.0f"));
}

} // namespace

using P = ChartPalette;

QStringList yearLabels(const FinanceResults &f)
{
    QStringList labels;
    const bool shortLabels = f.years.size() > 10;
    for (const YearResult &y : f.years)
        labels << (shortLabels ? QStringLiteral("’%1").arg(y.year % 100, 2, 10, QLatin1Char('0'))
                               : QString::number(y.year));
    return labels;
}

void revenueOpexCapex(BarChart *chart, const FinanceResults &f, const QString &currency)
{
    ChartSeries opex{ChartsTr::tr("Opex"), P::source(P::Source::Grid), {}};
    ChartSeries capex{ChartsTr::tr("Capex incl. replacements"), P::capex(P::Capex::Building), {}};
    ChartSeries revenue{ChartsTr::tr("Revenue"), P::pass(), {}};
    for (const YearResult &y : f.years) {
        opex.values << y.opex / 1e6;
        capex.values << y.capex / 1e6;
        revenue.values << y.revenue / 1e6;
    }
    chart->setStacked(true);
    chart->setTitle(ChartsTr::tr("Revenue, opex and capex per year"));
    chart->setXTitle(ChartsTr::tr("Year"));
    chart->setData(yearLabels(f), {opex, capex}, ChartsTr::tr("%1 a year").arg(millionsTitle(currency)),
                   {revenue});
    wholeNumbersOnY(chart);
}

void cumulativeFreeCashFlow(LineChart *chart, const FinanceResults &f, const QString &currency)
{
    QList<double> years, cumulative, perYear;
    for (const YearResult &y : f.years) {
        years << y.year;
        cumulative << y.cumulativeFreeCashFlow / 1e6;
        perYear << y.freeCashFlow / 1e6;
    }
    chart->setTitle(ChartsTr::tr("Cumulative free cash flow"));
    chart->setXLabelFormat(QStringLiteral("%.0f"));
    chart->setXTickInterval(years.size() > 10 ? 2.0 : 1.0, years.isEmpty() ? 0.0 : years.first());
    chart->setData(years,
                   {{ChartsTr::tr("Cumulative free cash flow"), P::indexed(0), cumulative},
                    {ChartsTr::tr("Free cash flow in the year"), P::indexed(1), perYear, Qt::DashLine}},
                   ChartsTr::tr("Year"), millionsTitle(currency));
    wholeNumbersOnY(chart);
    if (years.isEmpty())
        return;
    chart->addHorizontalLine(0.0, QString(), P::limit());
    if (f.investor.paybackYear) {
        const int payback = *f.investor.paybackYear;
        const qsizetype i = years.indexOf(double(payback));
        // A drop line from the point to the axis: the label above the point stays clear of it.
        chart->addVerticalMarker(payback, ChartsTr::tr("Payback year %1").arg(payback), P::pass(),
                                 i >= 0 ? cumulative[i] : std::numeric_limits<double>::quiet_NaN());
        if (i >= 0)
            chart->addLabelledPoint({double(payback), cumulative[i]}, ChartsTr::tr("Payback %1").arg(payback),
                                    P::pass());
    }
}

void revenuePerTenantClass(BarChart *chart, const FinanceResults &f, const QString &currency)
{
    // Per class rather than per tenant: five short class names fit a legend row under the plot,
    // where tenant names would be cut; the tenants table names each tenant. Class colours as on the
    // Tenants tab and the floor plan's overlay.
    QList<ChartSeries> bars;
    for (int c = 0; c < TenantClassCount; ++c) {
        ChartSeries s{tenantClassLabel(TenantClass(c)), tenantClassColour(TenantClass(c)),
                      QList<double>(f.years.size(), 0.0)};
        bool any = false;
        for (const TenantRevenue &t : f.tenantRevenue) {
            if (int(t.tenantClass) != c)
                continue;
            any = true;
            for (qsizetype i = 0; i < std::min(t.perYear.size(), s.values.size()); ++i)
                s.values[i] += t.perYear[i] / 1e6;
        }
        if (any)
            bars << s;
    }
    chart->setStacked(true);
    chart->setTitle(f.tenantRevenue.isEmpty() ? ChartsTr::tr("Revenue per tenant class per year (no tenants)")
                                              : ChartsTr::tr("Revenue per tenant class per year"));
    chart->setXTitle(ChartsTr::tr("Year"));
    chart->setData(yearLabels(f), bars, ChartsTr::tr("%1 a year").arg(millionsTitle(currency)));
    wholeNumbersOnY(chart);
    chart->chart()->legend()->setAlignment(Qt::AlignBottom);
}

} // namespace fjord::ui::financecharts
