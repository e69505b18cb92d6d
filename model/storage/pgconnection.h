#pragma once

#include "model/storage/serverlocation.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace fjord::storage {

// What went wrong on the server, as a value: PostgreSQL's message and its SQLSTATE code.
struct PgError {
    QString message;  // the server's (or libpq's) words, one line
    QString sqlState; // e.g. "42501" insufficient privilege; {} when the connection failed
    bool isError() const { return !message.isEmpty(); }
    bool permissionDenied() const { return sqlState == QLatin1String("42501"); }
    // The connection broke (server stopped, network gone): class 08, 57P01..57P03, or no code.
    bool connectionLost() const;
};

// One QPSQL connection with its own unique name, closed and removed when destroyed. Every
// statement runs with standard_conforming_strings on and the session time zone UTC.
class PgConnection {
public:
    PgConnection();
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    // Connects; returns {} or the reason (without the URL).
    PgError open(const ServerLocation &location);
    void close();

    QSqlDatabase &db() { return m_db; }

    // Runs one statement (no parameters).
    PgError exec(const QString &sql);
    // Runs one statement with positional parameters (?) and returns its rows, each a list of
    // column values; `error` is set on failure.
    QList<QVariantList> rows(const QString &sql, const QVariantList &params, PgError *error);

private:
    PgError lastError(const class QSqlError &e) const;

    QString m_name;
    QSqlDatabase m_db;
};

// A PostgreSQL identifier quoted ("name"), for schema and table names built by the program.
QString quoteIdentifier(const QString &name);

} // namespace fjord::storage
