#pragma once

#include "model/project.h"

#include <QString>

#include <optional>

struct sqlite3;

namespace fjord::storage {

struct ProjectReadResult {
    std::optional<Project> project;
    QString error; // names the table, column and row; without the file name
};

// Reads a whole project from a database at the current schema version. Every value is
// type-checked (numbers, integers, 0/1 flags, dates, enumeration names). References between
// objects are not checked here: fjord::validate reports dangling ids as Problems.
ProjectReadResult readProject(sqlite3 *db);

} // namespace fjord::storage
