// Per-row feed defaults in the Inspector dock: a row's A and B feeds are picked in its page (one
// undo step each), racks the row adds take them, and "Apply row feeds to its racks" feeds the
// racks it has (one undo step).
#include "model/document/projectdocument.h"
#include "tests/document/testproject.h"
#include "ui/mainwindow/mainwindow.h"

#include <QComboBox>
#include <QDockWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

using namespace fjord;
using namespace fjord::ui;
namespace ids = fjord::test::ids;

class TestRowFeeds : public QObject {
    Q_OBJECT
private slots:
    void rowFeedsPickedExtendedAndApplied();
};

void TestRowFeeds::rowFeedsPickedExtendedAndApplied()
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    window.showProject(test::makeTestProject());
    QVERIFY(QTest::qWaitForWindowActive(&window));
    ProjectDocument *doc = window.document();
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
    doc->setSelection({ids::Row1}); // a double click on a rack of the row selects it
    auto *feedA = dock->findChild<QComboBox *>(QStringLiteral("rowFeedA"));
    auto *apply = dock->findChild<QPushButton *>(QStringLiteral("applyRowFeeds"));
    QVERIFY(feedA && apply);
    QTRY_VERIFY(feedA->isVisible());
    QCOMPARE(feedA->currentText(), QStringLiteral("(none)"));
    QVERIFY(!apply->isEnabled()); // nothing to apply without defaults

    // Typing the node's name picks it: one undo step.
    const QString upsName = doc->scenario().powerNode(ids::Ups)->name;
    const int steps = doc->undoStack()->count();
    feedA->setFocus();
    QTest::keyClicks(feedA, upsName.left(3));
    QCOMPARE(feedA->currentText(), upsName);
    QCOMPARE(doc->scenario().row(ids::Row1)->feedA, ids::Ups);
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    doc->undoStack()->undo();
    QCOMPARE(doc->scenario().row(ids::Row1)->feedA, NoId);
    QCOMPARE(feedA->currentText(), QStringLiteral("(none)"));
    doc->undoStack()->redo();
    QCOMPARE(feedA->currentText(), upsName);
    // B from the transformer (any node can be chosen; busways and PDUs of the side come first).
    auto *feedB = dock->findChild<QComboBox *>(QStringLiteral("rowFeedB"));
    const QString txName = doc->scenario().powerNode(ids::Transformer)->name;
    feedB->setFocus();
    QTest::keyClicks(feedB, txName.left(2));
    QCOMPARE(doc->scenario().row(ids::Row1)->feedB, ids::Transformer);
    const QList<RackFeed> rowFeeds{RackFeed{ids::Ups, Phase::ThreePhase},
                                   RackFeed{ids::Transformer, Phase::ThreePhase}};

    // One more rack in the row: it is fed from the row's A and B feeds, three-phase.
    QList<Id> before;
    for (const Rack &r : doc->scenario().racks)
        before.append(r.id);
    auto *count = dock->findChild<QSpinBox *>(QStringLiteral("rowCount"));
    const int racksInRow = count->value();
    count->setFocus();
    count->selectAll();
    QTest::keyClicks(count, QString::number(racksInRow + 1));
    QTest::keyClick(count, Qt::Key_Return);
    const Rack &added = doc->scenario().racks.last();
    QVERIFY(!before.contains(added.id));
    QCOMPARE(added.rowId, ids::Row1);
    QCOMPARE(added.feeds, rowFeeds);

    // Apply: every rack of the row, one step; undo gives each its old feeds back.
    QHash<Id, QList<RackFeed>> old;
    for (const Rack &r : doc->scenario().racks)
        old.insert(r.id, r.feeds);
    QTRY_VERIFY(apply->isEnabled()); // the older racks have the UPS only
    const int beforeApply = doc->undoStack()->count();
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(doc->undoStack()->count(), beforeApply + 1);
    for (const Rack &r : doc->scenario().racks)
        if (r.rowId == ids::Row1)
            QCOMPARE(r.feeds, rowFeeds);
    QVERIFY(!apply->isEnabled());
    doc->undoStack()->undo();
    for (const Rack &r : doc->scenario().racks)
        QCOMPARE(r.feeds, old.value(r.id));
}

QTEST_MAIN(TestRowFeeds)
#include "tst_rowfeeds.moc"
