#include "model/document/objectlocator.h"
#include "model/tr.h"

#include <QCoreApplication>

namespace fjord {

namespace {

template <typename T> T *inList(QList<T> &list, Id id)
{
    for (T &t : list)
        if (t.id == id)
            return &t;
    return nullptr;
}

// Calls f(kind, scenario-or-null, object) for the object with `id`; returns whether found.
template <typename F> bool visit(Project &project, Id id, F &&f)
{
    if (id == NoId)
        return false;
    if (auto *t = inList(project.rackTypes, id))
        return f(ObjectKind::RackType, nullptr, t->name), true;
    if (auto *o = inList(project.opex, id))
        return f(ObjectKind::OpexItem, nullptr, o->name), true;
    for (Scenario &s : project.scenarios) {
        if (s.id == id)
            return f(ObjectKind::Scenario, &s, s.name), true;
        if (auto *o = inList(s.stages, id))
            return f(ObjectKind::Stage, &s, o->name), true;
        if (auto *o = inList(s.halls, id))
            return f(ObjectKind::Hall, &s, o->name), true;
        if (auto *o = inList(s.rows, id))
            return f(ObjectKind::Row, &s, o->name), true;
        if (auto *o = inList(s.racks, id))
            return f(ObjectKind::Rack, &s, o->name), true;
        if (auto *o = inList(s.powerNodes, id))
            return f(ObjectKind::PowerNode, &s, o->name), true;
        if (auto *o = inList(s.redundancyGroups, id))
            return f(ObjectKind::RedundancyGroup, &s, o->name), true;
        if (auto *o = inList(s.coolingSystems, id))
            return f(ObjectKind::CoolingSystem, &s, o->name), true;
        if (auto *o = inList(s.loadProfiles, id))
            return f(ObjectKind::LoadProfile, &s, o->name), true;
        if (auto *o = inList(s.heatOfftakes, id))
            return f(ObjectKind::HeatOfftake, &s, o->name), true;
        if (auto *o = inList(s.supply.ppas, id))
            return f(ObjectKind::Ppa, &s, o->name), true;
        if (auto *o = inList(s.supply.guarantees, id))
            return f(ObjectKind::GuaranteeOfOrigin, &s, o->name), true;
    }
    return false;
}

template <typename T, typename Get> T *inScenarios(Project &project, Id id, Get get)
{
    if (id == NoId)
        return nullptr;
    for (Scenario &s : project.scenarios)
        if (T *t = inList(get(s), id))
            return t;
    return nullptr;
}

} // namespace

ObjectRef locateObject(const Project &project, Id id)
{
    ObjectRef ref;
    // visit() takes a mutable project only to share the code with objectNameField(); it writes nothing.
    visit(const_cast<Project &>(project), id, [&](ObjectKind kind, Scenario *s, QString &name) {
        ref.kind = kind;
        ref.id = id;
        ref.scenarioId = s ? s->id : NoId;
        ref.name = name;
    });
    return ref;
}

QString *objectNameField(Project &project, Id id)
{
    QString *field = nullptr;
    visit(project, id, [&](ObjectKind, Scenario *, QString &name) { field = &name; });
    return field;
}

QString kindLabel(ObjectKind kind)
{
    const char *label = QT_TRANSLATE_NOOP("fjord::Commands", "object");
    switch (kind) {
    case ObjectKind::None:
        label = QT_TRANSLATE_NOOP("fjord::Commands", "object");
        break;
    case ObjectKind::Project:
        label = QT_TRANSLATE_NOOP("fjord::Commands", "project");
        break;
    case ObjectKind::Scenario:
        label = QT_TRANSLATE_NOOP("fjord::Commands", "scenario");
        break;
    case ObjectKind::Stage:
        label = QT_TRANSLATE_NOOP("fjord::Commands", "stage");
        break;
    case ObjectKind::Hall:
        label = QT_TRANSLATE_NOOP("fjord::Commands", "hall");
        break;
    case ObjectKind::Row:
        label = QT_TRANSLATE_NOOP("fjord::Commands", "row");
        break;
    case ObjectKind::Rack:
        label = QT_TRANSLATE_NOOP("fjord::Commands", "rack");
        break;
    case ObjectKind::PowerNode:
        label = QT_TRANSLATE_NOOP("fjord::Commands", "power node");
        break;
    case ObjectKind::RedundancyGroup:
        label = QT_TRANSLATE_NOOP("fjord::Commands", "redundancy group");
        break;
    case ObjectKind::CoolingSystem:
        label = QT_TRANSLATE_NOOP("fjord::Commands", "cooling system");
        break;
    case ObjectKind::LoadProfile:
        label = QT_TRANSLATE_NOOP("fjord::Commands", "load profile");
        break;
    case ObjectKind::HeatOfftake:
        label = QT_TRANSLATE_NOOP("fjord::Commands", "heat offtake");
        break;
    case ObjectKind::Ppa:
        label = QT_TRANSLATE_NOOP("fjord::Commands", "PPA");
        break;
    case ObjectKind::GuaranteeOfOrigin:
        label = QT_TRANSLATE_NOOP("fjord::Commands", "guarantee of origin");
        break;
    case ObjectKind::RackType:
        label = QT_TRANSLATE_NOOP("fjord::Commands", "rack type");
        break;
    case ObjectKind::OpexItem:
        label = QT_TRANSLATE_NOOP("fjord::Commands", "opex item");
        break;
    }
    return CommandsTr::tr(label);
}

ChangeEvent::Kind changeKindOf(ObjectKind kind)
{
    using K = ChangeEvent::Kind;
    switch (kind) {
    case ObjectKind::None:
        return K::Everything;
    case ObjectKind::Project:
        return K::Project;
    case ObjectKind::Scenario:
        return K::Scenarios;
    case ObjectKind::Stage:
        return K::Stages;
    case ObjectKind::Hall:
        return K::Halls;
    case ObjectKind::Row:
        return K::Rows;
    case ObjectKind::Rack:
        return K::Racks;
    case ObjectKind::PowerNode:
    case ObjectKind::RedundancyGroup:
        return K::PowerChain;
    case ObjectKind::CoolingSystem:
    case ObjectKind::HeatOfftake:
        return K::Cooling;
    case ObjectKind::LoadProfile:
        return K::LoadProfiles;
    case ObjectKind::Ppa:
    case ObjectKind::GuaranteeOfOrigin:
        return K::Supply;
    case ObjectKind::RackType:
        return K::RackTypes;
    case ObjectKind::OpexItem:
        return K::Costs;
    }
    return K::Everything;
}

template <> Scenario *findObject<Scenario>(Project &project, Id id)
{
    return project.scenario(id);
}
template <> RackType *findObject<RackType>(Project &project, Id id)
{
    return project.rackType(id);
}
template <> Stage *findObject<Stage>(Project &project, Id id)
{
    return inScenarios<Stage>(project, id, [](Scenario &s) -> QList<Stage> & { return s.stages; });
}
template <> Hall *findObject<Hall>(Project &project, Id id)
{
    return inScenarios<Hall>(project, id, [](Scenario &s) -> QList<Hall> & { return s.halls; });
}
template <> Row *findObject<Row>(Project &project, Id id)
{
    return inScenarios<Row>(project, id, [](Scenario &s) -> QList<Row> & { return s.rows; });
}
template <> Rack *findObject<Rack>(Project &project, Id id)
{
    return inScenarios<Rack>(project, id, [](Scenario &s) -> QList<Rack> & { return s.racks; });
}
template <> PowerNode *findObject<PowerNode>(Project &project, Id id)
{
    return inScenarios<PowerNode>(project, id,
                                  [](Scenario &s) -> QList<PowerNode> & { return s.powerNodes; });
}
template <> CoolingSystem *findObject<CoolingSystem>(Project &project, Id id)
{
    return inScenarios<CoolingSystem>(project, id,
                                      [](Scenario &s) -> QList<CoolingSystem> & { return s.coolingSystems; });
}

} // namespace fjord
