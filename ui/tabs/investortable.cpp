#include "ui/tabs/investortable.h"

#include "model/costs.h"
#include "model/results.h"
#include "ui/tabs/moneyformat.h"

#include <QCoreApplication>

namespace fjord::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fjord::ui::InvestorTable", text);
}

} // namespace

InvestorTable investorTable(const FinanceResults &f, const CostCatalogue &costs, const QLocale &locale,
                            bool fullIrrReasons)
{
    namespace mf = moneyformat;
    const QString currency = f.currency.isEmpty() ? costs.currency : f.currency;
    InvestorTable t;
    t.header << tr("Figure") << tr("Campus");
    QList<std::pair<QString, const InvestorFigures *>> columns{{tr("Campus"), &f.investor}};
    for (const StageInvestorFigures &s : f.stageInvestors) {
        t.header << s.name;
        columns.append({s.name, &s.figures});
    }
    const QString rate = mf::percent(costs.discountRate, locale);
    const auto year = [&](const std::optional<int> &y) {
        return y ? QString::number(*y) : tr("not within the horizon");
    };
    const QString years = QString::number(f.years.size());
    QStringList npv{tr("NPV at %1").arg(rate)}, irr{tr("IRR")}, payback{tr("Payback year")},
        discounted{tr("Discounted payback (%1)").arg(rate)}, revenue{tr("Revenue, %1 years").arg(years)},
        fcf{tr("Free cash flow, %1 years").arg(years)};
    for (const auto &[name, figures] : columns) {
        npv << mf::compact(figures->npv, currency, locale);
        if (figures->irr) {
            irr << mf::percent(*figures->irr, locale);
        } else {
            irr << (fullIrrReasons ? tr("no IRR: %1").arg(figures->irrAbsentReason) : tr("no IRR"));
            t.irrNotes << tr("%1: no IRR: %2").arg(name, figures->irrAbsentReason);
        }
        payback << year(figures->paybackYear);
        discounted << year(figures->discountedPaybackYear);
        revenue << mf::compact(figures->totalRevenue, currency, locale);
        fcf << mf::compact(figures->totalFreeCashFlow, currency, locale);
    }
    t.rows = {npv, irr, payback, discounted, revenue, fcf};
    t.irrRow = 1;

    t.campusRows << QStringList{tr("Replacement capex inside the horizon"),
                                mf::compact(f.replacementCapex, currency, locale)};
    const int lastYear = f.years.isEmpty() ? f.firstYear : f.years.last().year;
    t.campusRows << QStringList{tr("Residual value at the end of %1").arg(lastYear),
                                costs.residualValue ? mf::compact(f.residualValue, currency, locale)
                                                    : tr("not counted (setting off)")};
    t.campusRows << QStringList{tr("Levelised cost per GPU-hour (incl. replacements and residual)"),
                                mf::compact(f.levelisedPerGpuHour, currency, locale)};
    t.campusRows << QStringList{tr("Levelised cost per IT MWh"),
                                mf::compact(f.levelisedPerItMWh, currency, locale)};
    if (!f.referenceWorkload.isEmpty() && f.energyPerMillionTokensKWh > 0) {
        t.campusRows << QStringList{tr("Energy per million tokens (%1)").arg(f.referenceWorkload),
                                    locale.toString(f.energyPerMillionTokensKWh, 'f', 3) + tr(" kWh")};
        // Cents matter here: a million tokens costs well under one unit of currency.
        t.campusRows << QStringList{
            tr("Cost per million tokens (%1)").arg(f.referenceWorkload),
            QStringLiteral("%1 %2").arg(currency, locale.toString(f.costPerMillionTokens, 'f', 3))};
    }
    return t;
}

} // namespace fjord::ui
