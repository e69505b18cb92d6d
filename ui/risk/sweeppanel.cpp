#include "ui/risk/sweeppanel.h"

#include "model/document/projectdocument.h"
#include "model/tr.h"
#include "ui/charts/chartpalette.h"
#include "ui/charts/linechart.h"
#include "ui/risk/heatmapchart.h"
#include "ui/risk/riskformat.h"
#include "ui/risk/sweeprunner.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace fjord::ui {

namespace {

// More variants than this are a study for the CLI (and a batch scheduler), not for a chart.
constexpr qint64 MaxGuiVariants = 2500;

// 1, 2 or 5 times a power of ten, the nearest at or above `x`: steps a planner would type.
double niceStep(double x)
{
    if (!(x > 0))
        return 1.0;
    const double power = std::pow(10.0, std::floor(std::log10(x)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * power >= x * 0.999)
            return m * power;
    return 10.0 * power;
}

// Shares and rates are shown in % on the charts (as in the input editor's units).
double displayFactor(const UncertainParameter &p)
{
    return riskformat::inputUnit(p.unit) == QLatin1String("%") && p.unit != QLatin1String("%") ? 100.0 : 1.0;
}

QString axisTitle(const UncertainParameter &p)
{
    return QStringLiteral("%1, %2").arg(p.label, riskformat::inputUnit(p.unit));
}

} // namespace

SweepPanel::SweepPanel(ProjectDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_runner(new SweepRunner(this))
{
    m_first = makeAxis(QStringLiteral("1"), false);
    m_second = makeAxis(QStringLiteral("2"), true);
    m_output = new QComboBox;
    m_output->setObjectName(QStringLiteral("sweepOutput"));
    for (int i = 0; i < RiskOutputCount; ++i)
        m_output->addItem(riskformat::outputLabel(RiskOutput(i)), i);
    m_run = new QPushButton(tr("Run sweep"));
    m_run->setObjectName(QStringLiteral("sweepRun"));
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("sweepCancel"));
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("sweepProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m variants"));
    m_status = new QLabel(tr("Choose one parameter (a line chart) or two (a heat map), their ranges and the "
                             "output, then Run sweep. Every variant is a full evaluation of the scenario."));
    m_status->setObjectName(QStringLiteral("sweepStatus"));
    m_status->setWordWrap(true);
    m_staleLabel = new QLabel(tr("The project changed after this sweep: the chart is stale. Run it again "
                                 "to update it."));
    m_staleLabel->setObjectName(QStringLiteral("sweepStale"));
    m_staleLabel->setWordWrap(true);
    m_staleLabel->setStyleSheet(QStringLiteral("color: #a05a00; font-weight: bold;"));
    m_staleLabel->hide();

    auto *controls = new QGroupBox(tr("Parameter sweep (METHOD §9)"));
    auto *grid = new QGridLayout(controls);
    const QStringList headers{tr("Parameter"), tr("From"), tr("To"), tr("Step")};
    for (int c = 0; c < headers.size(); ++c)
        grid->addWidget(new QLabel(headers.at(c)), 0, c + 1);
    int row = 1;
    for (const auto &[title, axis] : {std::pair{tr("Vary"), m_first}, std::pair{tr("and"), m_second}}) {
        grid->addWidget(new QLabel(title), row, 0);
        grid->addWidget(axis.parameter, row, 1);
        grid->addWidget(axis.from, row, 2);
        grid->addWidget(axis.to, row, 3);
        grid->addWidget(axis.step, row, 4);
        ++row;
    }
    grid->addWidget(new QLabel(tr("Show")), row, 0);
    grid->addWidget(m_output, row, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    grid->addLayout(buttons, row, 2, 1, 3);
    grid->addWidget(m_progress, row + 1, 0, 1, 5);
    grid->addWidget(m_status, row + 2, 0, 1, 5);
    grid->addWidget(m_staleLabel, row + 3, 0, 1, 5);
    grid->setColumnStretch(1, 1);

    m_line = new LineChart;
    m_line->setObjectName(QStringLiteral("sweepLine"));
    m_heatMap = new HeatMapChart;
    m_heatMap->setObjectName(QStringLiteral("sweepHeatMap"));
    m_charts = new QStackedWidget;
    m_charts->addWidget(m_line);
    m_charts->addWidget(m_heatMap);
    m_charts->setMinimumHeight(220); // the window still fits a 1366×768 screen

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(controls);
    layout->addWidget(m_charts, 1);

    connect(m_run, &QPushButton::clicked, this, &SweepPanel::run);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_runner->cancel();
        m_cancel->setEnabled(false);
    });
    connect(m_runner, &SweepRunner::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_runner, &SweepRunner::rowsAdded, this, &SweepPanel::showRows);
    connect(m_runner, &SweepRunner::finished, this, &SweepPanel::finish);
    connect(m_output, &QComboBox::currentIndexChanged, this, &SweepPanel::showRows);
    connect(document, &ProjectDocument::changed, this, [this] {
        refreshParameters();
        markStale();
    });
    connect(document, &ProjectDocument::currentScenarioChanged, this, [this] {
        refreshParameters();
        markStale();
    });

    m_currency = document->project().costs.currency;
    refreshParameters();
    showRows();
}

