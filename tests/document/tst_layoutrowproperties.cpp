// Editing a row as one: name, position, rack count, pitch, hot-aisle side, type and stage of its
// racks; refusals with their reasons; undo restores the project exactly.
#include "model/document/commands/layoutrowproperties.h"
#include "model/power/rowfeeds.h"
#include "tests/document/layouttestproject.h"

#include <QTest>
#include <QUndoStack>

using namespace fjord;

class TestLayoutRowProperties : public QObject {
    Q_OBJECT

    // A document with the 10-rack row R01 along x at (1, 2) m in H1; returns the row's id.
    static Id withRow(ProjectDocument &doc)
    {
        push(doc, layout::addRow(doc.project(), doc.scenario(), row10()));
        return doc.scenario().rows.first().id;
    }
    static QList<const Rack *> racksOf(const ProjectDocument &doc, Id rowId)
    {
        QList<const Rack *> out;
        for (const Rack &r : doc.scenario().racks)
            if (r.rowId == rowId)
                out.append(&r);
        return out;
    }

private slots:
    void renameCarriesTheRackNames()
    {
        ProjectDocument doc(testProject());
        const Id row = withRow(doc);
        const Project before = doc.project();
        layout::RowProperties p;
        p.name = QStringLiteral("R07");
        QString error;
        push(doc, layout::setRowProperties(doc.project(), doc.scenario(), row, p, &error));
        QCOMPARE(doc.scenario().row(row)->name, QStringLiteral("R07"));
        QCOMPARE(racksOf(doc, row).first()->name, QStringLiteral("H1-R07-01"));
        QCOMPARE(racksOf(doc, row).last()->name, QStringLiteral("H1-R07-10"));
        QCOMPARE(doc.undoStack()->count(), 2); // one step
        doc.undoStack()->undo();
        QVERIFY(doc.project() == before);
    }

    void duplicateOrEmptyNameRefused()
    {
        ProjectDocument doc(testProject());
        const Id row = withRow(doc);
        push(doc, layout::addRow(doc.project(), doc.scenario(), row10(6))); // R02
        layout::RowProperties p;
        p.name = QStringLiteral("R02");
        QString error;
        QVERIFY(layout::setRowProperties(doc.project(), doc.scenario(), row, p, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("already has a row R02")), qPrintable(error));
        p.name = QStringLiteral("  ");
        QVERIFY(layout::setRowProperties(doc.project(), doc.scenario(), row, p, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("needs a name")), qPrintable(error));
    }

    void moreRacksAreAddedLikeTheLast()
    {
        ProjectDocument doc(testProject());
        const Id row = withRow(doc);
        const Project before = doc.project();
        layout::RowProperties p;
        p.rackCount = 12;
        push(doc, layout::setRowProperties(doc.project(), doc.scenario(), row, p));
        const QList<const Rack *> racks = racksOf(doc, row);
        QCOMPARE(racks.size(), 12);
        const Rack &added = *racks.last();
        QCOMPARE(added.name, QStringLiteral("H1-R01-12"));
        QVERIFY(qAbs(added.xM - (1.0 + 0.6 * 11.5)) < 1e-9); // on the line at the row's pitch
        QCOMPARE(added.yM, 2.0);
        QCOMPARE(added.rackTypeId, Gb300);
        QCOMPARE(added.stageId, Stage1);
        QCOMPARE(added.rotationDeg, racks.first()->rotationDeg);
        QCOMPARE(doc.project().nextId, before.nextId + 2);
        doc.undoStack()->undo();
        QVERIFY(doc.project() == before); // ids given back too
    }

    void fewerRacksRemovesFromTheEnd()
    {
        ProjectDocument doc(testProject());
        const Id row = withRow(doc);
        const Project before = doc.project();
        const Id first = racksOf(doc, row).first()->id;
        layout::RowProperties p;
        p.rackCount = 4;
        push(doc, layout::setRowProperties(doc.project(), doc.scenario(), row, p));
        const QList<const Rack *> racks = racksOf(doc, row);
        QCOMPARE(racks.size(), 4);
        QCOMPARE(racks.first()->id, first);
        QCOMPARE(racks.last()->name, QStringLiteral("H1-R01-04"));
        doc.undoStack()->undo();
        QVERIFY(doc.project() == before); // the removed racks back in their places
    }

    void pitchLaysTheRacksAgain()
    {
        ProjectDocument doc(testProject());
        const Id row = withRow(doc);
        layout::RowProperties p;
        p.pitchM = 0.8;
        push(doc, layout::setRowProperties(doc.project(), doc.scenario(), row, p));
        QCOMPARE(doc.scenario().row(row)->pitchM, 0.8);
        const QList<const Rack *> racks = racksOf(doc, row);
        for (int k = 0; k < racks.size(); ++k)
            QVERIFY(qAbs(racks[k]->xM - (1.0 + 0.8 * (k + 0.5))) < 1e-9);
        // ten racks at 2.5 m reach 26 m: beyond the 20 m hall
        p.pitchM = 2.5;
        QString error;
        QVERIFY(layout::setRowProperties(doc.project(), doc.scenario(), row, p, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("would not fit in hall H1")), qPrintable(error));
        for (double bad : {0.0, -0.6}) {
            p.pitchM = bad;
            QVERIFY(layout::setRowProperties(doc.project(), doc.scenario(), row, p, &error).isEmpty());
            QVERIFY2(error.contains(QStringLiteral("must be positive")), qPrintable(error));
        }
    }

