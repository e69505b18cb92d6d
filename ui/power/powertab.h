#pragma once

#include "model/ids.h"

#include <QWidget>

class QAction;
class QLabel;
class QTreeView;

namespace fjord {
class ProjectDocument;
struct ChangeEvent;
} // namespace fjord

namespace fjord::ui {

class PhaseCurrentChart;
class PowerFeedActions;
class PowerInspector;
class PowerTreeModel;

// The Power tab: the power chain as an editable tree with each node's loading in the current
// stage (from the document's Results; the tab computes nothing), an inspector for the selected
// node, a chart of the phase currents of the selected node and the nodes below it, and actions
// to add, remove and auto-balance. Every edit is a command on the document's undo stack.
class PowerTab : public QWidget {
    Q_OBJECT
public:
    PowerTab(ProjectDocument *document, QWidget *parent);

    QTreeView *tree() const { return m_tree; }
    PowerTreeModel *model() const { return m_model; }
    PowerInspector *inspector() const { return m_inspector; }
    // Hands the node editor to a host that shows it (the main window's dock); the tab keeps
    // driving it from the tree's selection. The caller owns it then.
    PowerInspector *detachInspector();
    PhaseCurrentChart *chart() const { return m_chart; }
    PowerFeedActions *feedActions() const { return m_feeds; }
    Id selectedNode() const;
    void selectNode(Id nodeId);

    void addNode();     // a child of the selected node (or a grid connection at the top)
    void removeNode();  // the selected node and everything below it
    void autoBalance(); // the phases of the single-phase feeds below the selected node

private:
    void sizeTreeColumns();
    void onChanged(const ChangeEvent &event);
    void onSelectionChanged();
    void updateChart();
    void showContextMenu(const QPoint &pos);

    ProjectDocument *m_document;
    PowerTreeModel *m_model;
    QTreeView *m_tree;
    PowerInspector *m_inspector;
    PhaseCurrentChart *m_chart;
    QLabel *m_message;
    QAction *m_addAction;
    QAction *m_removeAction;
    QAction *m_balanceAction;
    PowerFeedActions *m_feeds = nullptr;
};

} // namespace fjord::ui