SweepPanel::~SweepPanel() = default; // the runner (a child) cancels and waits for its worker

SweepPanel::Axis SweepPanel::makeAxis(const QString &name, bool optional)
{
    Axis axis;
    axis.parameter = new QComboBox;
    axis.parameter->setObjectName(QStringLiteral("sweepParameter") + name);
    axis.parameter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    axis.parameter->setMinimumContentsLength(24);
    axis.parameter->setProperty("optional", optional);
    auto spin = [&](const char *role) {
        auto *s = new QDoubleSpinBox;
        s->setObjectName(QStringLiteral("sweep%1%2").arg(QLatin1String(role), name));
        s->setRange(-1e12, 1e12);
        s->setDecimals(4);
        s->setMinimumWidth(90);
        return s;
    };
    axis.from = spin("From");
    axis.to = spin("To");
    axis.step = spin("Step");
    const Axis copy = axis;
    connect(axis.parameter, &QComboBox::activated, this, [this, copy] { suggestRange(copy); });
    return axis;
}

UncertainParameter SweepPanel::parameterOf(const Axis &axis) const
{
    const QString key = axis.parameter->currentData().toString();
    for (const UncertainParameter &p : m_parameters)
        if (p.key == key)
            return p;
    return {};
}

void SweepPanel::refreshParameters()
{
    const QList<UncertainParameter> now =
        uncertainParameters(m_document->project(), m_document->currentScenarioId());
    bool same = now.size() == m_parameters.size();
    for (qsizetype i = 0; same && i < now.size(); ++i)
        same = now.at(i).key == m_parameters.at(i).key && now.at(i).label == m_parameters.at(i).label;
    m_parameters = now;
    if (same && m_first.parameter->count() > 0)
        return; // the user's choices and ranges stay
    for (const Axis &axis : {m_first, m_second}) {
        const QString kept = axis.parameter->currentData().toString();
        const QSignalBlocker block(axis.parameter);
        axis.parameter->clear();
        if (axis.parameter->property("optional").toBool())
            axis.parameter->addItem(tr("(none: one parameter, a line chart)"), QString());
        for (const UncertainParameter &p : m_parameters)
            axis.parameter->addItem(QStringLiteral("%1 (%2)").arg(p.label, riskformat::inputUnit(p.unit)),
                                    p.key);
        const int index = axis.parameter->findData(kept);
        axis.parameter->setCurrentIndex(std::max(0, index));
        if (index < 0 || axis.parameter->currentData().toString().isEmpty())
            suggestRange(axis); // a new parameter's range, or none for "(none)"
    }
}

