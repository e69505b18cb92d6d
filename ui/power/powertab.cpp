#include "ui/power/powertab.h"
#include "model/plural.h"

#include "model/document/commands/powercommands.h"
#include "model/document/projectdocument.h"
#include "model/power/autobalance.h"
#include "model/power/nodedefaults.h"
#include "ui/power/phasecurrentchart.h"
#include "ui/power/powerfeedactions.h"
#include "ui/power/powerinspector.h"
#include "ui/power/powertreemodel.h"
#include "ui/power/utilisationdelegate.h"
#include "ui/widgets/detachwidget.h"

#include <QAction>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSplitter>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace fjord::ui {

PowerTab::PowerTab(ProjectDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    m_model = new PowerTreeModel(document, this);
    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("powerTree"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegateForColumn(PowerTreeModel::Utilisation, new UtilisationDelegate(m_tree));
    m_tree->setItemDelegateForColumn(PowerTreeModel::Failover, new UtilisationDelegate(m_tree));
    m_tree->setItemDelegateForColumn(PowerTreeModel::AtPeak, new UtilisationDelegate(m_tree));
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDropIndicatorShown(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    // Ten columns: the name and the three utilisation bars stay in view (sizeTreeColumns), the ratings,
    // loads and phase figures after them may scroll sideways on a narrow screen.
    m_tree->setProperty("scrollsSideways", true);
    sizeTreeColumns();
    m_tree->expandAll();

    m_inspector = new PowerInspector(document);
    m_chart = new PhaseCurrentChart;
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("balanceMessage"));
    m_message->setWordWrap(true);

    auto *toolbar = new QToolBar;
    m_addAction = toolbar->addAction(tr("Add node"), this, &PowerTab::addNode);
    m_removeAction = toolbar->addAction(tr("Remove node"), this, &PowerTab::removeNode);
    m_balanceAction = toolbar->addAction(tr("Auto-balance"), this, &PowerTab::autoBalance);
    m_balanceAction->setToolTip(tr("Spread the single-phase feeds below the selected node over L1/L2/L3"));
    m_feeds = new PowerFeedActions(
        document, [this] { return selectedNode(); }, this);
    connect(m_feeds, &PowerFeedActions::message, m_message, &QLabel::setText);
    toolbar->addAction(m_feeds->feedSelectedAction());
    toolbar->addAction(m_feeds->feedHallAction());

    auto *right = new QSplitter(Qt::Vertical);
    right->addWidget(m_inspector);
    right->addWidget(m_chart);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_tree);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    // 2 : 1 from the start too: the tree's figures matter more than the chart (the node editor is in
    // the Inspector dock, or on the right when the tab stands alone).
    split->setSizes({4000, 2000});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(split, 1);
    layout->addWidget(m_message);

    connect(m_tree, &QWidget::customContextMenuRequested, this, &PowerTab::showContextMenu);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PowerTab::onSelectionChanged);
    connect(m_document, &ProjectDocument::changed, this, &PowerTab::onChanged);
    // One power node selected elsewhere (project tree, Problems): the tree and its editor follow.
    connect(m_document, &ProjectDocument::selectionChanged, this, [this] {
        const QList<Id> selection = m_document->selection();
        if (selection.size() == 1 && m_document->scenario().powerNode(selection.first()))
            selectNode(selection.first());
    });
    connect(m_document, &ProjectDocument::resultsChanged, this, [this] {
        m_model->refreshResults();
        updateChart();
    });
    auto rebuild = [this] { onChanged(ChangeEvent{ChangeEvent::Kind::Everything, {}}); };
    connect(m_document, &ProjectDocument::currentScenarioChanged, this, rebuild);
    connect(m_document, &ProjectDocument::currentStageChanged, this, rebuild);
    onSelectionChanged();
}

