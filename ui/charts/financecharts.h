#pragma once

#include <QString>
#include <QStringList>

namespace fjord {
struct FinanceResults;
}

namespace fjord::ui {

class BarChart;
class LineChart;

// The charts of the investor figures (METHOD §8.3), filled the same way in the Finance tab and the
// investor report: titles, axis titles with units and legends included. Amounts in millions.
namespace financecharts {

// Category labels for the horizon's years: "2026" for up to 10 years, "’26" beyond (they must fit).
QStringList yearLabels(const FinanceResults &finance);

// Revenue (a line) against opex and capex incl. replacements (stacked bars), per year.
void revenueOpexCapex(BarChart *chart, const FinanceResults &finance, const QString &currency);
// Cumulative free cash flow per year, a zero line and the payback year marked (when inside the
// horizon); the free cash flow of each year dashed.
void cumulativeFreeCashFlow(LineChart *chart, const FinanceResults &finance, const QString &currency);
// Revenue per tenant class per year (stacked bars, the classes that have tenants).
void revenuePerTenantClass(BarChart *chart, const FinanceResults &finance, const QString &currency);

} // namespace financecharts
} // namespace fjord::ui
