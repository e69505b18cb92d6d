#pragma once

#include "app/cli/cliargs.h"
#include "app/cli/clicommands.h"
#include "model/project.h"

#include <QTextStream>

#include <optional>

namespace fjord::cli {

// Shared helpers of the verbs: they print the one-line error themselves and return nothing.
// (A verb's project, FILE or --db URL: projectinput.h.)
std::optional<Project> openOrReport(const QString &path, QTextStream &err);
const Scenario *scenarioOrReport(const Project &project, const QString &name, const QString &file,
                                 QTextStream &err);
// The climate to evaluate with: --climate FILE.epw when given (the project itself is not changed),
// else the project's own; nothing after printing why the EPW file cannot be read.
std::optional<Climate> climateOrReport(const CliArgs &args, const Project &project, QTextStream &err);
// --scenarios A,B: the names separated by commas, blanks around each ignored (compare, report).
QStringList scenarioNameList(const QString &value);
// Each named scenario, or an empty list after printing which one is missing.
QList<const Scenario *> scenariosOrReport(const Project &project, const QStringList &names,
                                          const QString &file, QTextStream &err);
// Writes `bytes` to `path` atomically (QSaveFile); otherwise prints why.
bool writeFileOrReport(const QByteArray &bytes, const QString &path, QTextStream &err);
bool saveOrReport(const Project &project, const QString &path, QTextStream &err);
// The verb's arguments parsed and `positionals` of them given; otherwise prints why.
bool argsOrReport(const CliArgs &args, int positionals, const char *verb, QTextStream &err);

// The verbs (one per DESIGN.md §5 line).
int cmdNew(const QStringList &args, QTextStream &out, QTextStream &err);
int cmdEvaluate(const QStringList &args, QTextStream &out, QTextStream &err);
int cmdCheck(const QStringList &args, QTextStream &out, QTextStream &err);
int cmdCompare(const QStringList &args, QTextStream &out, QTextStream &err);
int cmdImportEpw(const QStringList &args, QTextStream &out, QTextStream &err);
int cmdImportNetbox(const QStringList &args, QTextStream &out, QTextStream &err);
int cmdExportNetbox(const QStringList &args, QTextStream &out, QTextStream &err);
int cmdExportEed(const QStringList &args, QTextStream &out, QTextStream &err);
int cmdReport(const QStringList &args, QTextStream &out, QTextStream &err);
int cmdPush(const QStringList &args, QTextStream &out, QTextStream &err);
int cmdPull(const QStringList &args, QTextStream &out, QTextStream &err);
int cmdHistory(const QStringList &args, QTextStream &out, QTextStream &err);
int cmdRestore(const QStringList &args, QTextStream &out, QTextStream &err);
int cmdRisk(const QStringList &args, QTextStream &out, QTextStream &err);
int cmdMerge(const QStringList &args, QTextStream &out, QTextStream &err);
int cmdSweep(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace fjord::cli
