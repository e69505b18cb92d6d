#include "ui/tabs/financetab.h"

#include "model/document/projectdocument.h"
#include "ui/charts/barchart.h"
#include "ui/charts/chartpalette.h"
#include "ui/charts/financecharts.h"
#include "ui/charts/linechart.h"
#include "ui/tabs/costcatalogueeditor.h"
#include "ui/tabs/investortable.h"
#include "ui/tabs/moneyformat.h"
#include "ui/tabs/opexitemseditor.h"

#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QVBoxLayout>

namespace fjord::ui {

using P = ChartPalette;

namespace {

QLabel *figuresLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setWordWrap(true);
    return label;
}

QGroupBox *boxed(const QString &title, QWidget *content)
{
    auto *box = new QGroupBox(title);
    (new QVBoxLayout(box))->addWidget(content);
    return box;
}

// A value in a cell, escaped; a short one ("EUR 1.42 bn") is kept on one line, a reason may wrap.
QString cellValue(const QString &text)
{
    QString html = text.toHtmlEscaped();
    return text.size() <= 16 ? html.replace(QLatin1Char(' '), QStringLiteral("&nbsp;")) : html;
}

// The investor figures as an HTML table: figures in rows, campus and stages in columns.
QString investorHtml(const InvestorTable &t)
{
    QString html = QStringLiteral("<table cellspacing=0 cellpadding=3><tr>");
    for (int c = 0; c < t.header.size(); ++c)
        html +=
            QStringLiteral("<th align=%1>%2</th>")
                .arg(c == 0 ? QStringLiteral("left") : QStringLiteral("right"), t.header[c].toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const QStringList &row : t.rows) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < row.size(); ++c)
            html += c == 0 ? QStringLiteral("<td>%1</td>").arg(row[c].toHtmlEscaped())
                           : QStringLiteral("<td align=right><b>%1</b></td>").arg(cellValue(row[c]));
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("<tr><td colspan=%1><hr></td></tr>").arg(t.header.size());
    for (const QStringList &row : t.campusRows)
        html += QStringLiteral("<tr><td colspan=%1>%2</td><td align=right><b>%3</b></td></tr>")
                    .arg(std::max<qsizetype>(1, t.header.size() - 1))
                    .arg(row.value(0).toHtmlEscaped(), cellValue(row.value(1)));
    return html + QStringLiteral("</table>");
}

} // namespace

FinanceTab::FinanceTab(ProjectDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    m_catalogue = new CostCatalogueEditor(document);
    m_opex = new OpexItemsEditor(document);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(boxed(tr("Cost catalogue"), m_catalogue));
    leftLayout->addWidget(boxed(tr("Opex items"), m_opex));
    leftLayout->addStretch();
    auto *leftScroll = new QScrollArea;
    leftScroll->setWidget(left);
    leftScroll->setWidgetResizable(true);
    // As wide as the editors need: the catalogue never scrolls sideways.
    leftScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    leftScroll->setMinimumWidth(left->minimumSizeHint().width() +
                                leftScroll->verticalScrollBar()->sizeHint().width() +
                                2 * leftScroll->frameWidth());

    m_investor = figuresLabel(QStringLiteral("investorFigures"));
    m_kpis = figuresLabel(QStringLiteral("financeKpis"));

    m_capex = new BarChart;
    m_capex->setObjectName(QStringLiteral("capexChart"));
    m_capex->setStacked(true);
    m_cashFlow = new BarChart;
    m_cashFlow->setObjectName(QStringLiteral("cashFlowChart"));
    m_cumulative = new LineChart;
    m_cumulative->setObjectName(QStringLiteral("cumulativeFcfChart"));
    m_tenantRevenue = new BarChart;
    m_tenantRevenue->setObjectName(QStringLiteral("tenantRevenueChart"));
    m_opexChart = new BarChart;
    m_opexChart->setObjectName(QStringLiteral("opexChart"));
    m_opexChart->setStacked(true);

    // Figures first (what an investor reads), then the money over the horizon, then the cost detail.
    auto *charts = new QWidget;
    m_grid = new QGridLayout(charts);
    m_cells = {{boxed(tr("Investor figures"), m_investor), false, false},
               {boxed(tr("Cost figures"), m_kpis), false, false},
               {m_cashFlow, false, true},
               {m_cumulative, false, true},
               {m_tenantRevenue, true, true},
               {m_capex, false, true},
               {m_opexChart, false, true}};
    arrange(1);
    auto *chartScroll = new QScrollArea;
    chartScroll->setWidget(charts);
    chartScroll->setWidgetResizable(true);
    chartScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // one or two columns fit the width
    m_viewport = chartScroll->viewport();
    m_viewport->installEventFilter(this);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(leftScroll);
    splitter->addWidget(chartScroll);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(splitter);

    connect(document, &ProjectDocument::resultsChanged, this, &FinanceTab::refresh);
    refresh();
}

