#include "model/document/commands/layoutalign.h"

#include "model/geometry.h"
#include "model/tr.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace fjord::layout {

namespace {

// Indexes of the given racks in the scenario; empty with *error when they span several halls.
QList<int> rackIndexes(const Scenario &scenario, const QList<Id> &ids, int minimum, QString *error)
{
    const QSet<Id> wanted(ids.cbegin(), ids.cend());
    QList<int> out;
    Id hall = NoId;
    for (int i = 0; i < scenario.racks.size(); ++i) {
        if (!wanted.contains(scenario.racks[i].id))
            continue;
        if (hall != NoId && scenario.racks[i].hallId != hall) {
            if (error)
                *error = CommandsTr::tr("Align and distribute work on racks of one hall");
            return {};
        }
        hall = scenario.racks[i].hallId;
        out.append(i);
    }
    if (out.size() < minimum) {
        if (error)
            *error = CommandsTr::tr("Select at least %1 racks").arg(minimum);
        return {};
    }
    return out;
}

} // namespace

LayoutDelta alignRacks(const Project &project, const Scenario &scenario, const QList<Id> &rackIds,
                       AlignEdge edge, QString *error)
{
    const QList<int> idx = rackIndexes(scenario, rackIds, 2, error);
    if (idx.isEmpty())
        return {};
    auto bounds = [&](const Rack &r) {
        const RackType *t = project.rackType(r.rackTypeId);
        return t ? rackBounds(r, *t) : Bounds{r.xM, r.yM, r.xM, r.yM};
    };
    double target = 0;
    bool first = true;
    for (int i : idx) {
        const Bounds b = bounds(scenario.racks[i]);
        double v = 0;
        switch (edge) {
        case AlignEdge::Left:
            v = b.minX;
            break;
        case AlignEdge::Right:
            v = b.maxX;
            break;
        case AlignEdge::Top:
            v = b.minY;
            break;
        case AlignEdge::Bottom:
            v = b.maxY;
            break;
        case AlignEdge::CentreX:
            v = scenario.racks[i].xM;
            break;
        case AlignEdge::CentreY:
            v = scenario.racks[i].yM;
            break;
        }
        if (first)
            target = v;
        else if (edge == AlignEdge::Left || edge == AlignEdge::Top)
            target = std::min(target, v);
        else if (edge == AlignEdge::Right || edge == AlignEdge::Bottom)
            target = std::max(target, v);
        else
            target += v;
        first = false;
    }
    if (edge == AlignEdge::CentreX || edge == AlignEdge::CentreY)
        target /= double(idx.size());
    LayoutDelta delta;
    for (int i : idx) {
        const Rack &r = scenario.racks[i];
        const Bounds b = bounds(r);
        Rack after = r;
        switch (edge) {
        case AlignEdge::Left:
            after.xM += target - b.minX;
            break;
        case AlignEdge::Right:
            after.xM += target - b.maxX;
            break;
        case AlignEdge::Top:
            after.yM += target - b.minY;
            break;
        case AlignEdge::Bottom:
            after.yM += target - b.maxY;
            break;
        case AlignEdge::CentreX:
            after.xM = target;
            break;
        case AlignEdge::CentreY:
            after.yM = target;
            break;
        }
        if (!(after == r))
            delta.racks.append({r, after, i});
    }
    return delta;
}

LayoutDelta distributeRacks(const Project &, const Scenario &scenario, const QList<Id> &rackIds,
                            bool horizontal, QString *error)
{
    QList<int> idx = rackIndexes(scenario, rackIds, 3, error);
    if (idx.isEmpty())
        return {};
    auto key = [&](int i) { return horizontal ? scenario.racks[i].xM : scenario.racks[i].yM; };
    std::stable_sort(idx.begin(), idx.end(), [&](int a, int b) { return key(a) < key(b); });
    const double lo = key(idx.first()), hi = key(idx.last());
    const double step = (hi - lo) / double(idx.size() - 1);
    LayoutDelta delta;
    for (int k = 1; k + 1 < idx.size(); ++k) {
        const Rack &r = scenario.racks[idx[k]];
        Rack after = r;
        (horizontal ? after.xM : after.yM) = lo + step * k;
        if (!(after == r))
            delta.racks.append({r, after, idx[k]});
    }
    return delta;
}

} // namespace fjord::layout
