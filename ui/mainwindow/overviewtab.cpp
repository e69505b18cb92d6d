#include "ui/mainwindow/overviewtab.h"
#include "model/numbertext.h"

#include "model/document/projectdocument.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fjord::ui {

namespace {

enum Column {
    Name,
    Energisation,
    Racks,
    Gpus,
    ItMw,
    PeakMw,
    DesignMw,
    GridMw,
    Headroom,
    Pue,
    Capex,
    ColumnCount
};

QTableWidgetItem *cell(const QString &text, bool number = true)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    return item;
}

} // namespace

OverviewTab::OverviewTab(ProjectDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_title(new QLabel(this)), m_summary(new QLabel(this)),
      m_table(new QTableWidget(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("overviewTab"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    // Two-line headers: eleven columns fit the tab at 1600 px without a horizontal scroll bar.
    m_table->setHorizontalHeaderLabels({tr("Stage"), tr("Energisation"), tr("Racks"), tr("GPUs"),
                                        tr("IT capacity\n(MW)"), tr("Expected peak\n(MW)"),
                                        tr("Design demand\n(MW)"), tr("Grid capacity\n(MW)"),
                                        tr("Grid\nheadroom"), tr("PUE"), tr("Capex\n(M)")});
    m_table->horizontalHeaderItem(PeakMw)->setToolTip(
        tr("The highest hourly facility power of the year at the load profiles (what the campus is "
           "expected to draw). Never compared with a rating."));
    m_table->horizontalHeaderItem(DesignMw)->setToolTip(
        tr("Every rack at its peak power and the cooling at each system's design ambient: what the grid "
           "connection, transformers and UPS are sized for (METHOD v2 §4)."));
    m_table->horizontalHeaderItem(Headroom)->setToolTip(tr("1 − design demand / grid capacity"));
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Headers stay readable; the spare width goes to the last column.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setMinimumSectionSize(70);

    auto *caption = new QLabel(tr("Each stage shows the campus as built through that stage, running a "
                                  "full year at steady state."),
                               this);
    caption->setWordWrap(true);
    caption->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addSpacing(8);
    layout->addWidget(m_table, 1);
    layout->addWidget(caption);

    connect(document, &ProjectDocument::resultsChanged, this, &OverviewTab::refresh);
    connect(document, &ProjectDocument::currentStageChanged, this, &OverviewTab::refresh);
    refresh();
}

void OverviewTab::refresh()
{
    const Project &project = m_document->project();
    const Results &results = m_document->results();
    const QLocale locale;
    m_title->setText(project.name);

    QStringList facts;
    if (!project.description.isEmpty())
        facts << project.description;
    if (!project.site.name.isEmpty())
        facts << tr("Site: %1").arg(project.site.name);
    facts << tr("Scenario: %1").arg(m_document->scenario().name);
    if (results.climate.hours > 0)
        facts << tr("Climate: %1 (mean %2 °C, max %3 °C)")
                     .arg(results.climate.name, fixedText(results.climate.meanDryBulbC, 1, locale),
                          fixedText(results.climate.maxDryBulbC, 1, locale));
    m_summary->setText(facts.join(QStringLiteral("   ·   ")));

    const QString currency = project.costs.currency;
    m_table->horizontalHeaderItem(Capex)->setText(tr("Capex\n(M %1)").arg(currency));
    // The scenario's stages give the rows, so a stage shows even before the engine has figures.
    const QList<Stage> &stages = m_document->scenario().stages;
    m_table->setRowCount(int(stages.size()));
    for (int row = 0; row < stages.size(); ++row) {
        const Stage &stage = stages.at(row);
        const StageResult *r = nullptr;
        for (const StageResult &candidate : results.stages)
            if (candidate.stageId == stage.id)
                r = &candidate;
        auto mw = [&](double w) { return locale.toString(w / 1e6, 'f', 1); };
        const QString none = QStringLiteral("–");
        m_table->setItem(row, Name, cell(stage.name, false));
        m_table->setItem(
            row, Energisation,
            cell(stage.energisation.isValid() ? stage.energisation.toString(QStringLiteral("yyyy-MM")) : none,
                 false));
        m_table->setItem(row, Racks, cell(r ? locale.toString(r->racks) : none));
        m_table->setItem(row, Gpus, cell(r ? locale.toString(r->gpus) : none));
        m_table->setItem(row, ItMw, cell(r ? mw(r->itCapacityW) : none));
        m_table->setItem(row, PeakMw, cell(r ? mw(r->facilityPeakW) : none));
        m_table->setItem(row, DesignMw, cell(r ? mw(r->designDemandW) : none));
        m_table->setItem(row, GridMw, cell(r ? mw(r->gridCapacityW) : none));
        m_table->setItem(
            row, Headroom,
            cell(r && r->gridCapacityW > 0
                     ? locale.toString((1.0 - r->designDemandW / r->gridCapacityW) * 100, 'f', 1) +
                           QStringLiteral(" %")
                     : none));
        m_table->setItem(row, Pue,
                         cell(r && r->annual.pue > 0 ? locale.toString(r->annual.pue, 'f', 3) : none));
        m_table->setItem(row, Capex, cell(r ? locale.toString(r->capex.total() / 1e6, 'f', 1) : none));
        if (r && r->gridCapacityW > 0 && r->designDemandW > r->gridCapacityW) {
            m_table->item(row, DesignMw)->setForeground(QColor(0xc6, 0x28, 0x28));
            m_table->item(row, DesignMw)->setToolTip(tr("The design demand exceeds the grid capacity."));
        }
        const bool current = row == m_document->currentStageIndex();
        for (int c = 0; c < ColumnCount; ++c) {
            QFont f = m_table->item(row, c)->font();
            f.setBold(current);
            m_table->item(row, c)->setFont(f);
        }
    }
}

} // namespace fjord::ui
