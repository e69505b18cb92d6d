#include "model/storage/projectfile.h"

#include "model/storage/migrations.h"
#include "model/storage/projectreader.h"
#include "model/storage/projectwriter.h"
#include "model/storage/savetemporary.h"
#include "model/storage/sqliteconnection.h"
#include "model/storage/untrustedfile.h"
#include "model/tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace fjord::storage {

namespace {

std::function<QString(const QString &)> &faultHook()
{
    static std::function<QString(const QString &)> hook;
    return hook;
}

QString injectedFault(const QString &step)
{
    return faultHook() ? faultHook()(step) : QString();
}

// Every row of a check PRAGMA that is not "ok", joined; {} when the check passed.
QString runCheck(SqliteConnection &connection, const QString &pragma, QString *error)
{
    QSqlQuery query(connection.db());
    query.setForwardOnly(true);
    if (!query.exec(pragma)) {
        *error = query.lastError().databaseText();
        return {};
    }
    QStringList findings;
    while (query.next() && findings.size() < 3) {
        // quick_check reports over several lines; keep the messages on one.
        QString row = query.value(0).toString().simplified();
        row.remove(QStringLiteral("*** in database main *** "));
        if (row != QLatin1String("ok") && !findings.contains(row))
            findings << row;
    }
    if (query.lastError().isValid())
        *error = query.lastError().databaseText();
    return findings.join(QStringLiteral("; "));
}

// Messages are one line: SQLite may quote a (damaged, multi-line) schema in its own.
QString oneLine(const QString &reason)
{
    QString line = reason.simplified();
    if (line.size() > 300)
        line = line.left(300) + QStringLiteral("…");
    return line;
}

OpenResult failed(const QString &path, const QString &reason)
{
    OpenResult r;
    r.error = path + QStringLiteral(": ") + oneLine(reason);
    return r;
}

// Checks what a file must be before anything is read from it: an SQLite database of ours, not
// newer than this program, intact. Returns an error reason (without the file name) or {}.
QString checkFile(SqliteConnection &connection, int *version)
{
    // Any SQLite error from here on means the file is not a readable database.
    QString error;
    const QVariant appId = connection.scalar(QStringLiteral("PRAGMA application_id"), &error);
    if (!appId.isValid())
        return StorageTr::tr("damaged file (%1)").arg(error);
    if (appId.toLongLong() != ApplicationId)
        return StorageTr::tr("not a Fjordplan project (an SQLite database with application_id %1)")
            .arg(appId.toLongLong());
    const QVariant userVersion = connection.scalar(QStringLiteral("PRAGMA user_version"), &error);
    if (!userVersion.isValid())
        return StorageTr::tr("damaged file (%1)").arg(error);
    *version = userVersion.toInt();
    if (*version > currentSchemaVersion())
        return StorageTr::tr("written by a newer Fjordplan (schema %1, this program reads up to %2)")
            .arg(*version)
            .arg(currentSchemaVersion());
    if (const QString reason = checkSchemaObjects(connection.handle()); !reason.isEmpty())
        return reason;
    QString findings = runCheck(connection, QStringLiteral("PRAGMA quick_check"), &error);
    if (!error.isEmpty())
        return StorageTr::tr("damaged file (%1)").arg(error);
    if (!findings.isEmpty())
        return StorageTr::tr("damaged file (integrity check: %1)").arg(findings.left(200));
    findings = runCheck(connection, QStringLiteral("PRAGMA foreign_key_check"), &error);
    if (!error.isEmpty())
        return StorageTr::tr("damaged file (%1)").arg(error);
    if (!findings.isEmpty())
        return StorageTr::tr("damaged file: a row refers to a missing parent in table %1").arg(findings);
    return checkRowBudget(connection.handle());
}

// Reads the project of a file at the current schema version, after the checks of its ids.
ProjectReadResult readChecked(sqlite3 *db)
{
    if (const QString reason = checkIds(db); !reason.isEmpty())
        return ProjectReadResult{std::nullopt, reason};
    return readProject(db);
}

// fsync a file or a directory so that the rename publishes fully written data.
bool syncPath(const QString &path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

QString writeDatabase(const Project &project, const QString &tmpPath)
{
    SqliteConnection connection;
    QString error = connection.open(tmpPath, SqliteConnection::Mode::ReadWrite);
    if (!error.isEmpty())
        return error;
    // The temporary file is thrown away on any failure, so it needs no durable journal; the
    // whole file is fsynced once before the rename.
    error = connection.exec(QStringLiteral("PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF;"));
    if (!error.isEmpty())
        return error;
    const MigrationResult schema = migrate(connection);
    if (schema.outcome != MigrationOutcome::Upgraded)
        return schema.error.isEmpty() ? StorageTr::tr("could not create the schema") : schema.error;
    error = connection.exec(QStringLiteral("BEGIN IMMEDIATE;"));
    if (error.isEmpty())
        error = writeProject(connection.handle(), project);
    if (error.isEmpty())
        error = writeMeta(connection.handle());
    if (error.isEmpty())
        error = connection.exec(QStringLiteral("COMMIT;"));
    if (!error.isEmpty())
        connection.exec(QStringLiteral("ROLLBACK;"));
    return error;
}

} // namespace

int currentSchemaVersion()
{
    return latestSchemaVersion();
}

OpenResult openProject(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return failed(path, StorageTr::tr("no such file"));
    if (info.isDir())
        return failed(path, StorageTr::tr("is a directory, not a project file"));
    if (!info.isFile()) // a FIFO or a device would block or never end
        return failed(path, StorageTr::tr("is not a regular file"));
    // Leftovers of killed saves of this file go away on the next open too (best effort: the
    // folder may be read-only; only unlocked files of this file's own pattern are touched).
    removeStaleSaveTemporaries(info.isSymLink() ? info.symLinkTarget() : path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(path, StorageTr::tr("cannot read: %1").arg(file.errorString()));
    if (file.size() == 0)
        return failed(path, StorageTr::tr("empty file, not a Fjordplan project"));
    if (file.size() > budget::MaxFileBytes)
        return failed(path, StorageTr::tr("%1 MB, larger than the %2 MB a project may have")
                                .arg(file.size() >> 20)
                                .arg(budget::MaxFileBytes >> 20));
    // Every SQLite 3 database starts with this 16-byte magic string; its header is 100 bytes.
    const QByteArray header = file.read(100);
    file.close();
    if (!header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return failed(path, StorageTr::tr("not a Fjordplan project (not an SQLite database)"));
    if (header.size() < 100)
        return failed(path, StorageTr::tr("damaged file (truncated: %1 bytes)").arg(info.size()));

    int version = 0;
    {
        SqliteConnection connection;
        QString error = connection.open(path, SqliteConnection::Mode::ReadOnly);
        if (error.isEmpty())
            error = checkFile(connection, &version);
        if (!error.isEmpty()) {
            OpenResult r = failed(path, error);
            r.fileVersion = version;
            return r;
        }
        if (version == currentSchemaVersion()) {
            ProjectReadResult read = readChecked(connection.handle());
            OpenResult r = read.project ? OpenResult{} : failed(path, read.error);
            r.project = std::move(read.project);
            r.fileVersion = version;
            return r;
        }
    }

    // An older file: migrate a private copy, never the user's file.
    QTemporaryDir scratch;
    const QString copyPath = scratch.filePath(QStringLiteral("migrating.fjordplan"));
    if (!scratch.isValid() || !QFile::copy(path, copyPath))
        return failed(path, StorageTr::tr("cannot copy the file for migration"));
    QFile::setPermissions(copyPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    SqliteConnection connection;
    QString error = connection.open(copyPath, SqliteConnection::Mode::ReadWrite);
    // The copy is thrown away after the read: no journal file, no sync per migration (a failed
    // migration still rolls back, from the journal in memory).
    if (error.isEmpty())
        error = connection.exec(QStringLiteral("PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF;"));
    if (!error.isEmpty())
        return failed(path, error);
    const MigrationResult migration = migrate(connection);
    if (migration.outcome != MigrationOutcome::Upgraded) {
        OpenResult r = failed(path, migration.error);
        r.fileVersion = version;
        return r;
    }
    ProjectReadResult read = readChecked(connection.handle());
    OpenResult r = read.project ? OpenResult{} : failed(path, read.error);
    r.project = std::move(read.project);
    r.fileVersion = version;
    r.migrated = r.project.has_value();
    return r;
}

QString saveProject(const Project &project, const QString &requestedPath)
{
    const QString prefix = requestedPath + StorageTr::tr(": cannot save: ");
    // Saving through a symbolic link replaces the file it points to, not the link.
    const QFileInfo requested(requestedPath);
    const QString path = requested.isSymLink() ? requested.symLinkTarget() : requestedPath;
    const QFileInfo target(path);
    if (target.isDir())
        return prefix + StorageTr::tr("it is a directory");
    const QString dir = target.absolutePath();
    if (!QFileInfo(dir).isDir())
        return prefix + StorageTr::tr("the folder %1 does not exist").arg(dir);

    // Leftovers of saves of this file that were killed (their lock died with them).
    removeStaleSaveTemporaries(path);
    // Same directory as the target, so that the final rename stays on one file system; locked
    // until this function returns, so that other processes leave it alone.
    SaveTemporary tmp(path);
    if (!tmp.isValid())
        return prefix +
               StorageTr::tr("cannot create a temporary file in %1 (%2)").arg(dir, tmp.errorString());
    const QString tmpPath = tmp.path();
    const auto discard = [&](const QString &reason) -> QString { // QString: no QStringBuilder of temporaries
        tmp.discard();
        return prefix + oneLine(reason);
    };

    QString error = injectedFault(QStringLiteral("created"));
    if (error.isEmpty())
        error = writeDatabase(project, tmpPath);
    if (error.isEmpty())
        error = injectedFault(QStringLiteral("written"));
    if (!error.isEmpty())
        return discard(error);

    const QFileDevice::Permissions permissions = target.exists()
                                                     ? QFile::permissions(path)
                                                     : QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                           QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QFile::setPermissions(tmpPath, permissions);
    if (!syncPath(tmpPath, O_RDONLY))
        return discard(StorageTr::tr("cannot flush the temporary file to disk (%1)")
                           .arg(QString::fromLocal8Bit(std::strerror(errno))));
    error = injectedFault(QStringLiteral("synced"));
    if (!error.isEmpty())
        return discard(error);
    // POSIX rename() replaces the target atomically: readers see the old or the new file.
    if (::rename(QFile::encodeName(tmpPath).constData(), QFile::encodeName(path).constData()) != 0)
        return discard(
            StorageTr::tr("cannot replace the file (%1)").arg(QString::fromLocal8Bit(std::strerror(errno))));
    syncPath(dir, O_RDONLY | O_DIRECTORY); // make the rename itself durable; best effort
    return {};
}

QString autosavePath(const QString &projectPath)
{
    if (projectPath.isEmpty())
        return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
               QStringLiteral("/untitled.fjordplan.autosave");
    const QFileInfo info(projectPath);
    QString name = info.fileName();
    if (name.endsWith(QLatin1String(".fjordplan")))
        name.chop(int(qstrlen(".fjordplan")));
    return info.absolutePath() + QStringLiteral("/.") + name + QStringLiteral(".fjordplan.autosave");
}

QString saveAutosave(const Project &project, const QString &projectPath)
{
    const QString target = autosavePath(projectPath);
    const QString dir = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(dir))
        return target + StorageTr::tr(": cannot save: cannot create the folder %1").arg(dir);
    return saveProject(project, target);
}

void setSaveFaultHookForTesting(std::function<QString(const QString &step)> hook)
{
    faultHook() = std::move(hook);
}

} // namespace fjord::storage
