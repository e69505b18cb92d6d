#include "model/storage/pgconnection.h"
#include "model/tr.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace fjord::storage {

namespace {
QAtomicInteger<quint64> s_pgCounter;

QString oneLine(const QString &text)
{
    QString line = text.simplified();
    if (line.size() > 300)
        line = line.left(300) + QStringLiteral("…");
    return line;
}
} // namespace

bool PgError::connectionLost() const
{
    if (!isError())
        return false;
    return sqlState.isEmpty() || sqlState.startsWith(QLatin1String("08")) ||
           sqlState == QLatin1String("57P01") || sqlState == QLatin1String("57P02") ||
           sqlState == QLatin1String("57P03");
}

PgConnection::PgConnection()
    : m_name(QStringLiteral("fjordplan-server-%1").arg(s_pgCounter.fetchAndAddRelaxed(1)))
{
}

PgConnection::~PgConnection()
{
    close();
}

PgError PgConnection::open(const ServerLocation &location)
{
    close();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    if (!m_db.isValid())
        return {QStringLiteral("the Qt PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not "
                               "installed"),
                QStringLiteral("fjord-driver")};
    if (!location.host.isEmpty())
        m_db.setHostName(location.host);
    if (location.port > 0)
        m_db.setPort(location.port);
    m_db.setDatabaseName(location.database);
    m_db.setUserName(location.user);
    m_db.setPassword(location.password);
    // A server that does not answer must not hang the program; the URL may ask for longer.
    QString options = location.options;
    if (!options.contains(QLatin1String("connect_timeout=")))
        options += QStringLiteral(";connect_timeout=10");
    options += QStringLiteral(";application_name=fjordplan");
    m_db.setConnectOptions(options.startsWith(QLatin1Char(';')) ? options.mid(1) : options);
    if (!m_db.open()) {
        PgError e{oneLine(m_db.lastError().databaseText()), {}};
        if (e.message.isEmpty())
            e.message = oneLine(m_db.lastError().text());
        return e;
    }
    // Literals are built with '' doubling only; times are reported in UTC.
    PgError e = exec(QStringLiteral("SET standard_conforming_strings = on"));
    if (!e.isError())
        e = exec(QStringLiteral("SET TIME ZONE 'UTC'"));
    return e;
}

void PgConnection::close()
{
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

PgError PgConnection::lastError(const QSqlError &e) const
{
    PgError error{oneLine(e.databaseText()), e.nativeErrorCode()};
    if (error.message.isEmpty())
        error.message = oneLine(e.text());
    if (error.message.isEmpty())
        error.message = ServerTr::tr("unknown error");
    return error;
}

PgError PgConnection::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return lastError(query.lastError());
    return {};
}

QList<QVariantList> PgConnection::rows(const QString &sql, const QVariantList &params, PgError *error)
{
    QList<QVariantList> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    bool ok = params.isEmpty() ? query.exec(sql) : query.prepare(sql);
    if (ok && !params.isEmpty()) {
        for (const QVariant &p : params)
            query.addBindValue(p);
        ok = query.exec();
    }
    if (!ok) {
        *error = lastError(query.lastError());
        return {};
    }
    const int columns = query.record().count();
    while (query.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row.append(query.value(c));
        result.append(std::move(row));
    }
    if (query.lastError().isValid())
        *error = lastError(query.lastError());
    return result;
}

QString quoteIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace fjord::storage