void SweepPanel::suggestRange(const Axis &axis)
{
    const UncertainParameter p = parameterOf(axis);
    for (QDoubleSpinBox *s : {axis.from, axis.to, axis.step}) {
        s->setEnabled(!p.key.isEmpty());
        if (p.key.isEmpty())
            s->clear(); // no range for "(none)"
    }
    if (p.key.isEmpty())
        return;
    const double base = p.baseValue;
    double from = 0, to = 0, step = 1;
    if (p.unit == ModelTr::tr("months") || p.unit == QLatin1String("months")) { // the model translates it
        from = 0, to = 12, step = 3; // a slip of up to a year, quarter by quarter
    } else if (p.unit == QLatin1String("°C")) {
        from = base - 8, to = base + 8, step = 2;
    } else if (base == 0) {
        from = 0, to = 0.3, step = 0.05; // an overrun or another share that is nil in the plan
    } else {
        step = niceStep(std::abs(base) * 0.1); // about ten steps over ±50 % of the plan's value
        from = std::round(base * 0.5 / step) * step;
        to = std::round(base * 1.5 / step) * step;
        if (from > to)
            std::swap(from, to);
    }
    // Shares and rates need their third decimal (7.5 %), other units two.
    const int decimals = riskformat::inputUnit(p.unit) == QLatin1String("%") ? 3 : 2;
    for (QDoubleSpinBox *s : {axis.from, axis.to, axis.step})
        s->setDecimals(decimals);
    axis.from->setValue(from);
    axis.to->setValue(to);
    axis.step->setValue(step);
    axis.from->setSuffix(QLatin1Char(' ') + p.unit);
    axis.to->setSuffix(QLatin1Char(' ') + p.unit);
    axis.step->setSuffix(QLatin1Char(' ') + p.unit);
}

void SweepPanel::run()
{
    QList<SweepParameter> parameters;
    m_swept.clear();
    for (const Axis &axis : {m_first, m_second}) {
        const UncertainParameter p = parameterOf(axis);
        if (p.key.isEmpty())
            continue;
        parameters.append({p.key, axis.from->value(), axis.to->value(), axis.step->value()});
        m_swept.append(p);
    }
    if (parameters.size() == 2 && parameters.at(0).key == parameters.at(1).key) {
        m_status->setText(tr("Choose two different parameters, or none as the second."));
        return;
    }
    const SweepGrid grid(parameters);
    if (grid.variantCount() > MaxGuiVariants) {
        m_status->setText(
            tr("The grid has %1 variants; the window runs up to %2. Use larger steps, or "
               "fjordplan-cli sweep for a larger study.")
                .arg(QLocale().toString(grid.variantCount()), QLocale().toString(MaxGuiVariants)));
        return;
    }
    SweepRunner::Request request;
    request.project = m_document->project();
    request.scenarioId = m_document->currentScenarioId();
    request.parameters = parameters;
    QString error;
    if (!m_runner->start(std::move(request), &error)) {
        if (!error.isEmpty())
            m_status->setText(tr("Cannot sweep: %1").arg(error));
        return;
    }
    m_currency = m_document->project().costs.currency;
    m_stale = false;
    m_staleLabel->hide();
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setRange(0, int(grid.variantCount()));
    m_progress->setValue(0);
    m_clock.start();
    m_status->setText(tr("Evaluating %1 variants of %2…")
                          .arg(QLocale().toString(grid.variantCount()), m_document->scenario().name));
    showRows();
}

