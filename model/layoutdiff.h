#pragma once

#include "model/scenario.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>

namespace fjord {

// How a rack of scenario B differs from its counterpart in A. A rack that differs in several ways gets
// the first that applies in this order: retyped, moved, re-fed (a new type usually means new feeds).
enum class RackDiffClass { Unchanged, Added, Removed, Moved, Retyped, Refed };
constexpr int RackDiffClassCount = 6;

struct RackDiff {
    RackDiffClass kind = RackDiffClass::Unchanged;
    Id idA = NoId, idB = NoId; // NoId on the side that lacks the rack
    QString name;              // B's name where B has the rack, else A's
};

// The racks of two scenarios matched by id, then (for the rest) by name: a duplicated scenario has fresh
// ids, so its racks are found by name.
struct LayoutDiff {
    QList<RackDiff> racks; // A's racks in A's order, then those only in B
    std::array<int, RackDiffClassCount> counts{};
    QHash<Id, RackDiffClass> classInA, classInB; // rack id -> class, for the plans' overlays
    int count(RackDiffClass c) const { return counts[std::size_t(c)]; }
    int changed() const { return int(racks.size()) - count(RackDiffClass::Unchanged); }
};

LayoutDiff diffLayouts(const Scenario &a, const Scenario &b);

QString rackDiffKey(RackDiffClass c);   // "added", "re_fed": JSON names
QString rackDiffLabel(RackDiffClass c); // "Added", "Re-fed": translated

} // namespace fjord
