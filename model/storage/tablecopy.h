#pragma once

#include "model/storage/pgconnection.h"

#include <QString>
#include <QStringList>

struct sqlite3;

namespace fjord::storage {

// A table of the project schema and its columns, as SQLite created it.
struct TableColumns {
    QString table;
    QStringList columns;
};

// The tables of a project database in the order they were created (parents before children),
// read from SQLite's own schema: the server store copies exactly what the migrations made, so a
// new table or column needs no change here.
QList<TableColumns> projectTables(sqlite3 *db, QString *error);

// Copies every row of `tables` from SQLite into the same tables of the PostgreSQL `schema`
// (emptied by the caller), in multi-row INSERTs. Doubles travel as 17-digit text literals, so
// every bit arrives (including -0.0).
PgError copyToServer(sqlite3 *db, const QList<TableColumns> &tables, PgConnection &pg, const QString &schema);

// Copies every row of `tables` from the PostgreSQL `schema` into the empty SQLite tables; the
// caller owns both transactions. A SQLite failure comes back with sqlState "fjord-sqlite".
PgError copyFromServer(PgConnection &pg, const QString &schema, const QList<TableColumns> &tables,
                       sqlite3 *db);

} // namespace fjord::storage
