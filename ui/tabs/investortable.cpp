#include "ui/tabs/investortable.h"

#include "model/costs.h"
#include "model/results.h"
#include "model/tr.h"
#include "ui/tabs/moneyformat.h"

#include <QCoreApplication>

namespace fjord::ui {

namespace {

} // namespace

InvestorTable investorTable(const FinanceResults &f, const CostCatalogue &costs, const QLocale &locale,
                            bool fullIrrReasons)
{
    namespace mf = moneyformat;
    const QString currency = f.currency.isEmpty() ? costs.currency : f.currency;
    InvestorTable t;
    t.header << TabsTr::tr("Figure") << TabsTr::tr("Campus");
    QList<std::pair<QString, const InvestorFigures *>> columns{{TabsTr::tr("Campus"), &f.investor}};
    for (const StageInvestorFigures &s : f.stageInvestors) {
        t.header << s.name;
        columns.append({s.name, &s.figures});
    }
    const QString rate = mf::percent(costs.discountRate, locale);
    const auto year = [&](const std::optional<int> &y) {
        return y ? QString::number(*y) : TabsTr::tr("not within the horizon");
    };
    const QString years = QString::number(f.years.size());
    QStringList npv{TabsTr::tr("NPV at %1").arg(rate)}, irr{TabsTr::tr("IRR")},
        payback{TabsTr::tr("Payback year")}, discounted{TabsTr::tr("Discounted payback (%1)").arg(rate)},
        revenue{TabsTr::tr("Revenue, %1 years").arg(years)},
        fcf{TabsTr::tr("Free cash flow, %1 years").arg(years)};
    for (const auto &[name, figures] : columns) {
        npv << mf::compact(figures->npv, currency, locale);
        if (figures->irr) {
            irr << mf::percent(*figures->irr, locale);
        } else {
            irr << (fullIrrReasons ? TabsTr::tr("no IRR: %1").arg(figures->irrAbsentReason)
                                   : TabsTr::tr("no IRR"));
            t.irrNotes << TabsTr::tr("%1: no IRR: %2").arg(name, figures->irrAbsentReason);
        }
        payback << year(figures->paybackYear);
        discounted << year(figures->discountedPaybackYear);
        revenue << mf::compact(figures->totalRevenue, currency, locale);
        fcf << mf::compact(figures->totalFreeCashFlow, currency, locale);
    }
    t.rows = {npv, irr, payback, discounted, revenue, fcf};
    t.irrRow = 1;

    t.campusRows << QStringList{TabsTr::tr("Replacement capex inside the horizon"),
                                mf::compact(f.replacementCapex, currency, locale)};
    const int lastYear = f.years.isEmpty() ? f.firstYear : f.years.last().year;
    t.campusRows << QStringList{TabsTr::tr("Residual value at the end of %1").arg(lastYear),
                                costs.residualValue ? mf::compact(f.residualValue, currency, locale)
                                                    : TabsTr::tr("not counted (setting off)")};
    t.campusRows << QStringList{TabsTr::tr("Levelised cost per GPU-hour (incl. replacements and residual)"),
                                mf::compact(f.levelisedPerGpuHour, currency, locale)};
    t.campusRows << QStringList{TabsTr::tr("Levelised cost per IT MWh"),
                                mf::compact(f.levelisedPerItMWh, currency, locale)};
    if (!f.referenceWorkload.isEmpty() && f.energyPerMillionTokensKWh > 0) {
        t.campusRows << QStringList{TabsTr::tr("Energy per million tokens (%1)").arg(f.referenceWorkload),
                                    locale.toString(f.energyPerMillionTokensKWh, 'f', 3) +
                                        TabsTr::tr(" kWh")};
        // Cents matter here: a million tokens costs well under one unit of currency.
        t.campusRows << QStringList{
            TabsTr::tr("Cost per million tokens (%1)").arg(f.referenceWorkload),
            QStringLiteral("%1 %2").arg(currency, locale.toString(f.costPerMillionTokens, 'f', 3))};
    }
    return t;
}

} // namespace fjord::ui
