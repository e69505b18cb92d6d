#pragma once

#include "model/project.h"

#include <QString>

namespace fjord {

// "Save as new scenario" after a refused (stale) save to a team server: the server's latest
// project with `mine`'s scenario `scenarioId` appended as a new scenario named `name`. Every
// object of the copy gets a fresh id from the server project's counter; rack types the copy uses
// that the server project lacks are copied too, with fresh ids. Project-level edits of `mine`
// (site, costs, settings) are not carried over: the server's stand.
// Returns the server project unchanged when `mine` has no such scenario.
Project withScenarioFrom(Project server, const Project &mine, Id scenarioId, const QString &name);

} // namespace fjord
