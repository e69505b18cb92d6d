#pragma once

#include "model/uncertainty.h"

#include <QElapsedTimer>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace fjord {
class ProjectDocument;
}

namespace fjord::ui {

class HeatMapChart;
class LineChart;
class SweepRunner;

// The Risk tab's parameter sweep (issue 14, METHOD v2 §9): one parameter over a range gives a line
// chart of the chosen output, two give a heat map (e.g. supply temperature × energy price → NPV).
// The parameters are those a scenario can mark uncertain; each row of the grid is a full evaluation,
// run off the GUI thread on every core, the chart filling in as it goes. The same grid on the CLI:
// fjordplan-cli sweep FILE --param NAME=FROM:TO:STEP ...
class SweepPanel : public QWidget {
    Q_OBJECT
public:
    explicit SweepPanel(ProjectDocument *document, QWidget *parent = nullptr);
    ~SweepPanel() override;

    SweepRunner *runner() const { return m_runner; }
    LineChart *lineChart() const { return m_line; }
    HeatMapChart *heatMap() const { return m_heatMap; }
    bool isStale() const { return m_stale; }

private:
    struct Axis {
        QComboBox *parameter;
        QDoubleSpinBox *from, *to, *step;
    };
    Axis makeAxis(const QString &name, bool optional);
    void refreshParameters(); // the scenario's parameters in both combos, keeping the choices
    void suggestRange(const Axis &axis);
    void run();
    void showRows();
    void finish(bool cancelled);
    void markStale();
    UncertainParameter parameterOf(const Axis &axis) const;

    ProjectDocument *m_document;
    SweepRunner *m_runner;
    Axis m_first, m_second;
    QComboBox *m_output;
    QPushButton *m_run, *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status, *m_staleLabel;
    QStackedWidget *m_charts;
    LineChart *m_line;
    HeatMapChart *m_heatMap;
    QList<UncertainParameter> m_parameters; // as listed in the combos
    QList<UncertainParameter> m_swept;      // the parameters of the sweep shown
    QString m_currency;
    QElapsedTimer m_clock;
    bool m_stale = false;
};

} // namespace fjord::ui
