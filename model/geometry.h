#pragma once

#include "model/hall.h"
#include "model/rack.h"
#include "model/racktype.h"

#include <array>

namespace fjord {

struct Point2 {
    double x = 0;
    double y = 0;
};

// Corners of a rack's footprint in hall-local metres (rotated about its centre).
std::array<Point2, 4> rackCorners(const Rack &rack, const RackType &type);

// Axis-aligned bounds (hall-local) of a rack's footprint.
struct Bounds {
    double minX = 0, minY = 0, maxX = 0, maxY = 0;
};
Bounds rackBounds(const Rack &rack, const RackType &type);

// True when the two footprints overlap by more than `toleranceM` (separating-axis test).
bool footprintsOverlap(const std::array<Point2, 4> &a, const std::array<Point2, 4> &b,
                       double toleranceM = 1e-3);

// Hall-local point to site coordinates (the hall's rotation is about its top-left corner).
Point2 hallToSite(const Hall &hall, Point2 local);

} // namespace fjord
