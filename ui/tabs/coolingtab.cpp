#include "ui/tabs/coolingtab.h"

#include "model/document/projectdocument.h"
#include "ui/charts/barchart.h"
#include "ui/charts/chartpalette.h"
#include "ui/charts/linechart.h"
#include "ui/charts/piechart.h"
#include "ui/charts/stackedareachart.h"
#include "ui/tabs/climatepanel.h"
#include "ui/tabs/coolingeditor.h"
#include "ui/tabs/loadprofileeditor.h"
#include "ui/tabs/siteeditor.h"
#include "ui/tabs/tabutil.h"

#include "ui/settings/displayunits.h"
#include "ui/widgets/reflowgrid.h"
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

#include <numeric>

namespace fjord::ui {

using P = ChartPalette;

namespace {

double sumMWh(const QList<double> &hourlyW)
{
    // Hourly mean power (W) over 1 h steps -> energy (MWh): a unit conversion of the engine's series.
    return std::accumulate(hourlyW.begin(), hourlyW.end(), 0.0) * 1e-6;
}

struct EndUseSeries {
    QString name;
    P::EndUse use;
    const QList<double> HourlyEndUses::*series;
};

QList<EndUseSeries> endUses()
{
    return {
        {CoolingTab::tr("IT"), P::EndUse::It, &HourlyEndUses::itW},
        {CoolingTab::tr("UPS losses"), P::EndUse::UpsLoss, &HourlyEndUses::upsLossW},
        {CoolingTab::tr("Transformer losses"), P::EndUse::TransformerLoss, &HourlyEndUses::transformerLossW},
        {CoolingTab::tr("Distribution losses"), P::EndUse::DistributionLoss,
         &HourlyEndUses::distributionLossW},
        {CoolingTab::tr("Chillers"), P::EndUse::Chiller, &HourlyEndUses::chillerW},
        {CoolingTab::tr("Dry-cooler fans"), P::EndUse::DryCoolerFans, &HourlyEndUses::dryCoolerFanW},
        {CoolingTab::tr("Pumps"), P::EndUse::Pumps, &HourlyEndUses::pumpW},
        {CoolingTab::tr("CRAH fans"), P::EndUse::CrahFans, &HourlyEndUses::crahFanW},
        {CoolingTab::tr("Aux (lighting, offices)"), P::EndUse::Aux, &HourlyEndUses::auxW},
    };
}

} // namespace

CoolingTab::CoolingTab(ProjectDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    m_editor = new CoolingEditor(document, this);
    m_climate = new ClimatePanel(document, this);
    auto *climateBox = new QGroupBox(tr("Site and climate"), this);
    auto *climateLayout = new QVBoxLayout(climateBox);
    climateLayout->addWidget(new SiteEditor(document, climateBox));
    climateLayout->addWidget(m_climate);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(m_editor);
    auto *loadBox = new QGroupBox(tr("Load profiles"), this);
    auto *loadLayout = new QVBoxLayout(loadBox);
    loadLayout->setContentsMargins(0, 0, 0, 0);
    loadLayout->addWidget(new LoadProfileEditor(document, loadBox));
    leftLayout->addWidget(loadBox);
    leftLayout->addWidget(climateBox);
    leftLayout->addStretch();
    auto *leftScroll = new QScrollArea(this);
    leftScroll->setWidget(left);
    leftScroll->setWidgetResizable(true);
    leftScroll->setMinimumWidth(330);

    m_ambient = new LineChart;
    m_ambient->setObjectName(QStringLiteral("ambientChart"));
    m_ambient->setTitle(tr("Ambient and free-cooling limits"));
    m_ambient->setXLabelFormat(QStringLiteral("%.0f"));
    m_ambient->setXTickInterval(30.0);
    m_pue = new LineChart;
    m_pue->setObjectName(QStringLiteral("pueChart"));
    m_pue->setTitle(tr("Monthly PUE"));
    m_pue->setXTickInterval(1.0);
    m_week = new StackedAreaChart;
    m_week->setObjectName(QStringLiteral("weekChart"));
    m_weekBox = new QSpinBox;
    m_weekBox->setObjectName(QStringLiteral("week"));
    m_weekBox->setRange(1, 52);
    m_weekBox->setValue(28); // mid-July: the warmest week, where cooling shows
    m_weekBox->setPrefix(tr("Week "));
    m_weekBox->setToolTip(tr("The week of the year (1–52) the hourly facility power chart shows"));
    m_endUses = new PieChart;
    m_endUses->setObjectName(QStringLiteral("endUseChart"));
    m_endUses->setTitle(tr("Annual energy by end use"));
    m_heat = new BarChart;
    m_heat->setObjectName(QStringLiteral("heatReuseChart"));
    m_heat->setTitle(tr("Heat reused by month"));

    auto *weekPanel = new QWidget;
    auto *weekLayout = new QVBoxLayout(weekPanel);
    weekLayout->setContentsMargins(0, 0, 0, 0);
    auto *weekBar = new QHBoxLayout;
    weekBar->addWidget(new QLabel(tr("Show:")));
    weekBar->addWidget(m_weekBox);
    weekBar->addStretch();
    weekLayout->addLayout(weekBar);
    weekLayout->addWidget(m_week, 1);

    auto *charts = new ReflowGrid; // two columns of charts, one on a narrow pane
    charts->setObjectName(QStringLiteral("coolingCharts"));
    charts->addItem(m_ambient, 300);
    charts->addItem(m_pue, 300);
    charts->addItem(weekPanel, 300, true);
    charts->addItem(m_endUses, 300);
    charts->addItem(m_heat, 300);
    auto *chartScroll = new QScrollArea(this);
    chartScroll->setWidget(charts);
    chartScroll->setWidgetResizable(true);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(leftScroll);
    splitter->addWidget(chartScroll);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(splitter);

    connect(document, &ProjectDocument::resultsChanged, this, [this] {
        refreshAmbient();
        refreshResults();
    });
    connect(document, &ProjectDocument::currentStageChanged, this, &CoolingTab::refreshResults);
    connect(document, &ProjectDocument::changed, this, [this](const ChangeEvent &e) {
        // The thresholds follow the cooling system at once, before the engine has run again.
        if (e.kind == ChangeEvent::Kind::Cooling || e.kind == ChangeEvent::Kind::Everything)
            refreshAmbient();
    });
    connect(m_editor, &CoolingEditor::currentSystemChanged, this, &CoolingTab::refreshAmbient);
    connect(m_weekBox, &QSpinBox::valueChanged, this, &CoolingTab::refreshWeek);
    refreshAmbient();
    refreshResults();
}

void CoolingTab::refreshAmbient()
{
    const QList<double> &t = m_document->results().climate.dryBulbC;
    const QList<double> days = tabutil::sequence(0, int(t.size()), 1.0 / 24.0);
    QList<ChartSeries> series{{tr("Dry bulb"), P::ambient(), t}};
    if (const CoolingSystem *s = m_document->scenario().coolingSystem(m_editor->currentSystemId())) {
        // METHOD §3: full free cooling when T + ΔTdc ≤ Tfws; partial while T + ΔTdc < Tfwr.
        const double full = s->supplyC - s->dryCoolerApproachK;
        const double partial = s->returnC() - s->dryCoolerApproachK;
        series.append({tr("Full free cooling ≤ %1 °C").arg(tabutil::number(full, 1)), P::liquid(),
                       QList<double>(t.size(), full), Qt::DashLine});
        series.append({tr("Partial free cooling < %1 °C").arg(tabutil::number(partial, 1)), P::fail(),
                       QList<double>(t.size(), partial), Qt::DashLine});
    }
    m_ambient->setData(days, series, tr("Day of year"), tr("Temperature (°C)"));
    if (!t.isEmpty())
        m_ambient->setXRange(0, 365);
}

void CoolingTab::refreshResults()
{
    const StageResult *stage = tabutil::currentStage(m_document);
    const QString suffix = stage ? QString(QStringLiteral(" – ") + stage->name) : tr(" (no results)");
    m_pue->setTitle(tr("Monthly PUE") + suffix);
    m_endUses->setTitle(tr("Annual energy by end use") + suffix);
    m_heat->setTitle(tr("Heat reused by month") + suffix);

    QList<ChartSeries> pue;
    QList<ChartSeries> slices;
    QList<double> heat;
    if (stage) {
        pue.append({tr("Monthly PUE"), P::endUse(P::EndUse::It), stage->annual.monthlyPue});
        pue.append({tr("Annual PUE %1").arg(tabutil::number(stage->annual.pue, 3)), P::limit(),
                    QList<double>(12, stage->annual.pue), Qt::DashLine});
        for (const EndUseSeries &e : endUses())
            slices.append({e.name, P::endUse(e.use), {sumMWh(stage->hourly.*e.series)}});
        heat = stage->annual.monthlyHeatReusedMWh;
    }
    m_pue->setXLabelFormat(QStringLiteral("%d"));
    m_pue->setData(tabutil::sequence(1, 12), pue, tr("Month"), tr("PUE (–)"));
    m_endUses->setData(slices, tr("MWh"));
    m_heat->setData(tabutil::monthNames(), {{tr("Heat reused"), P::heatReuse(), heat}}, tr("Heat (MWh)"));
    refreshWeek();
}

void CoolingTab::refreshWeek()
{
    const StageResult *stage = tabutil::currentStage(m_document);
    const int week = m_weekBox->value();
    const int from = (week - 1) * 168;
    m_week->setTitle(tr("Power by end use, week %1").arg(week) +
                     (stage ? QString(QStringLiteral(" – ") + stage->name) : tr(" (no results)")));
    QList<ChartSeries> layers;
    if (stage) {
        for (const EndUseSeries &e : endUses())
            layers.append({e.name, P::endUse(e.use),
                           tabutil::scaled(tabutil::slice(stage->hourly.*e.series, from, 168),
                                           units::inPowerUnit(1.0))});
    }
    m_week->setData(tabutil::sequence(from, 168, 1.0 / 24.0), layers, tr("Day of year"),
                    tr("Power (%1)").arg(units::powerUnitName()));
}

} // namespace fjord::ui
