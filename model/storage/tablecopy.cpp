#include "model/storage/tablecopy.h"
#include "model/tr.h"

#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

#include <charconv>
#include <cmath>
#include <cstdlib>

namespace fjord::storage {

namespace {

// Rows per INSERT statement: large enough that 8,760 climate hours take a handful of round trips,
// small enough that a statement stays well below a megabyte.
constexpr int RowsPerInsert = 2000;

QString sqliteError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

// Appends the value as an SQL literal (UTF-8). Built as bytes with std::to_chars: a project has
// hundreds of thousands of values, and QString::number is several times slower (and writes
// -0.0 as "0").
void appendLiteral(QByteArray &sql, sqlite3_stmt *statement, int column)
{
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_INTEGER: {
        char buffer[32];
        const auto end =
            std::to_chars(buffer, buffer + sizeof buffer, sqlite3_column_int64(statement, column)).ptr;
        sql.append(buffer, end - buffer);
        return;
    }
    case SQLITE_FLOAT: {
        const double v = sqlite3_column_double(statement, column);
        // Quoted, so PostgreSQL parses it as a float8 ('-0' stays negative zero; a bare -0 would be
        // the integer 0); to_chars writes the shortest text that reads back as the same double.
        if (std::isinf(v)) {
            sql.append(v > 0 ? "'Infinity'" : "'-Infinity'");
            return;
        }
        char buffer[40];
        buffer[0] = '\'';
        char *end = std::to_chars(buffer + 1, buffer + sizeof buffer - 1, v).ptr;
        *end++ = '\'';
        sql.append(buffer, end - buffer);
        return;
    }
    case SQLITE_TEXT: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
        const int bytes = sqlite3_column_bytes(statement, column);
        sql.append('\'');
        for (int i = 0; i < bytes; ++i) { // standard_conforming_strings is on: only ' is special
            if (text[i] == '\'')
                sql.append('\'');
            sql.append(text[i]);
        }
        sql.append('\'');
        return;
    }
    case SQLITE_BLOB: {
        const QByteArray bytes(static_cast<const char *>(sqlite3_column_blob(statement, column)),
                               sqlite3_column_bytes(statement, column));
        sql.append("'\\x").append(bytes.toHex()).append("'::bytea");
        return;
    }
    default:
        sql.append("NULL");
    }
}

QString columnList(const QStringList &columns)
{
    QStringList quoted;
    for (const QString &c : columns)
        quoted << quoteIdentifier(c);
    return quoted.join(QStringLiteral(", "));
}

} // namespace

QList<TableColumns> projectTables(sqlite3 *db, QString *error)
{
    QList<TableColumns> tables;
    sqlite3_stmt *list = nullptr;
    const char *sql = "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                      "ORDER BY rowid";
    if (sqlite3_prepare_v2(db, sql, -1, &list, nullptr) != SQLITE_OK) {
        *error = sqliteError(db);
        return {};
    }
    while (sqlite3_step(list) == SQLITE_ROW)
        tables.append({QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(list, 0))), {}});
    sqlite3_finalize(list);
    for (TableColumns &t : tables) {
        sqlite3_stmt *info = nullptr;
        const QByteArray pragma =
            QStringLiteral("PRAGMA table_info(%1)").arg(quoteIdentifier(t.table)).toUtf8();
        if (sqlite3_prepare_v2(db, pragma.constData(), -1, &info, nullptr) != SQLITE_OK) {
            *error = sqliteError(db);
            return {};
        }
        while (sqlite3_step(info) == SQLITE_ROW) // columns of table_info: cid, name, type, ...
            t.columns << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(info, 1)));
        sqlite3_finalize(info);
    }
    return tables;
}

PgError copyToServer(sqlite3 *db, const QList<TableColumns> &tables, PgConnection &pg, const QString &schema)
{
    for (const TableColumns &t : tables) {
        sqlite3_stmt *select = nullptr;
        const QByteArray sql =
            QStringLiteral("SELECT %1 FROM %2").arg(columnList(t.columns), quoteIdentifier(t.table)).toUtf8();
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &select, nullptr) != SQLITE_OK)
            return {sqliteError(db), QStringLiteral("fjord-sqlite")};
        const QByteArray head =
            QStringLiteral("INSERT INTO %1.%2 (%3) VALUES ")
                .arg(quoteIdentifier(schema), quoteIdentifier(t.table), columnList(t.columns))
                .toUtf8();
        QByteArray insert = head;
        int rows = 0;
        PgError e;
        const auto flush = [&] {
            if (rows > 0)
                e = pg.exec(QString::fromUtf8(insert));
            insert = head;
            rows = 0;
        };
        const int n = int(t.columns.size());
        int rc = SQLITE_ROW;
        while (!e.isError() && (rc = sqlite3_step(select)) == SQLITE_ROW) {
            insert.append(rows > 0 ? ",(" : "(");
            for (int c = 0; c < n; ++c) {
                if (c > 0)
                    insert.append(',');
                appendLiteral(insert, select, c);
            }
            insert.append(')');
            if (++rows == RowsPerInsert)
                flush();
        }
        if (!e.isError() && rc != SQLITE_DONE)
            e = {sqliteError(db), QStringLiteral("fjord-sqlite")};
        sqlite3_finalize(select);
        if (!e.isError())
            flush();
        if (e.isError()) {
            e.message = StorageTr::tr("table %1: %2").arg(t.table, e.message);
            return e;
        }
    }
    return {};
}

