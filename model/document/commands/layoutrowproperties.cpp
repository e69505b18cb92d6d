#include "model/document/commands/layoutrowproperties.h"

#include "model/document/commands/layoutbuildsupport.h"
#include "model/document/commands/layoutedits.h"
#include "model/power/rowfeeds.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace fjord::layout {

using detail::setError;
using detail::wrapDeg;

namespace {

constexpr int MaxRacksPerRow = 1000;

// Refuses the edit: an empty delta, and the reason for the user.
LayoutDelta refuse(QString *error, const QString &message)
{
    setError(error, message);
    return {};
}

// The row's racks in order along its line: (index in the scenario, position along the line in m).
QList<std::pair<int, double>> racksAlong(const Scenario &scenario, const Row &row)
{
    const double a = row.rotationDeg * std::numbers::pi / 180.0;
    QList<std::pair<int, double>> out;
    for (int i = 0; i < scenario.racks.size(); ++i) {
        const Rack &r = scenario.racks[i];
        if (r.rowId == row.id)
            out.append({i, (r.xM - row.xM) * std::cos(a) + (r.yM - row.yM) * std::sin(a)});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const auto &x, const auto &y) { return x.second < y.second; });
    return out;
}

} // namespace

LayoutDelta setRowProperties(const Project &project, const Scenario &scenario, Id rowId,
                             const RowProperties &p, QString *error)
{
    int rowIndex = -1;
    for (int i = 0; i < scenario.rows.size(); ++i)
        if (scenario.rows[i].id == rowId)
            rowIndex = i;
    if (rowIndex < 0)
        return refuse(error, CommandsTr::tr("Unknown row"));
    const Row &before = scenario.rows[rowIndex];
    const Hall *hall = scenario.hall(before.hallId);
    if (!hall)
        return refuse(error, CommandsTr::tr("Row %1 lies in no hall").arg(before.name));
    Row after = before;

    if (p.name) {
        const QString name = p.name->trimmed();
        if (name.isEmpty())
            return refuse(error, CommandsTr::tr("A row needs a name"));
        for (const Row &other : scenario.rows)
            if (other.id != rowId && other.hallId == before.hallId && other.name == name)
                return refuse(error, CommandsTr::tr("Hall %1 already has a row %2").arg(hall->name, name));
        after.name = name;
    }
    if (p.xM)
        after.xM = *p.xM;
    if (p.yM)
        after.yM = *p.yM;
    for (const std::optional<double> &v : {p.xM, p.yM, p.rotationDeg})
        if (v && !std::isfinite(*v))
            return refuse(error, CommandsTr::tr("A position and a rotation must be numbers"));
    if (p.rotationDeg)
        after.rotationDeg = wrapDeg(*p.rotationDeg);
    if (p.pitchM) {
        if (!(*p.pitchM > 0) || !std::isfinite(*p.pitchM))
            return refuse(error, CommandsTr::tr("The pitch of row %1 must be positive (got %2 m)")
                                     .arg(before.name)
                                     .arg(*p.pitchM, 0, 'f', 2));
        after.pitchM = *p.pitchM;
    }
    if (p.hotAisle)
        after.hotAisle = *p.hotAisle;
    if (p.rackTypeId && !project.rackType(*p.rackTypeId))
        return refuse(error, CommandsTr::tr("Unknown rack type"));
    if (p.stageId && !scenario.stage(*p.stageId))
        return refuse(error, CommandsTr::tr("Unknown stage"));
    for (const std::optional<Id> &feed : {p.feedA, p.feedB})
        if (feed && *feed != NoId && !scenario.powerNode(*feed))
            return refuse(error,
                          CommandsTr::tr("Unknown power node for the feed of row %1").arg(before.name));
    if (p.feedA)
        after.feedA = *p.feedA;
    if (p.feedB)
        after.feedB = *p.feedB;

    const QList<std::pair<int, double>> along = racksAlong(scenario, before);
    const int count = p.rackCount.value_or(int(along.size()));
    if (count < 1 || count > MaxRacksPerRow)
        return refuse(error, CommandsTr::tr("Row %1 needs between 1 and %2 racks (got %3)")
                                 .arg(before.name)
                                 .arg(MaxRacksPerRow)
                                 .arg(count));

    // The racks as they will be: the kept ones edited in place, new ones like the last one.
    const double a = after.rotationDeg * std::numbers::pi / 180.0;
    const double ux = std::cos(a), uy = std::sin(a);
    const bool relay = p.pitchM && *p.pitchM != before.pitchM;
    const bool flip = after.hotAisle != before.hotAisle;
    const double dx = after.xM - before.xM, dy = after.yM - before.yM;
    // A new direction turns every rack about the row's (new) start, and each rack by as much.
    const double turnDeg = after.rotationDeg - before.rotationDeg;
    const double t = turnDeg * std::numbers::pi / 180.0;
    const double ct = std::cos(t), st = std::sin(t);
    const QString oldPrefix = hall->name + u'-' + before.name + u'-';
    const QString newPrefix = hall->name + u'-' + after.name + u'-';
    const double rackTurn = after.hotAisle == AisleSide::Back ? 180.0 : 0.0;

    LayoutDelta delta;
    Id next = project.nextId;
    for (int k = 0; k < std::max(count, int(along.size())); ++k) {
        if (k >= count) { // beyond the new count: removed from the end of the line
            const int i = along[k].first;
            delta.racks.append({scenario.racks[i], std::nullopt, i});
            continue;
        }
        Rack rack;
        int index = -1;
        if (k < along.size()) {
            index = along[k].first;
            rack = scenario.racks[index];
            rack.xM += dx;
            rack.yM += dy;
            if (turnDeg != 0.0) {
                const double ox = rack.xM - after.xM, oy = rack.yM - after.yM;
                rack.xM = after.xM + ox * ct - oy * st;
                rack.yM = after.yM + ox * st + oy * ct;
                rack.rotationDeg = wrapDeg(rack.rotationDeg + turnDeg);
            }
            if (relay) {
                rack.xM = after.xM + ux * after.pitchM * (k + 0.5);
                rack.yM = after.yM + uy * after.pitchM * (k + 0.5);
            }
            if (flip)
                rack.rotationDeg = wrapDeg(rack.rotationDeg + 180.0);
            if (rack.name.startsWith(oldPrefix))
                rack.name = newPrefix + rack.name.mid(oldPrefix.size());
        } else {
            const Rack *last = along.isEmpty() ? nullptr : &scenario.racks[along.last().first];
            rack.id = next++;
            rack.hallId = hall->id;
            rack.rowId = rowId;
            rack.rackTypeId = last ? last->rackTypeId : p.rackTypeId.value_or(NoId);
            rack.stageId = last ? last->stageId : p.stageId.value_or(NoId);
            rack.rotationDeg =
                last ? wrapDeg(last->rotationDeg + turnDeg) : wrapDeg(after.rotationDeg + rackTurn);
            rack.xM = after.xM + ux * after.pitchM * (k + 0.5);
            rack.yM = after.yM + uy * after.pitchM * (k + 0.5);
            rack.name = rackName(hall->name, after.name, k + 1);
            rack.feeds = rowDefaultFeeds(scenario, after); // added racks take the row's feeds
        }
        if (p.rackTypeId)
            rack.rackTypeId = *p.rackTypeId;
        if (p.stageId)
            rack.stageId = *p.stageId;
        if (!project.rackType(rack.rackTypeId))
            return refuse(
                error,
                CommandsTr::tr("Row %1 has no rack type to add racks of: choose a type").arg(after.name));
        if (!rackInsideHall(project, *hall, rack))
            return refuse(error, CommandsTr::tr("Row %1 would not fit in hall %2: rack %3 would lie outside")
                                     .arg(after.name, hall->name, rack.name));
        if (index < 0)
            delta.racks.append({std::nullopt, rack, int(scenario.racks.size()) + (k - int(along.size()))});
        else if (!(rack == scenario.racks[index]))
            delta.racks.append({scenario.racks[index], rack, index});
    }
    if (!(after == before))
        delta.rows.append({before, after, rowIndex});
    if (next != project.nextId) {
        delta.nextIdBefore = project.nextId;
        delta.nextIdAfter = next;
    }
    return delta;
}

} // namespace fjord::layout
