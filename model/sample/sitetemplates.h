#pragma once

#include "model/project.h"

#include <QStringList>

namespace fjord {

// Where a new project starts (issue 11): figures of a typical site, never zeros that look real.
//  Nordic:        a site in NO4 (Nord-Norge): the built-in Narvik climate year, the NO4 grid mix and price.
//  CentralEurope: a site near Frankfurt (DE): the German grid mix and price; no built-in climate,
//                 so the climate is "not set" (a Problem) until an EPW is imported.
//  Blank:         no site, no climate, no grid figures, no unit costs: each is "not set" and raises a
//                 Problem (validateProject / validate) until the planner sets it.
// Every template has the built-in rack catalogue, one stage and the training load profile.
enum class SiteTemplate { Nordic, CentralEurope, Blank };

Project makeNewProject(const QString &name, SiteTemplate siteTemplate);

// Stable keys for the CLI and settings ("nordic", "central-europe", "blank") and back; false when
// the key is unknown.
QString siteTemplateKey(SiteTemplate siteTemplate);
bool siteTemplateFromKey(const QString &key, SiteTemplate *out);
QStringList siteTemplateKeys();

} // namespace fjord
