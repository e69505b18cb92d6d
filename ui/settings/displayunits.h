#pragma once

#include "ui/settings/appsettings.h"

#include <QLocale>
#include <QString>

// How the views show power and money, after the user's preference (Edit > Preferences): the one
// place a view asks for a power figure's unit or a currency's label. Values in the model stay in W
// and in the project's currency; only the text changes.
namespace fjord::ui::units {

void apply(const AppSettings &settings); // what the views follow from now on
PowerUnit powerUnit();

QString powerUnitName();                                       // "MW" or "kW"
double inPowerUnit(double watts);                              // 12.3e6 W -> 12.3 (MW) or 12300 (kW)
int powerDecimals();                                           // 1 (MW: tenths) or 0 (kW)
QString powerNumber(double watts, const QLocale &locale = {}); // "12.3" (MW) or "12,300" (kW)
QString powerText(double watts, const QLocale &locale = {});   // "12.3 MW" or "12,300 kW"
QString currencyLabel(const QString &isoCode);                 // "EUR", or "€" with the symbol style

} // namespace fjord::ui::units
