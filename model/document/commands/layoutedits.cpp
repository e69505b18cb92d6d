#include "model/document/commands/layoutedits.h"

#include "model/document/commands/layoutbuildsupport.h"
#include "model/geometry.h"
#include "model/power/rowfeeds.h"

#include <QHash>
#include <QSet>

#include <cmath>
#include <numbers>

namespace fjord::layout {

using detail::setError;
using detail::wrapDeg;

namespace {

constexpr double InsideTolM = 1e-3;

Point2 rotated(Point2 p, double deg)
{
    const double r = deg * std::numbers::pi / 180.0;
    const double c = std::cos(r), s = std::sin(r);
    return {p.x * c - p.y * s, p.x * s + p.y * c};
}

} // namespace

bool rackInsideHall(const Project &project, const Hall &hall, const Rack &rack)
{
    const RackType *type = project.rackType(rack.rackTypeId);
    if (!type)
        return false;
    const Bounds b = rackBounds(rack, *type);
    return b.minX >= -InsideTolM && b.minY >= -InsideTolM && b.maxX <= hall.widthM + InsideTolM &&
           b.maxY <= hall.depthM + InsideTolM;
}

QString rackName(const QString &hallName, const QString &rowName, int number)
{
    const QString n = QStringLiteral("%1").arg(number, 2, 10, QLatin1Char('0'));
    if (rowName.isEmpty())
        return QString(hallName + QStringLiteral("-S-") + n);
    return QString(hallName + u'-' + rowName + u'-' + n);
}

QString nextRowName(const Scenario &scenario, Id hallId)
{
    int highest = 0;
    for (const Row &row : scenario.rows) {
        if (row.hallId != hallId || !row.name.startsWith(u'R'))
            continue;
        bool ok = false;
        const int n = row.name.mid(1).toInt(&ok);
        if (ok)
            highest = std::max(highest, n);
    }
    return QStringLiteral("R%1").arg(highest + 1, 2, 10, QLatin1Char('0'));
}

LayoutDelta addHall(const Project &project, const Scenario &scenario, Hall hall, QString *error)
{
    if (!(hall.widthM > 0) || !(hall.depthM > 0)) {
        setError(error, CommandsTr::tr("A hall needs a positive width and depth (got %1 × %2 m)")
                            .arg(hall.widthM, 0, 'f', 2)
                            .arg(hall.depthM, 0, 'f', 2));
        return {};
    }
    LayoutDelta delta;
    delta.nextIdBefore = project.nextId;
    hall.id = project.nextId;
    delta.nextIdAfter = project.nextId + 1;
    if (hall.name.isEmpty())
        hall.name = QStringLiteral("H%1").arg(scenario.halls.size() + 1);
    delta.halls.append({std::nullopt, hall, int(scenario.halls.size())});
    return delta;
}

LayoutDelta addRow(const Project &project, const Scenario &scenario, const RowSpec &spec, QString *error)
{
    const Hall *hall = scenario.hall(spec.hallId);
    const RackType *type = project.rackType(spec.rackTypeId);
    if (!hall || !type || spec.count < 1 || !(spec.pitchM > 0)) {
        setError(error, !hall   ? CommandsTr::tr("A row needs a hall")
                        : !type ? CommandsTr::tr("A row needs a rack type of the catalogue")
                                : CommandsTr::tr("A row needs at least one rack and a positive pitch"));
        return {};
    }
    LayoutDelta delta;
    delta.nextIdBefore = project.nextId;
    Id next = project.nextId;
    Row row;
    row.id = next++;
    row.hallId = hall->id;
    row.name = spec.name.isEmpty() ? nextRowName(scenario, hall->id) : spec.name;
    row.xM = spec.xM;
    row.yM = spec.yM;
    row.rotationDeg = wrapDeg(spec.rotationDeg);
    row.pitchM = spec.pitchM;
    row.hotAisle = spec.hotAisle;
    delta.rows.append({std::nullopt, row, int(scenario.rows.size())});
    const Point2 u = rotated({1, 0}, row.rotationDeg);
    const double rackRotation = wrapDeg(row.rotationDeg + (spec.hotAisle == AisleSide::Back ? 180.0 : 0.0));
    for (int i = 0; i < spec.count; ++i) {
        Rack rack;
        rack.id = next++;
        rack.hallId = hall->id;
        rack.rowId = row.id;
        rack.rackTypeId = type->id;
        rack.stageId = spec.stageId;
        rack.xM = spec.xM + u.x * spec.pitchM * (i + 0.5);
        rack.yM = spec.yM + u.y * spec.pitchM * (i + 0.5);
        rack.rotationDeg = rackRotation;
        rack.name = rackName(hall->name, row.name, i + 1);
        if (!rackInsideHall(project, *hall, rack)) {
            setError(error, CommandsTr::tr("Row %1 does not fit in hall %2: rack %3 would lie outside")
                                .arg(row.name, hall->name)
                                .arg(i + 1));
            return {};
        }
        delta.racks.append({std::nullopt, rack, int(scenario.racks.size()) + i});
    }
    delta.nextIdAfter = next;
    return delta;
}

LayoutDelta addRacks(const Project &project, const Scenario &scenario, QList<Rack> racks, QString *error)
{
    LayoutDelta delta;
    delta.nextIdBefore = project.nextId;
    Id next = project.nextId;
    QHash<Id, int> freeNumber; // next free-standing number per hall
    for (const Rack &r : scenario.racks)
        if (r.rowId == NoId)
            freeNumber[r.hallId] = freeNumber.value(r.hallId) + 1;
    for (Rack &rack : racks) {
        const Hall *hall = scenario.hall(rack.hallId);
        if (!hall || !project.rackType(rack.rackTypeId)) {
            setError(error, !hall ? CommandsTr::tr("A rack must be placed inside a hall")
                                  : CommandsTr::tr("Unknown rack type"));
            return {};
        }
        if (!rackInsideHall(project, *hall, rack)) {
            setError(error, CommandsTr::tr("Rack at (%1, %2) m lies outside hall %3 (%4 × %5 m)")
                                .arg(rack.xM, 0, 'f', 2)
                                .arg(rack.yM, 0, 'f', 2)
                                .arg(hall->name)
                                .arg(hall->widthM, 0, 'f', 1)
                                .arg(hall->depthM, 0, 'f', 1));
            return {};
        }
        rack.id = next++;
        if (const Row *row = scenario.row(rack.rowId); row && rack.feeds.isEmpty())
            rack.feeds = rowDefaultFeeds(scenario, *row); // a rack placed into a row takes its feeds
        if (rack.name.isEmpty()) {
            const Row *row = scenario.row(rack.rowId);
            const int n = row ? 0 : ++freeNumber[hall->id];
            rack.name = rackName(hall->name, row ? row->name : QString(), n);
        }
        delta.racks.append({std::nullopt, rack, int(scenario.racks.size() + delta.racks.size())});
    }
    delta.nextIdAfter = next;
    return delta;
}

QList<const Rack *> racksOf(const Scenario &scenario, const QList<Id> &ids)
{
    const QSet<Id> wanted(ids.cbegin(), ids.cend());
    QList<const Rack *> out;
    for (const Rack &r : scenario.racks)
        if (wanted.contains(r.id) || wanted.contains(r.rowId) || wanted.contains(r.hallId))
            out.append(&r);
    return out;
}

LayoutDelta moveObjects(const Project &, const Scenario &scenario, const QList<Id> &ids, double dxM,
                        double dyM)
{
    LayoutDelta delta;
    if (ids.isEmpty() || (dxM == 0 && dyM == 0))
        return delta;
    const QSet<Id> wanted(ids.cbegin(), ids.cend());
    QSet<Id> movedHalls, movedRows;
    QHash<Id, Point2> localDelta; // per hall: the site delta in the hall's frame
    for (int i = 0; i < scenario.halls.size(); ++i) {
        const Hall &h = scenario.halls[i];
        localDelta.insert(h.id, rotated({dxM, dyM}, -h.rotationDeg));
        if (!wanted.contains(h.id))
            continue;
        Hall after = h;
        after.xM += dxM;
        after.yM += dyM;
        movedHalls.insert(h.id);
        delta.halls.append({h, after, i});
    }
    for (int i = 0; i < scenario.rows.size(); ++i) {
        const Row &r = scenario.rows[i];
        if (!wanted.contains(r.id) || movedHalls.contains(r.hallId))
            continue;
        const Point2 d = localDelta.value(r.hallId);
        Row after = r;
        after.xM += d.x;
        after.yM += d.y;
        movedRows.insert(r.id);
        delta.rows.append({r, after, i});
    }
    QList<int> moving; // indices first, so that the entries are allocated once
    for (int i = 0; i < scenario.racks.size(); ++i) {
        const Rack &r = scenario.racks[i];
        if (!movedHalls.contains(r.hallId) && (wanted.contains(r.id) || movedRows.contains(r.rowId)))
            moving.append(i);
    }
    delta.racks.reserve(moving.size());
    for (int i : moving) {
        const Rack &r = scenario.racks[i];
        const Point2 d = localDelta.value(r.hallId);
        LayoutEntry<Rack> &entry = delta.racks.emplace_back();
        entry.before = r;
        entry.after = r;
        entry.after->xM += d.x;
        entry.after->yM += d.y;
        entry.index = i;
    }
    return delta;
}

std::pair<double, double> clampMoveIntoHalls(const Project &project, const Scenario &scenario,
                                             const QList<Id> &ids, double dxM, double dyM)
{
    QSet<Id> wanted(ids.cbegin(), ids.cend());
    for (const Hall &h : scenario.halls)
        if (wanted.contains(h.id))
            wanted.remove(h.id); // a moving hall carries its racks: no constraint from them
    QHash<Id, Bounds> extent;    // per hall: union of the moving racks' bounds, local metres
    for (const Rack *rack : racksOf(scenario, QList<Id>(wanted.cbegin(), wanted.cend()))) {
        const RackType *type = project.rackType(rack->rackTypeId);
        if (!type)
            continue;
        const Bounds b = rackBounds(*rack, *type);
        auto it = extent.find(rack->hallId);
        if (it == extent.end()) {
            extent.insert(rack->hallId, b);
        } else {
            it->minX = std::min(it->minX, b.minX);
            it->minY = std::min(it->minY, b.minY);
            it->maxX = std::max(it->maxX, b.maxX);
            it->maxY = std::max(it->maxY, b.maxY);
        }
    }
    Point2 d{dxM, dyM};
    for (auto it = extent.cbegin(); it != extent.cend(); ++it) {
        const Hall *hall = scenario.hall(it.key());
        if (!hall)
            continue;
        Point2 local = rotated(d, -hall->rotationDeg);
        const Bounds &b = it.value();
        // Allowed interval of the local delta; never forces a move of racks that are already outside.
        const double loX = std::min(0.0, -b.minX), hiX = std::max(0.0, hall->widthM - b.maxX);
        const double loY = std::min(0.0, -b.minY), hiY = std::max(0.0, hall->depthM - b.maxY);
        local.x = std::clamp(local.x, loX, hiX);
        local.y = std::clamp(local.y, loY, hiY);
        d = rotated(local, hall->rotationDeg);
    }
    return {d.x, d.y};
}

LayoutDelta rotateObjects(const Project &project, const Scenario &scenario, const QList<Id> &ids,
                          double degrees, QString *error)
{
    LayoutDelta delta;
    const QSet<Id> wanted(ids.cbegin(), ids.cend());
    QHash<Id, Rack> racks; // rack id -> rotated rack
    for (int i = 0; i < scenario.halls.size(); ++i) {
        const Hall &h = scenario.halls[i];
        if (!wanted.contains(h.id))
            continue;
        // Turn about the hall's centre: the stored corner moves around it.
        const Point2 centre = hallToSite(h, {h.widthM / 2, h.depthM / 2});
        const Point2 corner = rotated({h.xM - centre.x, h.yM - centre.y}, degrees);
        Hall after = h;
        after.xM = centre.x + corner.x;
        after.yM = centre.y + corner.y;
        after.rotationDeg = wrapDeg(h.rotationDeg + degrees);
        delta.halls.append({h, after, i});
    }
    QHash<Id, std::pair<Point2, double>> rowPivot; // row id -> (centre, degrees)
    for (int i = 0; i < scenario.rows.size(); ++i) {
        const Row &r = scenario.rows[i];
        if (!wanted.contains(r.id) || wanted.contains(r.hallId))
            continue;
        Bounds b{1e300, 1e300, -1e300, -1e300};
        for (const Rack &rack : scenario.racks) {
            if (rack.rowId != r.id)
                continue;
            b.minX = std::min(b.minX, rack.xM);
            b.minY = std::min(b.minY, rack.yM);
            b.maxX = std::max(b.maxX, rack.xM);
            b.maxY = std::max(b.maxY, rack.yM);
        }
        const Point2 c =
            b.minX <= b.maxX ? Point2{(b.minX + b.maxX) / 2, (b.minY + b.maxY) / 2} : Point2{r.xM, r.yM};
        rowPivot.insert(r.id, {c, degrees});
        Row after = r;
        const Point2 s = rotated({r.xM - c.x, r.yM - c.y}, degrees);
        after.xM = c.x + s.x;
        after.yM = c.y + s.y;
        after.rotationDeg = wrapDeg(r.rotationDeg + degrees);
        delta.rows.append({r, after, i});
    }
    for (int i = 0; i < scenario.racks.size(); ++i) {
        const Rack &r = scenario.racks[i];
        if (wanted.contains(r.hallId))
            continue;
        Rack after = r;
        if (rowPivot.contains(r.rowId)) {
            const Point2 c = rowPivot.value(r.rowId).first;
            const Point2 p = rotated({r.xM - c.x, r.yM - c.y}, degrees);
            after.xM = c.x + p.x;
            after.yM = c.y + p.y;
        } else if (!wanted.contains(r.id)) {
            continue;
        }
        after.rotationDeg = wrapDeg(r.rotationDeg + degrees);
        const Hall *hall = scenario.hall(r.hallId);
        if (hall && !rackInsideHall(project, *hall, after)) {
            setError(error,
                     CommandsTr::tr("Rotating would put rack %1 outside hall %2").arg(r.name, hall->name));
            return {};
        }
        delta.racks.append({r, after, i});
    }
    return delta;
}

LayoutDelta deleteObjects(const Scenario &scenario, const QList<Id> &ids)
{
    LayoutDelta delta;
    const QSet<Id> wanted(ids.cbegin(), ids.cend());
    QSet<Id> rows;
    for (int i = 0; i < scenario.halls.size(); ++i)
        if (wanted.contains(scenario.halls[i].id))
            delta.halls.append({scenario.halls[i], std::nullopt, i});
    for (int i = 0; i < scenario.rows.size(); ++i) {
        const Row &r = scenario.rows[i];
        if (wanted.contains(r.id) || wanted.contains(r.hallId)) {
            rows.insert(r.id);
            delta.rows.append({r, std::nullopt, i});
        }
    }
    for (int i = 0; i < scenario.racks.size(); ++i) {
        const Rack &r = scenario.racks[i];
        if (wanted.contains(r.id) || wanted.contains(r.hallId) || rows.contains(r.rowId))
            delta.racks.append({r, std::nullopt, i});
    }
    return delta;
}

} // namespace fjord::layout
