#include "model/spacechecks.h"

#include "model/geometry.h"

#include <QHash>

#include <cmath>

namespace fjord {

namespace {

constexpr double CellM = 2.0; // grid cell of the overlap index, larger than any rack

QString metres(double v)
{
    return QString::number(v, 'f', 2);
}

void checkHall(const Project &project, const Hall &hall, const QList<const Rack *> &racks, QList<Problem> &out)
{
    QHash<qint64, QList<int>> grid; // cell key -> indexes into `racks`
    QList<std::array<Point2, 4>> corners(racks.size());
    for (int i = 0; i < racks.size(); ++i) {
        const Rack &rack = *racks[i];
        const RackType *type = project.rackType(rack.rackTypeId);
        if (!type)
            continue;
        corners[i] = rackCorners(rack, *type);
        const Bounds b = rackBounds(rack, *type);
        constexpr double Tol = 1e-3;
        if (b.minX < -Tol || b.minY < -Tol || b.maxX > hall.widthM + Tol || b.maxY > hall.depthM + Tol) {
            out.append({Severity::Error, QStringLiteral("space.outside_hall"),
                        QStringLiteral("Rack %1 at (%2, %3) m lies outside hall %4 (%5 × %6 m)")
                            .arg(rack.name, metres(rack.xM), metres(rack.yM), hall.name, metres(hall.widthM),
                                 metres(hall.depthM)),
                        rack.id, rack.name});
        }
        const double footprint = type->widthM * type->depthM;
        if (hall.floorLoadLimitKgPerM2 > 0 && footprint > 0 && type->massKg / footprint > hall.floorLoadLimitKgPerM2) {
            out.append({Severity::Error, QStringLiteral("space.floor_load"),
                        QStringLiteral("Rack %1 loads the floor with %2 kg/m², over the %3 kg/m² limit of hall %4")
                            .arg(rack.name)
                            .arg(type->massKg / footprint, 0, 'f', 0)
                            .arg(hall.floorLoadLimitKgPerM2, 0, 'f', 0)
                            .arg(hall.name),
                        rack.id, rack.name});
        }
        const int cx0 = int(std::floor(b.minX / CellM)), cx1 = int(std::floor(b.maxX / CellM));
        const int cy0 = int(std::floor(b.minY / CellM)), cy1 = int(std::floor(b.maxY / CellM));
        QList<int> candidates;
        for (int cx = cx0; cx <= cx1; ++cx)
            for (int cy = cy0; cy <= cy1; ++cy) {
                const qint64 key = (qint64(cx) << 32) ^ qint64(quint32(cy));
                for (int j : grid.value(key))
                    if (!candidates.contains(j))
                        candidates.append(j);
                grid[key].append(i);
            }
        for (int j : candidates) {
            if (footprintsOverlap(corners[i], corners[j])) {
                out.append({Severity::Error, QStringLiteral("space.overlap"),
                            QStringLiteral("Racks %1 and %2 overlap in hall %3").arg(racks[j]->name, rack.name, hall.name),
                            rack.id, rack.name});
            }
        }
    }
}

} // namespace

QList<Problem> checkSpace(const Project &project, const Scenario &scenario)
{
    QList<Problem> out;
    QHash<Id, QList<const Rack *>> byHall;
    for (const auto &rack : scenario.racks)
        byHall[rack.hallId].append(&rack);
    for (const auto &hall : scenario.halls)
        checkHall(project, hall, byHall.value(hall.id), out);
    return out;
}

} // namespace fjord
