#include "model/storage/sqliteconnection.h"

#include "model/storage/untrustedfile.h"

#include <QAtomicInteger>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace fjord::storage {

QString sqliteLibraryVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

namespace {
QAtomicInteger<quint64> s_connectionCounter;

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}
} // namespace

SqliteConnection::SqliteConnection()
    : m_name(QStringLiteral("fjordplan-storage-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{
}

SqliteConnection::~SqliteConnection()
{
    close();
}

QString SqliteConnection::open(const QString &path, Mode mode)
{
    close();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    if (!m_db.isValid())
        return QStringLiteral("the Qt SQLite driver (QSQLITE) is not available");
    m_db.setDatabaseName(path);
    // No QSQLITE_ENABLE_LOAD_EXTENSION: the driver then keeps extension loading off.
    if (mode == Mode::ReadOnly)
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!m_db.open())
        return m_db.lastError().text();
    m_handle = sqliteHandle(m_db);
    if (!m_handle)
        return QStringLiteral("the Qt SQLite driver gives no sqlite3 handle");

    // Belt and braces: these are the documented settings for reading untrusted databases
    // (https://www.sqlite.org/security.html).
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    // No single value may be huge (a crafted 1 GB string would be copied into memory twice).
    sqlite3_limit(m_handle, SQLITE_LIMIT_LENGTH, budget::MaxValueBytes);
    const QString error = exec(QStringLiteral("PRAGMA trusted_schema = OFF;"
                                              "PRAGMA cell_size_check = ON;"
                                              "PRAGMA mmap_size = 0;"
                                              "PRAGMA foreign_keys = ON;"));
    return error;
}

void SqliteConnection::close()
{
    if (!m_db.isValid())
        return;
    m_handle = nullptr;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

QString SqliteConnection::exec(const QString &sql)
{
    if (!m_handle)
        return QStringLiteral("database not open");
    char *message = nullptr;
    const int rc = sqlite3_exec(m_handle, sql.toUtf8().constData(), nullptr, nullptr, &message);
    QString error;
    if (rc != SQLITE_OK)
        error = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_free(message);
    return error;
}

QVariant SqliteConnection::scalar(const QString &sql, QString *error)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // databaseText(): SQLite's own words ("file is not a database"), without Qt's suffix.
    if (!query.exec(sql)) {
        *error = query.lastError().databaseText();
        return {};
    }
    if (!query.next()) {
        *error = query.lastError().isValid() ? query.lastError().databaseText() : QStringLiteral("no result");
        return {};
    }
    return query.value(0);
}

} // namespace fjord::storage
