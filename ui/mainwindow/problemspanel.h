#pragma once

#include "model/ids.h"

#include <QSet>
#include <QWidget>

class QAction;
class QLabel;
class QModelIndex;
class QToolButton;
class QTreeView;

namespace fjord {
class ProjectDocument;
}

namespace fjord::ui {

class ProblemsModel;

// The Problems dock's content: a count of errors and warnings, the problems grouped by code
// (ProblemsModel) and "Select Objects", which selects every object of the current row or group
// (also in the rows' context menu) and asks the window to show them. Double-clicking a single problem selects
// its object; a group opens and closes. Open groups stay open when the problems are recomputed.
class ProblemsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ProblemsPanel(ProjectDocument *document, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    ProblemsModel *model() const { return m_model; }
    QAction *selectObjectsAction() const { return m_selectObjects; }

signals:
    // "Select Objects" made these objects the document's selection: the window shows them.
    void objectsSelected(const QList<fjord::Id> &ids);

private:
    void selectObjects(const QModelIndex &index);
    void updateSummary();
    void updateAction();

    ProjectDocument *m_document;
    ProblemsModel *m_model;
    QTreeView *m_view;
    QLabel *m_summary;
    QToolButton *m_selectButton;
    QAction *m_selectObjects;
    QSet<QString> m_openGroups; // GroupKeyRole of the open groups, across recomputes
};

} // namespace fjord::ui
