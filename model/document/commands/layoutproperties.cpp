#include "model/document/commands/layoutproperties.h"

#include "model/document/commands/layoutbuildsupport.h"
#include "model/document/commands/layoutedits.h"
#include "model/geometry.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace fjord::layout {

using detail::setError;

namespace {

// Sort key that treats positions within 5 cm as equal, so that racks of one line sort by the other axis.
bool before(double ay, double ax, double by, double bx)
{
    if (std::abs(ay - by) > 0.05)
        return ay < by;
    return ax < bx;
}

std::array<Point2, 4> hallCorners(const Hall &h)
{
    return {hallToSite(h, {0, 0}), hallToSite(h, {h.widthM, 0}), hallToSite(h, {h.widthM, h.depthM}),
            hallToSite(h, {0, h.depthM})};
}

// The first other hall that `after` overlaps but `before` did not (halls already overlapping in a
// file stay editable; validation reports the rest).
const Hall *newlyOverlappedHall(const Scenario &scenario, const Hall &before, const Hall &after)
{
    const auto was = hallCorners(before), now = hallCorners(after);
    for (const Hall &other : scenario.halls) {
        if (other.id == before.id)
            continue;
        const auto corners = hallCorners(other);
        if (footprintsOverlap(now, corners) && !footprintsOverlap(was, corners))
            return &other;
    }
    return nullptr;
}

} // namespace

LayoutDelta setRackProperties(const Project &project, const Scenario &scenario, const QList<Id> &rackIds,
                              const RackProperties &p, QString *error)
{
    if (p.rackTypeId && !project.rackType(*p.rackTypeId)) {
        setError(error, CommandsTr::tr("Unknown rack type"));
        return {};
    }
    if (p.stageId && *p.stageId != NoId && !scenario.stage(*p.stageId)) {
        setError(error, CommandsTr::tr("Unknown stage"));
        return {};
    }
    if (p.name && rackIds.size() != 1) {
        setError(error, CommandsTr::tr("A name names one rack; use Renumber to name many"));
        return {};
    }
    if (p.name && p.name->trimmed().isEmpty()) {
        setError(error, CommandsTr::tr("A rack needs a name"));
        return {};
    }
    if ((p.xM || p.yM) && rackIds.size() != 1) {
        setError(error, CommandsTr::tr("A position places one rack; select one rack to type its position"));
        return {};
    }
    for (const std::optional<double> &v : {p.xM, p.yM, p.rotationDeg})
        if (v && !std::isfinite(*v)) {
            setError(error, CommandsTr::tr("A position and a rotation must be numbers"));
            return {};
        }
    const QSet<Id> wanted(rackIds.cbegin(), rackIds.cend());
    LayoutDelta delta;
    for (int i = 0; i < scenario.racks.size(); ++i) {
        const Rack &r = scenario.racks[i];
        if (!wanted.contains(r.id))
            continue;
        Rack after = r;
        if (p.rackTypeId)
            after.rackTypeId = *p.rackTypeId;
        if (p.stageId)
            after.stageId = *p.stageId;
        if (p.name)
            after.name = p.name->trimmed();
        if (p.xM)
            after.xM = *p.xM;
        if (p.yM)
            after.yM = *p.yM;
        if (p.rotationDeg)
            after.rotationDeg = detail::wrapDeg(*p.rotationDeg);
        const Hall *hall = scenario.hall(r.hallId);
        if (p.rackTypeId && hall && !rackInsideHall(project, *hall, after)) {
            setError(
                error,
                CommandsTr::tr("Rack %1 would not fit in hall %2 with the new type").arg(r.name, hall->name));
            return {};
        }
        if ((p.xM || p.yM || p.rotationDeg) && hall && !rackInsideHall(project, *hall, after)) {
            setError(error,
                     CommandsTr::tr("Rack %1 would lie outside hall %2 (%3 × %4 m) at (%5, %6) m turned %7°")
                         .arg(r.name, hall->name)
                         .arg(hall->widthM, 0, 'f', 1)
                         .arg(hall->depthM, 0, 'f', 1)
                         .arg(after.xM, 0, 'f', 2)
                         .arg(after.yM, 0, 'f', 2)
                         .arg(after.rotationDeg, 0, 'f', 1));
            return {};
        }
        if (!(after == r))
            delta.racks.append({r, after, i});
    }
    return delta;
}

