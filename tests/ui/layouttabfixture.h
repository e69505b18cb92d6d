#pragma once

// The Layout tab as a user has it in the UI tests (tst_floorplan, tst_layoutinspector): shown, with
// real mouse and key events on the plan's viewport.
#include "model/document/projectdocument.h"
#include "model/sample/narviksample.h"
#include "ui/floorplan/floorplanview.h"
#include "ui/floorplan/layouttab.h"

#include <QTest>
#include <QUndoStack>

namespace fjord::test {

using ui::LayoutTab;

// An empty project (built-in catalogue, one stage, one empty scenario), id of its GB300 type.
inline Project emptyProject()
{
    return makeEmptyProject(QStringLiteral("Floor plan test"));
}

inline Id gb300(const Project &p)
{
    for (const RackType &t : p.rackTypes)
        if (t.name.contains(QStringLiteral("GB300")))
            return t.id;
    return p.rackTypes.isEmpty() ? NoId : p.rackTypes.first().id;
}

// The tab shown at 10 px per metre with site point (50, 30) m in the viewport's centre.
struct Fixture {
    ProjectDocument doc;
    LayoutTab tab;
    explicit Fixture(Project p) : doc(std::move(p)), tab(&doc)
    {
        tab.resize(1400, 900);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        tab.activateWindow();
        tab.view()->setFocus();
        tab.view()->setPixelsPerMetre(10); // racks drawn by their rows (below RackDetailPpm)
        tab.view()->centerOn(50, 30);
    }
    QWidget *vp() const { return tab.view()->viewport(); }
    QPoint at(double xM, double yM) const { return tab.view()->mapFromScene(QPointF(xM, yM)); }
    void click(double x, double y, Qt::KeyboardModifiers mods = {})
    {
        QTest::mouseClick(vp(), Qt::LeftButton, mods, at(x, y));
    }
    // press, a few intermediate moves, release: a real drag
    void drag(QPointF from, QPointF to, Qt::KeyboardModifiers mods = {})
    {
        QTest::mousePress(vp(), Qt::LeftButton, mods, at(from.x(), from.y()));
        for (int i = 1; i <= 4; ++i) {
            const QPointF p = from + (to - from) * (i / 4.0);
            QTest::mouseMove(vp(), at(p.x(), p.y()));
        }
        QTest::mouseRelease(vp(), Qt::LeftButton, mods, at(to.x(), to.y()));
    }
    void key(Qt::Key k, Qt::KeyboardModifiers mods = {}) { QTest::keyClick(tab.view(), k, mods); }
    const Scenario &s() const { return doc.scenario(); }
    int steps() const { return doc.undoStack()->count(); }
};

// Builds a 30 × 15 m hall at (5, 5) and three 12-rack rows in it with mouse and keyboard only.
inline void buildHallWithThreeRows(Fixture &f)
{
    f.key(Qt::Key_H); // draw hall
    f.drag({5, 5}, {35, 20});
    f.key(Qt::Key_W); // draw row
    for (double y : {8.0, 12.0, 16.0})
        f.drag({7, y}, {14.3, y});
}

} // namespace fjord::test
