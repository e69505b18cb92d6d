#pragma once

#include "model/document/changeevent.h"

#include <QHash>
#include <QTreeWidget>

namespace fjord {
class ProjectDocument;
}

namespace fjord::ui {

// The project tree (left dock): scenarios -> stages, halls -> rows, the power chain (as a tree),
// cooling systems, tenants and rack types of the current scenario. Selecting items sets the document's
// selection and follows it back; editing an item's text in place pushes a rename command.
// Item data: IdRole holds the object id (0 for group headings).
class ProjectTree : public QTreeWidget {
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit ProjectTree(ProjectDocument *document, QWidget *parent = nullptr);

    QTreeWidgetItem *itemForId(Id id) const { return m_items.value(id); }

protected:
    // F2 or a click on a selected row edits the name, whichever column was clicked: the details
    // column is derived from the model and never edited.
    bool edit(const QModelIndex &index, EditTrigger trigger, QEvent *event) override;

private:
    void rebuild();
    void onChanged(const ChangeEvent &event);
    void onItemChanged(QTreeWidgetItem *item, int column);
    void pushSelection();
    void followSelection();
    QTreeWidgetItem *addObject(QTreeWidgetItem *parent, Id id, const QString &name,
                               const QString &detail = {});
    QTreeWidgetItem *addGroup(const QString &title);

    ProjectDocument *m_document;
    QHash<Id, QTreeWidgetItem *> m_items;
    bool m_updating = false;
};

} // namespace fjord::ui