LayoutDelta setHallProperties(const Project &project, const Scenario &scenario, Id hallId,
                              const HallProperties &p, QString *error)
{
    const Hall *hall = scenario.hall(hallId);
    if (!hall) {
        setError(error, CommandsTr::tr("Unknown hall"));
        return {};
    }
    Hall after = *hall;
    if (p.name) {
        if (p.name->trimmed().isEmpty()) {
            setError(error, CommandsTr::tr("A hall needs a name"));
            return {};
        }
        after.name = p.name->trimmed();
    }
    if (p.widthM)
        after.widthM = *p.widthM;
    if (p.depthM)
        after.depthM = *p.depthM;
    if (!(after.widthM > 0) || !(after.depthM > 0) || !std::isfinite(after.widthM) ||
        !std::isfinite(after.depthM)) {
        setError(error, CommandsTr::tr("Hall %1 needs a positive width and depth (got %2 × %3 m)")
                            .arg(hall->name)
                            .arg(after.widthM, 0, 'f', 1)
                            .arg(after.depthM, 0, 'f', 1));
        return {};
    }
    for (const std::optional<double> &v : {p.xM, p.yM, p.rotationDeg})
        if (v && !std::isfinite(*v)) {
            setError(error, CommandsTr::tr("A position and a rotation must be numbers"));
            return {};
        }
    if (p.xM)
        after.xM = *p.xM;
    if (p.yM)
        after.yM = *p.yM;
    if (p.rotationDeg)
        after.rotationDeg = detail::wrapDeg(*p.rotationDeg);
    if (p.widthM || p.depthM || p.xM || p.yM || p.rotationDeg)
        if (const Hall *other = newlyOverlappedHall(scenario, *hall, after)) {
            setError(error, CommandsTr::tr("Hall %1 would overlap hall %2").arg(hall->name, other->name));
            return {};
        }
    if (p.floorLoadLimitKgPerM2) {
        if (!(*p.floorLoadLimitKgPerM2 >= 0)) {
            setError(error,
                     CommandsTr::tr("Floor load limit of hall %1 must not be negative").arg(hall->name));
            return {};
        }
        after.floorLoadLimitKgPerM2 = *p.floorLoadLimitKgPerM2;
    }
    if (p.coolingSystemId) {
        if (*p.coolingSystemId != NoId && !scenario.coolingSystem(*p.coolingSystemId)) {
            setError(error, CommandsTr::tr("Unknown cooling system"));
            return {};
        }
        after.coolingSystemId = *p.coolingSystemId;
    }
    if (p.stageId) {
        if (*p.stageId != NoId && !scenario.stage(*p.stageId)) {
            setError(error, CommandsTr::tr("Unknown stage"));
            return {};
        }
        after.stageId = *p.stageId;
    }
    if (p.widthM || p.depthM) {
        for (const Rack &r : scenario.racks) {
            if (r.hallId == hallId && !rackInsideHall(project, after, r)) {
                setError(error,
                         CommandsTr::tr("Hall %1 would be too small for rack %2").arg(hall->name, r.name));
                return {};
            }
        }
    }
    LayoutDelta delta;
    if (after == *hall)
        return delta;
    int index = 0;
    while (scenario.halls[index].id != hallId)
        ++index;
    delta.halls.append({*hall, after, index});
    return delta;
}

