#pragma once

#include "app/cli/cliargs.h"
#include "model/project.h"
#include "model/storage/serverlocation.h"
#include "model/storage/serverstore.h"

#include <QSet>
#include <QTextStream>

#include <optional>

namespace fjord::cli {

// The project a verb reads or changes: its FILE, or with --db URL the latest revision of a team
// project on a PostgreSQL server (the verb then takes no FILE). One helper for every verb, so a
// verb handles a file and a server alike. A verb that changes the project saves it back where it
// came from: the file, or a new revision on top of the revision it opened, so that a save someone
// else made in between refuses this one (optimistic locking) and nothing of theirs is lost.
struct ProjectInput {
    Project project;
    QString name;                                  // the FILE, or the URL without its password
    std::optional<storage::ServerLocation> server; // set with --db
    qint64 revision = 0;                           // --db: the revision that was opened
};

// The verb's own options plus --db (and, for a verb that changes the project, --comment: the
// comment of the revision it saves).
QSet<QString> withInputOptions(QSet<QString> valued, bool changesProject = false);

// `a` parsed, and FILE (not with --db) plus `arguments` further positionals given; otherwise
// prints why.
bool inputArgsOrReport(const CliArgs &a, int arguments, const char *verb, QTextStream &err);
// The verb's own positional argument `i` (counted after FILE when there is one).
QString argumentOf(const CliArgs &a, int i);
// The FILE, or the --db URL without its password: how messages name the input.
QString inputName(const CliArgs &a);

std::optional<ProjectInput> openInputOrReport(const CliArgs &a, QTextStream &err);

// A verb that reads one scenario: the input and its --scenario (the first when not given).
struct ScenarioInput {
    ProjectInput opened;
    qsizetype scenarioIndex = 0;
    const Project &project() const { return opened.project; }
    const Scenario &scenario() const { return opened.project.scenarios[scenarioIndex]; }
    const QString &file() const { return opened.name; } // how messages name the input
};
// The input opened and its scenario found, or nothing after printing why.
std::optional<ScenarioInput> openScenarioOrReport(const CliArgs &a, QTextStream &err);

// Saves `input.project` back to its file, or as the next revision of its team project (comment:
// --comment, else `comment`); once saved, prints `report` (what the verb did) and, on a server,
// which revision it became. Returns the exit code: Ok, ServerRefused (someone saved since the
// revision was opened, or the role may not write) or BadInput.
int saveInputOrReport(const ProjectInput &input, const CliArgs &a, const QString &comment,
                      const QString &report, QTextStream &out, QTextStream &err);

// A postgresql:// URL parsed, or nullopt with the reason printed.
std::optional<storage::ServerLocation> serverLocationOrReport(const QString &url, QTextStream &err);
// The exit code of a refused save: 3 when the server refused it (stale, read-only role), else 2.
int exitCodeOf(const storage::ServerSaveResult &saved);

} // namespace fjord::cli
