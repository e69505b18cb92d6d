#include "ui/app/language.h"

#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace fjord::ui {

namespace {
const QString Catalogue = QStringLiteral("fjordplan");
const QString CatalogueDir = QStringLiteral(":/i18n");
QString g_current = QStringLiteral("en");

// The first of the system's UI languages that we have a catalogue for; "" for none (English).
// Nynorsk readers get Bokmål rather than English: they read it every day.
QString systemLanguage(const QStringList &available)
{
    for (const QString &tag : QLocale::system().uiLanguages()) {
        const QLocale locale(tag);
        QString code = QLocale::languageToCode(locale.language());
        if (locale.language() == QLocale::NorwegianNynorsk || code == QLatin1String("no"))
            code = QStringLiteral("nb");
        if (locale.language() == QLocale::English)
            return {};
        if (available.contains(code))
            return code;
    }
    return {};
}
} // namespace

QStringList availableLanguages()
{
    QStringList out{QStringLiteral("en")};
    const QStringList files =
        QDir(CatalogueDir).entryList({Catalogue + QStringLiteral("_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        out << file.mid(Catalogue.size() + 1).chopped(3);
    return out;
}

QLocale localeForLanguage(const QString &language)
{
    if (language == QLatin1String("nb"))
        return QLocale(QLocale::NorwegianBokmal, QLocale::Norway);
    if (language == QLatin1String("en")) { // English numbers as the reader's country writes them
        const QLocale english(QLocale::English, QLocale::system().territory());
        return english.language() == QLocale::English ? english
                                                      : QLocale(QLocale::English, QLocale::UnitedKingdom);
    }
    return QLocale(language);
}

void installTranslations(QCoreApplication &app, const QString &languageSetting)
{
    // Called again (a test switching languages): the previous translators go first.
    static QList<QTranslator *> installed;
    for (QTranslator *t : std::as_const(installed)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    installed.clear();

    const QStringList available = availableLanguages();
    const bool chosen = available.contains(languageSetting);
    const QString language = chosen ? languageSetting : systemLanguage(available);
    g_current = language.isEmpty() ? QStringLiteral("en") : language;
    QLocale::setDefault(chosen ? localeForLanguage(language) : QLocale::system());
    if (g_current == QLatin1String("en"))
        return;
    // Ours first (it also carries the Qt texts our windows show: Debian ships no qtbase_nb.qm), then
    // Qt's own catalogue where the system has one: installed last, it is asked first.
    const auto install = [&](const QString &file, const QString &dir) {
        auto *translator = new QTranslator(&app);
        if (translator->load(file, dir) && QCoreApplication::installTranslator(translator))
            installed << translator;
        else
            delete translator;
    };
    install(Catalogue + u'_' + g_current, CatalogueDir);
    install(QStringLiteral("qtbase_") + g_current, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

QLocale displayLocale()
{
    const QLocale locale;
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedKingdom) : locale;
}

QString currentLanguage()
{
    return g_current;
}

} // namespace fjord::ui
