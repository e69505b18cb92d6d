#pragma once

#include "model/ids.h"

#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace fjord {
class ProjectDocument;
}

namespace fjord::ui {

// Feeding racks from the Power tab (issue 11): "Feed selected racks" puts the racks selected on the
// plan (and every rack of a selected row or hall) on the selected busway/PDU (its side; the other
// side stays); "Auto-feed hall" spreads a
// hall's racks A/B round-robin over the busways/PDUs below the selected node (all of them when none
// is selected) within their ratings. Each is one undo step; the outcome is reported by message().
class PowerFeedActions : public QObject {
    Q_OBJECT
public:
    PowerFeedActions(ProjectDocument *document, std::function<Id()> selectedNode, QWidget *parent);

    QAction *feedSelectedAction() const { return m_feedSelected; }
    QAction *feedHallAction() const { return m_feedHall; }

    void feedSelectedRacks();
    void feedHall(Id hallId); // NoId: ask which hall when there are several
    void updateActions();

signals:
    void message(const QString &text);

private:
    ProjectDocument *m_document;
    std::function<Id()> m_selectedNode;
    QWidget *m_parent;
    QAction *m_feedSelected;
    QAction *m_feedHall;
};

} // namespace fjord::ui
