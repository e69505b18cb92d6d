#include "model/layoutdiff.h"
#include "model/tr.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace fjord {

namespace {

constexpr double PositionToleranceM = 1e-3;
constexpr double RotationToleranceDeg = 1e-6;

// Hall and power-node names by id: ids differ between scenarios, so places and feeds compare by name.
struct Names {
    explicit Names(const Scenario &s)
    {
        for (const Hall &h : s.halls)
            halls.insert(h.id, h.name);
        for (const PowerNode &n : s.powerNodes)
            nodes.insert(n.id, n.name);
    }
    QHash<Id, QString> halls, nodes;
};

QList<std::pair<QString, Phase>> feedsByName(const Rack &r, const Names &names)
{
    QList<std::pair<QString, Phase>> out;
    out.reserve(r.feeds.size());
    for (const RackFeed &f : r.feeds)
        out.append({names.nodes.value(f.nodeId), f.phase});
    std::sort(out.begin(), out.end(), [](const auto &x, const auto &y) {
        return x.first != y.first ? x.first < y.first : int(x.second) < int(y.second);
    });
    return out;
}

RackDiffClass classify(const Rack &a, const Names &na, const Rack &b, const Names &nb)
{
    if (a.rackTypeId != b.rackTypeId)
        return RackDiffClass::Retyped;
    if (na.halls.value(a.hallId) != nb.halls.value(b.hallId) || std::abs(a.xM - b.xM) > PositionToleranceM ||
        std::abs(a.yM - b.yM) > PositionToleranceM ||
        std::abs(a.rotationDeg - b.rotationDeg) > RotationToleranceDeg)
        return RackDiffClass::Moved;
    if (feedsByName(a, na) != feedsByName(b, nb))
        return RackDiffClass::Refed;
    return RackDiffClass::Unchanged;
}

} // namespace

LayoutDiff diffLayouts(const Scenario &a, const Scenario &b)
{
    const Names na(a), nb(b);
    QHash<Id, qsizetype> bById;
    for (qsizetype i = 0; i < b.racks.size(); ++i)
        bById.insert(b.racks[i].id, i);
    QList<qsizetype> match(a.racks.size(), -1); // A's rack i -> B's rack
    QList<bool> taken(b.racks.size(), false);
    for (qsizetype i = 0; i < a.racks.size(); ++i)
        if (const auto it = bById.constFind(a.racks[i].id); it != bById.cend()) {
            match[i] = *it;
            taken[*it] = true;
        }
    // The rest by name; the first of several equally named racks wins.
    QHash<QString, qsizetype> bByName;
    for (qsizetype j = b.racks.size() - 1; j >= 0; --j)
        if (!taken[j])
            bByName.insert(b.racks[j].name, j);
    for (qsizetype i = 0; i < a.racks.size(); ++i) {
        if (match[i] >= 0)
            continue;
        const auto it = bByName.find(a.racks[i].name);
        if (it != bByName.end() && !taken[*it]) {
            match[i] = *it;
            taken[*it] = true;
            bByName.erase(it);
        }
    }

    LayoutDiff d;
    d.racks.reserve(std::max(a.racks.size(), b.racks.size()));
    auto add = [&](RackDiff r) {
        ++d.counts[std::size_t(r.kind)];
        if (r.idA != NoId)
            d.classInA.insert(r.idA, r.kind);
        if (r.idB != NoId)
            d.classInB.insert(r.idB, r.kind);
        d.racks.append(std::move(r));
    };
    for (qsizetype i = 0; i < a.racks.size(); ++i) {
        const Rack &ra = a.racks[i];
        if (match[i] < 0) {
            add({RackDiffClass::Removed, ra.id, NoId, ra.name});
            continue;
        }
        const Rack &rb = b.racks[match[i]];
        add({classify(ra, na, rb, nb), ra.id, rb.id, rb.name});
    }
    for (qsizetype j = 0; j < b.racks.size(); ++j)
        if (!taken[j])
            add({RackDiffClass::Added, NoId, b.racks[j].id, b.racks[j].name});
    return d;
}

QString rackDiffKey(RackDiffClass c)
{
    switch (c) {
    case RackDiffClass::Unchanged:
        return QStringLiteral("unchanged");
    case RackDiffClass::Added:
        return QStringLiteral("added");
    case RackDiffClass::Removed:
        return QStringLiteral("removed");
    case RackDiffClass::Moved:
        return QStringLiteral("moved");
    case RackDiffClass::Retyped:
        return QStringLiteral("retyped");
    case RackDiffClass::Refed:
        return QStringLiteral("re_fed");
    }
    return {};
}

QString rackDiffLabel(RackDiffClass c)
{
    static const char *const labels[RackDiffClassCount] = {
        QT_TRANSLATE_NOOP("fjord::Comparison", "Unchanged"),
        QT_TRANSLATE_NOOP("fjord::Comparison", "Added"),
        QT_TRANSLATE_NOOP("fjord::Comparison", "Removed"),
        QT_TRANSLATE_NOOP("fjord::Comparison", "Moved"),
        QT_TRANSLATE_NOOP("fjord::Comparison", "Retyped"),
        QT_TRANSLATE_NOOP("fjord::Comparison", "Re-fed")};
    return ComparisonTr::tr(labels[int(c)]);
}

} // namespace fjord