// What a planner reads first stays in view without dragging the splitter: the name, then the
// utilisation bars (normal, after a failure, at peak); the other figures follow. Widths come from
// the font, so that the numbers fit at any screen's font size.
void PowerTab::sizeTreeColumns()
{
    QHeaderView *header = m_tree->header();
    const QFontMetrics fm(m_tree->font());
    const int pad = 2 * m_tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 16;
    auto fit = [&](int column, QStringList samples) {
        samples << m_model->headerData(column, Qt::Horizontal).toString();
        int w = 0;
        for (const QString &text : samples)
            w = std::max(w, fm.horizontalAdvance(text));
        m_tree->setColumnWidth(column, w + pad);
    };
    const QString percent = QStringLiteral("100.0 %");
    const QString big = QStringLiteral("999999.9");
    fit(PowerTreeModel::Utilisation, {percent});
    fit(PowerTreeModel::Failover, {percent});
    fit(PowerTreeModel::AtPeak, {percent});
    fit(PowerTreeModel::Kind, {tr("Grid connection"), tr("Switchboard")});
    fit(PowerTreeModel::Side, {tr("Shared")});
    fit(PowerTreeModel::RatingKva, {big});
    fit(PowerTreeModel::LoadKw, {big});
    fit(PowerTreeModel::Imbalance, {percent});
    fit(PowerTreeModel::Neutral, {big});
    // The names as indented in the tree, but no wider than about 26 characters and three levels:
    // a longer name is elided (its tooltip has it whole) rather than push the bars out of view.
    const QList<PowerNode> &nodes = m_document->scenario().powerNodes;
    QHash<Id, Id> parentOf;
    for (const PowerNode &n : nodes)
        parentOf.insert(n.id, n.parentId);
    int needed = fm.horizontalAdvance(QStringLiteral("UPS-A12-SWB-3-BW-07")) + 3 * m_tree->indentation();
    for (const PowerNode &n : nodes) {
        int depth = 1; // the branch decoration of the top level
        for (Id up = n.parentId; up != NoId && depth <= nodes.size(); up = parentOf.value(up, NoId))
            ++depth;
        needed = std::max(needed, fm.horizontalAdvance(n.name) + depth * m_tree->indentation());
    }
    const int cap = 26 * fm.averageCharWidth() + 3 * m_tree->indentation();
    m_tree->setColumnWidth(PowerTreeModel::Name, std::min(needed, cap) + pad);
    for (int column : {PowerTreeModel::Utilisation, PowerTreeModel::Failover, PowerTreeModel::AtPeak})
        header->moveSection(header->visualIndex(column), header->visualIndex(PowerTreeModel::Name) + 1 +
                                                             (column - PowerTreeModel::Utilisation));
}

PowerInspector *PowerTab::detachInspector()
{
    detachWidget(m_inspector, parentWidget());
    return m_inspector;
}

Id PowerTab::selectedNode() const
{
    return m_model->nodeId(m_tree->currentIndex());
}

void PowerTab::selectNode(Id nodeId)
{
    const QModelIndex index = m_model->indexOf(nodeId);
    m_tree->setCurrentIndex(index);
    if (!index.isValid())
        onSelectionChanged();
}

void PowerTab::onChanged(const ChangeEvent &event)
{
    using Kind = ChangeEvent::Kind;
    if (event.kind != Kind::PowerChain && event.kind != Kind::Everything && event.kind != Kind::Scenarios &&
        event.kind != Kind::Stages)
        return;
    const Id keep = selectedNode();
    m_model->rebuild();
    m_tree->expandAll();
    selectNode(keep); // the selection survives edits; a removed node leaves nothing selected
    m_inspector->reload();
}

void PowerTab::onSelectionChanged()
{
    const Id id = selectedNode();
    m_inspector->setNode(id);
    m_removeAction->setEnabled(id != NoId);
    m_balanceAction->setEnabled(id != NoId);
    m_feeds->updateActions();
    updateChart();
}

