#include "ui/settings/displayunits.h"

#include <QHash>

namespace fjord::ui::units {

namespace {

struct Preferences {
    PowerUnit power = PowerUnit::MW;
    CurrencyStyle currency = CurrencyStyle::Code;
};

// Read on the GUI thread only (views and the report preview): no lock.
Preferences &preferences()
{
    static Preferences p;
    return p;
}

} // namespace

void apply(const AppSettings &settings)
{
    preferences() = {settings.powerUnit, settings.currencyStyle};
}

PowerUnit powerUnit()
{
    return preferences().power;
}

QString powerUnitName()
{
    return powerUnit() == PowerUnit::kW ? QStringLiteral("kW") : QStringLiteral("MW");
}

double inPowerUnit(double watts)
{
    return watts / (powerUnit() == PowerUnit::kW ? 1e3 : 1e6);
}

int powerDecimals()
{
    // A campus reads in tenths of a MW; in kW the tenths are noise.
    return powerUnit() == PowerUnit::kW ? 0 : 1;
}

QString powerNumber(double watts, const QLocale &locale)
{
    return locale.toString(inPowerUnit(watts), 'f', powerDecimals());
}

QString powerText(double watts, const QLocale &locale)
{
    return powerNumber(watts, locale) + QLatin1Char(' ') + powerUnitName();
}

QString currencyLabel(const QString &isoCode)
{
    if (preferences().currency == CurrencyStyle::Code)
        return isoCode;
    // The common symbols; a code without one stays a code (never a wrong symbol).
    static const QHash<QString, QString> symbols = {
        {QStringLiteral("EUR"), QStringLiteral("€")},  {QStringLiteral("USD"), QStringLiteral("$")},
        {QStringLiteral("GBP"), QStringLiteral("£")},  {QStringLiteral("JPY"), QStringLiteral("¥")},
        {QStringLiteral("NOK"), QStringLiteral("kr")}, {QStringLiteral("SEK"), QStringLiteral("kr")},
        {QStringLiteral("DKK"), QStringLiteral("kr")}, {QStringLiteral("ISK"), QStringLiteral("kr")}};
    return symbols.value(isoCode, isoCode);
}

} // namespace fjord::ui::units
