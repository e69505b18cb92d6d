#pragma once

#include "model/climate.h"
#include "model/costs.h"
#include "model/racktype.h"
#include "model/scenario.h"

#include <QList>
#include <QString>

namespace fjord {

enum class ContinuousLoadRule { Iec100, Nec80 }; // continuous-load limit: 100 % or 80 % of rating

struct Site {
    QString name;    // "Kvandal, Narvik"
    QString country; // ISO 3166 alpha-2, "NO"
    double latitudeDeg = 0.0;
    double longitudeDeg = 0.0;
    Climate climate;
    // Other weather years of the site (EPW files of other years), for the risk study's discrete input
    // `climate.weather_year`: 0 is `climate`, k is weatherYears[k - 1] (model/uncertainty.h).
    QList<Climate> weatherYears;
    bool operator==(const Site &) const = default;
};

struct ProjectSettings {
    ContinuousLoadRule continuousLoad = ContinuousLoadRule::Iec100;
    double minAisleWidthM = 1.2;
    double imbalanceWarnPct = 10.0;
    double imbalanceErrorPct = 20.0;
    // Share of each stage's IT capacity promised to start-up and research tenants (METHOD §8.2).
    double priorityCapacityTarget = 0.10;
    bool operator==(const ProjectSettings &) const = default;
};

// The open project: site, catalogues and scenarios. Plain value; ProjectDocument owns the
// editable copy and its undo stack.
struct Project {
    QString name;
    QString description;
    Site site;
    ProjectSettings settings;
    QList<RackType> rackTypes;
    CostCatalogue costs;
    QList<OpexItem> opex;
    QList<Scenario> scenarios;
    Id nextId = 1; // the next free id (ids are unique across kinds)

    Id allocateId() { return nextId++; }
    const RackType *rackType(Id id) const;
    RackType *rackType(Id id);
    const Scenario *scenario(Id id) const;
    Scenario *scenario(Id id);
    const Scenario *scenarioByName(const QString &name) const;
    bool operator==(const Project &) const = default;
};

} // namespace fjord
