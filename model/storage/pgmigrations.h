#pragma once

#include "model/storage/pgconnection.h"

#include <QString>
#include <QStringList>

namespace fjord::storage {

// The project file's numbered migrations, run on PostgreSQL. Each SQLite script is translated
// statement by statement: comments dropped, PRAGMA statements skipped (the version lives in the
// catalogue), and the column types mapped where PostgreSQL's differ (INTEGER -> BIGINT for
// 64-bit ids, REAL -> DOUBLE PRECISION, BLOB -> BYTEA). A script SQLite and PostgreSQL cannot
// share gets a PostgreSQL dialect of its own under the same name in
// resources/migrations/postgresql/, which is then used instead.

// The statements of a SQLite script in PostgreSQL's dialect.
QStringList postgresStatements(const QString &sqliteScript);

// The PostgreSQL statements of migration `version` (1-based).
QStringList postgresMigration(int version, QString *error);

// Runs migrations fromVersion+1 .. toVersion inside `schema` (which exists). The caller owns the
// transaction, so a failure leaves nothing behind once it rolls back.
PgError migrateServerSchema(PgConnection &connection, const QString &schema, int fromVersion, int toVersion);

} // namespace fjord::storage
