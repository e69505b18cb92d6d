#pragma once

#include "model/project.h"

#include <QString>

#include <functional>
#include <optional>

namespace fjord::storage {

// "FJRD" — PRAGMA application_id of every Fjordplan project file.
constexpr int ApplicationId = 0x464A5244;

// Outcome of opening a project file. Storage reports errors as values; only ui/ shows dialogs.
struct OpenResult {
    std::optional<Project> project;
    QString error;         // one line naming the file and the reason, when project is empty
    int fileVersion = 0;   // schema version found in the file
    bool migrated = false; // the file was older and was upgraded in memory
    explicit operator bool() const { return project.has_value(); }
};

// The schema version this program writes (PRAGMA user_version).
int currentSchemaVersion();

// Loads a *.fjordplan file into memory. Untrusted input: opened read-only with defensive
// settings; integrity checked; every value validated; newer files refused with a clear message.
// An older file is migrated in a temporary copy: the user's file is never written on open.
OpenResult openProject(const QString &path);

// Writes the project atomically: a complete temporary database next to the target replaces it,
// so a crash leaves the old or the new file, never a broken one. Returns an error message or {}.
QString saveProject(const Project &project, const QString &path);

// Where the autosave copy of a project lives: "<dir>/.<name>.fjordplan.autosave" beside the
// project file, or "untitled.fjordplan.autosave" in QStandardPaths::AppDataLocation for a
// project that has never been saved (empty `projectPath`).
QString autosavePath(const QString &projectPath);

// Saves `project` (atomically) to autosavePath(projectPath), creating the directory if needed.
// Returns an error message or {}.
QString saveAutosave(const Project &project, const QString &projectPath);

// Test hook: called at each step of saveProject ("created", "written", "synced" — the last one
// just before the rename); a non-empty return is treated as a failure at that step.
// Pass {} to remove it. Not thread-safe; for tests only.
void setSaveFaultHookForTesting(std::function<QString(const QString &step)> hook);

} // namespace fjord::storage
