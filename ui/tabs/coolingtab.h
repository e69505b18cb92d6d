#pragma once

#include <QWidget>

class QSpinBox;

namespace fjord {
class ProjectDocument;
}

namespace fjord::ui {

class BarChart;
class ClimatePanel;
class CoolingEditor;
class LineChart;
class PieChart;
class StackedAreaChart;

// "Cooling & Energy": the cooling-system editor and climate panel on the left; on the right the
// ambient year with the free-cooling thresholds of the selected system, monthly PUE, facility
// power by end use over a chosen week, annual energy by end use and heat reused by month of the
// current stage. Charts show Results; they compute nothing.
class CoolingTab : public QWidget {
    Q_OBJECT
public:
    explicit CoolingTab(ProjectDocument *document, QWidget *parent = nullptr);

    CoolingEditor *editor() const { return m_editor; }
    ClimatePanel *climatePanel() const { return m_climate; }
    LineChart *ambientChart() const { return m_ambient; }
    LineChart *pueChart() const { return m_pue; }
    StackedAreaChart *weekChart() const { return m_week; }
    PieChart *endUseChart() const { return m_endUses; }
    BarChart *heatReuseChart() const { return m_heat; }
    QSpinBox *weekSpinBox() const { return m_weekBox; }

private:
    void refreshAmbient();
    void refreshResults();
    void refreshWeek();

    ProjectDocument *m_document;
    CoolingEditor *m_editor;
    ClimatePanel *m_climate;
    LineChart *m_ambient;
    LineChart *m_pue;
    StackedAreaChart *m_week;
    QSpinBox *m_weekBox;
    PieChart *m_endUses;
    BarChart *m_heat;
};

} // namespace fjord::ui
