#pragma once

#include "model/storage/enumnames.h"
#include "model/storage/rowlabel.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace fjord::storage {

// Thrown inside the project reader only; openProject() turns it into an error value.
struct ReadError {
    QString message;
};

// Reads the rows of one table with every value type-checked: a text where a number belongs, a
// NULL in a required column or an unknown enumeration name throws ReadError naming the table,
// the column and the row ("table rack, column x_m, row id 42: expected a number, found text").
class FieldReader {
public:
    // SELECT <columns> FROM <table> ORDER BY <orderBy>. Uses the SQLite C API directly: it is
    // several times faster than QSqlQuery and gives each value's storage class for the checks.
    FieldReader(sqlite3 *db, const QString &table, const QStringList &columns, const QString &orderBy);
    ~FieldReader();
    FieldReader(const FieldReader &) = delete;
    FieldReader &operator=(const FieldReader &) = delete;

    bool next();
    // How the current row is named in messages, e.g. {"id %1", 42}; next() resets it to "row N".
    void setRowLabel(RowLabel label) { m_rowLabel = label; }

    double real(int column) const;
    std::optional<double> optionalReal(int column) const; // NULL -> nullopt
    qint64 integer(int column) const;
    int integer32(int column) const;
    bool boolean(int column) const; // 0 or 1
    QString text(int column) const;
    QDate date(int column) const; // ISO 8601 text; NULL -> invalid date

    template <typename E> E enumeration(int column) const
    {
        const QString name = text(column);
        const auto value = enumFromName<E>(name);
        if (!value)
            fail(column, QStringLiteral("unknown value '%1' (allowed: %2)")
                             .arg(name.left(40), EnumNames<E>::names().join(QStringLiteral(", "))));
        return *value;
    }

    [[noreturn]] void fail(int column, const QString &reason) const;

private:
    // The storage class of the value (SQLITE_INTEGER, ...); throws for NULL.
    int required(int column, const char *expected) const;
    QString describe(int column) const;

    QString m_table;
    QStringList m_columns;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    RowLabel m_rowLabel;
    qint64 m_rowNumber = 0;
};

} // namespace fjord::storage