// The selected node and the nodes right below it (the whole top level when nothing is selected).
void PowerTab::updateChart()
{
    const QModelIndex current = m_tree->currentIndex().siblingAtColumn(0);
    QList<PowerNodeLoading> shown;
    // Short titles: the chart is narrow beside the inspector and would elide a long one.
    QString title = tr("Phase currents: top-level nodes");
    if (current.isValid()) {
        if (const PowerNodeLoading *l = m_model->loading(m_model->nodeId(current)))
            shown.append(*l);
        title = m_model->rowCount(current) > 0
                    ? tr("Phase currents: %1 and below").arg(current.data().toString())
                    : tr("Phase currents: %1").arg(current.data().toString());
    }
    const QModelIndex parent = current.isValid() ? current : QModelIndex();
    for (int r = 0; r < m_model->rowCount(parent) && shown.size() < 24; ++r)
        if (const PowerNodeLoading *l = m_model->loading(m_model->nodeId(m_model->index(r, 0, parent))))
            shown.append(*l);
    m_chart->setLoadings(title, shown);
}

void PowerTab::addNode()
{
    const PowerNode *parent = m_document->scenario().powerNode(selectedNode());
    // The kind's own rating and voltage (a transformer below 22 kV steps down to 400 V); the
    // parent gives only its place in the chain, its side and its stage.
    PowerNode n = defaultPowerNode(childKindOf(parent));
    n.parentId = parent ? parent->id : NoId;
    n.side = parent ? parent->side : FeedSide::Shared;
    if (parent)
        n.stageId = parent->stageId;
    else if (!m_document->scenario().stages.isEmpty())
        n.stageId = m_document->scenario().stages.constFirst().id;
    n.name = QStringLiteral("%1-%2")
                 .arg(kindName(n.kind).toUpper())
                 .arg(m_document->scenario().powerNodes.size() + 1);
    auto *cmd = new AddPowerNodeCommand(m_document, n);
    const Id id = cmd->nodeId();
    m_document->undoStack()->push(cmd);
    selectNode(id);
}

void PowerTab::removeNode()
{
    if (const Id id = selectedNode(); id != NoId)
        m_document->undoStack()->push(new RemovePowerNodeCommand(m_document, id));
}

void PowerTab::autoBalance()
{
    const Id id = selectedNode();
    const PowerNode *node = m_document->scenario().powerNode(id);
    if (!node)
        return;
    const AutoBalanceResult r = fjord::autoBalance(m_document->project(), m_document->scenario(),
                                                   racksFedBy(m_document->scenario(), id));
    QString text;
    if (r.nodeIds.isEmpty())
        text = tr("Nothing to balance below %1: no single-phase feeds on three-phase nodes.").arg(node->name);
    else if (r.changes.isEmpty())
        text = tr("Below %1: no better split; worst imbalance stays %2 %.")
                   .arg(node->name, QLocale().toString(r.imbalanceBeforePct, 'f', 1));
    else
        text =
            plural(r.changes.size(), tr("Auto-balance below %1: worst imbalance %2 % → %3 %, %n feed moved."),
                   tr("Auto-balance below %1: worst imbalance %2 % → %3 %, %n feeds moved."))
                .arg(node->name, QLocale().toString(r.imbalanceBeforePct, 'f', 1),
                     QLocale().toString(r.imbalanceAfterPct, 'f', 1));
    if (!r.notes.isEmpty())
        text += u' ' + r.notes.join(u' ');
    if (!r.changes.isEmpty())
        m_document->undoStack()->push(new AutoBalanceCommand(m_document, r));
    m_message->setText(text);
}

void PowerTab::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
    QMenu menu(this);
    menu.addAction(m_addAction);
    menu.addAction(m_removeAction);
    menu.addAction(m_balanceAction);
    menu.addAction(m_feeds->feedSelectedAction());
    menu.addAction(m_feeds->feedHallAction());
    if (index.isValid() && m_model->nodeId(index.parent()) != NoId) {
        const Id id = m_model->nodeId(index);
        menu.addAction(tr("Move to top level"), this, [this, id] {
            m_document->undoStack()->push(new ReparentPowerNodeCommand(m_document, id, NoId));
        });
    }
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

} // namespace fjord::ui
