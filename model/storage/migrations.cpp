#include "model/storage/migrations.h"

#include "model/storage/projectfile.h"
#include "model/storage/sqliteconnection.h"
#include "model/tr.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace fjord::storage {

namespace {
// "0007_add_batteries.sql" -> 7, or 0 when the name does not follow the pattern.
int scriptNumber(const QString &fileName)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    const auto match = pattern.match(fileName);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}
} // namespace

QStringList migrationScripts()
{
    QStringList names = QDir(QStringLiteral(":/migrations")).entryList(QDir::Files, QDir::Name);
    QStringList paths;
    for (const QString &name : names) {
        // Numbering must run 1, 2, 3... without gaps; anything else is a build mistake, caught
        // by tst_migrations. Stop at the gap rather than apply scripts out of order.
        if (scriptNumber(name) != paths.size() + 1) {
            qCritical("fjordplan: migration %s is out of sequence; ignoring it and later ones",
                      qPrintable(name));
            break;
        }
        paths << QStringLiteral(":/migrations/") + name;
    }
    return paths;
}

int latestSchemaVersion()
{
    static const int latest = int(migrationScripts().size());
    return latest;
}

MigrationResult migrate(SqliteConnection &connection, int targetVersion)
{
    const int latest = latestSchemaVersion();
    if (targetVersion < 0)
        targetVersion = latest;
    MigrationResult result;
    QString error;
    const QVariant version = connection.scalar(QStringLiteral("PRAGMA user_version"), &error);
    if (!version.isValid()) {
        result.error = error;
        return result;
    }
    result.fromVersion = result.toVersion = version.toInt();
    if (result.fromVersion > latest) {
        result.outcome = MigrationOutcome::NewerRefused;
        result.error = StorageTr::tr("written by a newer Fjordplan (schema %1, this program reads up to %2)")
                           .arg(result.fromVersion)
                           .arg(latest);
        return result;
    }
    if (result.fromVersion >= targetVersion) {
        result.outcome = MigrationOutcome::Current;
        return result;
    }

    const QStringList scripts = migrationScripts();
    for (int next = result.fromVersion + 1; next <= targetVersion; ++next) {
        QFile file(scripts.at(next - 1));
        if (!file.open(QIODevice::ReadOnly)) {
            result.error = StorageTr::tr("cannot read migration %1").arg(file.fileName());
            return result;
        }
        const QString sql = QString::fromUtf8(file.readAll());
        QString stepError = connection.exec(QStringLiteral("BEGIN IMMEDIATE;"));
        if (stepError.isEmpty())
            stepError = connection.exec(sql);
        if (stepError.isEmpty())
            stepError =
                connection.exec(QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = %2;")
                                    .arg(ApplicationId)
                                    .arg(next));
        if (stepError.isEmpty())
            stepError = connection.exec(QStringLiteral("COMMIT;"));
        if (!stepError.isEmpty()) {
            connection.exec(QStringLiteral("ROLLBACK;"));
            result.error = StorageTr::tr("migration to schema %1 failed: %2").arg(next).arg(stepError);
            return result;
        }
        result.toVersion = next;
    }
    result.outcome = MigrationOutcome::Upgraded;
    return result;
}

} // namespace fjord::storage
