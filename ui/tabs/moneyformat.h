#pragma once

#include <QLocale>
#include <QString>

// How the finance views and the investor report write money and shares: compact amounts with
// their unit ("EUR 1.42 bn", "EUR 312.5 m"), so a figure never needs a column header to be read.
namespace fjord::ui::moneyformat {

// "EUR 1.42 bn" from 1e9, "EUR 312.5 m" from 1e6, "EUR 2.61" below (prices per unit keep 2 decimals).
QString compact(double amount, const QString &currency, const QLocale &locale = QLocale());
// An amount in millions without the unit (for tables and axes titled "EUR m").
QString millions(double amount, const QLocale &locale = QLocale(), int decimals = 1);
// "10.0 %" from 0.1.
QString percent(double share, const QLocale &locale = QLocale(), int decimals = 1);

} // namespace fjord::ui::moneyformat
