#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace fjord {
class ProjectDocument;
}

namespace fjord::ui {

class BarChart;
class LineChart;
class StageTimelineChart;

// "Expansion": the stages in a table (name, energisation date, grid capacity added, ramp-up months
// editable; racks, GPUs and capacities from the Results beside them), a timeline whose stage bars
// can be dragged along the time axis, and charts of capacity and of racks/GPUs per stage over time.
class ExpansionTab : public QWidget {
    Q_OBJECT
public:
    enum Column {
        Name,
        Energisation,
        GridAddedMW,
        RampUpMonths,
        Racks,
        Gpus,
        ItCapacityMW,
        FacilityPeakMW,
        DesignDemandMW,
        GridCapacityMW,
        ColumnCount
    };

    explicit ExpansionTab(ProjectDocument *document, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    StageTimelineChart *timeline() const { return m_timeline; }
    BarChart *capacityChart() const { return m_capacity; }
    LineChart *capacityTimeChart() const { return m_capacityTime; }
    LineChart *racksChart() const { return m_racks; }
    BarChart *energyChart() const { return m_energy; }

private:
    void refresh();
    void scheduleRefresh();
    void refreshCharts();
    void cellEdited(QTableWidgetItem *item);
    void stageDragged(int stage, QDate energisation, bool finished);

    ProjectDocument *m_document;
    QTableWidget *m_table;
    QLabel *m_status;
    StageTimelineChart *m_timeline;
    BarChart *m_capacity;
    LineChart *m_capacityTime;
    LineChart *m_racks;
    BarChart *m_energy;
    bool m_refreshing = false;
    bool m_refreshPending = false;
};

} // namespace fjord::ui
