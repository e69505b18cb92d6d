#include "ui/tabs/moneyformat.h"

#include "model/tr.h"
#include "ui/settings/displayunits.h"

#include <cmath>

namespace fjord::ui::moneyformat {

QString compact(double amount, const QString &isoCurrency, const QLocale &locale)
{
    const QString currency = units::currencyLabel(isoCurrency); // "EUR" or "€", as the user prefers
    const double a = std::abs(amount);
    if (a >= 1e9)
        return TabsTr::tr("%1 %2 bn", "currency, amount in billions")
            .arg(currency, locale.toString(amount / 1e9, 'f', 2));
    if (a >= 1e6)
        return TabsTr::tr("%1 %2 m", "currency, amount in millions")
            .arg(currency, locale.toString(amount / 1e6, 'f', 1));
    if (a >= 1e3)
        return QStringLiteral("%1 %2").arg(currency, locale.toString(amount, 'f', 0));
    return QStringLiteral("%1 %2").arg(currency, locale.toString(amount, 'f', 2));
}

QString millions(double amount, const QLocale &locale, int decimals)
{
    return locale.toString(amount / 1e6, 'f', decimals);
}

QString percent(double share, const QLocale &locale, int decimals)
{
    return locale.toString(share * 100, 'f', decimals) + QStringLiteral(" %");
}

} // namespace fjord::ui::moneyformat