bool FinanceTab::eventFilter(QObject *watched, QEvent *event)
{
    // Two columns from about 1000 px: each chart then keeps ~500 px, enough for 15 years of bars.
    if (watched == m_viewport && event->type() == QEvent::Resize)
        arrange(static_cast<QResizeEvent *>(event)->size().width() >= 1000 ? 2 : 1);
    return QWidget::eventFilter(watched, event);
}

void FinanceTab::arrange(int columns)
{
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (const Cell &cell : std::as_const(m_cells))
        m_grid->removeWidget(cell.widget);
    for (int r = 0; r < m_grid->rowCount(); ++r)
        m_grid->setRowMinimumHeight(r, 0);
    int row = 0, column = 0;
    for (const Cell &cell : std::as_const(m_cells)) {
        if (cell.wide && column > 0) {
            ++row;
            column = 0;
        }
        m_grid->addWidget(cell.widget, row, column, 1, cell.wide ? columns : 1);
        if (cell.chart)
            m_grid->setRowMinimumHeight(row, 320);
        column = cell.wide ? columns : column + 1;
        if (column >= columns) {
            ++row;
            column = 0;
        }
    }
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, columns > 1 ? 1 : 0);
}

void FinanceTab::showInvestorFigures()
{
    const FinanceResults &f = m_document->results().finance;
    if (f.years.isEmpty()) {
        m_investor->setText(
            tr("No investor figures yet: the project needs stages with energisation dates and racks."));
        return;
    }
    const InvestorTable table = investorTable(f, m_document->project().costs, QLocale(), true);
    QString html = investorHtml(table);
    if (f.tenantRevenue.isEmpty())
        html += tr("<p><i>No tenants: the campus earns no revenue. Add tenants and allocate halls, rows or "
                   "racks to them.</i></p>");
    m_investor->setText(html);
}

void FinanceTab::refresh()
{
    const Results &results = m_document->results();
    const FinanceResults &f = results.finance;
    const QString currency = f.currency.isEmpty() ? m_document->project().costs.currency : f.currency;
    const QLocale locale;
    const auto money = [&](double v) { return moneyformat::compact(v, currency, locale); };

    showInvestorFigures();
    if (f.years.isEmpty()) {
        m_kpis->setText(
            tr("No finance results yet: the project needs stages with energisation dates and racks."));
    } else {
        // The levelised costs are with the investor figures (they include replacements and residual).
        m_kpis->setText(
            tr("<table cellspacing=0 cellpadding=3>"
               "<tr><td>Total capex (first purchases)</td><td align=right><b>%1</b></td></tr>"
               "<tr><td>Capex per MW IT</td><td align=right><b>%2</b></td></tr>"
               "<tr><td>Opex in %3, built out</td><td align=right><b>%4</b></td></tr>"
               "<tr><td>Present value of cash-out (%5 years from %6)</td><td align=right><b>%7</b></td></tr>"
               "</table>")
                .arg(money(f.totalCapex), money(f.capexPerMwIt))
                .arg(f.years.last().year)
                .arg(money(f.years.last().opex))
                .arg(f.years.size())
                .arg(f.firstYear)
                .arg(money(f.presentValue)));
    }

    financecharts::revenueOpexCapex(m_cashFlow, f, currency);
    financecharts::cumulativeFreeCashFlow(m_cumulative, f, currency);
    financecharts::revenuePerTenantClass(m_tenantRevenue, f, currency);

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
                     tr("Capex (%1 m)").arg(currency));

    m_opexChart->setTitle(tr("Opex per year by kind (steady state per stage)"));
    m_opexChart->setData(stages,
                         {{tr("Energy"), P::source(P::Source::Hydro), energy},
                          {tr("Guarantees of origin"), P::source(P::Source::Guarantees), certificates},
                          {tr("Maintenance"), P::capex(P::Capex::Mechanical), maintenance},
                          {tr("Staff"), P::capex(P::Capex::Building), staff},
                          {tr("Opex items"), P::capex(P::Capex::Soft), items},
                          {tr("Heat sales (revenue)"), P::heatReuse(), heat}},
                         tr("Opex (%1 m a year)").arg(currency));
}

} // namespace fjord::ui