void SweepPanel::showRows()
{
    const RiskOutput output = RiskOutput(m_output->currentData().toInt());
    const QList<SweepRow> &rows = m_runner->rows();
    const SweepGrid &grid = m_runner->grid();
    double largest = 0;
    for (const SweepRow &row : rows)
        largest = std::max(largest, std::abs(row.outputs.value(output).value_or(0.0)));
    const riskformat::AxisScale scale = riskformat::axisScale(output, largest, m_currency);
    const QString outputName = riskformat::outputLabel(output);

    if (m_swept.size() <= 1) {
        m_charts->setCurrentWidget(m_line);
        QList<double> x, y;
        const UncertainParameter p = m_swept.value(0);
        for (const SweepRow &row : rows) {
            const std::optional<double> v = row.outputs.value(output);
            if (!v)
                continue; // an IRR that does not exist: a gap, not a zero
            x << row.values.value(0) * displayFactor(p);
            y << *v * scale.factor;
        }
        m_line->setData(x, {ChartSeries{outputName, ChartPalette::indexed(0), y}},
                        p.key.isEmpty() ? tr("Parameter") : axisTitle(p), scale.title);
        m_line->setTitle(p.key.isEmpty() ? tr("Parameter sweep: not run yet")
                                         : tr("%1 over %2").arg(outputName, p.label));
        if (!p.key.isEmpty() && !rows.isEmpty())
            m_line->addVerticalMarker(p.baseValue * displayFactor(p),
                                      tr("The plan: %1").arg(riskformat::inputValue(p.baseValue, p.unit)),
                                      ChartPalette::limit());
        return;
    }

    m_charts->setCurrentWidget(m_heatMap);
    const UncertainParameter py = m_swept.at(0), px = m_swept.at(1);
    HeatMapChart::Data data;
    data.title = tr("%1 over %2 and %3").arg(outputName, py.label, px.label);
    data.yTitle = axisTitle(py);
    data.xTitle = axisTitle(px);
    data.valueTitle = scale.title;
    const QList<double> ys = sweepValues(grid.parameters().at(0)), xs = sweepValues(grid.parameters().at(1));
    for (double v : ys) {
        data.y << v;
        data.yLabels << riskformat::inputNumber(v, py.unit);
    }
    for (double v : xs) {
        data.x << v;
        data.xLabels << riskformat::inputNumber(v, px.unit);
    }
    data.values.fill(std::numeric_limits<double>::quiet_NaN(), ys.size() * xs.size());
    data.flagged.fill(false, ys.size() * xs.size());
    for (const SweepRow &row : rows) {
        data.values[row.variant] =
            row.outputs.value(output).value_or(std::numeric_limits<double>::quiet_NaN());
        data.flagged[row.variant] = row.errors > 0;
    }
    data.flagMeaning = tr("Outlined: the variant has errors (see the status above)");
    const QString currency = m_currency;
    data.format = [output, currency](double v) { return riskformat::value(output, v, currency); };
    // NPV and IRR split at their break-even (NPV 0, IRR at the discount rate is not known here: 0);
    // the other outputs are coloured around their middle.
    double low = 0, high = 0;
    bool any = false;
    for (double v : data.values)
        if (std::isfinite(v)) {
            low = any ? std::min(low, v) : v;
            high = any ? std::max(high, v) : v;
            any = true;
        }
    data.pivot = output == RiskOutput::Npv ? 0.0 : 0.5 * (low + high);
    m_heatMap->setData(std::move(data));
}

void SweepPanel::finish(bool cancelled)
{
    m_run->setEnabled(true);
    m_cancel->setEnabled(false);
    const QLocale locale;
    const QString seconds = locale.toString(m_clock.elapsed() / 1000.0, 'f', 1);
    const qint64 total = m_runner->grid().variantCount();
    const int done = int(m_runner->rows().size());
    int errors = 0;
    QString example;
    for (const SweepRow &row : m_runner->rows())
        if (row.errors > 0 && errors++ == 0)
            example = row.firstError;
    QString text = cancelled ? tr("Cancelled after %1 of %2 variants (%3 s).")
                                   .arg(locale.toString(done), locale.toString(total), seconds)
                             : tr("%1 variants in %2 s.").arg(locale.toString(done), seconds);
    if (errors > 0)
        text += QLatin1Char(' ') + tr("Variants with errors: %1 of %2, e.g.: %3")
                                       .arg(locale.toString(errors), locale.toString(done), example);
    m_status->setText(text);
    showRows();
}

void SweepPanel::markStale()
{
    if (m_runner->rows().isEmpty() && !m_runner->isRunning())
        return;
    m_stale = true;
    m_staleLabel->show();
}

} // namespace fjord::ui
