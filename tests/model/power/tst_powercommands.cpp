// Power chain edit commands: each edit is one undo step, undo restores the model exactly and the
// document hears a PowerChain or Racks change.

#include "model/document/commands/powercommands.h"
#include "model/document/projectdocument.h"
#include "powerfixture.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace fjord;
using fjord::test::PowerFixture;

Q_DECLARE_METATYPE(fjord::ChangeEvent)

class TestPowerCommands : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<fjord::ChangeEvent>(); }
    void addNodeUndoRedo();
    void removeNodeTakesSubtreeAndFeeds();
    void reparentRefusesLoops();
    void setNodeProperties();
    void assignFeeds();
    void autoBalanceIsOneStep();
    void copiesOfTheProjectAreNotEdited();

private:
    struct Chain {
        PowerFixture f;
        Id swb = NoId, bus = NoId, rackA = NoId, rackB = NoId;
        Chain()
        {
            swb = f.addNode(QStringLiteral("SWB-1"), PowerNodeKind::Switchboard, NoId, 500);
            bus = f.addCurrentNode(QStringLiteral("BW-1"), swb, 63, 230, VoltageReference::LineToNeutral);
            const Id type = f.addType(2300, 1.0, false);
            rackA = f.addRack(type, {RackFeed{bus, Phase::L1}});
            rackB = f.addRack(type, {RackFeed{bus, Phase::L1}});
        }
    };
};

void TestPowerCommands::addNodeUndoRedo()
{
    Chain c;
    ProjectDocument doc(c.f.project);
    QSignalSpy spy(&doc, &ProjectDocument::changed);
    PowerNode n;
    n.name = QStringLiteral("PDU-9");
    n.kind = PowerNodeKind::Pdu;
    n.parentId = c.swb;
    auto *cmd = new AddPowerNodeCommand(&doc, n);
    const Id id = cmd->nodeId();
    QVERIFY(id != NoId);
    doc.undoStack()->push(cmd);
    QCOMPARE(doc.scenario().powerNodes.size(), 3);
    QCOMPARE(doc.scenario().powerNode(id)->parentId, c.swb);
    QCOMPARE(spy.size(), 1);
    const auto event = spy.last().at(0).value<ChangeEvent>();
    QCOMPARE(event.kind, ChangeEvent::Kind::PowerChain);
    QCOMPARE(event.ids, QList<Id>{id});
    doc.undoStack()->undo();
    QVERIFY(!doc.scenario().powerNode(id));
    doc.undoStack()->redo();
    QCOMPARE(doc.scenario().powerNode(id)->name, QStringLiteral("PDU-9"));
}

void TestPowerCommands::removeNodeTakesSubtreeAndFeeds()
{
    Chain c;
    ProjectDocument doc(c.f.project);
    const Scenario before = doc.scenario();
    doc.undoStack()->push(new RemovePowerNodeCommand(&doc, c.swb));
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(doc.scenario().powerNodes.isEmpty()); // the busway below went too
    QVERIFY(doc.scenario().rack(c.rackA)->feeds.isEmpty());
    QVERIFY(doc.scenario().rack(c.rackB)->feeds.isEmpty());
    doc.undoStack()->undo();
    QVERIFY(doc.scenario() == before);
}

void TestPowerCommands::reparentRefusesLoops()
{
    Chain c;
    ProjectDocument doc(c.f.project);
    QVERIFY(!ReparentPowerNodeCommand::canReparent(doc.scenario(), c.swb, c.bus)); // under its own child
    QVERIFY(!ReparentPowerNodeCommand::canReparent(doc.scenario(), c.swb, c.swb));
    QVERIFY(ReparentPowerNodeCommand::canReparent(doc.scenario(), c.bus, NoId));
    doc.undoStack()->push(new ReparentPowerNodeCommand(&doc, c.swb, c.bus));
    QCOMPARE(doc.undoStack()->count(), 0);
    QCOMPARE(doc.scenario().powerNode(c.swb)->parentId, NoId);
    doc.undoStack()->push(new ReparentPowerNodeCommand(&doc, c.bus, NoId));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.scenario().powerNode(c.bus)->parentId, NoId);
    doc.undoStack()->undo();
    QCOMPARE(doc.scenario().powerNode(c.bus)->parentId, c.swb);
}

void TestPowerCommands::setNodeProperties()
{
    Chain c;
    ProjectDocument doc(c.f.project);
    PowerNode edited = *doc.scenario().powerNode(c.bus);
    edited.ratingA = 125;
    edited.powerFactor = 0.9;
    doc.undoStack()->push(new SetPowerNodeCommand(&doc, edited));
    QCOMPARE(doc.scenario().powerNode(c.bus)->ratingA, 125.0);
    QCOMPARE(doc.scenario().powerNode(c.bus)->powerFactor, 0.9);
    doc.undoStack()->undo();
    QCOMPARE(doc.scenario().powerNode(c.bus)->ratingA, 63.0);
    // An unchanged value is no step.
    doc.undoStack()->push(new SetPowerNodeCommand(&doc, *doc.scenario().powerNode(c.bus)));
    QCOMPARE(doc.undoStack()->index(), 0);
}

void TestPowerCommands::assignFeeds()
{
    Chain c;
    ProjectDocument doc(c.f.project);
    QSignalSpy spy(&doc, &ProjectDocument::changed);
    const QList<RackFeed> feeds{RackFeed{c.bus, Phase::L2}, RackFeed{c.swb, Phase::ThreePhase}};
    doc.undoStack()->push(new AssignRackFeedsCommand(&doc, c.rackA, feeds));
    QCOMPARE(doc.scenario().rack(c.rackA)->feeds, feeds);
    QCOMPARE(spy.last().at(0).value<ChangeEvent>().kind, ChangeEvent::Kind::Racks);
    QCOMPARE(spy.last().at(0).value<ChangeEvent>().ids, QList<Id>{c.rackA});
    doc.undoStack()->undo();
    QCOMPARE(doc.scenario().rack(c.rackA)->feeds, (QList<RackFeed>{RackFeed{c.bus, Phase::L1}}));
}

void TestPowerCommands::autoBalanceIsOneStep()
{
    Chain c;
    ProjectDocument doc(c.f.project);
    const AutoBalanceResult r = autoBalance(doc.project(), doc.scenario(), racksFedBy(doc.scenario(), c.bus));
    QCOMPARE(r.changes.size(), 1); // one of the two L1 racks moves to L2
    doc.undoStack()->push(new AutoBalanceCommand(&doc, r));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.scenario().rack(c.rackB)->feeds[0].phase, Phase::L2);
    doc.undoStack()->undo();
    QCOMPARE(doc.scenario().rack(c.rackB)->feeds[0].phase, Phase::L1);
}

void TestPowerCommands::copiesOfTheProjectAreNotEdited()
{
    Chain c;
    ProjectDocument doc(c.f.project);
    const Project copy = doc.project();
    PowerNode edited = *doc.scenario().powerNode(c.bus);
    edited.ratingA = 10;
    doc.undoStack()->push(new SetPowerNodeCommand(&doc, edited));
    QCOMPARE(copy.scenarios[0].powerNode(c.bus)->ratingA, 63.0);
}

QTEST_GUILESS_MAIN(TestPowerCommands)
#include "tst_powercommands.moc"
