#pragma once

#include "model/document/changeevent.h"
#include "model/project.h"

#include <QString>

namespace fjord {

// Every kind of named object a project holds. Ids are unique across kinds (model/ids.h), so an id
// alone finds the object; the locator says what and where it is.
enum class ObjectKind {
    None,
    Project,
    Scenario,
    Stage,
    Hall,
    Row,
    Rack,
    PowerNode,
    RedundancyGroup,
    CoolingSystem,
    LoadProfile,
    HeatOfftake,
    Ppa,
    GuaranteeOfOrigin,
    RackType,
    OpexItem
};

struct ObjectRef {
    ObjectKind kind = ObjectKind::None;
    Id id = NoId;
    Id scenarioId = NoId; // the scenario holding it (NoId for project-level objects)
    QString name;
    bool isValid() const { return kind != ObjectKind::None; }
};

// Finds any object by id; kind None when absent.
ObjectRef locateObject(const Project &project, Id id);
// The object's name field, for rename; nullptr when absent. Pointer valid until the next model change.
QString *objectNameField(Project &project, Id id);
// Lower-case user-visible kind ("rack", "power node"), for undo texts and the inspector.
QString kindLabel(ObjectKind kind);
// The change event a command on an object of this kind emits.
ChangeEvent::Kind changeKindOf(ObjectKind kind);

// Typed lookup by id across the whole project, nullptr when absent (for commands that re-find
// their object on every redo/undo: pointers into the model's lists do not survive edits).
template <typename T> T *findObject(Project &project, Id id);
template <> Scenario *findObject<Scenario>(Project &project, Id id);
template <> Stage *findObject<Stage>(Project &project, Id id);
template <> Hall *findObject<Hall>(Project &project, Id id);
template <> Row *findObject<Row>(Project &project, Id id);
template <> Rack *findObject<Rack>(Project &project, Id id);
template <> PowerNode *findObject<PowerNode>(Project &project, Id id);
template <> CoolingSystem *findObject<CoolingSystem>(Project &project, Id id);
template <> RackType *findObject<RackType>(Project &project, Id id);

} // namespace fjord