PgError copyFromServer(PgConnection &pg, const QString &schema, const QList<TableColumns> &tables,
                       sqlite3 *db)
{
    for (const TableColumns &t : tables) {
        // Doubles travel as PostgreSQL's text and are parsed here: Qt's own conversion loses the
        // sign of -0.0, and the hourly series are compared bit for bit. A first query without
        // rows tells which columns are doubles.
        const QString from =
            QStringLiteral("FROM %1.%2").arg(quoteIdentifier(schema), quoteIdentifier(t.table));
        QSqlQuery probe(pg.db());
        if (!probe.exec(QStringLiteral("SELECT %1 %2 LIMIT 0").arg(columnList(t.columns), from))) {
            const QSqlError qe = probe.lastError();
            return {StorageTr::tr("table %1: %2").arg(t.table, qe.databaseText().simplified()),
                    qe.nativeErrorCode()};
        }
        QList<bool> isDouble;
        QStringList selected;
        for (int c = 0; c < t.columns.size(); ++c) {
            isDouble.append(probe.record().field(c).metaType().id() == QMetaType::Double);
            selected << (isDouble.last() ? QStringLiteral("%1::text").arg(quoteIdentifier(t.columns.at(c)))
                                         : quoteIdentifier(t.columns.at(c)));
        }
        probe.finish();
        QSqlQuery query(pg.db());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT %1 %2").arg(selected.join(QStringLiteral(", ")), from))) {
            const QSqlError qe = query.lastError();
            return {StorageTr::tr("table %1: %2").arg(t.table, qe.databaseText().simplified()),
                    qe.nativeErrorCode()};
        }
        sqlite3_stmt *insert = nullptr;
        QStringList marks;
        marks.fill(QStringLiteral("?"), t.columns.size());
        const QByteArray sql =
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(quoteIdentifier(t.table), columnList(t.columns), marks.join(QLatin1Char(',')))
                .toUtf8();
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &insert, nullptr) != SQLITE_OK)
            return {StorageTr::tr("table %1: %2").arg(t.table, sqliteError(db)),
                    QStringLiteral("fjord-sqlite")};
        const int n = int(t.columns.size());
        PgError e;
        while (!e.isError() && query.next()) {
            QList<QByteArray> texts; // kept alive until the step
            for (int c = 0; c < n; ++c) {
                const QVariant v = query.value(c);
                if (v.isNull()) {
                    sqlite3_bind_null(insert, c + 1);
                    continue;
                }
                if (isDouble.at(c)) {
                    // float8out writes the shortest text that reads back exactly; "-0",
                    // "Infinity" and "-Infinity" are understood by strtod in the C locale.
                    const QByteArray text = v.toString().toLatin1();
                    sqlite3_bind_double(insert, c + 1, std::strtod(text.constData(), nullptr));
                    continue;
                }
                switch (v.typeId()) {
                case QMetaType::LongLong:
                case QMetaType::Int:
                case QMetaType::ULongLong:
                case QMetaType::UInt:
                    sqlite3_bind_int64(insert, c + 1, v.toLongLong());
                    break;
                case QMetaType::Double:
                    sqlite3_bind_double(insert, c + 1, v.toDouble());
                    break;
                case QMetaType::QByteArray:
                    texts.append(v.toByteArray());
                    sqlite3_bind_blob(insert, c + 1, texts.last().constData(), int(texts.last().size()),
                                      SQLITE_TRANSIENT);
                    break;
                default:
                    texts.append(v.toString().toUtf8());
                    sqlite3_bind_text(insert, c + 1, texts.last().constData(), int(texts.last().size()),
                                      SQLITE_TRANSIENT);
                    break;
                }
            }
            if (sqlite3_step(insert) != SQLITE_DONE)
                e = {StorageTr::tr("table %1: %2").arg(t.table, sqliteError(db)),
                     QStringLiteral("fjord-sqlite")};
            sqlite3_reset(insert);
        }
        sqlite3_finalize(insert);
        if (!e.isError() && query.lastError().isValid())
            e = {StorageTr::tr("table %1: %2").arg(t.table, query.lastError().databaseText().simplified()),
                 query.lastError().nativeErrorCode()};
        if (e.isError())
            return e;
    }
    return {};
}

} // namespace fjord::storage
