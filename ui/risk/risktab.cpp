#include "ui/risk/risktab.h"

#include "model/document/projectdocument.h"
#include "ui/charts/linechart.h"
#include "ui/risk/histogramchart.h"
#include "ui/risk/montecarlorunner.h"
#include "ui/risk/riskcharts.h"
#include "ui/risk/riskformat.h"
#include "ui/risk/risksummarytable.h"
#include "ui/risk/sweeppanel.h"
#include "ui/risk/tornadochart.h"
#include "ui/risk/uncertaininputseditor.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include <limits>

namespace fjord::ui {

namespace {
constexpr int DefaultRuns = 10000; // METHOD v2 §9
} // namespace

RiskTab::RiskTab(ProjectDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_runner(new MonteCarloRunner(this))
{
    m_runs = new QSpinBox;
    m_runs->setObjectName(QStringLiteral("riskRuns"));
    m_runs->setRange(10, 1000000);
    m_runs->setSingleStep(1000);
    m_runs->setValue(DefaultRuns);
    m_runs->setGroupSeparatorShown(true);
    m_runs->setToolTip(tr("How many evaluations the Monte Carlo study draws (more runs: narrower "
                          "confidence in its percentiles, longer to run)"));
    m_runs->setSuffix(tr(" runs"));
    m_seed = new QSpinBox;
    m_seed->setObjectName(QStringLiteral("riskSeed"));
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(1);
    m_seed->setToolTip(tr("The same seed gives the same runs on every machine (the CLI's risk --seed)"));
    m_run = new QPushButton(tr("Run"));
    m_run->setObjectName(QStringLiteral("riskRun"));
    m_run->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("riskCancel"));
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("riskProgress"));
    showProgress(0, DefaultRuns);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("riskStatus"));
    m_status->setWordWrap(true);
    m_staleLabel = new QLabel(tr("The project changed after this run: the results below are stale. "
                                 "Run again to update them."));
    m_staleLabel->setObjectName(QStringLiteral("riskStale"));
    m_staleLabel->setWordWrap(true);
    m_staleLabel->setStyleSheet(QStringLiteral("color: #a05a00; font-weight: bold;"));
    m_staleLabel->hide();

    auto *controls = new QGroupBox(tr("Monte Carlo (METHOD §9)"));
    auto *grid = new QGridLayout(controls);
    grid->addWidget(new QLabel(tr("Runs")), 0, 0);
    grid->addWidget(m_runs, 0, 1);
    grid->addWidget(new QLabel(tr("Seed")), 0, 2);
    grid->addWidget(m_seed, 0, 3);
    grid->addWidget(m_run, 0, 4);
    grid->addWidget(m_cancel, 0, 5);
    grid->addWidget(m_progress, 1, 0, 1, 6);
    grid->addWidget(m_status, 2, 0, 1, 6);
    grid->addWidget(m_staleLabel, 3, 0, 1, 6);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    m_summary = new RiskSummaryTable;
    // Every row visible without scrolling: the table is a figure, not a list.
    m_summary->setMinimumHeight(m_summary->horizontalHeader()->sizeHint().height() +
                                RiskSummaryTable::RowCount *
                                    m_summary->verticalHeader()->defaultSectionSize() +
                                2 * m_summary->frameWidth() + 2 +
                                m_summary->horizontalScrollBar()->sizeHint().height()); // in a narrow window
    m_summary->setMaximumHeight(m_summary->minimumHeight());

    m_editor = new UncertainInputsEditor(document);
    auto *inputs = new QGroupBox(tr("Uncertain inputs of the scenario"));
    (new QVBoxLayout(inputs))->addWidget(m_editor);

    auto *left = new QWidget;
    left->setMinimumWidth(700); // the summary table without a scroll bar
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(controls);
    leftLayout->addWidget(m_summary);
    leftLayout->addWidget(inputs, 1);

    m_histogramOutput = new QComboBox;
    m_histogramOutput->setObjectName(QStringLiteral("riskHistogramOutput"));
    for (int i = 0; i < RiskOutputCount; ++i)
        m_histogramOutput->addItem(riskformat::outputLabel(RiskOutput(i)), i);
    m_histogram = new HistogramChart;
    m_histogram->setObjectName(QStringLiteral("riskHistogram"));
    m_sCurve = new LineChart;
    m_sCurve->setObjectName(QStringLiteral("riskSCurve"));
    m_tornado = new TornadoChart;
    m_tornado->setObjectName(QStringLiteral("riskTornado"));
    for (ChartView *chart : {static_cast<ChartView *>(m_histogram), static_cast<ChartView *>(m_sCurve),
                             static_cast<ChartView *>(m_tornado)})
        chart->setMinimumHeight(320);
    m_tornado->setMinimumHeight(520); // labels of two or three lines for about ten inputs

    auto *charts = new QWidget;
    auto *chartsLayout = new QVBoxLayout(charts);
    auto *histogramBar = new QHBoxLayout;
    histogramBar->addWidget(new QLabel(tr("Histogram of")));
    histogramBar->addWidget(m_histogramOutput);
    histogramBar->addStretch();
    chartsLayout->addLayout(histogramBar);
    chartsLayout->addWidget(m_histogram);
    chartsLayout->addWidget(m_sCurve);
    chartsLayout->addWidget(m_tornado);
    auto *chartScroll = new QScrollArea;
    chartScroll->setWidget(charts);
    chartScroll->setWidgetResizable(true);
    chartScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *splitter = new QSplitter(this);
    // On a laptop screen the column would be squeezed below its figures' height (the summary table
    // overlapped the inputs' title at 1366×768): it scrolls instead.
    auto *leftScroll = new QScrollArea;
    leftScroll->setWidget(left);
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);
    leftScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    leftScroll->setMinimumWidth(left->minimumWidth() + leftScroll->verticalScrollBar()->sizeHint().width());
    splitter->addWidget(leftScroll);
    splitter->addWidget(chartScroll);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({left->minimumWidth(), left->minimumWidth()}); // the charts get a fair share
    // Monte Carlo and the parameter sweep are two views of one question: how sure is the plan.
    m_sweep = new SweepPanel(document);
    auto *pages = new QTabWidget;
    pages->setObjectName(QStringLiteral("riskPages"));
    pages->setDocumentMode(true);
    pages->addTab(splitter, tr("Monte Carlo"));
    pages->addTab(m_sweep, tr("Parameter sweep"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(pages);

    connect(m_run, &QPushButton::clicked, this, &RiskTab::run);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_runner->cancel();
        m_cancel->setEnabled(false);
        showStatus(tr("Cancelling after the current batch of runs…"));
    });
    connect(m_runner, &MonteCarloRunner::progress, this,
            [this](int done, int total) { showProgress(done, total); });
    connect(m_runner, &MonteCarloRunner::runsAdded, this, &RiskTab::showRuns);
    connect(m_runner, &MonteCarloRunner::tornadoReady, this, &RiskTab::showTornado);
    connect(m_runner, &MonteCarloRunner::finished, this, &RiskTab::finish);
    connect(m_histogramOutput, &QComboBox::currentIndexChanged, this, &RiskTab::showHistogram);
    connect(document, &ProjectDocument::changed, this, &RiskTab::markStale);
    connect(document, &ProjectDocument::currentScenarioChanged, this, &RiskTab::markStale);

    m_currency = document->project().costs.currency;
    showRuns(); // empty charts with their titles and axes
    showTornado();
    showStatus(tr("Not run yet. Set the runs and the seed, then Run: the table and charts fill in as the "
                  "runs converge."));
}

