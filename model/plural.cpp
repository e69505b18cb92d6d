#include "model/plural.h"

#include <QLocale>

namespace fjord {

QString plural(qint64 count, const QString &one, const QString &many, const QLocale &locale)
{
    QString text = count == 1 || count == -1 ? one : many;
    return text.replace(QStringLiteral("%n"), locale.toString(count));
}

QString countOf(qint64 count, const QString &singularNoun, const QString &pluralNoun, const QLocale &locale)
{
    return plural(count, QStringLiteral("%n ") + singularNoun, QStringLiteral("%n ") + pluralNoun, locale);
}

} // namespace fjord
