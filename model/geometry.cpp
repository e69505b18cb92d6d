#include "model/geometry.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace fjord {

namespace {
Point2 rotate(Point2 p, double deg)
{
    const double r = deg * std::numbers::pi / 180.0;
    const double c = std::cos(r), s = std::sin(r);
    return {p.x * c - p.y * s, p.x * s + p.y * c};
}

// Projection interval of a polygon on an axis.
std::pair<double, double> project(const std::array<Point2, 4> &poly, Point2 axis)
{
    double lo = 1e300, hi = -1e300;
    for (const auto &p : poly) {
        const double d = p.x * axis.x + p.y * axis.y;
        lo = std::min(lo, d);
        hi = std::max(hi, d);
    }
    return {lo, hi};
}
} // namespace

std::array<Point2, 4> rackCorners(const Rack &rack, const RackType &type)
{
    const double hw = type.widthM / 2, hd = type.depthM / 2;
    std::array<Point2, 4> c{Point2{-hw, -hd}, Point2{hw, -hd}, Point2{hw, hd}, Point2{-hw, hd}};
    for (auto &p : c) {
        p = rotate(p, rack.rotationDeg);
        p.x += rack.xM;
        p.y += rack.yM;
    }
    return c;
}

Bounds rackBounds(const Rack &rack, const RackType &type)
{
    const auto c = rackCorners(rack, type);
    Bounds b{c[0].x, c[0].y, c[0].x, c[0].y};
    for (const auto &p : c) {
        b.minX = std::min(b.minX, p.x);
        b.minY = std::min(b.minY, p.y);
        b.maxX = std::max(b.maxX, p.x);
        b.maxY = std::max(b.maxY, p.y);
    }
    return b;
}

bool footprintsOverlap(const std::array<Point2, 4> &a, const std::array<Point2, 4> &b, double toleranceM)
{
    for (const auto *poly : {&a, &b}) {
        for (int i = 0; i < 4; ++i) {
            const Point2 p = (*poly)[i], q = (*poly)[(i + 1) % 4];
            const double len = std::hypot(q.x - p.x, q.y - p.y);
            if (len <= 0)
                continue;
            const Point2 axis{-(q.y - p.y) / len, (q.x - p.x) / len};
            const auto [alo, ahi] = project(a, axis);
            const auto [blo, bhi] = project(b, axis);
            if (ahi - toleranceM <= blo || bhi - toleranceM <= alo)
                return false; // a separating axis exists
        }
    }
    return true;
}

Point2 hallToSite(const Hall &hall, Point2 local)
{
    const Point2 r = rotate(local, hall.rotationDeg);
    return {hall.xM + r.x, hall.yM + r.y};
}

} // namespace fjord
