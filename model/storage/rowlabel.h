#pragma once

#include <QString>

namespace fjord::storage {

// How a row is named in an error message ("id 42", "scenario_pos 1, rack_pos 7"): a pattern with
// up to three numbers, formatted only when a message is actually made (saving and opening touch
// tens of thousands of rows; formatting a label for each would cost more than the I/O).
struct RowLabel {
    const char *pattern = "the row"; // a string literal with %1..%3
    qint64 a = 0, b = 0, c = 0;

    QString text() const
    {
        QString s = QString::fromLatin1(pattern);
        const qint64 values[] = {a, b, c};
        for (int i = 0, n = int(s.count(u'%')); i < n && i < 3; ++i)
            s = s.arg(values[i]);
        return s;
    }
};

} // namespace fjord::storage
