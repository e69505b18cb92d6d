#pragma once

#include "model/engine/montecarlo.h"

#include <QElapsedTimer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace fjord {
class ProjectDocument;
}

namespace fjord::ui {

class HistogramChart;
class LineChart;
class MonteCarloRunner;
class RiskSummaryTable;
class SweepPanel;
class TornadoChart;
class UncertainInputsEditor;

// "Risk" (issue 14, METHOD v2 §9): the Monte Carlo of the current scenario's uncertain inputs, run
// off the GUI thread in chunks so the table and charts converge while it runs; Cancel keeps the runs
// done. The summary table (P10/P50/P90/mean with units, P(NPV < 0), the P50's standard error, runs),
// a histogram of a chosen output, the NPV's S-curve against the deterministic plan, the NPV tornado,
// and the editor of the uncertain inputs. A change of the project after a run marks it stale. A second
// page sweeps one or two parameters (SweepPanel).
class RiskTab : public QWidget {
    Q_OBJECT
public:
    explicit RiskTab(ProjectDocument *document, QWidget *parent = nullptr);
    ~RiskTab() override;

    MonteCarloRunner *runner() const { return m_runner; }
    RiskSummaryTable *summaryTable() const { return m_summary; }
    HistogramChart *histogram() const { return m_histogram; }
    LineChart *sCurve() const { return m_sCurve; }
    TornadoChart *tornadoChart() const { return m_tornado; }
    UncertainInputsEditor *inputsEditor() const { return m_editor; }
    SweepPanel *sweepPanel() const { return m_sweep; }
    bool isStale() const { return m_stale; }

private:
    void run();
    void showRuns();
    void showHistogram();
    void showTornado();
    void finish(bool cancelled, const QString &error);
    void markStale();
    void showStatus(const QString &text);
    void showProgress(int done, int total);

    ProjectDocument *m_document;
    MonteCarloRunner *m_runner;
    QSpinBox *m_runs;
    QSpinBox *m_seed;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_staleLabel;
    RiskSummaryTable *m_summary;
    QComboBox *m_histogramOutput;
    HistogramChart *m_histogram;
    LineChart *m_sCurve;
    TornadoChart *m_tornado;
    UncertainInputsEditor *m_editor;
    SweepPanel *m_sweep;
    QElapsedTimer m_clock;
    QString m_currency;
    std::optional<double> m_deterministicNpv; // of the plan as it was when the run started
    bool m_stale = false;
};

} // namespace fjord::ui
