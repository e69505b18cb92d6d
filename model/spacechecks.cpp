#include "model/spacechecks.h"

#include "model/geometry.h"
#include "model/tr.h"

#include <QHash>

#include <cmath>

namespace fjord {

namespace {

constexpr double CellM = 2.0; // grid cell of the overlap index, larger than any rack

QString metres(double v)
{
    return QString::number(v, 'f', 2);
}

void checkHall(const Project &project, const Hall &hall, const QList<const Rack *> &racks,
               QList<Problem> &out)
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
                        ValidationTr::tr("Rack %1 at (%2, %3) m lies outside hall %4 (%5 × %6 m)")
                            .arg(rack.name, metres(rack.xM), metres(rack.yM), hall.name, metres(hall.widthM),
                                 metres(hall.depthM)),
                        rack.id, rack.name});
        }
        const double footprint = type->widthM * type->depthM;
        if (hall.floorLoadLimitKgPerM2 > 0 && footprint > 0 &&
            type->massKg / footprint > hall.floorLoadLimitKgPerM2) {
            out.append(
                {Severity::Error, QStringLiteral("space.floor_load"),
                 ValidationTr::tr("Rack %1 loads the floor with %2 kg/m², over the %3 kg/m² limit of hall %4")
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
                            ValidationTr::tr("Racks %1 and %2 overlap in hall %3")
                                .arg(racks[j]->name, rack.name, hall.name),
                            rack.id, rack.name});
            }
        }
    }
}

// Aisles (METHOD §7): between two parallel rows of a hall whose spans overlap, the clear width
// between their racks' footprints must be at least the project's minimum. Rows standing back to
// back (no gap) have no aisle between them. O(rows²) per hall: rows are few.
struct RowBand {
    const Row *row = nullptr;
    double ux = 1, uy = 0;     // direction of the row
    double cx = 0, cy = 0;     // mean rack centre, hall-local m
    double uFrom = 0, uTo = 0; // span along u (absolute projection), m
    double depthM = 0;         // deepest rack
};

void checkAisles(const Project &project, const Hall &hall, const QList<const Rack *> &racks,
                 QList<Problem> &out, const Scenario &scenario)
{
    QHash<Id, RowBand> bands;
    QHash<Id, int> counts;
    QHash<Id, const Row *> rows;
    for (const Row &row : scenario.rows)
        if (row.hallId == hall.id)
            rows.insert(row.id, &row);
    for (const Rack *rack : racks) {
        const Row *row = rows.value(rack->rowId);
        const RackType *type = project.rackType(rack->rackTypeId);
        if (!row || !type)
            continue;
        RowBand &b = bands[row->id];
        const int n = counts[row->id]++;
        if (n == 0) {
            const double a = row->rotationDeg * 3.14159265358979323846 / 180.0;
            b.row = row;
            b.ux = std::cos(a);
            b.uy = std::sin(a);
            b.uFrom = 1e300;
            b.uTo = -1e300;
        }
        b.cx += (rack->xM - b.cx) / (n + 1);
        b.cy += (rack->yM - b.cy) / (n + 1);
        const double u = rack->xM * b.ux + rack->yM * b.uy;
        b.uFrom = std::min(b.uFrom, u - type->widthM / 2);
        b.uTo = std::max(b.uTo, u + type->widthM / 2);
        b.depthM = std::max(b.depthM, type->depthM);
    }
    const double minimum = project.settings.minAisleWidthM;
    const QList<RowBand> list = bands.values();
    for (int i = 0; i < list.size(); ++i) {
        for (int j = i + 1; j < list.size(); ++j) {
            const RowBand &a = list[i], &b = list[j];
            if (std::abs(a.ux * b.uy - a.uy * b.ux) > 0.02)
                continue; // not parallel
            // b's span along a's direction
            const double shift = (b.cx - a.cx) * a.ux + (b.cy - a.cy) * a.uy;
            const double bMid = (a.cx * a.ux + a.cy * a.uy) + shift;
            const double bHalf = (b.uTo - b.uFrom) / 2;
            const double overlap = std::min(a.uTo, bMid + bHalf) - std::max(a.uFrom, bMid - bHalf);
            if (overlap <= 0.01)
                continue;
            const double across = std::abs(-(b.cx - a.cx) * a.uy + (b.cy - a.cy) * a.ux);
            const double gap = across - (a.depthM + b.depthM) / 2;
            if (gap > 1e-3 && gap < minimum - 1e-6) {
                const Row *first = a.row->name < b.row->name ? a.row : b.row;
                const Row *second = first == a.row ? b.row : a.row;
                out.append(
                    {Severity::Warning, QStringLiteral("space.aisle_width"),
                     ValidationTr::tr(
                         "The aisle between rows %1 and %2 of hall %3 is %4 m wide, under the %5 m minimum")
                         .arg(first->name, second->name, hall.name, metres(gap), metres(minimum)),
                     second->id, hall.name + u'-' + second->name});
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
    for (const auto &hall : scenario.halls) {
        checkHall(project, hall, byHall.value(hall.id), out);
        checkAisles(project, hall, byHall.value(hall.id), out, scenario);
    }
    return out;
}

} // namespace fjord
