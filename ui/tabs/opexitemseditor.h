#pragma once

#include <QWidget>

class QTableWidget;
class QTableWidgetItem;
class QLabel;

namespace fjord {
class ProjectDocument;
}

namespace fjord::ui {

// The project's opex items (name, the stage from which they are paid, amount per year) in a table;
// add, remove and every cell edit are undoable commands.
class OpexItemsEditor : public QWidget {
    Q_OBJECT
public:
    enum Column { Name, StageColumn, PerYear, ColumnCount };
    explicit OpexItemsEditor(ProjectDocument *document, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

    void addItem();
    void removeSelected();

private:
    void refresh();
    void scheduleRefresh();
    void cellEdited(QTableWidgetItem *item);

    ProjectDocument *m_document;
    QTableWidget *m_table;
    QLabel *m_status;
    bool m_refreshing = false;
    bool m_refreshPending = false;
};

} // namespace fjord::ui
