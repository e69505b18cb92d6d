#pragma once

#include "model/document/commands/layoutchangecommand.h"
#include "model/project.h"

#include <QByteArray>
#include <QLatin1StringView>

#include <optional>

// Copy, paste and duplicate of layout objects. The clipboard payload is JSON under its own MIME
// type, so that objects can be pasted into another open project (rack types are matched by name;
// feeds to power nodes the target lacks are dropped).
namespace fjord::layout {

inline constexpr QLatin1StringView LayoutMimeType{"application/x-fjordplan-layout"};

// Copied objects with their original ids; a copied hall brings its rows and racks, a copied row its racks.
struct LayoutClipboard {
    QList<Hall> halls;
    QList<Row> rows;
    QList<Rack> racks;
    QList<RackType> rackTypes; // the types the racks use
    bool isEmpty() const { return halls.isEmpty() && rows.isEmpty() && racks.isEmpty(); }
};

LayoutClipboard copyObjects(const Project &project, const Scenario &scenario, const QList<Id> &ids);
QByteArray toPayload(const LayoutClipboard &clipboard);
// Untrusted input (the clipboard of any program): checked, with a message naming what is wrong.
std::optional<LayoutClipboard> fromPayload(const QByteArray &payload, QString *error = nullptr);

// New objects from the clipboard with fresh ids, moved by (dxM, dyM): halls in site metres,
// rows and racks without their hall in hall-local metres of `targetHallId` (or of their original
// hall if it exists and no target is given). Refused if a rack would lie outside its hall or a
// rack type is missing from the project's catalogue.
LayoutDelta pasteObjects(const Project &project, const Scenario &scenario, const LayoutClipboard &clipboard,
                         double dxM, double dyM, Id targetHallId = NoId, QString *error = nullptr);

// copyObjects + pasteObjects into the same halls, offset by (dxM, dyM).
LayoutDelta duplicateObjects(const Project &project, const Scenario &scenario, const QList<Id> &ids,
                             double dxM, double dyM, QString *error = nullptr);

} // namespace fjord::layout
