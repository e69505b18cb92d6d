#pragma once

#include <QLocale>
#include <QString>

namespace fjord {

// Plural-aware counts for every text a user reads ("1 hall", "3 halls"; never "1 hall(s)").
// English has two forms, picked here by count. Qt's tr() with %n needs a compiled translation to
// choose a form, and Fjordplan ships none yet: once it does, this is the one place to switch to
// tr("%n hall(s)", nullptr, n) and the callers keep their texts.

// `one` or `many` by count, with %n in it replaced by the count (digits grouped in `locale`):
// plural(3, tr("Delete %n object"), tr("Delete %n objects")) == "Delete 3 objects".
QString plural(qint64 count, const QString &one, const QString &many, const QLocale &locale = QLocale());

// The count and the noun: countOf(1, "hall", "halls") == "1 hall".
QString countOf(qint64 count, const QString &singularNoun, const QString &pluralNoun,
                const QLocale &locale = QLocale());

} // namespace fjord