    void positionMovesTheRacks()
    {
        ProjectDocument doc(testProject());
        const Id row = withRow(doc);
        layout::RowProperties p;
        p.xM = 3.0;
        p.yM = 5.0;
        push(doc, layout::setRowProperties(doc.project(), doc.scenario(), row, p));
        QCOMPARE(doc.scenario().row(row)->yM, 5.0);
        QVERIFY(qAbs(racksOf(doc, row).first()->xM - 3.3) < 1e-9);
        QCOMPARE(racksOf(doc, row).first()->yM, 5.0);
        p.yM = 9.8; // the racks' 1.2 m depth would cross the hall's 10 m wall
        QString error;
        QVERIFY(layout::setRowProperties(doc.project(), doc.scenario(), row, p, &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("would lie outside")));
    }

    void hotAisleFlipTurnsEveryRack()
    {
        ProjectDocument doc(testProject());
        const Id row = withRow(doc);
        const double turned = racksOf(doc, row).first()->rotationDeg;
        layout::RowProperties p;
        p.hotAisle =
            doc.scenario().row(row)->hotAisle == AisleSide::Back ? AisleSide::Front : AisleSide::Back;
        push(doc, layout::setRowProperties(doc.project(), doc.scenario(), row, p));
        QCOMPARE(doc.scenario().row(row)->hotAisle, *p.hotAisle);
        for (const Rack *r : racksOf(doc, row))
            QCOMPARE(std::fmod(r->rotationDeg - turned + 360.0, 360.0), 180.0);
    }

    void typeAndStageForEveryRack()
    {
        ProjectDocument doc(testProject());
        const Id row = withRow(doc);
        layout::RowProperties p;
        p.rackTypeId = Network;
        p.stageId = Stage2;
        push(doc, layout::setRowProperties(doc.project(), doc.scenario(), row, p));
        for (const Rack *r : racksOf(doc, row)) {
            QCOMPARE(r->rackTypeId, Network);
            QCOMPARE(r->stageId, Stage2);
        }
        p.rackTypeId = 999;
        QString error;
        QVERIFY(layout::setRowProperties(doc.project(), doc.scenario(), row, p, &error).isEmpty());
        QCOMPARE(error, QStringLiteral("Unknown rack type"));
    }

    // A row's default A/B feeds: set as one step, given to the racks the row adds (extending it,
    // placing a rack into it), to its existing racks on request; a removed node counts as none.
    void rowFeedsGoToTheRacksTheRowAdds()
    {
        Project project = testProject();
        Scenario &scenario = project.scenarios.first();
        for (FeedSide side : {FeedSide::A, FeedSide::B}) {
            PowerNode busway;
            busway.id = project.allocateId();
            busway.kind = PowerNodeKind::Busway;
            busway.side = side;
            busway.name = side == FeedSide::A ? QStringLiteral("BW-A") : QStringLiteral("BW-B");
            scenario.powerNodes.append(busway);
        }
        const Id busA = scenario.powerNodes[0].id, busB = scenario.powerNodes[1].id;
        ProjectDocument doc(project);
        const Id row = withRow(doc);
        const int steps = doc.undoStack()->count();
        layout::RowProperties p;
        p.feedA = busA;
        p.feedB = busB;
        QString error;
        push(doc, layout::setRowProperties(doc.project(), doc.scenario(), row, p, &error));
        QCOMPARE(doc.undoStack()->count(), steps + 1);
        QCOMPARE(doc.scenario().row(row)->feedA, busA);
        QCOMPARE(doc.scenario().row(row)->feedB, busB);
        QVERIFY(racksOf(doc, row).first()->feeds.isEmpty()); // the existing racks keep theirs

        const QList<RackFeed> expected{RackFeed{busA, Phase::ThreePhase}, RackFeed{busB, Phase::ThreePhase}};
        layout::RowProperties longer;
        longer.rackCount = 12;
        push(doc, layout::setRowProperties(doc.project(), doc.scenario(), row, longer, &error));
        QCOMPARE(racksOf(doc, row).size(), 12);
        QCOMPARE(racksOf(doc, row).last()->feeds, expected);
        QVERIFY(racksOf(doc, row).at(9)->feeds.isEmpty());

        Rack placed = *racksOf(doc, row).last();
        placed.id = NoId;
        placed.name.clear();
        placed.feeds.clear();
        placed.yM += 3.0;
        push(doc, layout::addRacks(doc.project(), doc.scenario(), {placed}, &error));
        QCOMPARE(doc.scenario().racks.last().feeds, expected);

        // Apply: the ten older racks get the row's feeds.
        const FeedPlan plan = rowFeedPlan(doc.scenario(), *doc.scenario().row(row));
        QCOMPARE(plan.feeds.size(), 10);
        QCOMPARE(plan.feeds.value(racksOf(doc, row).first()->id), expected);

        // An unknown node is refused; a removed one counts as none.
        layout::RowProperties bad;
        bad.feedA = 999999;
        QVERIFY(layout::setRowProperties(doc.project(), doc.scenario(), row, bad, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("Unknown power node")), qPrintable(error));
        Row gone = *doc.scenario().row(row);
        gone.feedA = 999999;
        QCOMPARE(rowDefaultFeeds(doc.scenario(), gone), (QList<RackFeed>{RackFeed{busB, Phase::ThreePhase}}));
    }

    void unchangedValuesGiveNoEdit()
    {
        ProjectDocument doc(testProject());
        const Id row = withRow(doc);
        layout::RowProperties p;
        p.name = QStringLiteral("R01");
        p.rackCount = 10;
        p.pitchM = 0.6;
        QString error;
        QVERIFY(layout::setRowProperties(doc.project(), doc.scenario(), row, p, &error).isEmpty());
        QVERIFY(error.isEmpty());
        p.rackCount = 0;
        QVERIFY(layout::setRowProperties(doc.project(), doc.scenario(), row, p, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("between 1 and 1000 racks")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestLayoutRowProperties)
#include "tst_layoutrowproperties.moc"
