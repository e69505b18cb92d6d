#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace fjord {
class ProjectDocument;
}

namespace fjord::ui {

class BarChart;

// Who gets the capacity (METHOD §8.2), from Results: a stacked bar chart of the allocation by tenant
// class per stage, the start-up/research share of every stage against the project's target (red when
// missed) and the allocation of the campus as built through the current stage (per tenant and per
// class: MW, racks, GPUs; unallocated; a total equal to the installed capacity).
class AllocationView : public QWidget {
    Q_OBJECT
public:
    enum Column { Who, Mw, Racks, Gpus, Share, ColumnCount };

    explicit AllocationView(ProjectDocument *document, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    BarChart *chart() const { return m_chart; }
    QLabel *priorityLabel() const { return m_priority; }

private:
    void refresh();
    void refreshTable();
    void refreshPriority();
    void refreshChart();

    ProjectDocument *m_document;
    QLabel *m_caption;
    QTableWidget *m_table;
    QLabel *m_priority;
    BarChart *m_chart;
};

} // namespace fjord::ui
