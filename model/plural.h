#pragma once

#include <QLocale>
#include <QString>

namespace fjord {

// Plural-aware counts for every text a user reads ("1 hall", "3 halls"; never "1 hall(s)").
// Callers pass both forms through tr(), each translated on its own: English and Norwegian Bokmål
// both have one form for 1 and one for every other count, so this serves both. A language with more
// forms would need tr("%n hall(s)", nullptr, n) and an English catalogue for its plural forms.

// `one` or `many` by count, with %n in it replaced by the count (digits grouped in `locale`):
// plural(3, tr("Delete %n object"), tr("Delete %n objects")) == "Delete 3 objects".
QString plural(qint64 count, const QString &one, const QString &many, const QLocale &locale = QLocale());

// The count and the noun: countOf(1, "hall", "halls") == "1 hall".
QString countOf(qint64 count, const QString &singularNoun, const QString &pluralNoun,
                const QLocale &locale = QLocale());

} // namespace fjord
