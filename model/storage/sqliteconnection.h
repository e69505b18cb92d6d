#pragma once

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace fjord::storage {

// The SQLite library's version at run time (for the About box).
QString sqliteLibraryVersion();

// One QSQLITE connection with its own unique name, closed and removed when destroyed.
// Every open applies the defensive settings for untrusted files (no extension loading,
// trusted_schema=OFF, cell_size_check=ON, mmap_size=0, defensive mode) and turns foreign keys on.
class SqliteConnection {
public:
    enum class Mode { ReadOnly, ReadWrite };

    SqliteConnection();
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    // Opens `path`; returns an error message (without the file name) or {}.
    QString open(const QString &path, Mode mode);
    void close();

    QSqlDatabase &db() { return m_db; }
    sqlite3 *handle() const { return m_handle; }

    // Runs a script of one or more statements through sqlite3_exec, which splits statements
    // correctly (strings, comments, triggers). Returns SQLite's error message or {}.
    QString exec(const QString &sql);
    // The first column of the first row of `sql` (a PRAGMA or a SELECT), or an invalid QVariant
    // with `error` set.
    QVariant scalar(const QString &sql, QString *error);

private:
    QString m_name;
    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
};

} // namespace fjord::storage
