#include "ui/tabs/allocationview.h"

#include "model/document/projectdocument.h"
#include "ui/app/language.h"
#include "ui/charts/barchart.h"
#include "ui/charts/chartpalette.h"
#include "ui/charts/tenantcolours.h"
#include "ui/settings/displayunits.h"
#include "ui/tabs/tabutil.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fjord::ui {

namespace {
// Start-up and research at the bottom of the stacks, where the target line can be read against them.
constexpr TenantClass ChartOrder[] = {TenantClass::Startup, TenantClass::Research, TenantClass::Anchor,
                                      TenantClass::Enterprise, TenantClass::Internal};
} // namespace

AllocationView::AllocationView(ProjectDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("allocationCaption"));
    QFont bold = m_caption->font();
    bold.setBold(true);
    m_caption->setFont(bold);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("allocationTable"));
    m_table->setHorizontalHeaderLabels({tr("Tenant / class"),
                                        tr("IT capacity (%1)").arg(units::powerUnitName()), tr("Racks"),
                                        tr("GPUs"), tr("Share (%)")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Who, QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // sized to show every row

    m_priority = new QLabel(this);
    m_priority->setObjectName(QStringLiteral("priorityShares"));
    m_priority->setTextFormat(Qt::RichText);
    m_priority->setWordWrap(true);

    m_chart = new BarChart(this);
    m_chart->setObjectName(QStringLiteral("allocationChart"));
    m_chart->setStacked(true);
    m_chart->setMinimumHeight(300);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // the chart and the target first: what a reader looks at; the detailed table below
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_priority);
    layout->addWidget(m_caption);
    layout->addWidget(m_table);

    connect(document, &ProjectDocument::resultsChanged, this, &AllocationView::refresh);
    connect(document, &ProjectDocument::currentStageChanged, this, &AllocationView::refreshTable);
    refresh();
}

void AllocationView::refresh()
{
    refreshTable();
    refreshPriority();
    refreshChart();
}

void AllocationView::refreshTable()
{
    const StageResult *stage = tabutil::currentStage(m_document);
    m_table->setRowCount(0);
    if (!stage) {
        m_caption->setText(tr("No allocation yet: the scenario needs stages and racks."));
        return;
    }
    m_caption->setText(tr("Allocation of the campus as built through %1").arg(stage->name));
    const StageAllocation &a = stage->allocation;
    const double totalW = stage->itCapacityW;
    QFont bold = m_table->font();
    bold.setBold(true);
    const auto addRow = [&](const QString &who, const TenantAllocation &t, const QColor &colour,
                            bool strong) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        const QStringList cells = {
            who, tabutil::number(units::inPowerUnit(t.itCapacityW), units::powerDecimals() + 1),
            QString::number(t.racks), QString::number(t.gpus),
            totalW > 0 ? tabutil::number(100.0 * t.itCapacityW / totalW, 1) : QString()};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setTextAlignment((c == Who ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
            if (strong)
                item->setFont(bold);
            m_table->setItem(r, c, item);
        }
        if (colour.isValid())
            m_table->item(r, Who)->setData(Qt::DecorationRole, colour);
    };
    const auto heading = [&](const QString &text) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        auto *item = new QTableWidgetItem(text);
        item->setFont(bold);
        m_table->setItem(r, Who, item);
        m_table->setSpan(r, Who, 1, ColumnCount);
    };

    heading(tr("By tenant"));
    const QList<Tenant> &tenants = m_document->scenario().tenants;
    for (const TenantAllocation &t : a.tenants) {
        int index = -1;
        for (int i = 0; i < tenants.size(); ++i)
            if (tenants[i].id == t.tenantId)
                index = i;
        addRow(t.name, t, index >= 0 ? tenantColour(index) : QColor(), false);
    }
    heading(tr("By class"));
    for (int c = 0; c < TenantClassCount; ++c)
        addRow(tenantClassLabel(TenantClass(c)), a.byClass[c], tenantClassColour(TenantClass(c)), false);
    addRow(tr("Unallocated"), a.unallocated, unallocatedColour(), false);
    TenantAllocation total;
    total.itCapacityW = stage->itCapacityW;
    total.racks = stage->racks;
    total.gpus = stage->gpus;
    addRow(tr("Total installed"), total, QColor(), true);
    // the whole table without scrolling: the total is what the user checks
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int r = 0; r < m_table->rowCount(); ++r)
        height += m_table->rowHeight(r);
    m_table->setFixedHeight(height);
}

void AllocationView::refreshPriority()
{
    const double target = m_document->project().settings.priorityCapacityTarget;
    QStringList lines;
    for (const StageResult &s : m_document->results().stages) {
        const double share = s.allocation.priorityShare;
        const double priorityW = s.allocation.byClass[int(TenantClass::Startup)].itCapacityW +
                                 s.allocation.byClass[int(TenantClass::Research)].itCapacityW;
        const double shortfallW = target * s.itCapacityW - priorityW;
        const bool met = shortfallW < 1.0; // as the Problem: below 1 W is rounding
        QString line =
            tr("%1: start-up/research %2 % of %3 (target %4 %)")
                .arg(s.name.toHtmlEscaped(), tabutil::number(100 * share, 1),
                     units::powerText(s.itCapacityW, displayLocale()), tabutil::number(100 * target, 1));
        if (!met)
            line =
                QStringLiteral("<span style='color:%1'>%2 — %3</span>")
                    .arg(ChartPalette::fail().name(), line,
                         tr("short by %1 %2")
                             .arg(tabutil::number(units::inPowerUnit(shortfallW), units::powerDecimals() + 1),
                                  units::powerUnitName()));
        lines.append(line);
    }
    m_priority->setText(lines.isEmpty() ? QString() : lines.join(QStringLiteral("<br>")));
}

void AllocationView::refreshChart()
{
    const Results &results = m_document->results();
    const double target = m_document->project().settings.priorityCapacityTarget;
    QStringList stages;
    QList<ChartSeries> bars;
    for (TenantClass c : ChartOrder)
        bars.append({tenantClassLabel(c), tenantClassColour(c), {}});
    bars.append({tr("Unallocated"), unallocatedColour(), {}});
    ChartSeries targetLine{tr("Start-up/research target"), ChartPalette::limit(), {}, Qt::DashLine};
    for (const StageResult &s : results.stages) {
        stages.append(s.name);
        for (int i = 0; i < int(std::size(ChartOrder)); ++i)
            bars[i].values.append(units::inPowerUnit(s.allocation.byClass[int(ChartOrder[i])].itCapacityW));
        bars.last().values.append(units::inPowerUnit(s.allocation.unallocated.itCapacityW));
        targetLine.values.append(units::inPowerUnit(target * s.itCapacityW));
    }
    m_chart->setTitle(tr("Allocation by tenant class per stage"));
    m_chart->setData(stages, bars, tr("IT capacity (%1)").arg(units::powerUnitName()), {targetLine});
}

} // namespace fjord::ui
