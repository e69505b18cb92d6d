#include "model/document/commands/layoutclipboard.h"

#include "model/document/commands/layoutbuildsupport.h"
#include "model/document/commands/layoutedits.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>
#include <numbers>

namespace fjord::layout {

using detail::setError;

namespace {

constexpr int PayloadVersion = 1;

QJsonObject hallJson(const Hall &h)
{
    return {{u"id"_qs, h.id},
            {u"name"_qs, h.name},
            {u"x_m"_qs, h.xM},
            {u"y_m"_qs, h.yM},
            {u"width_m"_qs, h.widthM},
            {u"depth_m"_qs, h.depthM},
            {u"rotation_deg"_qs, h.rotationDeg},
            {u"stage"_qs, h.stageId},
            {u"cooling"_qs, h.coolingSystemId},
            {u"floor_load_kg_per_m2"_qs, h.floorLoadLimitKgPerM2}};
}

QJsonObject rowJson(const Row &r)
{
    return {{u"id"_qs, r.id},
            {u"hall"_qs, r.hallId},
            {u"name"_qs, r.name},
            {u"x_m"_qs, r.xM},
            {u"y_m"_qs, r.yM},
            {u"rotation_deg"_qs, r.rotationDeg},
            {u"pitch_m"_qs, r.pitchM},
            {u"hot_aisle"_qs, r.hotAisle == AisleSide::Front ? u"front"_qs : u"back"_qs},
            {u"feed_a"_qs, r.feedA},
            {u"feed_b"_qs, r.feedB}};
}

QJsonObject rackJson(const Rack &r)
{
    QJsonArray feeds;
    for (const RackFeed &f : r.feeds)
        feeds.append(QJsonObject{{u"node"_qs, f.nodeId}, {u"phase"_qs, int(f.phase)}});
    return {{u"id"_qs, r.id},     {u"name"_qs, r.name},       {u"hall"_qs, r.hallId},
            {u"row"_qs, r.rowId}, {u"type"_qs, r.rackTypeId}, {u"stage"_qs, r.stageId},
            {u"x_m"_qs, r.xM},    {u"y_m"_qs, r.yM},          {u"rotation_deg"_qs, r.rotationDeg},
            {u"feeds"_qs, feeds}};
}

Id idOf(const QJsonObject &o, const QString &key)
{
    return Id(o.value(key).toDouble());
}

bool finite(const QJsonObject &o, std::initializer_list<const char16_t *> keys, QString *what)
{
    for (const char16_t *k : keys) {
        const QJsonValue v = o.value(QString::fromUtf16(k));
        if (!v.isDouble() || !std::isfinite(v.toDouble())) {
            *what = QString::fromUtf16(k);
            return false;
        }
    }
    return true;
}

} // namespace

LayoutClipboard copyObjects(const Project &project, const Scenario &scenario, const QList<Id> &ids)
{
    LayoutClipboard c;
    const QSet<Id> wanted(ids.cbegin(), ids.cend());
    QSet<Id> halls, rows, types;
    for (const Hall &h : scenario.halls)
        if (wanted.contains(h.id)) {
            c.halls.append(h);
            halls.insert(h.id);
        }
    for (const Row &r : scenario.rows)
        if (wanted.contains(r.id) || halls.contains(r.hallId)) {
            c.rows.append(r);
            rows.insert(r.id);
        }
    for (const Rack &r : scenario.racks)
        if (wanted.contains(r.id) || halls.contains(r.hallId) || rows.contains(r.rowId)) {
            c.racks.append(r);
            types.insert(r.rackTypeId);
        }
    for (const RackType &t : project.rackTypes)
        if (types.contains(t.id))
            c.rackTypes.append(t);
    return c;
}

QByteArray toPayload(const LayoutClipboard &c)
{
    QJsonArray halls, rows, racks, types;
    for (const Hall &h : c.halls)
        halls.append(hallJson(h));
    for (const Row &r : c.rows)
        rows.append(rowJson(r));
    for (const Rack &r : c.racks)
        racks.append(rackJson(r));
    for (const RackType &t : c.rackTypes)
        types.append(QJsonObject{{u"id"_qs, t.id}, {u"name"_qs, t.name}});
    const QJsonObject root{{u"format"_qs, u"fjordplan-layout"_qs},
                           {u"version"_qs, PayloadVersion},
                           {u"halls"_qs, halls},
                           {u"rows"_qs, rows},
                           {u"racks"_qs, racks},
                           {u"rack_types"_qs, types}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<LayoutClipboard> fromPayload(const QByteArray &payload, QString *error)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &parse);
    if (doc.isNull() || !doc.isObject()) {
        setError(error, CommandsTr::tr("Clipboard: not a Fjordplan layout (%1)").arg(parse.errorString()));
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (root.value(u"format"_qs).toString() != u"fjordplan-layout"_qs ||
        root.value(u"version"_qs).toInt() != PayloadVersion) {
        setError(error,
                 CommandsTr::tr("Clipboard: not a Fjordplan layout of version %1").arg(PayloadVersion));
        return std::nullopt;
    }
    LayoutClipboard c;
    QString what;
    const QJsonArray halls = root.value(u"halls"_qs).toArray();
    for (int i = 0; i < halls.size(); ++i) {
        const QJsonObject o = halls[i].toObject();
        Hall h;
        if (!finite(o, {u"x_m", u"y_m", u"width_m", u"depth_m", u"rotation_deg"}, &what) ||
            !(o.value(u"width_m"_qs).toDouble() > 0) || !(o.value(u"depth_m"_qs).toDouble() > 0)) {
            setError(error, CommandsTr::tr("Clipboard: hall %1 has a bad %2")
                                .arg(i + 1)
                                .arg(what.isEmpty() ? u"size"_qs : what));
            return std::nullopt;
        }
        h.id = idOf(o, u"id"_qs);
        h.name = o.value(u"name"_qs).toString();
        h.xM = o.value(u"x_m"_qs).toDouble();
        h.yM = o.value(u"y_m"_qs).toDouble();
        h.widthM = o.value(u"width_m"_qs).toDouble();
        h.depthM = o.value(u"depth_m"_qs).toDouble();
        h.rotationDeg = o.value(u"rotation_deg"_qs).toDouble();
        h.stageId = idOf(o, u"stage"_qs);
        h.coolingSystemId = idOf(o, u"cooling"_qs);
        h.floorLoadLimitKgPerM2 = std::max(0.0, o.value(u"floor_load_kg_per_m2"_qs).toDouble());
        c.halls.append(h);
    }
    const QJsonArray rows = root.value(u"rows"_qs).toArray();
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject o = rows[i].toObject();
        if (!finite(o, {u"x_m", u"y_m", u"rotation_deg", u"pitch_m"}, &what)) {
            setError(error, CommandsTr::tr("Clipboard: row %1 has a bad %2").arg(i + 1).arg(what));
            return std::nullopt;
        }
        Row r;
        r.id = idOf(o, u"id"_qs);
        r.hallId = idOf(o, u"hall"_qs);
        r.name = o.value(u"name"_qs).toString();
        r.xM = o.value(u"x_m"_qs).toDouble();
        r.yM = o.value(u"y_m"_qs).toDouble();
        r.rotationDeg = o.value(u"rotation_deg"_qs).toDouble();
        r.pitchM = o.value(u"pitch_m"_qs).toDouble();
        r.hotAisle = o.value(u"hot_aisle"_qs).toString() == u"front"_qs ? AisleSide::Front : AisleSide::Back;
        r.feedA = idOf(o, u"feed_a"_qs);
        r.feedB = idOf(o, u"feed_b"_qs);
        c.rows.append(r);
    }
    const QJsonArray racks = root.value(u"racks"_qs).toArray();
    for (int i = 0; i < racks.size(); ++i) {
        const QJsonObject o = racks[i].toObject();
        if (!finite(o, {u"x_m", u"y_m", u"rotation_deg"}, &what)) {
            setError(error, CommandsTr::tr("Clipboard: rack %1 has a bad %2").arg(i + 1).arg(what));
            return std::nullopt;
        }
        Rack r;
        r.id = idOf(o, u"id"_qs);
        r.name = o.value(u"name"_qs).toString();
        r.hallId = idOf(o, u"hall"_qs);
        r.rowId = idOf(o, u"row"_qs);
        r.rackTypeId = idOf(o, u"type"_qs);
        r.stageId = idOf(o, u"stage"_qs);
        r.xM = o.value(u"x_m"_qs).toDouble();
        r.yM = o.value(u"y_m"_qs).toDouble();
        r.rotationDeg = o.value(u"rotation_deg"_qs).toDouble();
        for (const QJsonValue &f : o.value(u"feeds"_qs).toArray()) {
            const int phase = f.toObject().value(u"phase"_qs).toInt();
            if (phase >= int(Phase::L1) && phase <= int(Phase::ThreePhase))
                r.feeds.append({idOf(f.toObject(), u"node"_qs), Phase(phase)});
        }
        c.racks.append(r);
    }
    for (const QJsonValue &t : root.value(u"rack_types"_qs).toArray()) {
        RackType type;
        type.id = idOf(t.toObject(), u"id"_qs);
        type.name = t.toObject().value(u"name"_qs).toString();
        c.rackTypes.append(type);
    }
    return c;
}

LayoutDelta pasteObjects(const Project &project, const Scenario &scenario, const LayoutClipboard &c,
                         double dxM, double dyM, Id targetHallId, QString *error)
{
    LayoutDelta delta;
    delta.nextIdBefore = project.nextId;
    Id next = project.nextId;
    QHash<Id, Id> newHall, newRow;
    QList<Hall> pastedHalls;
    pastedHalls.reserve(c.halls.size());
    for (Hall h : c.halls) {
        newHall.insert(h.id, next);
        h.id = next++;
        h.xM += dxM;
        h.yM += dyM;
        if (h.stageId != NoId && !scenario.stage(h.stageId))
            h.stageId = NoId;
        if (h.coolingSystemId != NoId && !scenario.coolingSystem(h.coolingSystemId))
            h.coolingSystemId = NoId;
        pastedHalls.append(h);
    }
    for (const Hall &h : pastedHalls)
        delta.halls.append({std::nullopt, h, int(scenario.halls.size() + delta.halls.size())});
    auto pastedHall = [&](Id id) -> const Hall * {
        for (const Hall &h : pastedHalls)
            if (h.id == id)
                return &h;
        return nullptr;
    };
    // Names: rows pasted into an existing hall take the hall's next free row names, and their
    // racks follow; free-standing racks take the next free numbers.
    QHash<Id, QString> rowRename; // new row id -> new name
    QHash<Id, int> rowsAdded, freeAdded;
    QHash<Id, int> freeCount;
    for (const Rack &r : scenario.racks)
        if (r.rowId == NoId)
            freeCount[r.hallId] += 1;
    // The hall an object without a copied hall goes to, and the delta in that hall's frame.
    auto targetOf = [&](Id originalHall) -> const Hall * {
        if (newHall.contains(originalHall))
            return nullptr;
        if (targetHallId != NoId)
            return scenario.hall(targetHallId);
        return scenario.hall(originalHall);
    };
    auto localDelta = [&](const Hall *hall) {
        const double a = -hall->rotationDeg * std::numbers::pi / 180.0;
        return std::pair{dxM * std::cos(a) - dyM * std::sin(a), dxM * std::sin(a) + dyM * std::cos(a)};
    };
    for (Row r : c.rows) {
        const Id oldId = r.id;
        if (newHall.contains(r.hallId)) {
            r.hallId = newHall.value(r.hallId);
        } else {
            const Hall *hall = targetOf(r.hallId);
            if (!hall) {
                setError(error, CommandsTr::tr("Paste: row %1 needs a hall to go into").arg(r.name));
                return {};
            }
            const auto [lx, ly] = localDelta(hall);
            r.hallId = hall->id;
            r.xM += lx;
            r.yM += ly;
            const QString base = nextRowName(scenario, hall->id);
            const int n = base.mid(1).toInt() + rowsAdded[hall->id]++;
            r.name = QStringLiteral("R%1").arg(n, 2, 10, QLatin1Char('0'));
            rowRename.insert(next, r.name);
        }
        // Default feeds only where the nodes are this scenario's (pasted into another project: none).
        for (Id *feed : {&r.feedA, &r.feedB})
            if (!scenario.powerNode(*feed))
                *feed = NoId;
        r.id = next++;
        newRow.insert(oldId, r.id);
        delta.rows.append({std::nullopt, r, int(scenario.rows.size() + delta.rows.size())});
    }
    QHash<Id, Id> typeByOldId;
    for (const RackType &t : c.rackTypes) {
        if (const RackType *own = project.rackType(t.id); own && own->name == t.name) {
            typeByOldId.insert(t.id, own->id);
            continue;
        }
        for (const RackType &own : project.rackTypes)
            if (own.name == t.name)
                typeByOldId.insert(t.id, own.id);
    }
    for (Rack r : c.racks) {
        const Hall *hall = nullptr;
        if (newHall.contains(r.hallId)) {
            r.hallId = newHall.value(r.hallId);
            hall = pastedHall(r.hallId);
        } else {
            hall = targetOf(r.hallId);
            if (!hall) {
                setError(error, CommandsTr::tr("Paste: rack %1 needs a hall to go into").arg(r.name));
                return {};
            }
            const auto [lx, ly] = localDelta(hall);
            r.xM += lx;
            r.yM += ly;
            r.hallId = hall->id;
        }
        r.rowId = newRow.value(r.rowId, NoId);
        if (rowRename.contains(r.rowId)) {
            const int number = r.name.section(u'-', -1).toInt();
            r.name = rackName(hall->name, rowRename.value(r.rowId), std::max(1, number));
        } else if (r.rowId == NoId && !newHall.values().contains(r.hallId)) {
            r.name = rackName(hall->name, QString(), freeCount.value(hall->id) + ++freeAdded[hall->id]);
        }
        if (!typeByOldId.contains(r.rackTypeId)) {
            setError(
                error,
                CommandsTr::tr("Paste: rack %1 uses a rack type this project's catalogue lacks").arg(r.name));
            return {};
        }
        r.rackTypeId = typeByOldId.value(r.rackTypeId);
        if (r.stageId != NoId && !scenario.stage(r.stageId))
            r.stageId = NoId;
        r.feeds.removeIf([&](const RackFeed &f) { return !scenario.powerNode(f.nodeId); });
        if (!rackInsideHall(project, *hall, r)) {
            setError(error,
                     CommandsTr::tr("Paste: rack %1 would lie outside hall %2").arg(r.name, hall->name));
            return {};
        }
        r.id = next++;
        delta.racks.append({std::nullopt, r, int(scenario.racks.size() + delta.racks.size())});
    }
    delta.nextIdAfter = next;
    return delta;
}

LayoutDelta duplicateObjects(const Project &project, const Scenario &scenario, const QList<Id> &ids,
                             double dxM, double dyM, QString *error)
{
    return pasteObjects(project, scenario, copyObjects(project, scenario, ids), dxM, dyM, NoId, error);
}

} // namespace fjord::layout
