#pragma once

#include "model/ids.h"

#include <QObject>
#include <QPointF>

#include <optional>

class QAction;
class QWidget;

namespace fjord {
class ProjectDocument;
struct LayoutDelta;
} // namespace fjord

namespace fjord::ui {

class FloorPlanScene;

// The edit actions of the Layout tab that work on the selection: rotate (R), duplicate (Ctrl+D),
// copy/paste through the system clipboard (Ctrl+C/V, MIME application/x-fjordplan-layout, so
// objects travel between projects), delete (Del), select all, renumber, align and distribute.
// Each pushes one command; a refused edit says why through statusMessage.
class LayoutActions : public QObject {
    Q_OBJECT
public:
    LayoutActions(ProjectDocument *document, FloorPlanScene *scene, QWidget *shortcutContext);

    QAction *rotate() const { return m_rotate; }
    QAction *duplicate() const { return m_duplicate; }
    QAction *copy() const { return m_copy; }
    QAction *paste() const { return m_paste; }
    QAction *remove() const { return m_delete; }
    QAction *selectAll() const { return m_selectAll; }
    QAction *renumber() const { return m_renumber; }
    QList<QAction *> alignActions() const { return m_align; }

    // Where Paste puts objects: the last cursor position on the plan (site metres).
    void setCursorSite(const QPointF &site) { m_cursor = site; }

    bool copySelection();  // to the system clipboard
    bool pasteClipboard(); // from it, at the cursor

signals:
    void statusMessage(const QString &message);

private:
    bool pushDelta(const LayoutDelta &delta, const QString &text, const QString &error, bool selectInserted);
    void updateEnabled();

    ProjectDocument *m_document;
    FloorPlanScene *m_scene;
    std::optional<QPointF> m_cursor;
    QAction *m_rotate;
    QAction *m_duplicate;
    QAction *m_copy;
    QAction *m_paste;
    QAction *m_delete;
    QAction *m_selectAll;
    QAction *m_renumber;
    QList<QAction *> m_align;
};

} // namespace fjord::ui
