// One inspector per selection: the main window's Inspector dock edits halls, rows and racks (all
// selected racks at once, one undo step per edit), follows the Power tab's selected node, and says
// what a multi-selection from the tree holds instead of showing one of its objects.
#include "model/document/projectdocument.h"
#include "tests/document/testproject.h"
#include "ui/floorplan/layoutinspector.h"
#include "ui/floorplan/layouttab.h"
#include "ui/mainwindow/inspector.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/selectioninspector.h"
#include "ui/power/powerinspector.h"
#include "ui/power/powertab.h"
#include "ui/power/powertreemodel.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace fjord;
using namespace fjord::ui;
namespace ids = fjord::test::ids;

class TestSelectionInspector : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void dockEditsAllSelectedRacks();
    void dockFollowsThePowerTab();
    void treeMultiSelectionIsSummarised();

private:
    QDockWidget *dock() const { return m_window->findChild<QDockWidget *>(QStringLiteral("inspectorDock")); }
    ProjectDocument *doc() const { return m_window->document(); }
    MainWindow *m_window = nullptr;
};

void TestSelectionInspector::init()
{
    m_window = new MainWindow;
    m_window->resize(1400, 900);
    m_window->show();
    m_window->showProject(test::makeTestProject());
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestSelectionInspector::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestSelectionInspector::dockEditsAllSelectedRacks()
{
    auto *layout = m_window->findChild<LayoutTab *>();
    m_window->tabs()->setCurrentWidget(layout);
    // The Layout tab has no inspector of its own beside the dock.
    QVERIFY(layout->findChildren<LayoutInspector *>().isEmpty());
    QCOMPARE(m_window->findChildren<LayoutInspector *>().size(), 1);

    doc()->setSelection({ids::Rack1, ids::Rack2, ids::Rack3}); // as a rubber band on the plan does
    QCOMPARE(m_window->selectionInspector()->currentEditor(), layout->inspector());
    auto *title = dock()->findChild<QLabel *>(QStringLiteral("layoutInspectorTitle"));
    QVERIFY(title && title->isVisible());
    QCOMPARE(title->text(), QStringLiteral("3 racks"));
    for (const QLabel *label : m_window->findChildren<QLabel *>())
        QVERIFY2(!label->isVisible() || !label->text().contains(QStringLiteral("showing the first")),
                 qPrintable(label->text()));
    // What the three have in common: one type; two stages, so the stage reads as mixed.
    auto *type = dock()->findChild<QComboBox *>(QStringLiteral("rackType"));
    auto *stage = dock()->findChild<QComboBox *>(QStringLiteral("rackStage"));
    QVERIFY(type->isVisible() && stage->isVisible());
    QVERIFY(type->currentText().startsWith(doc()->project().rackType(ids::RackTypeGb300)->name));
    QVERIFY(stage->currentText() != QStringLiteral("Stage 1") &&
            stage->currentText() != QStringLiteral("Stage 2"));

    // One key press puts all three in Stage 1, as one undo step; undo restores Rack3's Stage 2.
    const int steps = doc()->undoStack()->count();
    stage->setFocus();
    QTest::keyClick(stage, Qt::Key_Down);
    QCOMPARE(stage->currentText(), QStringLiteral("Stage 1"));
    for (Id id : {ids::Rack1, ids::Rack2, ids::Rack3})
        QCOMPARE(doc()->scenario().rack(id)->stageId, ids::Stage1);
    QCOMPARE(doc()->undoStack()->count(), steps + 1);
    doc()->undoStack()->undo();
    QCOMPARE(doc()->scenario().rack(ids::Rack3)->stageId, ids::Stage2);
    QCOMPARE(doc()->scenario().rack(ids::Rack1)->stageId, ids::Stage1);
    QVERIFY(stage->currentText() != QStringLiteral("Stage 1"));

    // A hall selected with the racks: the racks are edited, and the title says so.
    doc()->setSelection({ids::Hall1, ids::Rack1, ids::Rack2});
    QCOMPARE(title->text(), QStringLiteral("2 racks (of 3 selected objects)"));
    // One hall: its page, with the name field the user types into.
    doc()->setSelection({ids::Hall1});
    auto *hallName = dock()->findChild<QLineEdit *>(QStringLiteral("hallName"));
    QVERIFY(hallName->isVisible());
    QCOMPARE(hallName->text(), doc()->scenario().hall(ids::Hall1)->name);
}

void TestSelectionInspector::dockFollowsThePowerTab()
{
    auto *power = m_window->findChild<PowerTab *>();
    auto *layout = m_window->findChild<LayoutTab *>();
    QVERIFY(power->findChildren<PowerInspector *>().isEmpty());
    m_window->tabs()->setCurrentWidget(layout);
    doc()->setSelection({ids::Rack1});
    QCOMPARE(m_window->selectionInspector()->currentEditor(), layout->inspector());

    // On the Power tab the dock shows the node picked in the tree, not the rack selected on the plan.
    m_window->tabs()->setCurrentWidget(power);
    QCOMPARE(m_window->selectionInspector()->currentEditor(), power->inspector());
    power->selectNode(NoId); // nothing picked in the tree: no form of zeros, a hint
    auto *rating = power->inspector()->findChild<QWidget *>(QStringLiteral("ratingEdit"));
    QVERIFY(!rating->isVisible());
    const QRect rect = power->tree()->visualRect(power->model()->indexOf(ids::Ups));
    QTest::mouseClick(power->tree()->viewport(), Qt::LeftButton, {}, rect.center());
    auto *name = power->inspector()->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    QVERIFY(dock()->isAncestorOf(name));
    QVERIFY(name && name->isVisible());
    QCOMPARE(name->text(), doc()->scenario().powerNode(ids::Ups)->name);
    QVERIFY(rating->isVisible());
    QCOMPARE(doc()->selection(), QList<Id>{ids::Rack1}); // still there for "Feed selected racks"

    // Back on the plan: the rack again.
    m_window->tabs()->setCurrentWidget(layout);
    QCOMPARE(m_window->selectionInspector()->currentEditor(), layout->inspector());
    QVERIFY(dock()->findChild<QComboBox *>(QStringLiteral("rackType"))->isVisible());

    // A node picked elsewhere (the project tree, Problems): the tree and the dock follow it.
    doc()->setSelection({ids::Transformer});
    QCOMPARE(m_window->selectionInspector()->currentEditor(), power->inspector());
    QCOMPARE(power->selectedNode(), ids::Transformer);
    QCOMPARE(power->inspector()->node(), ids::Transformer);
}

void TestSelectionInspector::treeMultiSelectionIsSummarised()
{
    doc()->setSelection({ids::Stage1, ids::Stage2});
    QCOMPARE(m_window->selectionInspector()->currentEditor(), m_window->inspector());
    QCOMPARE(m_window->inspector()->formTitle(), QStringLiteral("2 objects selected"));
    auto *kinds = m_window->inspector()->findChild<QLabel *>(QStringLiteral("selectionKinds"));
    QVERIFY(kinds);
    QTRY_VERIFY(kinds->isVisible()); // the new form shows once the event loop runs
    QVERIFY2(kinds->text().contains(QStringLiteral("2 ×")), qPrintable(kinds->text()));
    QTRY_VERIFY(!m_window->inspector()->findChild<QLineEdit *>(QStringLiteral("nameEdit")));
    doc()->setSelection({ids::Stage2});
    QCOMPARE(m_window->inspector()->formTitle(), QStringLiteral("Stage"));
}

QTEST_MAIN(TestSelectionInspector)
#include "tst_selectioninspector.moc"
