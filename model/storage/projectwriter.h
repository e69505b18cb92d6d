#pragma once

#include "model/project.h"

#include <QString>

struct sqlite3;

namespace fjord::storage {

// Writes every field of `project` into the tables of an empty database that has the schema
// (schema version 1 or later; the caller owns the transaction). Returns an error naming the
// table, column and object when a value cannot be stored (e.g. NaN), or {}.
QString writeProject(sqlite3 *db, const Project &project);

// Schema 2+: records which program wrote the file and when (table meta).
QString writeMeta(sqlite3 *db);

} // namespace fjord::storage
