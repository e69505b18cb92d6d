#pragma once

#include "model/power/autobalance.h"
#include "model/powernode.h"
#include "model/rack.h"

#include <QHash>
#include <QList>
#include <QUndoCommand>

namespace fjord {

class ProjectDocument;
struct Scenario;

// Edits of the power chain (issue 4). Each is one undo step on the document's current scenario.
// The base class holds before/after copies of what the edit touches (the scenario's power nodes
// and redundancy groups, and the feed lists of the racks it touches), taken when the command is
// made; redo installs "after", undo "before", and both emit ChangeEvent PowerChain and/or Racks.
class PowerChainCommand : public QUndoCommand {
public:
    void redo() override;
    void undo() override;

protected:
    PowerChainCommand(ProjectDocument *document, const QString &text, QUndoCommand *parent);
    const Scenario *scenario() const;      // the scenario the command edits, as it is now
    void setNodes(QList<PowerNode> after); // the scenario's nodes after the edit
    void setGroups(QList<RedundancyGroup> after);
    void setFeeds(Id rackId, QList<RackFeed> after);
    void setTouched(QList<Id> ids) { m_ids = std::move(ids); }

private:
    void apply(bool forward);

    ProjectDocument *m_document;
    Id m_scenarioId;
    bool m_nodesChanged = false, m_groupsChanged = false;
    QList<PowerNode> m_nodesBefore, m_nodesAfter;
    QList<RedundancyGroup> m_groupsBefore, m_groupsAfter;
    QHash<Id, QList<RackFeed>> m_feedsBefore, m_feedsAfter;
    QList<Id> m_ids;
};

// Adds `node` (an id is allocated when it has none) under node.parentId.
class AddPowerNodeCommand : public PowerChainCommand {
public:
    AddPowerNodeCommand(ProjectDocument *document, PowerNode node, QUndoCommand *parent = nullptr);
    Id nodeId() const { return m_nodeId; }

private:
    Id m_nodeId = NoId;
};

// Removes a node with everything below it, and the rack feeds that ended there.
class RemovePowerNodeCommand : public PowerChainCommand {
public:
    RemovePowerNodeCommand(ProjectDocument *document, Id nodeId, QUndoCommand *parent = nullptr);
};

// Moves a node (with its subtree) under `newParentId` (NoId: to the top). A move under itself or
// its own subtree would make a loop: the command is then obsolete and does nothing.
class ReparentPowerNodeCommand : public PowerChainCommand {
public:
    ReparentPowerNodeCommand(ProjectDocument *document, Id nodeId, Id newParentId,
                             QUndoCommand *parent = nullptr);
    static bool canReparent(const Scenario &scenario, Id nodeId, Id newParentId);
};

// Replaces a node's properties (found by value.id): rating, voltage, phases, PF, losses, side...
class SetPowerNodeCommand : public PowerChainCommand {
public:
    SetPowerNodeCommand(ProjectDocument *document, PowerNode value, QUndoCommand *parent = nullptr);
};

// Adds a redundancy group (an id is allocated when it has none).
class AddRedundancyGroupCommand : public PowerChainCommand {
public:
    AddRedundancyGroupCommand(ProjectDocument *document, RedundancyGroup group,
                              QUndoCommand *parent = nullptr);
    Id groupId() const { return m_groupId; }

private:
    Id m_groupId = NoId;
};

// Sets the feeds of one rack (which nodes, which phase).
class AssignRackFeedsCommand : public PowerChainCommand {
public:
    AssignRackFeedsCommand(ProjectDocument *document, Id rackId, QList<RackFeed> feeds,
                           QUndoCommand *parent = nullptr);
};

// Applies an autoBalance() result: the moved feeds of every rack it names, as one step.
class AutoBalanceCommand : public PowerChainCommand {
public:
    AutoBalanceCommand(ProjectDocument *document, const AutoBalanceResult &result,
                       QUndoCommand *parent = nullptr);
};

} // namespace fjord
