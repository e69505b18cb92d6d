#include "ui/tabs/renewablestab.h"

#include "model/document/projectdocument.h"
#include "ui/charts/barchart.h"
#include "ui/charts/chartpalette.h"
#include "ui/charts/linechart.h"
#include "ui/charts/stackedareachart.h"
#include "ui/charts/tableexport.h"
#include "ui/tabs/regulatoryview.h"
#include "ui/tabs/supplyeditor.h"
#include "ui/tabs/tabutil.h"

#include "ui/widgets/reflowgrid.h"
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>

#include "ui/settings/displayunits.h"
#include "ui/widgets/fitcolumns.h"
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace fjord::ui {

using P = ChartPalette;

RenewablesTab::RenewablesTab(ProjectDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    m_supply = new SupplyEditor(document);
    auto *leftScroll = new QScrollArea;
    leftScroll->setWidget(m_supply);
    leftScroll->setWidgetResizable(true);
    leftScroll->setMinimumWidth(380);

    m_kpis = new QTableWidget(0, KpiColumnCount);
    m_kpis->setObjectName(QStringLiteral("renewableKpis"));
    m_kpis->setHorizontalHeaderLabels({tr("Stage"), tr("REF\n(%)"), tr("Hourly\nCFE (%)"),
                                       tr("CUE location\n(g/kWh)"), tr("CUE market\n(g/kWh)"),
                                       tr("Grid\n(MWh)"), tr("PPA used\n(MWh)"), tr("GoO\n(MWh)"),
                                       tr("CO₂e\n(t/yr)")});
    m_kpis->verticalHeader()->hide();
    m_kpis->setEditTriggers(QAbstractItemView::NoEditTriggers);
    FitColumns::attach(m_kpis);
    m_kpis->setMinimumHeight(110);
    m_kpis->setMaximumHeight(180);
    TableExport::attach(m_kpis);
    auto *kpiBox = new QGroupBox(tr("Renewable and carbon KPIs per stage"));
    (new QVBoxLayout(kpiBox))->addWidget(m_kpis);

    m_regulatory = new RegulatoryView(document);
    auto *regBox = new QGroupBox(tr("Regulatory view: EU EED KPIs and EnEfG benchmark"));
    (new QVBoxLayout(regBox))->addWidget(m_regulatory);

    m_monthly = new BarChart;
    m_monthly->setObjectName(QStringLiteral("monthlySourceChart"));
    m_monthly->setStacked(true);
    m_week = new StackedAreaChart;
    m_week->setObjectName(QStringLiteral("supplyWeekChart"));
    m_weekBox = new QSpinBox;
    m_weekBox->setObjectName(QStringLiteral("supplyWeek"));
    m_weekBox->setRange(1, 52);
    m_weekBox->setValue(2); // deep winter: the least solar, the most heating
    m_weekBox->setPrefix(tr("Week "));
    m_weekBox->setToolTip(tr("The week of the year (1–52) the hourly supply chart shows"));
    m_ref = new BarChart;
    m_ref->setObjectName(QStringLiteral("refChart"));
    m_cue = new BarChart;
    m_cue->setObjectName(QStringLiteral("cueChart"));

    auto *weekPanel = new QWidget;
    auto *weekLayout = new QVBoxLayout(weekPanel);
    weekLayout->setContentsMargins(0, 0, 0, 0);
    auto *weekBar = new QHBoxLayout;
    weekBar->addWidget(new QLabel(tr("Show:")));
    weekBar->addWidget(m_weekBox);
    weekBar->addStretch();
    weekLayout->addLayout(weekBar);
    weekLayout->addWidget(m_week, 1);
    m_cfeWeek = new LineChart;
    m_cfeWeek->setObjectName(QStringLiteral("cfeWeekChart"));
    weekLayout->addWidget(m_cfeWeek, 1);

    auto *right = new ReflowGrid; // two columns of charts, one on a narrow pane
    right->setObjectName(QStringLiteral("renewablesCharts"));
    right->addItem(kpiBox, 150, true);
    right->addItem(m_monthly, 560);
    right->addItem(weekPanel, 560);
    right->addItem(m_ref, 300);
    right->addItem(m_cue, 300);
    right->addItem(regBox, 200, true);
    auto *rightScroll = new QScrollArea;
    rightScroll->setWidget(right);
    rightScroll->setWidgetResizable(true);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(leftScroll);
    splitter->addWidget(rightScroll);
    // Spare width goes 2:3 to the editors and the results: at 1920 px the PPA table fits.
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(splitter);

    connect(document, &ProjectDocument::resultsChanged, this, &RenewablesTab::refresh);
    connect(document, &ProjectDocument::currentStageChanged, this, &RenewablesTab::refreshStageCharts);
    connect(m_weekBox, &QSpinBox::valueChanged, this, &RenewablesTab::refreshStageCharts);
    refresh();
}

void RenewablesTab::refresh()
{
    const QList<StageResult> &stages = m_document->results().stages;
    using tabutil::number;
    m_kpis->setRowCount(int(stages.size()));
    QStringList names;
    QList<double> ref, cfe, cueLocation, cueMarket;
    for (int i = 0; i < stages.size(); ++i) {
        const StageResult &s = stages[i];
        const AnnualKpis &a = s.annual;
        const QStringList cells{s.name,
                                number(a.ref * 100, 1),
                                number(a.cfeHourly * 100, 1),
                                number(a.cueKgPerKWh * 1000, 1),
                                number(a.cueMarketKgPerKWh * 1000, 1),
                                number(a.gridImportMWh, 0),
                                number(a.ppaUsedMWh, 0),
                                number(a.guaranteesMWh, 0),
                                number(a.carbonTonnes, 0)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_kpis->setItem(i, c, item);
        }
        names.append(s.name);
        ref.append(a.ref * 100);
        cfe.append(a.cfeHourly * 100);
        cueLocation.append(a.cueKgPerKWh * 1000);
        cueMarket.append(a.cueMarketKgPerKWh * 1000);
    }
    m_ref->setTitle(tr("REF and hourly CFE per stage"));
    m_ref->setData(names,
                   {{tr("REF"), P::source(P::Source::Guarantees), ref},
                    {tr("Hourly CFE"), P::source(P::Source::Hydro), cfe}},
                   tr("Share of facility energy (%)"));
    m_cue->setTitle(tr("CUE per stage"));
    m_cue->setData(names,
                   {{tr("Location-based"), P::source(P::Source::Grid), cueLocation},
                    {tr("Market-based (residual mix)"), P::fail(), cueMarket}},
                   tr("CUE (g CO₂e per IT kWh)"));
    refreshStageCharts();
}

void RenewablesTab::refreshStageCharts()
{
    const StageResult *stage = tabutil::currentStage(m_document);
    const QString suffix = stage ? QString(QStringLiteral(" – ") + stage->name) : tr(" (no results)");
    QList<double> grid(12, 0.0), ppa(12, 0.0), load;
    struct {
        QString title;
        double perWh;
    } unit{tr("Energy (MWh)"), 1e-6};
    if (stage) {
        // Hourly W summed over each month's hours -> MWh, or GWh for a campus (10^5 MWh a month would
        // print as "400000.0" on the axis).
        const auto &monthly = stage->annual.monthlyFacilityEnergyMWh;
        if (!monthly.isEmpty() && *std::max_element(monthly.begin(), monthly.end()) >= 10'000.0)
            unit = {tr("Energy (GWh)"), 1e-9};
        for (int h = 0; h < stage->hourly.gridImportW.size() && h < HoursPerYear; ++h)
            grid[monthOfHour(h)] += stage->hourly.gridImportW[h] * unit.perWh;
        for (int h = 0; h < stage->hourly.ppaSupplyW.size() && h < HoursPerYear; ++h)
            ppa[monthOfHour(h)] += stage->hourly.ppaSupplyW[h] * unit.perWh;
        for (double mwh : monthly)
            load << mwh * 1e6 * unit.perWh;
    }
    m_monthly->setTitle(tr("Monthly energy by source against the load") + suffix);
    m_monthly->setData(tabutil::monthNames(),
                       {{tr("PPA used"), P::source(P::Source::Hydro), ppa},
                        {tr("Grid import"), P::source(P::Source::Grid), grid}},
                       unit.title, {{tr("Facility load"), P::source(P::Source::Load), load}});

    const int week = m_weekBox->value();
    const int from = (week - 1) * 168;
    QList<ChartSeries> layers;
    if (stage) {
        layers.append(
            {tr("PPA used"), P::source(P::Source::Hydro),
             tabutil::scaled(tabutil::slice(stage->hourly.ppaSupplyW, from, 168), units::inPowerUnit(1.0))});
        layers.append(
            {tr("Grid import"), P::source(P::Source::Grid),
             tabutil::scaled(tabutil::slice(stage->hourly.gridImportW, from, 168), units::inPowerUnit(1.0))});
    }
    m_week->setTitle(tr("Supply by source, week %1").arg(week) + suffix);
    m_week->setData(tabutil::sequence(from, 168, 1.0 / 24.0), layers, tr("Day of year"),
                    tr("Power (%1)").arg(units::powerUnitName()));

    // Hourly carbon-free share of the load in the same week (the engine's hourly CFE, METHOD §6).
    QList<ChartSeries> cfe;
    if (stage && !stage->hourly.cfe.isEmpty())
        cfe.append({tr("Hourly CFE"), P::source(P::Source::Hydro),
                    tabutil::scaled(tabutil::slice(stage->hourly.cfe, from, 168), 100.0)});
    m_cfeWeek->setTitle(tr("Hourly carbon-free energy, week %1").arg(week) + suffix);
    m_cfeWeek->setData(tabutil::sequence(from, 168, 1.0 / 24.0), cfe, tr("Day of year"),
                       tr("CFE (% of load)"));
}

} // namespace fjord::ui