LayoutDelta renumber(const Scenario &scenario, const QList<Id> &ids)
{
    QSet<Id> halls;
    if (ids.isEmpty()) {
        for (const Hall &h : scenario.halls)
            halls.insert(h.id);
    } else {
        const QSet<Id> wanted(ids.cbegin(), ids.cend());
        for (const Hall &h : scenario.halls)
            if (wanted.contains(h.id))
                halls.insert(h.id);
        for (const Row &r : scenario.rows)
            if (wanted.contains(r.id))
                halls.insert(r.hallId);
        for (const Rack &r : scenario.racks)
            if (wanted.contains(r.id))
                halls.insert(r.hallId);
    }

    // New row names: by position of the row's start within its hall.
    QHash<Id, QString> rowName;
    QHash<Id, QList<int>> rowsByHall;
    for (int i = 0; i < scenario.rows.size(); ++i)
        if (halls.contains(scenario.rows[i].hallId))
            rowsByHall[scenario.rows[i].hallId].append(i);
    for (auto &list : rowsByHall) {
        std::stable_sort(list.begin(), list.end(), [&](int a, int b) {
            const Row &ra = scenario.rows[a], &rb = scenario.rows[b];
            return before(ra.yM, ra.xM, rb.yM, rb.xM);
        });
        for (int k = 0; k < list.size(); ++k)
            rowName.insert(scenario.rows[list[k]].id,
                           QStringLiteral("R%1").arg(k + 1, 2, 10, QLatin1Char('0')));
    }

    // Racks per row (by distance along the row) and free-standing per hall (by position).
    QHash<Id, QList<int>> racksByGroup; // row id, or hall id for free-standing racks
    for (int i = 0; i < scenario.racks.size(); ++i) {
        const Rack &r = scenario.racks[i];
        if (halls.contains(r.hallId))
            racksByGroup[r.rowId != NoId && scenario.row(r.rowId) ? r.rowId : r.hallId].append(i);
    }
    QHash<Id, QString> rackNewName;
    for (auto it = racksByGroup.begin(); it != racksByGroup.end(); ++it) {
        auto &list = it.value();
        const Row *row = scenario.row(it.key());
        if (row) {
            const double a = row->rotationDeg * std::numbers::pi / 180.0;
            const double ux = std::cos(a), uy = std::sin(a);
            std::stable_sort(list.begin(), list.end(), [&](int p, int q) {
                const Rack &rp = scenario.racks[p], &rq = scenario.racks[q];
                return (rp.xM - row->xM) * ux + (rp.yM - row->yM) * uy <
                       (rq.xM - row->xM) * ux + (rq.yM - row->yM) * uy;
            });
        } else {
            std::stable_sort(list.begin(), list.end(), [&](int p, int q) {
                const Rack &rp = scenario.racks[p], &rq = scenario.racks[q];
                return before(rp.yM, rp.xM, rq.yM, rq.xM);
            });
        }
        for (int k = 0; k < list.size(); ++k) {
            const Rack &r = scenario.racks[list[k]];
            const Hall *hall = scenario.hall(r.hallId);
            rackNewName.insert(r.id, rackName(hall ? hall->name : QString(),
                                              row ? rowName.value(row->id) : QString(), k + 1));
        }
    }

    LayoutDelta delta;
    for (int i = 0; i < scenario.rows.size(); ++i) {
        const Row &r = scenario.rows[i];
        if (rowName.contains(r.id) && rowName.value(r.id) != r.name) {
            Row after = r;
            after.name = rowName.value(r.id);
            delta.rows.append({r, after, i});
        }
    }
    for (int i = 0; i < scenario.racks.size(); ++i) {
        const Rack &r = scenario.racks[i];
        if (rackNewName.contains(r.id) && rackNewName.value(r.id) != r.name) {
            Rack after = r;
            after.name = rackNewName.value(r.id);
            delta.racks.append({r, after, i});
        }
    }
    return delta;
}

} // namespace fjord::layout
