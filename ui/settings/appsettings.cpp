#include "ui/settings/appsettings.h"

#include <QSettings>

#include <algorithm>
#include <cmath>

namespace fjord::ui {

namespace {

// QSettings keys: one place, so the dialog, the main window and the tests agree.
const QString LanguageKey = QStringLiteral("ui/language");
const QString ThemeKey = QStringLiteral("ui/theme");
const QString PowerUnitKey = QStringLiteral("ui/powerUnit");
const QString CurrencyKey = QStringLiteral("ui/currencyStyle");
const QString AutosaveKey = QStringLiteral("document/autosaveMinutes");
const QString ContinuousLoadKey = QStringLiteral("newProject/continuousLoadRule");
const QString ImbalanceWarnKey = QStringLiteral("newProject/imbalanceWarnPct");
const QString ImbalanceErrorKey = QStringLiteral("newProject/imbalanceErrorPct");
const QString MinAisleKey = QStringLiteral("newProject/minAisleWidthM");
const QString PriorityKey = QStringLiteral("newProject/priorityCapacityTarget");

template <typename Enum>
Enum enumFrom(const QSettings &s, const QString &key,
              std::initializer_list<std::pair<Enum, const char *>> names, Enum fallback)
{
    const QString stored = s.value(key).toString();
    for (const auto &[value, name] : names)
        if (stored == QLatin1String(name))
            return value;
    return fallback;
}

template <typename Enum>
QString nameOf(Enum value, std::initializer_list<std::pair<Enum, const char *>> names)
{
    for (const auto &[v, name] : names)
        if (v == value)
            return QLatin1String(name);
    return {};
}

// A finite number within [lo, hi] from the settings, else the default (a hand-edited file must not
// give a new project a negative aisle).
double numberFrom(const QSettings &s, const QString &key, double lo, double hi, double fallback)
{
    bool ok = false;
    const double v = s.value(key).toDouble(&ok);
    return ok && std::isfinite(v) && v >= lo && v <= hi ? v : fallback;
}

const std::initializer_list<std::pair<Theme, const char *>> ThemeNames = {
    {Theme::System, "system"}, {Theme::Light, "light"}, {Theme::Dark, "dark"}};
const std::initializer_list<std::pair<PowerUnit, const char *>> PowerNames = {{PowerUnit::MW, "MW"},
                                                                              {PowerUnit::kW, "kW"}};
const std::initializer_list<std::pair<CurrencyStyle, const char *>> CurrencyNames = {
    {CurrencyStyle::Code, "code"}, {CurrencyStyle::Symbol, "symbol"}};
const std::initializer_list<std::pair<ContinuousLoadRule, const char *>> RuleNames = {
    {ContinuousLoadRule::Iec100, "iec"}, {ContinuousLoadRule::Nec80, "nec"}};

} // namespace

AppSettings AppSettings::load()
{
    const QSettings s;
    AppSettings a;
    a.language = s.value(LanguageKey).toString();
    a.theme = enumFrom(s, ThemeKey, ThemeNames, a.theme);
    a.powerUnit = enumFrom(s, PowerUnitKey, PowerNames, a.powerUnit);
    a.currencyStyle = enumFrom(s, CurrencyKey, CurrencyNames, a.currencyStyle);
    a.autosaveMinutes = int(numberFrom(s, AutosaveKey, 0, MaxAutosaveMinutes, a.autosaveMinutes));
    ProjectSettings &p = a.newProjectDefaults;
    p.continuousLoad = enumFrom(s, ContinuousLoadKey, RuleNames, p.continuousLoad);
    p.imbalanceWarnPct = numberFrom(s, ImbalanceWarnKey, 0, 100, p.imbalanceWarnPct);
    p.imbalanceErrorPct = numberFrom(s, ImbalanceErrorKey, p.imbalanceWarnPct, 100, p.imbalanceErrorPct);
    p.minAisleWidthM = numberFrom(s, MinAisleKey, 0, 10, p.minAisleWidthM);
    p.priorityCapacityTarget = numberFrom(s, PriorityKey, 0, 1, p.priorityCapacityTarget);
    return a;
}

void AppSettings::save() const
{
    QSettings s;
    s.setValue(LanguageKey, language);
    s.setValue(ThemeKey, nameOf(theme, ThemeNames));
    s.setValue(PowerUnitKey, nameOf(powerUnit, PowerNames));
    s.setValue(CurrencyKey, nameOf(currencyStyle, CurrencyNames));
    s.setValue(AutosaveKey, std::clamp(autosaveMinutes, 0, MaxAutosaveMinutes));
    const ProjectSettings &p = newProjectDefaults;
    s.setValue(ContinuousLoadKey, nameOf(p.continuousLoad, RuleNames));
    s.setValue(ImbalanceWarnKey, p.imbalanceWarnPct);
    s.setValue(ImbalanceErrorKey, p.imbalanceErrorPct);
    s.setValue(MinAisleKey, p.minAisleWidthM);
    s.setValue(PriorityKey, p.priorityCapacityTarget);
}

} // namespace fjord::ui
