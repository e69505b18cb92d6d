#include "ui/power/powerfeedactions.h"
#include "model/plural.h"

#include "model/document/commands/feedcommands.h"
#include "model/document/projectdocument.h"

#include <QAction>
#include <QCollator>
#include <QInputDialog>
#include <QSet>
#include <QUndoStack>
#include <QWidget>

#include <algorithm>

namespace fjord::ui {

namespace {

// The racks of the plan's selection: selected racks, and every rack of a selected row or hall.
QList<Id> selectedRacks(const Scenario &s, const QList<Id> &selection)
{
    QList<Id> racks;
    QSet<Id> rows, halls;
    for (Id id : selection) {
        if (s.rack(id))
            racks.append(id);
        else if (s.row(id))
            rows.insert(id);
        else if (s.hall(id))
            halls.insert(id);
    }
    if (!rows.isEmpty() || !halls.isEmpty())
        for (const Rack &r : s.racks)
            if ((rows.contains(r.rowId) || halls.contains(r.hallId)) && !racks.contains(r.id))
                racks.append(r.id);
    return racks;
}

} // namespace

PowerFeedActions::PowerFeedActions(ProjectDocument *document, std::function<Id()> selectedNode,
                                   QWidget *parent)
    : QObject(parent), m_document(document), m_selectedNode(std::move(selectedNode)), m_parent(parent)
{
    m_feedSelected = new QAction(tr("Feed selected racks"), this);
    m_feedSelected->setObjectName(QStringLiteral("actionFeedSelectedRacks"));
    m_feedSelected->setToolTip(tr("Feed the racks selected on the floor plan from the selected busway or "
                                  "PDU (on its side; the other side stays)"));
    m_feedHall = new QAction(tr("Auto-feed hall…"), this);
    m_feedHall->setObjectName(QStringLiteral("actionAutoFeedHall"));
    m_feedHall->setToolTip(tr("Feed every rack of a hall A and B, round-robin over the busways/PDUs below "
                              "the selected node (all when none is selected), within their ratings"));
    connect(m_feedSelected, &QAction::triggered, this, &PowerFeedActions::feedSelectedRacks);
    connect(m_feedHall, &QAction::triggered, this, [this] { feedHall(NoId); });
    connect(document, &ProjectDocument::selectionChanged, this, &PowerFeedActions::updateActions);
    connect(document, &ProjectDocument::changed, this, &PowerFeedActions::updateActions);
    updateActions();
}

void PowerFeedActions::updateActions()
{
    const Scenario &s = m_document->scenario();
    const PowerNode *node = s.powerNode(m_selectedNode());
    const bool feedNode = node && (node->kind == PowerNodeKind::Busway || node->kind == PowerNodeKind::Pdu);
    const bool racksSelected = !selectedRacks(s, m_document->selection()).isEmpty();
    m_feedSelected->setEnabled(feedNode && racksSelected);
    m_feedHall->setEnabled(!s.halls.isEmpty() && !feedNodesBelow(s, node ? node->id : NoId).isEmpty());
}

void PowerFeedActions::feedSelectedRacks()
{
    const Scenario &s = m_document->scenario();
    const PowerNode *node = s.powerNode(m_selectedNode());
    const QList<Id> racks = selectedRacks(s, m_document->selection());
    if (!node || racks.isEmpty()) {
        emit message(tr("Select racks on the floor plan and a busway or PDU here first."));
        return;
    }
    const FeedPlan plan = planFeedFromNode(m_document->project(), s, racks, node->id);
    const QString text =
        plural(int(plan.feeds.size()), tr("Feed %n rack from %1"), tr("Feed %n racks from %1"))
            .arg(node->name);
    if (QUndoCommand *cmd = makeFeedPlanCommand(m_document, plan, text)) {
        m_document->undoStack()->push(cmd);
        emit message(text);
    } else {
        emit message(plan.notes.isEmpty() ? tr("The selected racks are already fed from %1.").arg(node->name)
                                          : plan.notes.join(u' '));
    }
}

void PowerFeedActions::feedHall(Id hallId)
{
    const Scenario &s = m_document->scenario();
    if (hallId == NoId) {
        if (s.halls.size() == 1) {
            hallId = s.halls.constFirst().id;
        } else {
            QStringList names;
            for (const Hall &h : s.halls)
                names.append(h.name);
            bool ok = false;
            const QString chosen =
                QInputDialog::getItem(m_parent, tr("Auto-feed hall"), tr("Hall"), names, 0, false, &ok);
            if (!ok)
                return;
            hallId = s.halls.at(names.indexOf(chosen)).id;
        }
    }
    const Hall *hall = s.hall(hallId);
    if (!hall)
        return;
    QList<const Rack *> racks;
    for (const Rack &r : s.racks)
        if (r.hallId == hallId)
            racks.append(&r);
    // Row by row, rack by rack along the row: names sort so ("H1-R01-01" < "H1-R01-02" < "H1-R02-01").
    QCollator collator;
    collator.setNumericMode(true);
    std::stable_sort(racks.begin(), racks.end(), [&collator](const Rack *a, const Rack *b) {
        return collator.compare(a->name, b->name) < 0;
    });
    QList<Id> ids;
    for (const Rack *r : racks)
        ids.append(r->id);
    const QList<Id> nodes = feedNodesBelow(s, m_selectedNode());
    const FeedPlan plan = planAutoFeeds(m_document->project(), s, ids, nodes);
    const QString text = plural(int(plan.feeds.size()), tr("Auto-feed %n rack of hall %1"),
                                tr("Auto-feed %n racks of hall %1"))
                             .arg(hall->name);
    QString report = text;
    if (QUndoCommand *cmd = makeFeedPlanCommand(m_document, plan, text))
        m_document->undoStack()->push(cmd);
    else
        report = tr("Hall %1: no rack changed.").arg(hall->name);
    if (!plan.notes.isEmpty())
        report += QStringLiteral(" (") + plan.notes.join(QStringLiteral("; ")) + u')';
    emit message(report);
}

} // namespace fjord::ui
