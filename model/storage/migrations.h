#pragma once

#include <QString>
#include <QStringList>

namespace fjord::storage {

class SqliteConnection;

// The schema is a sequence of numbered SQL scripts compiled in as resources
// (:/migrations/0001_initial.sql, 0002_...). They are append-only: a released script is never
// edited; a change of schema is a new script. Script N takes a database from user_version N-1 to N.
QStringList migrationScripts(); // resource paths, in order
int latestSchemaVersion();      // the number of the last script

enum class MigrationOutcome {
    Current,      // already at the target version, nothing done
    Upgraded,     // one or more scripts applied
    NewerRefused, // the database is newer than this program: left untouched
    Failed,       // a script failed; its transaction was rolled back (earlier scripts stay applied)
};

struct MigrationResult {
    MigrationOutcome outcome = MigrationOutcome::Failed;
    int fromVersion = 0;
    int toVersion = 0; // the version the database is at afterwards
    QString error;     // for Failed and NewerRefused
};

// Brings an open, writable database to `targetVersion` (default: the latest), each script in its
// own transaction that also sets PRAGMA user_version; also sets PRAGMA application_id.
MigrationResult migrate(SqliteConnection &connection, int targetVersion = -1);

} // namespace fjord::storage
