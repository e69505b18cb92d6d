#include "model/storage/serverstore.h"

#include "model/storage/migrations.h"
#include "model/storage/pgconnection.h"
#include "model/storage/pgmigrations.h"
#include "model/storage/projectfile.h"
#include "model/storage/projectreader.h"
#include "model/storage/sqliteconnection.h"
#include "model/storage/tablecopy.h"
#include "model/tr.h"

#include <QFile>
#include <QTemporaryDir>

namespace fjord::storage {

namespace {

const QString WriterRole = QStringLiteral("fjordplan_writer");
const QString ReaderRole = QStringLiteral("fjordplan_reader");

std::function<void(const QString &)> &saveHook()
{
    static std::function<void(const QString &)> hook;
    return hook;
}

void step(const QString &name)
{
    if (saveHook())
        saveHook()(name);
}

QString schemaOf(const QString &key)
{
    return QStringLiteral("fjordplan_") + key; // the key is [a-z0-9_]{1,40}: a safe identifier
}

QString where(const ServerLocation &location)
{
    return ServerTr::tr("project '%1' on %2").arg(location.project, location.displayUrl());
}

QDateTime utc(const QVariant &isoText)
{
    QDateTime t = QDateTime::fromString(isoText.toString(), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

// The columns every catalogue query returns about a revision, in this order (revisionFrom()).
QString revisionColumns(const char *comment = "comment")
{
    return QStringLiteral("revision, saved_by, to_char(saved_at, 'YYYY-MM-DD\"T\"HH24:MI:SS'), %1")
        .arg(QLatin1String(comment));
}

ServerRevision revisionFrom(const QVariantList &row, int first)
{
    return {row.value(first).toLongLong(), row.value(first + 1).toString(), utc(row.value(first + 2)),
            row.value(first + 3).toString()};
}

// True when the catalogue exists in this database.
bool hasCatalogue(PgConnection &pg, PgError *error)
{
    const auto rows =
        pg.rows(QStringLiteral("SELECT to_regclass('fjordplan.project') IS NOT NULL"), {}, error);
    return !error->isError() && !rows.isEmpty() && rows.first().value(0).toBool();
}

bool roleExists(PgConnection &pg, const QString &role, PgError *error)
{
    const auto rows =
        pg.rows(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {role}, error);
    return !error->isError() && !rows.isEmpty() && rows.first().value(0).toInt() == 1;
}

// Lets the groups of the documented setup use a schema's tables (when those roles exist): readers
// read; writers write (they own what they create themselves, but a superuser's project is its own).
PgError grantGroups(PgConnection &pg, const QString &schema)
{
    PgError e;
    const QString quoted = quoteIdentifier(schema);
    if (roleExists(pg, ReaderRole, &e)) {
        e = pg.exec(QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(quoted, ReaderRole));
        if (!e.isError())
            e = pg.exec(
                QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(quoted, ReaderRole));
    }
    if (!e.isError() && roleExists(pg, WriterRole, &e)) {
        e = pg.exec(QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(quoted, WriterRole));
        if (!e.isError())
            e = pg.exec(
                QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %1 TO %2")
                    .arg(quoted, WriterRole));
    }
    return e;
}

PgError createCatalogue(PgConnection &pg)
{
    const char *statements[] = {
        "CREATE SCHEMA IF NOT EXISTS fjordplan",
        // One row per project: its schema, the schema version of its tables and its revision.
        "CREATE TABLE IF NOT EXISTS fjordplan.project ("
        " key TEXT PRIMARY KEY CHECK (key ~ '^[a-z0-9_]{1,40}$'),"
        " schema_name TEXT NOT NULL UNIQUE,"
        " name TEXT NOT NULL,"
        " schema_version INTEGER NOT NULL,"
        " revision BIGINT NOT NULL,"
        " saved_by TEXT NOT NULL,"
        " saved_at TIMESTAMPTZ NOT NULL)",
        // Every revision ever saved, as the .fjordplan file of that moment (opened like a file,
        // so an old revision migrates like an old file).
        "CREATE TABLE IF NOT EXISTS fjordplan.revision ("
        " project_key TEXT NOT NULL REFERENCES fjordplan.project(key) ON DELETE CASCADE,"
        " revision BIGINT NOT NULL,"
        " saved_by TEXT NOT NULL,"
        " saved_at TIMESTAMPTZ NOT NULL,"
        " comment TEXT NOT NULL,"
        " schema_version INTEGER NOT NULL,"
        " snapshot BYTEA NOT NULL,"
        " PRIMARY KEY (project_key, revision))",
    };
    for (const char *sql : statements)
        if (PgError e = pg.exec(QString::fromLatin1(sql)); e.isError())
            return e;
    return grantGroups(pg, QStringLiteral("fjordplan"));
}

// A project written to a scratch .fjordplan file by the file code (writer and migrations).
struct ScratchFile {
    QTemporaryDir dir;
    QString path;
    QString error;
};

void writeScratch(const Project &project, ScratchFile &scratch)
{
    scratch.path = scratch.dir.filePath(QStringLiteral("revision.fjordplan"));
    if (!scratch.dir.isValid()) {
        scratch.error = ServerTr::tr("cannot create a temporary folder");
        return;
    }
    scratch.error = saveProject(project, scratch.path);
}

// How the refusals of a save read: a plain save, or a restore (restoreServerRevision).
struct Wording {
    QString refused;     // "not saved", "revision 3 not restored"
    QString since;       // when the user saw the base revision %1: "after you opened revision %1"
    QString staleAdvice; // what to do when someone saved since the base revision
};

Wording saveWording()
{
    return {ServerTr::tr("not saved"), ServerTr::tr("after you opened revision %1"),
            ServerTr::tr("save your work as a new scenario or reload (nothing is lost)")};
}

ServerSaveResult saveFailed(const ServerLocation &location, const PgError &e, const Wording &w)
{
    ServerSaveResult r;
    if (e.permissionDenied()) {
        r.outcome = ServerSaveOutcome::PermissionDenied;
        r.error = QStringLiteral("%1: %2: the database role '%3' may read but not write this project "
                                 "(%4); ask the administrator for the %5 role")
                      .arg(where(location), w.refused,
                           location.user.isEmpty() ? QStringLiteral("(default)") : location.user, e.message,
                           WriterRole);
    } else if (e.connectionLost()) {
        r.outcome = ServerSaveOutcome::ConnectionLost;
        r.error = QStringLiteral("%1: %2: the connection to the server was lost (%3); the server "
                                 "keeps the project as it was; your work is still open here, save again "
                                 "when the server is back")
                      .arg(where(location), w.refused, e.message);
    } else {
        r.outcome = ServerSaveOutcome::Failed;
        r.error = ServerTr::tr("%1: %2: %3").arg(where(location), w.refused, e.message);
    }
    return r;
}

QString when(const QDateTime &t)
{
    return t.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

ServerSaveResult saveAsRevision(const Project &project, const ServerLocation &location, qint64 baseRevision,
                                const QString &comment, const Wording &w)
{
    if (!isValidProjectKey(location.project))
        return saveFailed(location, {ServerTr::tr("invalid project key"), QStringLiteral("fjord")}, w);
    // The file code writes the rows (one mapping of the model) and the revision's snapshot.
    ScratchFile scratch;
    writeScratch(project, scratch);
    if (!scratch.error.isEmpty())
        return saveFailed(location, {scratch.error, QStringLiteral("fjord-sqlite")}, w);
    QFile file(scratch.path);
    if (!file.open(QIODevice::ReadOnly))
        return saveFailed(location, {file.errorString(), QStringLiteral("fjord-sqlite")}, w);
    // zlib (qCompress): a project file shrinks several times, and the history keeps every one.
    const QByteArray snapshot = qCompress(file.readAll(), 6);
    file.close();
    SqliteConnection sqlite;
    QString sqliteError = sqlite.open(scratch.path, SqliteConnection::Mode::ReadOnly);
    const QList<TableColumns> tables = projectTables(sqlite.handle(), &sqliteError);
    if (!sqliteError.isEmpty())
        return saveFailed(location, {sqliteError, QStringLiteral("fjord-sqlite")}, w);

    PgConnection pg;
    PgError e = pg.open(location);
    if (e.isError()) {
        ServerSaveResult r = saveFailed(location, e, w);
        if (!e.permissionDenied()) // "connection lost" would mislead: it never connected
            r.error = ServerTr::tr("%1: %2: cannot connect (%3)").arg(where(location), w.refused, e.message);
        return r;
    }
    const int latest = latestSchemaVersion();
    const QString schema = schemaOf(location.project);
    const auto fail = [&](const PgError &error) {
        pg.exec(QStringLiteral("ROLLBACK"));
        return saveFailed(location, error, w);
    };
    e = pg.exec(QStringLiteral("BEGIN"));
    if (e.isError())
        return fail(e);
    // Members of the writer group act as the group, so the group owns what they create and every
    // writer may later migrate it. Anyone else acts as themselves: grants decide.
    if (roleExists(pg, WriterRole, &e)) {
        // A superuser counts as a member of every role; it acts as itself.
        const auto member =
            pg.rows(QStringLiteral("SELECT pg_has_role(session_user, ?, 'MEMBER') AND NOT "
                                   "(SELECT rolsuper FROM pg_roles WHERE rolname = session_user)"),
                    {WriterRole}, &e);
        if (!e.isError() && !member.isEmpty() && member.first().value(0).toBool())
            e = pg.exec(QStringLiteral("SET LOCAL ROLE %1").arg(WriterRole));
    }
    if (!e.isError() && !hasCatalogue(pg, &e) && !e.isError())
        e = createCatalogue(pg);
    if (e.isError())
        return fail(e);

    // The row lock serialises savers of one project: a second saver waits here, then sees the
    // new revision and is refused.
    const auto current = pg.rows(QStringLiteral("SELECT schema_version, %1 FROM fjordplan.project "
                                                "WHERE key = ? FOR UPDATE")
                                     .arg(revisionColumns("''")),
                                 {location.project}, &e);
    if (e.isError())
        return fail(e);
    qint64 revision = 0;
    if (current.isEmpty()) {
        if (baseRevision > 0) {
            pg.exec(QStringLiteral("ROLLBACK"));
            ServerSaveResult r;
            r.error = QStringLiteral("%1: %2: the project is no longer on the server (it was deleted "
                                     "or renamed); save it under a new key")
                          .arg(where(location), w.refused);
            return r;
        }
        e = pg.exec(QStringLiteral("CREATE SCHEMA %1").arg(quoteIdentifier(schema)));
        if (!e.isError())
            e = migrateServerSchema(pg, schema, 0, latest);
        if (!e.isError())
            pg.rows(
                QStringLiteral("INSERT INTO fjordplan.project (key, schema_name, name, schema_version, "
                               "revision, saved_by, saved_at) VALUES (?, ?, ?, ?, 0, session_user, now())"),
                {location.project, schema, project.name, latest}, &e);
        if (!e.isError())
            e = grantGroups(pg, schema);
        if (e.isError() && (e.sqlState == QLatin1String("42P06") || e.sqlState == QLatin1String("23505")))
            e.message = QStringLiteral("someone created a project with this key at the same moment; open it "
                                       "or choose another key (%1)")
                            .arg(e.message);
        if (e.isError())
            return fail(e);
    } else {
        const int version = current.first().value(0).toInt();
        const ServerRevision last = revisionFrom(current.first(), 1);
        revision = last.revision;
        if (baseRevision == NewServerProject || (baseRevision > 0 && baseRevision != revision)) {
            pg.exec(QStringLiteral("ROLLBACK"));
            ServerSaveResult r;
            r.outcome = ServerSaveOutcome::Stale;
            r.latest = last;
            r.error = baseRevision == NewServerProject
                          ? QStringLiteral("%1: %2: a project with this key already exists (revision %3, "
                                           "saved by %4 at %5 UTC); open it or choose another key")
                                .arg(where(location), w.refused)
                                .arg(revision)
                                .arg(last.savedBy, when(last.savedAt))
                          : ServerTr::tr("%1: %2: %3 saved revision %4 at %5 UTC %6; %7")
                                .arg(where(location), w.refused, last.savedBy)
                                .arg(revision)
                                .arg(when(last.savedAt), w.since.arg(baseRevision), w.staleAdvice);
            return r;
        }
        if (version > latest) {
            return fail({ServerTr::tr("the project was saved by a newer Fjordplan (schema %1, this program "
                                      "writes %2)")
                             .arg(version)
                             .arg(latest),
                         QStringLiteral("fjord")});
        }
        if (version < latest) {
            e = migrateServerSchema(pg, schema, version, latest);
            if (!e.isError())
                pg.rows(QStringLiteral("UPDATE fjordplan.project SET schema_version = ? WHERE key = ?"),
                        {latest, location.project}, &e);
            if (!e.isError())
                e = grantGroups(pg, schema);
            if (e.isError())
                return fail(e);
        }
        // Empty the tables, children first (the rows are replaced as a whole, like the file).
        for (auto t = tables.crbegin(); t != tables.crend() && !e.isError(); ++t)
            e = pg.exec(
                QStringLiteral("DELETE FROM %1.%2").arg(quoteIdentifier(schema), quoteIdentifier(t->table)));
        if (e.isError())
            return fail(e);
    }

    e = copyToServer(sqlite.handle(), tables, pg, schema);
    if (e.isError())
        return fail(e);
    step(QStringLiteral("written"));
    const qint64 next = revision + 1;
    pg.rows(QStringLiteral(
                "INSERT INTO fjordplan.revision (project_key, revision, saved_by, saved_at, comment, "
                "schema_version, snapshot) VALUES (?, ?, session_user, now(), ?, ?, decode(?, 'hex'))"),
            {location.project, next, comment.isNull() ? QStringLiteral("") : comment, latest,
             QString::fromLatin1(snapshot.toHex())},
            &e);
    QList<QVariantList> saved;
    if (!e.isError())
        saved = pg.rows(QStringLiteral("UPDATE fjordplan.project SET revision = ?, name = ?, saved_by = "
                                       "session_user, saved_at = now() WHERE key = ? RETURNING %1")
                            .arg(revisionColumns("''")),
                        {next, project.name, location.project}, &e);
    if (e.isError())
        return fail(e);
    step(QStringLiteral("committing"));
    e = pg.exec(QStringLiteral("COMMIT"));
    if (e.isError())
        return fail(e);
    ServerSaveResult r;
    r.outcome = ServerSaveOutcome::Saved;
    r.saved = saved.isEmpty() ? ServerRevision{next, {}, {}, {}} : revisionFrom(saved.first(), 0);
    r.saved.comment = comment;
    return r;
}

} // namespace

void setServerSaveHookForTesting(std::function<void(const QString &step)> hook)
{
    saveHook() = std::move(hook);
}

ServerSaveResult saveServerProject(const Project &project, const ServerLocation &location,
                                   qint64 baseRevision, const QString &comment)
{
    return saveAsRevision(project, location, baseRevision, comment, saveWording());
}

namespace {

ServerOpenResult openFailed(const ServerLocation &location, const QString &reason)
{
    ServerOpenResult r;
    r.error = ServerTr::tr("%1: %2").arg(where(location), reason);
    return r;
}

// Opens an old revision: its snapshot is a .fjordplan file, read (and migrated) like one.
ServerOpenResult openRevision(PgConnection &pg, const ServerLocation &location, qint64 revision)
{
    PgError e;
    const auto rows = pg.rows(QStringLiteral("SELECT encode(snapshot, 'hex'), %1 FROM fjordplan.revision "
                                             "WHERE project_key = ? AND revision = ?")
                                  .arg(revisionColumns()),
                              {location.project, revision}, &e);
    if (e.isError())
        return openFailed(location, e.message);
    if (rows.isEmpty()) {
        const auto latest =
            pg.rows(QStringLiteral("SELECT max(revision) FROM fjordplan.revision WHERE project_key = ?"),
                    {location.project}, &e);
        const QVariant last = latest.isEmpty() ? QVariant() : latest.first().value(0);
        if (e.isError() || last.isNull())
            return openFailed(location, ServerTr::tr("no such project on the server"));
        return openFailed(location, ServerTr::tr("there is no revision %1 (the revisions are 1 to %2)")
                                        .arg(revision)
                                        .arg(last.toLongLong()));
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("revision.fjordplan"));
    const QByteArray bytes = qUncompress(QByteArray::fromHex(rows.first().value(0).toString().toLatin1()));
    if (bytes.isEmpty())
        return openFailed(
            location, ServerTr::tr("revision %1 is damaged (its snapshot does not unpack)").arg(revision));
    QFile file(path);
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly) || file.write(bytes) < 0)
        return openFailed(location,
                          ServerTr::tr("cannot write a temporary file (%1)").arg(file.errorString()));
    file.close();
    OpenResult opened = openProject(path);
    ServerOpenResult r;
    if (!opened) {
        r.error = opened.error;
        r.error.replace(path, ServerTr::tr("%1, revision %2").arg(where(location)).arg(revision));
        return r;
    }
    r.project = std::move(opened.project);
    r.revision = revisionFrom(rows.first(), 1);
    r.migrated = opened.migrated;
    r.readOnly = true;
    return r;
}

} // namespace

ServerOpenResult openServerProject(const ServerLocation &location, qint64 revision)
{
    if (!isValidProjectKey(location.project))
        return openFailed(location, ServerTr::tr("invalid project key"));
    PgConnection pg;
    PgError e = pg.open(location);
    if (e.isError())
        return openFailed(location, ServerTr::tr("cannot connect (%1)").arg(e.message));
    // One snapshot of the database for all tables, so a save in progress is never half-seen.
    e = pg.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    if (!e.isError() && !hasCatalogue(pg, &e) && !e.isError())
        return openFailed(
            location,
            ServerTr::tr("there are no Fjordplan projects in database '%1'").arg(pg.db().databaseName()));
    if (e.isError())
        return openFailed(location, e.message);
    if (revision > 0)
        return openRevision(pg, location, revision);

    const auto rows =
        pg.rows(QStringLiteral("SELECT p.schema_name, p.schema_version, p.revision, p.saved_by, "
                               "to_char(p.saved_at, 'YYYY-MM-DD\"T\"HH24:MI:SS'), coalesce(r.comment, '') "
                               "FROM fjordplan.project p LEFT JOIN fjordplan.revision r "
                               "ON r.project_key = p.key AND r.revision = p.revision WHERE p.key = ?"),
                {location.project}, &e);
    if (e.isError())
        return openFailed(location, e.message);
    if (rows.isEmpty())
        return openFailed(location, ServerTr::tr("no such project on the server"));
    const QString schema = rows.first().value(0).toString();
    const int version = rows.first().value(1).toInt();
    if (version > latestSchemaVersion())
        return openFailed(location,
                          QStringLiteral("saved by a newer Fjordplan (schema %1, this program reads "
                                         "up to %2)")
                              .arg(version)
                              .arg(latestSchemaVersion()));

    // Rows go into a scratch file made by the same migrations, then the file's reader reads them.
    QTemporaryDir dir;
    SqliteConnection sqlite;
    QString error = dir.isValid() ? sqlite.open(dir.filePath(QStringLiteral("open.fjordplan")),
                                                SqliteConnection::Mode::ReadWrite)
                                  : ServerTr::tr("cannot create a temporary folder");
    if (error.isEmpty()) {
        const MigrationResult made = migrate(sqlite, version);
        if (made.outcome != MigrationOutcome::Upgraded)
            error = made.error;
    }
    QList<TableColumns> tables;
    if (error.isEmpty())
        tables = projectTables(sqlite.handle(), &error);
    if (error.isEmpty())
        error = sqlite.exec(QStringLiteral("BEGIN; PRAGMA defer_foreign_keys = ON;"));
    if (!error.isEmpty())
        return openFailed(location, error);
    e = copyFromServer(pg, schema, tables, sqlite.handle());
    if (e.isError())
        return openFailed(location, e.message);
    pg.exec(QStringLiteral("COMMIT"));
    error = sqlite.exec(QStringLiteral("COMMIT;"));
    if (!error.isEmpty())
        return openFailed(location, ServerTr::tr("the rows do not fit together (%1)").arg(error));
    ServerOpenResult r;
    if (version < latestSchemaVersion()) {
        const MigrationResult migrated = migrate(sqlite);
        if (migrated.outcome != MigrationOutcome::Upgraded)
            return openFailed(location, migrated.error);
        r.migrated = true;
    }
    ProjectReadResult read = readProject(sqlite.handle());
    if (!read.project)
        return openFailed(location, read.error);
    r.project = std::move(read.project);
    r.revision = {rows.first().value(2).toLongLong(), rows.first().value(3).toString(),
                  utc(rows.first().value(4)), rows.first().value(5).toString()};
    return r;
}

ServerListResult listServerProjects(const ServerLocation &location)
{
    ServerListResult r;
    PgConnection pg;
    PgError e = pg.open(location);
    if (e.isError()) {
        r.error = ServerTr::tr("%1: cannot connect (%2)").arg(location.displayUrl(), e.message);
        return r;
    }
    if (!hasCatalogue(pg, &e)) {
        if (e.isError())
            r.error = ServerTr::tr("%1: %2").arg(location.displayUrl(), e.message);
        return r; // no catalogue yet: no projects
    }
    const auto rows = pg.rows(
        QStringLiteral("SELECT key, name, %1 FROM fjordplan.project p "
                       "LEFT JOIN LATERAL (SELECT comment FROM fjordplan.revision r "
                       "WHERE r.project_key = p.key AND r.revision = p.revision) c ON true ORDER BY key")
            .arg(revisionColumns("coalesce(c.comment, '')")),
        {}, &e);
    if (e.isError()) {
        r.error = ServerTr::tr("%1: %2").arg(location.displayUrl(), e.message);
        return r;
    }
    for (const QVariantList &row : rows)
        r.projects.append({row.value(0).toString(), row.value(1).toString(), revisionFrom(row, 2)});
    return r;
}

ServerHistoryResult serverHistory(const ServerLocation &location)
{
    ServerHistoryResult r;
    PgConnection pg;
    PgError e = pg.open(location);
    if (e.isError()) {
        r.error = ServerTr::tr("%1: cannot connect (%2)").arg(where(location), e.message);
        return r;
    }
    if (!hasCatalogue(pg, &e) || e.isError()) {
        r.error = ServerTr::tr("%1: %2").arg(where(location),
                                             e.isError() ? e.message : ServerTr::tr("no such project"));
        return r;
    }
    const auto rows = pg.rows(QStringLiteral("SELECT %1 FROM fjordplan.revision WHERE project_key = ? "
                                             "ORDER BY revision DESC")
                                  .arg(revisionColumns()),
                              {location.project}, &e);
    if (e.isError())
        r.error = ServerTr::tr("%1: %2").arg(where(location), e.message);
    else if (rows.isEmpty())
        r.error = ServerTr::tr("%1: no such project on the server").arg(where(location));
    for (const QVariantList &row : rows)
        r.revisions.append(revisionFrom(row, 0));
    return r;
}

ServerSaveResult restoreServerRevision(const ServerLocation &location, qint64 revision, qint64 baseRevision,
                                       const QString &comment)
{
    const Wording w{ServerTr::tr("revision %1 not restored").arg(revision),
                    ServerTr::tr("after you listed the history (up to revision %1)"),
                    ServerTr::tr("nothing was changed; look at the history again and restore from there")};
    // The old revision goes through the model (opened like a file, migrated when older), so the
    // restored revision is written exactly as any save would write that project.
    ServerOpenResult old = openServerProject(location, revision);
    if (!old) {
        ServerSaveResult r;
        r.error = old.error;
        return r;
    }
    return saveAsRevision(*old.project, location, baseRevision,
                          comment.isEmpty() ? ServerTr::tr("restored revision %1").arg(revision) : comment,
                          w);
}

} // namespace fjord::storage
