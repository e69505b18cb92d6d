#pragma once

#include "model/document/commands/layoutchangecommand.h"
#include "model/project.h"

#include <QString>

// Builders of layout edits: pure functions from the current model to a LayoutDelta that a
// LayoutChangeCommand applies. They never change the model, so a tool can build, inspect and
// refuse an edit before pushing it. Coordinates: halls in site metres, rows and racks in
// hall-local metres (METHOD §7, model/rack.h); deltas of a move are in site metres.
// A builder that refuses returns an empty delta and says why in *error.
namespace fjord::layout {

// A row to lay out: `count` racks of one type on a line starting at (xM, yM) (hall-local) in
// direction rotationDeg, rack i centred at start + (i + ½)·pitch along the line. With v the
// line's right-hand normal on screen (+y for an unrotated row), the hot aisle is on the row's Back
// (+v) or Front (−v) side, as in the sample campus; racks turn their backs to it (a rack's
// front is its +y at rotation 0).
struct RowSpec {
    Id hallId = NoId;
    double xM = 0.0;
    double yM = 0.0;
    double rotationDeg = 0.0;
    int count = 1;
    double pitchM = 0.6;
    Id rackTypeId = NoId;
    Id stageId = NoId;
    AisleSide hotAisle = AisleSide::Back;
    QString name; // empty: the next free "R03" of the hall
};

LayoutDelta addHall(const Project &project, const Scenario &scenario, Hall hall, QString *error = nullptr);
LayoutDelta addRow(const Project &project, const Scenario &scenario, const RowSpec &spec,
                   QString *error = nullptr);
// Free-standing racks (or racks of an existing row when rowId is set); ids and empty names are
// allocated. Refused when a rack lies outside its hall or its type is unknown.
LayoutDelta addRacks(const Project &project, const Scenario &scenario, QList<Rack> racks,
                     QString *error = nullptr);

// Moves halls, rows (with their racks) and racks by (dxM, dyM) site metres. A rack moves once
// even when its row is moved too; a hall carries its rows and racks (they are hall-local).
LayoutDelta moveObjects(const Project &project, const Scenario &scenario, const QList<Id> &ids, double dxM,
                        double dyM);
// The largest part of (dxM, dyM) that keeps every moved rack inside its hall (per axis of the
// hall). Racks already outside may stay where they are but not move further out.
std::pair<double, double> clampMoveIntoHalls(const Project &project, const Scenario &scenario,
                                             const QList<Id> &ids, double dxM, double dyM);

// Turns racks about their centres, rows (with their racks) about the row's centre and halls
// about their centre by `degrees` (clockwise on screen, y down). Refused if a rack would leave its hall.
LayoutDelta rotateObjects(const Project &project, const Scenario &scenario, const QList<Id> &ids,
                          double degrees, QString *error = nullptr);

// Removes the objects and everything inside them (a hall's rows and racks, a row's racks).
LayoutDelta deleteObjects(const Scenario &scenario, const QList<Id> &ids);

// Every rack of the given ids (a hall or row stands for its racks), without repeats, in list order.
QList<const Rack *> racksOf(const Scenario &scenario, const QList<Id> &ids);

// True when the rack's footprint lies inside the hall (1 mm tolerance) and its type is known.
bool rackInsideHall(const Project &project, const Hall &hall, const Rack &rack);

// The name of the next free row ("R04") and free-standing rack ("H1-S-07") of a hall.
QString nextRowName(const Scenario &scenario, Id hallId);
QString rackName(const QString &hallName, const QString &rowName, int number);

} // namespace fjord::layout
