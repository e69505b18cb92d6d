#include "ui/tabs/financetab.h"

#include "model/document/projectdocument.h"
#include "ui/charts/barchart.h"
#include "ui/charts/chartpalette.h"
#include "ui/charts/linechart.h"
#include "ui/tabs/costcatalogueeditor.h"
#include "ui/tabs/opexitemseditor.h"
#include "ui/tabs/tabutil.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace fjord::ui {

using P = ChartPalette;

FinanceTab::FinanceTab(ProjectDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    m_catalogue = new CostCatalogueEditor(document);
    m_opex = new OpexItemsEditor(document);
    auto *catalogueBox = new QGroupBox(tr("Cost catalogue"));
    (new QVBoxLayout(catalogueBox))->addWidget(m_catalogue);
    auto *opexBox = new QGroupBox(tr("Opex items"));
    (new QVBoxLayout(opexBox))->addWidget(m_opex);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(catalogueBox);
    leftLayout->addWidget(opexBox);
    leftLayout->addStretch();
    auto *leftScroll = new QScrollArea;
    leftScroll->setWidget(left);
    leftScroll->setWidgetResizable(true);
    leftScroll->setMinimumWidth(340);

    m_kpis = new QLabel;
    m_kpis->setObjectName(QStringLiteral("financeKpis"));
    m_kpis->setTextFormat(Qt::RichText);
    m_kpis->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_kpis->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_kpis->setWordWrap(true);
    auto *kpiBox = new QGroupBox(tr("Key figures"));
    (new QVBoxLayout(kpiBox))->addWidget(m_kpis);

    m_capex = new BarChart;
    m_capex->setObjectName(QStringLiteral("capexChart"));
    m_capex->setStacked(true);
    m_cash = new LineChart;
    m_cash->setObjectName(QStringLiteral("cashChart"));
    m_cash->setXLabelFormat(QStringLiteral("%.0f"));
    m_cash->setXTickInterval(2.0);
    m_opexChart = new BarChart;
    m_opexChart->setObjectName(QStringLiteral("opexChart"));
    m_opexChart->setStacked(true);

    auto *charts = new QWidget;
    auto *grid = new QGridLayout(charts);
    grid->addWidget(kpiBox, 0, 0);
    grid->addWidget(m_capex, 0, 1);
    grid->addWidget(m_cash, 1, 0);
    grid->addWidget(m_opexChart, 1, 1);
    grid->setRowMinimumHeight(0, 300);
    grid->setRowMinimumHeight(1, 300);
    auto *chartScroll = new QScrollArea;
    chartScroll->setWidget(charts);
    chartScroll->setWidgetResizable(true);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(leftScroll);
    splitter->addWidget(chartScroll);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(splitter);

    connect(document, &ProjectDocument::resultsChanged, this, &FinanceTab::refresh);
    refresh();
}

void FinanceTab::refresh()
{
    const Results &results = m_document->results();
    const FinanceResults &f = results.finance;
    const QString currency = f.currency.isEmpty() ? m_document->project().costs.currency : f.currency;
    const QLocale locale;
    const auto millions = [&](double v) -> QString {
        return locale.toString(v / 1e6, 'f', 1) + QStringLiteral(" M ") + currency;
    };

    if (f.years.isEmpty()) {
        m_kpis->setText(
            tr("No finance results yet: the project needs stages with energisation dates and racks."));
    } else {
        m_kpis->setText(
            tr("<table cellspacing=4>"
               "<tr><td>Total capex</td><td align=right><b>%1</b></td></tr>"
               "<tr><td>Capex per MW IT</td><td align=right><b>%2</b></td></tr>"
               "<tr><td>Present value of cash-out (%3 years from %4)</td><td align=right><b>%5</b></td></tr>"
               "<tr><td>Levelised cost per IT MWh</td><td align=right><b>%6 %7</b></td></tr>"
               "<tr><td>Levelised cost per GPU-hour</td><td align=right><b>%8 %7</b></td></tr></table>")
                .arg(millions(f.totalCapex), millions(f.capexPerMwIt))
                .arg(f.years.size())
                .arg(f.firstYear)
                .arg(millions(f.presentValue), locale.toString(f.levelisedPerItMWh, 'f', 2), currency,
                     locale.toString(f.levelisedPerGpuHour, 'f', 3)));
    }

    QStringList stages;
    QList<double> it, electrical, mechanical, building, grid, soft, contingency;
    QList<double> energy, certificates, maintenance, staff, items, heat;
    for (const StageResult &s : results.stages) {
        stages.append(s.name);
        const CapexBreakdown &c = s.capexIncrement;
        it.append(c.it / 1e6);
        electrical.append(c.electrical / 1e6);
        mechanical.append(c.mechanical / 1e6);
        building.append(c.building / 1e6);
        grid.append(c.grid / 1e6);
        soft.append(c.soft / 1e6);
        contingency.append(c.contingency / 1e6);
        energy.append(s.opex.energy / 1e6);
        certificates.append(s.opex.certificates / 1e6);
        maintenance.append(s.opex.maintenance / 1e6);
        staff.append(s.opex.staff / 1e6);
        items.append(s.opex.items / 1e6);
        heat.append(-s.opex.heatSales / 1e6);
    }
    m_capex->setTitle(tr("Capex added per stage by category"));
    m_capex->setData(stages,
                     {{tr("IT equipment"), P::capex(P::Capex::It), it},
                      {tr("Electrical"), P::capex(P::Capex::Electrical), electrical},
                      {tr("Mechanical"), P::capex(P::Capex::Mechanical), mechanical},
                      {tr("Building"), P::capex(P::Capex::Building), building},
                      {tr("Grid connection"), P::capex(P::Capex::Grid), grid},
                      {tr("Soft costs"), P::capex(P::Capex::Soft), soft},
                      {tr("Contingency"), P::capex(P::Capex::Contingency), contingency}},
                     tr("Capex (M %1)").arg(currency));

    QList<double> years, cumulative, perYear;
    for (const YearResult &y : f.years) {
        years.append(y.year);
        cumulative.append(y.cumulativeCashOut / 1e6);
        perYear.append(y.cashOut / 1e6);
    }
    m_cash->setTitle(tr("Cash-out over the horizon"));
    m_cash->setData(years,
                    {{tr("Cumulative cash-out"), P::indexed(0), cumulative},
                     {tr("Cash-out in the year"), P::indexed(1), perYear, Qt::DashLine}},
                    tr("Year"), tr("Money (M %1)").arg(currency));

    m_opexChart->setTitle(tr("Opex per year by kind (steady state per stage)"));
    m_opexChart->setData(stages,
                         {{tr("Energy"), P::source(P::Source::Hydro), energy},
                          {tr("Guarantees of origin"), P::source(P::Source::Guarantees), certificates},
                          {tr("Maintenance"), P::capex(P::Capex::Mechanical), maintenance},
                          {tr("Staff"), P::capex(P::Capex::Building), staff},
                          {tr("Opex items"), P::capex(P::Capex::Soft), items},
                          {tr("Heat sales (revenue)"), P::heatReuse(), heat}},
                         tr("Opex (M %1/yr)").arg(currency));
}

} // namespace fjord::ui
