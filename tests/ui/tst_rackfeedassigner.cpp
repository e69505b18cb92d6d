// Issue 4: assigning racks to a busway and phase from the floor plan's inspector, as one undo step.
#include "model/document/projectdocument.h"
#include "model/sample/narviksample.h"
#include "ui/floorplan/rackfeedassigner.h"

#include <QComboBox>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace fjord;

class TestRackFeedAssigner : public QObject {
    Q_OBJECT
private slots:
    void assignsSelectedRacksInOneStep();
    void showsTheSelectedRacksFeeds();
};

// Issue 11: a fed rack never reads "A feed (none)": selecting it shows the busways it is fed from.
void TestRackFeedAssigner::showsTheSelectedRacksFeeds()
{
    ProjectDocument doc(makeNarvikSample());
    ui::RackFeedAssigner assigner(&doc);
    assigner.show();
    const Scenario &s = doc.scenario();
    const Rack &rack = s.racks[0];
    QVERIFY(!rack.feeds.isEmpty());
    QString a, b;
    for (const RackFeed &f : rack.feeds) {
        const PowerNode *n = s.powerNode(f.nodeId);
        QString &slot = n->side == FeedSide::B ? b : a;
        if (slot.isEmpty())
            slot = n->name;
    }
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    QCOMPARE(assigner.sideA()->currentText(), u"(none)"_qs); // nothing selected yet
    doc.setSelection({rack.id});
    QCOMPARE(assigner.sideA()->currentText(), a);
    QCOMPARE(assigner.sideB()->currentText(), b);
    QCOMPARE(doc.undoStack()->count(), 0); // showing is not editing
}

void TestRackFeedAssigner::assignsSelectedRacksInOneStep()
{
    ProjectDocument doc(makeNarvikSample());
    ui::RackFeedAssigner assigner(&doc);
    assigner.show();
    QVERIFY(!assigner.assignButton()->isEnabled()); // nothing selected, no busway chosen

    const Scenario &s = doc.scenario();
    const Rack first = s.racks[0], second = s.racks[1]; // H01-R01-01 and -02: 4 + 4 feeds each
    doc.setSelection({first.id, second.id});
    const int a = assigner.sideA()->findText(QStringLiteral("BW-H01-R05-A"));
    const int b = assigner.sideB()->findText(QStringLiteral("BW-H01-R05-B"));
    QVERIFY(a > 0 && b > 0);
    assigner.sideA()->setCurrentIndex(a);
    assigner.sideB()->setCurrentIndex(b);
    QVERIFY(assigner.assignButton()->isEnabled());
    QTest::mouseClick(assigner.assignButton(), Qt::LeftButton);

    const Rack *r = doc.scenario().rack(first.id);
    QCOMPARE(r->feeds.size(), 8);
    for (int f = 0; f < 4; ++f)
        QCOMPARE(doc.scenario().powerNode(r->feeds[f].nodeId)->name, QStringLiteral("BW-H01-R05-A"));
    for (int f = 4; f < 8; ++f)
        QCOMPARE(doc.scenario().powerNode(r->feeds[f].nodeId)->name, QStringLiteral("BW-H01-R05-B"));
    QCOMPARE(doc.scenario().rack(second.id)->feeds.first().nodeId, r->feeds.first().nodeId);
    QCOMPARE(doc.undoStack()->count(), 1);

    doc.undoStack()->undo();
    QCOMPARE(doc.scenario().rack(first.id)->feeds, first.feeds);
    QCOMPARE(doc.scenario().rack(second.id)->feeds, second.feeds);
}

QTEST_MAIN(TestRackFeedAssigner)
#include "tst_rackfeedassigner.moc"
