#pragma once

#include "model/project.h"
#include "model/storage/serverlocation.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace fjord::storage {

// Team projects on a PostgreSQL server (docs/file-format.md §"On a PostgreSQL server"). Each
// project is one PostgreSQL schema with exactly the file's tables, made by the same migrations;
// the catalogue schema `fjordplan` lists the projects with their revision numbers and keeps every
// revision (who, when, comment, and the revision as a .fjordplan file). Saving is optimistic: it
// names the revision the user started from and is refused when someone saved in between.
// Errors are values; every message names the project and the server (never a password).

// One saved revision of a project.
struct ServerRevision {
    qint64 revision = 0; // 1, 2, 3, ... per project
    QString savedBy;     // the database role that saved it (session_user)
    QDateTime savedAt;   // UTC
    QString comment;
};

struct ServerOpenResult {
    std::optional<Project> project;
    QString error;
    ServerRevision revision; // the revision that was loaded
    bool migrated = false;   // stored with an older schema, upgraded in memory
    bool readOnly = false;   // an old revision: open to look at, or to restore
    explicit operator bool() const { return project.has_value(); }
};

enum class ServerSaveOutcome {
    Saved,
    Stale,            // someone saved since `baseRevision`: nothing written (see `latest`)
    PermissionDenied, // the role may not write here
    ConnectionLost,   // the server went away; the transaction never committed
    Failed,           // anything else (the message says what)
};

struct ServerSaveResult {
    ServerSaveOutcome outcome = ServerSaveOutcome::Failed;
    QString error;         // one line for the user; {} when saved
    ServerRevision saved;  // Saved: the new revision
    ServerRevision latest; // Stale: who saved last and when
    bool ok() const { return outcome == ServerSaveOutcome::Saved; }
};

// `baseRevision` of saveServerProject: the revision the project was opened from, or one of these.
constexpr qint64 NewServerProject = 0; // create it; refused when the key is taken
constexpr qint64 AnyRevision = -1;     // on top of whatever is latest (push; the old one stays in history)

struct ServerProjectInfo {
    QString key;
    QString name;
    ServerRevision latest;
};

struct ServerListResult {
    QList<ServerProjectInfo> projects;
    QString error;
};

struct ServerHistoryResult {
    QList<ServerRevision> revisions; // newest first
    QString error;
};

// Loads the latest revision of location.project, or (revision > 0) that old revision read-only.
ServerOpenResult openServerProject(const ServerLocation &location, qint64 revision = 0);

// Saves `project` as the next revision. One transaction: on any failure the server keeps the
// project exactly as it was.
ServerSaveResult saveServerProject(const Project &project, const ServerLocation &location,
                                   qint64 baseRevision, const QString &comment);

// The projects in the database (location.project is ignored).
ServerListResult listServerProjects(const ServerLocation &location);

// Every revision of location.project, newest first.
ServerHistoryResult serverHistory(const ServerLocation &location);

// Makes old revision `revision` the latest again: it is opened like any revision and saved as the
// next revision on top of `baseRevision` (the latest the user saw; AnyRevision: whatever is
// latest), through the same optimistic locking as any save. Nothing in the history changes;
// `comment` empty: "restored revision N". A missing revision fails (Failed) without writing.
ServerSaveResult restoreServerRevision(const ServerLocation &location, qint64 revision, qint64 baseRevision,
                                       const QString &comment = {});

// Test hook: called at steps of saveServerProject ("written": rows copied, "committing": just
// before COMMIT). Pass {} to remove it. Not thread-safe; for tests only.
void setServerSaveHookForTesting(std::function<void(const QString &step)> hook);

} // namespace fjord::storage
