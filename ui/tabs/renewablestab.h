#pragma once

#include <QWidget>

class QSpinBox;
class QTableWidget;

namespace fjord {
class ProjectDocument;
}

namespace fjord::ui {

class LineChart;

class BarChart;
class RegulatoryView;
class StackedAreaChart;
class SupplyEditor;

// "Renewables": the supply portfolio editor; KPIs per stage (REF, hourly CFE, location- and
// market-based CUE, energy by source); monthly energy by source against the load and supply by
// source over a chosen week (current stage); REF/CFE and CUE per stage; the regulatory view.
class RenewablesTab : public QWidget {
    Q_OBJECT
public:
    enum KpiColumn {
        StageName,
        RefPct,
        CfePct,
        CueLocation,
        CueMarket,
        GridMWh,
        PpaMWh,
        GooMWh,
        CarbonT,
        KpiColumnCount
    };

    explicit RenewablesTab(ProjectDocument *document, QWidget *parent = nullptr);

    SupplyEditor *supplyEditor() const { return m_supply; }
    QTableWidget *kpiTable() const { return m_kpis; }
    BarChart *monthlyChart() const { return m_monthly; }
    StackedAreaChart *weekChart() const { return m_week; }
    LineChart *cfeWeekChart() const { return m_cfeWeek; }
    BarChart *refChart() const { return m_ref; }
    BarChart *cueChart() const { return m_cue; }
    RegulatoryView *regulatoryView() const { return m_regulatory; }
    QSpinBox *weekSpinBox() const { return m_weekBox; }

private:
    void refresh();
    void refreshStageCharts();

    ProjectDocument *m_document;
    SupplyEditor *m_supply;
    QTableWidget *m_kpis;
    BarChart *m_monthly;
    StackedAreaChart *m_week;
    LineChart *m_cfeWeek;
    QSpinBox *m_weekBox;
    BarChart *m_ref;
    BarChart *m_cue;
    RegulatoryView *m_regulatory;
};

} // namespace fjord::ui
