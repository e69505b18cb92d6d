#include "model/storage/fieldreader.h"

#include "model/storage/untrustedfile.h"
#include "model/tr.h"

#include <sqlite3.h>

#include <cmath>
#include <limits>

namespace fjord::storage {

namespace {
QString textOf(sqlite3_stmt *statement, int column)
{
    const auto *data = static_cast<const char16_t *>(sqlite3_column_text16(statement, column));
    const int bytes = sqlite3_column_bytes16(statement, column);
    return QString::fromUtf16(data, bytes / 2);
}
} // namespace

FieldReader::FieldReader(sqlite3 *db, const QString &table, const QStringList &columns,
                         const QString &orderBy)
    : m_table(table), m_columns(columns), m_db(db)
{
    const QByteArray sql = QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                               .arg(columns.join(QStringLiteral(", ")), table, orderBy)
                               .toUtf8();
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &m_statement, nullptr) != SQLITE_OK)
        throw ReadError{StorageTr::tr("table %1: %2").arg(table, QString::fromUtf8(sqlite3_errmsg(db)))};
}

FieldReader::~FieldReader()
{
    sqlite3_finalize(m_statement);
}

bool FieldReader::next()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_DONE)
        return false;
    if (rc != SQLITE_ROW)
        throw ReadError{StorageTr::tr("table %1: %2").arg(m_table, QString::fromUtf8(sqlite3_errmsg(m_db)))};
    ++m_rowNumber;
    m_rowLabel = RowLabel{"row %1", m_rowNumber};
    return true;
}

void FieldReader::fail(int column, const QString &reason) const
{
    throw ReadError{StorageTr::tr("table %1, column %2, %3: %4")
                        .arg(m_table, m_columns.value(column), m_rowLabel.text(), reason)};
}

QString FieldReader::describe(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_TEXT:
        return StorageTr::tr("text '%1'").arg(textOf(m_statement, column).left(40));
    case SQLITE_BLOB:
        return StorageTr::tr("a blob");
    case SQLITE_FLOAT:
        return StorageTr::tr("the real number %1").arg(sqlite3_column_double(m_statement, column));
    case SQLITE_INTEGER:
        return StorageTr::tr("the integer %1").arg(sqlite3_column_int64(m_statement, column));
    default:
        return QStringLiteral("NULL");
    }
}

int FieldReader::required(int column, const char *expected) const
{
    const int type = sqlite3_column_type(m_statement, column);
    if (type == SQLITE_NULL)
        fail(column, StorageTr::tr("expected %1, found NULL").arg(StorageTr::tr(expected)));
    return type;
}

double FieldReader::real(int column) const
{
    // A REAL column may hold an integer (SQLite stores whole numbers compactly).
    const int type = required(column, QT_TRANSLATE_NOOP("fjord::Storage", "a number"));
    if (type != SQLITE_FLOAT && type != SQLITE_INTEGER)
        fail(column, StorageTr::tr("expected a number, found %1").arg(describe(column)));
    const double v = sqlite3_column_double(m_statement, column);
    // SQLite stores ±inf (NaN becomes NULL); no quantity of a project is infinite.
    if (!std::isfinite(v))
        fail(column, StorageTr::tr("expected a finite number, found %1").arg(v));
    return v;
}

std::optional<double> FieldReader::optionalReal(int column) const
{
    if (sqlite3_column_type(m_statement, column) == SQLITE_NULL)
        return std::nullopt;
    return real(column);
}

qint64 FieldReader::integer(int column) const
{
    if (required(column, QT_TRANSLATE_NOOP("fjord::Storage", "an integer")) != SQLITE_INTEGER)
        fail(column, StorageTr::tr("expected an integer, found %1").arg(describe(column)));
    return sqlite3_column_int64(m_statement, column);
}

int FieldReader::integer32(int column) const
{
    const qint64 v = integer(column);
    if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max())
        fail(column, StorageTr::tr("integer %1 is out of range").arg(v));
    return int(v);
}

bool FieldReader::boolean(int column) const
{
    const qint64 v = integer(column);
    if (v != 0 && v != 1)
        fail(column, StorageTr::tr("expected 0 or 1, found %1").arg(v));
    return v == 1;
}

QString FieldReader::text(int column) const
{
    if (required(column, QT_TRANSLATE_NOOP("fjord::Storage", "text")) != SQLITE_TEXT)
        fail(column, StorageTr::tr("expected text, found %1").arg(describe(column)));
    const QString name = m_columns.value(column);
    const bool isName = name == QLatin1String("name") || name.endsWith(QLatin1String("_name"));
    const int limit = isName ? budget::MaxNameChars : budget::MaxTextChars;
    // Bytes first: a huge value is refused without being converted.
    if (sqlite3_column_bytes16(m_statement, column) / 2 > limit)
        fail(column, StorageTr::tr("a text of %1 characters, longer than the %2 allowed")
                         .arg(sqlite3_column_bytes16(m_statement, column) / 2)
                         .arg(limit));
    return textOf(m_statement, column);
}

QDate FieldReader::date(int column) const
{
    if (sqlite3_column_type(m_statement, column) == SQLITE_NULL)
        return {};
    const QString iso = text(column);
    const QDate d = QDate::fromString(iso, Qt::ISODate);
    if (!d.isValid())
        fail(column, StorageTr::tr("expected a date YYYY-MM-DD, found '%1'").arg(iso.left(40)));
    return d;
}

} // namespace fjord::storage
