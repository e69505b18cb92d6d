#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace fjord::ui {

// The languages Fjordplan speaks, as the values of the setting "ui/language": "en" (the source
// texts) and one code per translation compiled in (":/i18n/fjordplan_<code>.qm"), e.g. {"en", "nb"}.
// The empty setting, "follow the system", is not in the list.
QStringList availableLanguages();

// Installs the translators for `languageSetting` ("" follows the system's UI languages, "en", "nb")
// on `app`: Fjordplan's catalogue and Qt's own texts (standard buttons, undo texts, context menus).
// A chosen language also sets the default QLocale to that language's locale, so numbers, dates and
// money follow it; following the system leaves the system's locale. Call once, before any window.
void installTranslations(QCoreApplication &app, const QString &languageSetting);

// The language that installTranslations() put in use: "en" when none of the catalogues matched.
QString currentLanguage();

// The locale that goes with a language of availableLanguages() ("nb": Norwegian Bokmål in Norway).
QLocale localeForLanguage(const QString &language);

// The locale numbers are shown in: the default QLocale (the system's or the chosen language's), and
// British English where that is the C locale (LC_ALL=C: no digit grouping would be unreadable).
QLocale displayLocale();

} // namespace fjord::ui
