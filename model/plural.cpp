#include "model/plural.h"

#include <QLocale>

namespace fjord {

QString plural(qint64 count, const QString &one, const QString &many)
{
    QString text = count == 1 || count == -1 ? one : many;
    return text.replace(QStringLiteral("%n"), QLocale().toString(count));
}

QString countOf(qint64 count, const QString &singularNoun, const QString &pluralNoun)
{
    return plural(count, QStringLiteral("%n ") + singularNoun, QStringLiteral("%n ") + pluralNoun);
}

} // namespace fjord
