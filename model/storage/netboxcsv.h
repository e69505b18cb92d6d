#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace fjord::storage {

// A CSV file as NetBox's bulk import reads it (RFC 4180: comma separated, fields may be quoted,
// "" inside quotes is one quote, quoted fields may hold commas and line breaks). Blank lines are
// skipped. Every record has exactly the header's number of fields.
struct NetboxCsv {
    QString file;            // the path as given, for messages
    QStringList header;      // lower-cased, trimmed
    QList<QStringList> rows; // trimmed fields
    QList<int> lines;        // 1-based line where each row starts
    QString error;           // "<file>:<line>: <reason>", empty when the file was read

    int column(const QString &name) const { return header.indexOf(name); }
    QString value(int row, int column) const { return column < 0 ? QString() : rows[row][column]; }
    QString where(int row) const { return file + u':' + QString::number(lines[row]); }
};

NetboxCsv readNetboxCsv(const QString &path);

// Quotes a field when it holds a comma, a quote or a line break.
QString csvField(const QString &value);

} // namespace fjord::storage