RiskTab::~RiskTab() = default; // the runner (a child) cancels and waits for its worker

void RiskTab::showProgress(int done, int total)
{
    // Its own text: the bar's %v/%m placeholders print 100000 without the locale's group separator.
    const QLocale locale;
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->setFormat(tr("%1 of %2 runs").arg(locale.toString(done), locale.toString(total)));
}

void RiskTab::showStatus(const QString &text)
{
    m_status->setText(text);
}

void RiskTab::run()
{
    const Scenario &scenario = m_document->scenario();
    if (scenario.uncertainInputs.isEmpty()) {
        showStatus(tr("The scenario has no uncertain inputs: add some below (or use the Narvik presets), "
                      "then Run."));
        return;
    }
    m_document->recomputeNow(); // the deterministic plan the runs are compared with
    m_deterministicNpv = riskOutputs(m_document->results()).npv;
    m_currency = m_document->project().costs.currency;
    MonteCarloRunner::Request request;
    request.project = m_document->project();
    request.scenarioId = m_document->currentScenarioId();
    request.runs = m_runs->value();
    request.seed = quint64(m_seed->value());
    if (!m_runner->start(std::move(request)))
        return;
    m_stale = false;
    m_staleLabel->hide();
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    showProgress(0, m_runs->value());
    m_clock.start();
    showRuns();
    showTornado();
    showStatus(tr("Running %1 runs with seed %2 over the %3 uncertain inputs of %4…")
                   .arg(QLocale().toString(m_runs->value()))
                   .arg(m_seed->value())
                   .arg(scenario.uncertainInputs.size())
                   .arg(scenario.name));
}

void RiskTab::showRuns()
{
    const QList<RiskOutputs> &runs = m_runner->outputs();
    if (runs.isEmpty())
        m_summary->clearSummary();
    else
        m_summary->showSummary(summarise(runs), m_runner->runsAsked(), m_currency);
    showHistogram();
    riskcharts::showNpvSCurve(m_sCurve, runs, m_currency, runs.isEmpty() ? std::nullopt : m_deterministicNpv);
}

void RiskTab::showHistogram()
{
    riskcharts::showHistogram(m_histogram, m_runner->outputs(),
                              RiskOutput(m_histogramOutput->currentData().toInt()), m_currency);
}

void RiskTab::showTornado()
{
    riskcharts::showTornado(m_tornado, m_runner->tornado(), m_document->project(), m_runner->scenarioId(),
                            m_currency);
}

void RiskTab::finish(bool cancelled, const QString &error)
{
    m_run->setEnabled(true);
    m_cancel->setEnabled(false);
    const QLocale locale;
    const int done = int(m_runner->outputs().size());
    const QString seconds = locale.toString(m_clock.elapsed() / 1000.0, 'f', 1);
    if (!error.isEmpty())
        showStatus(tr("Could not run: %1").arg(error));
    else if (cancelled)
        showStatus(
            tr("Cancelled after %1 of %2 runs (seed %3, %4 s): the table and charts show the runs done.")
                .arg(locale.toString(done), locale.toString(m_runner->runsAsked()))
                .arg(m_runner->seed())
                .arg(seconds));
    else
        showStatus(tr("%1 runs with seed %2 in %3 s.")
                       .arg(locale.toString(done))
                       .arg(m_runner->seed())
                       .arg(seconds));
    showProgress(done, m_runner->runsAsked());
}

void RiskTab::markStale()
{
    if (m_runner->outputs().isEmpty() && !m_runner->isRunning())
        return; // nothing shown that could be stale
    m_stale = true;
    m_staleLabel->show();
}

} // namespace fjord::ui
