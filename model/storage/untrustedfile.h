#pragma once

#include <QString>

struct sqlite3;

namespace fjord::storage {

// Budgets and structural checks for a project file from an untrusted source (a mail attachment),
// run before any row is read. Each check returns a reason (without the file name) or {}.
// The budgets are generous for real campuses and stop a crafted file from exhausting memory.
namespace budget {
constexpr qint64 MaxFileBytes = qint64(512) << 20; // a 20,000-rack campus is ~10 MB
constexpr qint64 MaxRowsPerTable = 2'000'000;      // 20,000 racks × feeds, 8760 h × profiles
constexpr int MaxValueBytes = 16 << 20;            // any one text or blob (SQLITE_LIMIT_LENGTH)
constexpr int MaxNameChars = 1000;                 // a "name" column
constexpr int MaxTextChars = 1 << 20;              // any other text (descriptions, sources)
} // namespace budget

// Fjordplan files hold tables and indexes only. A view (which could shadow a dropped table and
// run an endless recursive query) or a trigger (which would run during a migration) is refused.
QString checkSchemaObjects(sqlite3 *db);

// Every table holds at most budget::MaxRowsPerTable rows. Generic over the schema, so a table a
// later migration adds is covered without change.
QString checkRowBudget(sqlite3 *db);

// Every object id (a column "id" in any table) is ≥ 1 and below project.next_id, so that the
// next allocated id cannot collide with a stored one; and unique across the object kinds of the
// project level (scenarios, rack types, ...) and of each scenario. Generic over the schema.
QString checkIds(sqlite3 *db);

} // namespace fjord::storage
