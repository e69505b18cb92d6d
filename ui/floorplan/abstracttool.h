#pragma once

#include "model/ids.h"
#include "model/row.h"

#include <QIcon>
#include <QKeySequence>
#include <QObject>
#include <QString>

class QGraphicsSceneMouseEvent;
class QKeyEvent;

namespace fjord::ui {

// Z of the tools' transient items (rubber band, previews): above the plan, left out of exports.
constexpr double TransientItemZ = 90.0;

class FloorPlanScene;

// Settings the drawing tools share, set from the tab's tool options.
struct ToolOptions {
    Id rackTypeId = NoId; // the catalogue type new racks and rows use
    double pitchM = 0.6;  // rack centre spacing along a new row, m
    AisleSide hotAisle = AisleSide::Back;
    double gridM = 0.1; // snapping step, m
    bool snap = true;   // snap to the grid and to neighbouring racks
};

// A floor-plan tool: a strategy object the scene feeds with its mouse and key events (the Tiled
// design). Tools read the model and push commands; they never change the model themselves.
class AbstractTool : public QObject {
    Q_OBJECT
public:
    AbstractTool(FloorPlanScene *scene, ToolOptions *options, QObject *parent = nullptr);

    virtual QString name() const = 0;
    virtual QKeySequence shortcut() const = 0;
    virtual QString statusHint() const = 0; // what the user can do with the tool

    virtual void activate() {}
    virtual void deactivate() {}
    virtual void mousePressed(QGraphicsSceneMouseEvent *event) = 0;
    virtual void mouseMoved(QGraphicsSceneMouseEvent *event) = 0;
    virtual void mouseReleased(QGraphicsSceneMouseEvent *event) = 0;
    virtual bool keyPressed(QKeyEvent *) { return false; } // true: consumed
    // A double click; false: treated as a second click.
    virtual bool mouseDoubleClicked(QGraphicsSceneMouseEvent *) { return false; }

signals:
    void statusMessage(const QString &message);

protected:
    double snap(double valueM) const; // to the grid, when snapping is on
    Id currentStageId() const;        // the stage new objects are built in
    FloorPlanScene *m_scene;
    ToolOptions *m_options;
};

} // namespace fjord::ui
