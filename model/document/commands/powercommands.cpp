#include "model/document/commands/powercommands.h"

#include "model/document/projectdocument.h"
#include "model/tr.h"

#include <QCoreApplication>
#include <QSet>

namespace fjord {

namespace {
} // namespace

PowerChainCommand::PowerChainCommand(ProjectDocument *document, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_scenarioId(document->currentScenarioId())
{
}

const Scenario *PowerChainCommand::scenario() const
{
    return std::as_const(*m_document).project().scenario(m_scenarioId);
}

void PowerChainCommand::setNodes(QList<PowerNode> after)
{
    m_nodesBefore = scenario()->powerNodes;
    m_nodesAfter = std::move(after);
    m_nodesChanged = true;
}

void PowerChainCommand::setGroups(QList<RedundancyGroup> after)
{
    m_groupsBefore = scenario()->redundancyGroups;
    m_groupsAfter = std::move(after);
    m_groupsChanged = true;
}

void PowerChainCommand::setFeeds(Id rackId, QList<RackFeed> after)
{
    const Rack *rack = scenario()->rack(rackId);
    if (!rack)
        return;
    if (!m_feedsBefore.contains(rackId))
        m_feedsBefore.insert(rackId, rack->feeds);
    m_feedsAfter.insert(rackId, std::move(after));
}

void PowerChainCommand::redo()
{
    apply(true);
}
void PowerChainCommand::undo()
{
    apply(false);
}

void PowerChainCommand::apply(bool forward)
{
    // Project::scenario() hands out a pointer into the implicitly shared list without detaching;
    // detach first so that copies of the project held elsewhere are not edited too.
    m_document->mutableProject().scenarios.detach();
    Scenario *s = m_document->mutableScenario(m_scenarioId);
    if (!s)
        return;
    if (m_nodesChanged)
        s->powerNodes = forward ? m_nodesAfter : m_nodesBefore;
    if (m_groupsChanged)
        s->redundancyGroups = forward ? m_groupsAfter : m_groupsBefore;
    const QHash<Id, QList<RackFeed>> &feeds = forward ? m_feedsAfter : m_feedsBefore;
    if (!feeds.isEmpty()) {
        // One pass over the racks (a campus has tens of thousands) rather than a lookup per rack.
        for (Rack &r : s->racks)
            if (auto it = feeds.constFind(r.id); it != feeds.cend())
                r.feeds = *it;
    }
    if (m_nodesChanged || m_groupsChanged)
        m_document->notifyChanged(ChangeEvent{ChangeEvent::Kind::PowerChain, m_ids});
    if (!feeds.isEmpty())
        m_document->notifyChanged(ChangeEvent{ChangeEvent::Kind::Racks, feeds.keys()});
}

AddPowerNodeCommand::AddPowerNodeCommand(ProjectDocument *document, PowerNode node, QUndoCommand *parent)
    : PowerChainCommand(document, CommandsTr::tr("Add power node %1").arg(node.name), parent)
{
    if (node.id == NoId)
        node.id = document->mutableProject().allocateId();
    m_nodeId = node.id;
    QList<PowerNode> after = scenario()->powerNodes;
    after.append(node);
    setNodes(after);
    setTouched({node.id});
}

RemovePowerNodeCommand::RemovePowerNodeCommand(ProjectDocument *document, Id nodeId, QUndoCommand *parent)
    : PowerChainCommand(document, {}, parent)
{
    const Scenario &s = *scenario();
    const PowerNode *node = s.powerNode(nodeId);
    if (!node) {
        setObsolete(true);
        return;
    }
    setText(CommandsTr::tr("Remove power node %1").arg(node->name));
    QSet<Id> removed{nodeId};
    for (bool grew = true; grew;) {
        grew = false;
        for (const PowerNode &n : s.powerNodes)
            if (!removed.contains(n.id) && removed.contains(n.parentId)) {
                removed.insert(n.id);
                grew = true;
            }
    }
    QList<PowerNode> after;
    for (const PowerNode &n : s.powerNodes)
        if (!removed.contains(n.id))
            after.append(n);
    setNodes(after);
    for (const Rack &r : s.racks) {
        QList<RackFeed> kept;
        for (const RackFeed &f : r.feeds)
            if (!removed.contains(f.nodeId))
                kept.append(f);
        if (kept.size() != r.feeds.size())
            setFeeds(r.id, kept);
    }
    setTouched(QList<Id>(removed.cbegin(), removed.cend()));
}

bool ReparentPowerNodeCommand::canReparent(const Scenario &scenario, Id nodeId, Id newParentId)
{
    if (!scenario.powerNode(nodeId) || (newParentId != NoId && !scenario.powerNode(newParentId)))
        return false;
    // Walk up from the new parent: meeting the node means the move would close a loop.
    int guard = 0;
    for (Id up = newParentId; up != NoId && guard <= scenario.powerNodes.size(); ++guard) {
        if (up == nodeId)
            return false;
        up = scenario.powerNode(up)->parentId;
        if (up != NoId && !scenario.powerNode(up))
            break;
    }
    return guard <= scenario.powerNodes.size();
}

ReparentPowerNodeCommand::ReparentPowerNodeCommand(ProjectDocument *document, Id nodeId, Id newParentId,
                                                   QUndoCommand *parent)
    : PowerChainCommand(document, {}, parent)
{
    const Scenario &s = *scenario();
    if (!canReparent(s, nodeId, newParentId) || s.powerNode(nodeId)->parentId == newParentId) {
        setObsolete(true);
        return;
    }
    setText(CommandsTr::tr("Move power node %1").arg(s.powerNode(nodeId)->name));
    QList<PowerNode> after = s.powerNodes;
    for (PowerNode &n : after)
        if (n.id == nodeId)
            n.parentId = newParentId;
    setNodes(after);
    setTouched({nodeId});
}

SetPowerNodeCommand::SetPowerNodeCommand(ProjectDocument *document, PowerNode value, QUndoCommand *parent)
    : PowerChainCommand(document, CommandsTr::tr("Edit power node %1").arg(value.name), parent)
{
    const PowerNode *old = scenario()->powerNode(value.id);
    if (!old || *old == value || value.parentId != old->parentId) { // re-parenting has its own command
        setObsolete(true);
        return;
    }
    QList<PowerNode> after = scenario()->powerNodes;
    for (PowerNode &n : after)
        if (n.id == value.id)
            n = value;
    setNodes(after);
    setTouched({value.id});
}

AddRedundancyGroupCommand::AddRedundancyGroupCommand(ProjectDocument *document, RedundancyGroup group,
                                                     QUndoCommand *parent)
    : PowerChainCommand(document, CommandsTr::tr("Add redundancy group %1").arg(group.name), parent)
{
    if (group.id == NoId)
        group.id = document->mutableProject().allocateId();
    m_groupId = group.id;
    QList<RedundancyGroup> after = scenario()->redundancyGroups;
    after.append(group);
    setGroups(after);
    setTouched({group.id});
}

AssignRackFeedsCommand::AssignRackFeedsCommand(ProjectDocument *document, Id rackId, QList<RackFeed> feeds,
                                               QUndoCommand *parent)
    : PowerChainCommand(document, {}, parent)
{
    const Rack *rack = scenario()->rack(rackId);
    if (!rack || rack->feeds == feeds) {
        setObsolete(true);
        return;
    }
    setText(CommandsTr::tr("Assign feeds of rack %1").arg(rack->name));
    setFeeds(rackId, std::move(feeds));
}

AutoBalanceCommand::AutoBalanceCommand(ProjectDocument *document, const AutoBalanceResult &result,
                                       QUndoCommand *parent)
    : PowerChainCommand(document, CommandsTr::tr("Auto-balance phases"), parent)
{
    QHash<Id, QList<RackFeed>> feeds;
    for (const FeedChange &c : result.changes) {
        const Rack *rack = scenario()->rack(c.rackId);
        if (!rack || c.feedIndex < 0 || c.feedIndex >= rack->feeds.size())
            continue;
        auto it = feeds.find(c.rackId);
        if (it == feeds.end())
            it = feeds.insert(c.rackId, rack->feeds);
        (*it)[c.feedIndex] = c.after;
    }
    for (auto it = feeds.cbegin(); it != feeds.cend(); ++it)
        setFeeds(it.key(), it.value());
    if (feeds.isEmpty())
        setObsolete(true);
}

} // namespace fjord
