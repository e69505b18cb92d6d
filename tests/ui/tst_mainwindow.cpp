// The main window driven like a user: tree, inspector, undo shortcut, save/reopen, problems,
// status-bar KPIs, selectors, the Overview tab, the sample. Runs offscreen.
#include "model/document/commands/feedcommands.h"
#include "model/document/projectdocument.h"
#include "model/risks.h"
#include "model/sample/narviksample.h"
#include "model/storage/projectfile.h"
#include "tests/document/testproject.h"
#include "ui/app/language.h"
#include "ui/charts/barchart.h"
#include "ui/floorplan/floorplanscene.h"
#include "ui/floorplan/layoutactions.h"
#include "ui/floorplan/layouttab.h"
#include "ui/floorplan/rackitem.h"
#include "ui/mainwindow/inspector.h"
#include "ui/mainwindow/kpistatus.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/overview/keyfigurecard.h"
#include "ui/mainwindow/overview/overviewtab.h"
#include "ui/mainwindow/overview/toprisks.h"
#include "ui/mainwindow/problemsmodel.h"
#include "ui/mainwindow/problemspanel.h"
#include "ui/mainwindow/projecttree.h"
#include "ui/mainwindow/recentfiles.h"
#include "ui/mainwindow/startpage.h"
#include "ui/power/powerinspector.h"
#include "ui/power/powertab.h"
#include "ui/power/powertreemodel.h"

#include <QAction>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include <cmath>

using namespace fjord;
using fjord::ui::MainWindow;
namespace ids = fjord::test::ids;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void startPageShowsRecentFiles();
    void editStageNameInInspectorUndoSaveReopen();
    void renameInTreePushesCommand();
    void problemDoubleClickSelectsObject();
    void problemsGroupedByCodeSelectAll();
    void utilisationWarningShownInProblems();
    void editMenuShortcutsAndModifiedTitle();
    void statusBarAndStageSelector();
    void scenarioSelectorSwitchesScenario();
    void overviewTabListsStages();
    void overviewDashboardShowsKeyFigures();
    void sampleOpensWithTabs();
    void overviewRisksUseTheDisplayLocale();
    void exportsTheInvestorReport();
    void screenshots();

private:
    static void clickTreeItem(ui::ProjectTree *tree, Id id);
    static void doubleClick(QTreeView *view, const QModelIndex &index);
    static QModelIndex problemRow(ui::ProblemsModel *model, const QString &code);
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FjordplanTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    ui::RecentFiles::clear();
}

void TestMainWindow::clickTreeItem(ui::ProjectTree *tree, Id id)
{
    QTreeWidgetItem *item = tree->itemForId(id);
    QVERIFY2(item, qPrintable(QStringLiteral("no tree item for id %1").arg(id)));
    tree->scrollToItem(item);
    const QRect rect = tree->visualItemRect(item);
    QVERIFY(rect.isValid());
    QVERIFY2(tree->viewport()->rect().contains(rect.center()), "the item is visible in the tree");
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
}

void TestMainWindow::startPageShowsRecentFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Project p = test::makeTestProject();
    const QString first = dir.filePath(QStringLiteral("alpha.fjordplan"));
    const QString second = dir.filePath(QStringLiteral("beta.fjordplan"));
    QCOMPARE(storage::saveProject(p, first), QString());
    p.name = QStringLiteral("Beta campus");
    QCOMPARE(storage::saveProject(p, second), QString());
    ui::RecentFiles::add(first);
    ui::RecentFiles::add(second);
    ui::RecentFiles::add(dir.filePath(QStringLiteral("gone.fjordplan"))); // missing files are not listed

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.startPage()->isVisible());
    QCOMPARE(window.document(), nullptr);
    QListWidget *recent = window.startPage()->recentList();
    QCOMPARE(recent->count(), 2);
    QVERIFY(recent->item(0)->text().startsWith(QStringLiteral("beta"))); // most recent first
    QVERIFY(recent->item(1)->text().startsWith(QStringLiteral("alpha")));

    // Activating an entry opens that project.
    recent->setCurrentRow(0);
    recent->setFocus();
    QTest::keyClick(recent, Qt::Key_Return);
    QVERIFY(window.document());
    QCOMPARE(window.document()->project().name, QStringLiteral("Beta campus"));
    QCOMPARE(window.document()->filePath(), QFileInfo(second).absoluteFilePath());
    QVERIFY(!window.startPage()->isVisible());
    QCOMPARE(window.windowTitle(),
             QFileInfo(second).fileName() +
                 QStringLiteral("[*] — Beta campus — Fjordplan")); // file, then project
}

void TestMainWindow::editStageNameInInspectorUndoSaveReopen()
{
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    window.showProject(test::makeTestProject());
    QVERIFY(QTest::qWaitForWindowActive(&window));
    ProjectDocument *doc = window.document();
    const Project original = doc->project();

    // Select Stage 2 in the tree: the document and the inspector follow.
    clickTreeItem(window.projectTree(), ids::Stage2);
    QCOMPARE(doc->selection(), QList<Id>{ids::Stage2});
    QCOMPARE(window.inspector()->formTitle(), QStringLiteral("Stage"));

    auto *name = window.inspector()->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    QVERIFY(name);
    QCOMPARE(name->text(), QStringLiteral("Stage 2"));
    name->setFocus();
    QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(name, QStringLiteral("Expansion 2029"));
    QTest::keyClick(name, Qt::Key_Return);

    QCOMPARE(doc->scenario().stage(ids::Stage2)->name, QStringLiteral("Expansion 2029"));
    QCOMPARE(window.projectTree()->itemForId(ids::Stage2)->text(0), QStringLiteral("Expansion 2029"));
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Rename stage Stage 2 to Expansion 2029"));
    QVERIFY(window.isWindowModified());

    // Ctrl+Z on the window undoes it everywhere.
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(doc->scenario().stage(ids::Stage2)->name, QStringLiteral("Stage 2"));
    QCOMPARE(window.projectTree()->itemForId(ids::Stage2)->text(0), QStringLiteral("Stage 2"));
    QCOMPARE(name->text(), QStringLiteral("Stage 2"));
    QVERIFY(doc->project() == original);
    QVERIFY(!window.isWindowModified());

    // Redo, then a grid-capacity edit in MW: the model stores W.
    window.findChild<QAction *>(QStringLiteral("actionRedo"))->trigger();
    QCOMPARE(doc->scenario().stage(ids::Stage2)->name, QStringLiteral("Expansion 2029"));
    auto *grid = window.inspector()->findChild<QAbstractSpinBox *>(QStringLiteral("gridCapacityEdit"));
    QVERIFY(grid);
    grid->setFocus();
    QTest::keyClick(grid, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(grid, QStringLiteral("290"));
    QTest::keyClick(grid, Qt::Key_Return);
    QCOMPARE(doc->scenario().stage(ids::Stage2)->gridCapacityAddedW, 290e6);
    // A negative capacity is refused with the reason, not turned into 0 MW.
    const int steps = doc->undoStack()->count();
    grid->setFocus();
    QTest::keyClick(grid, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(grid, QStringLiteral("-40"));
    QTest::keyClick(grid, Qt::Key_Return);
    QCOMPARE(doc->scenario().stage(ids::Stage2)->gridCapacityAddedW, 290e6);
    QCOMPARE(doc->undoStack()->count(), steps);
    QCOMPARE(static_cast<QDoubleSpinBox *>(grid)->value(), 290.0);
    auto *message = window.inspector()->findChild<QLabel *>(QStringLiteral("inspectorMessage"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("-40.0 MW is below the lowest allowed value, 0.0 MW")),
             qPrintable(message->text()));

    // Save through the window's own save path, then reopen and compare.
    const QString path = dir.filePath(QStringLiteral("campus.fjordplan"));
    QVERIFY(window.saveAs(path));
    QVERIFY(!window.isWindowModified());
    QCOMPARE(doc->filePath(), QFileInfo(path).absoluteFilePath());
    QUndoStack *stack = doc->undoStack();
    stack->undo(); // an edit after Save As, then File > Save writes it to the same file
    QVERIFY(window.isWindowModified());
    window.findChild<QAction *>(QStringLiteral("actionSave"))->trigger();
    QVERIFY(!window.isWindowModified());
    const Project saved = doc->project();
    QCOMPARE(saved.scenario(ids::Baseline)->stage(ids::Stage2)->gridCapacityAddedW, 5e6);

    QVERIFY(window.openFile(path));
    QVERIFY(window.document() != nullptr);
    QCOMPARE(window.document()->project().scenario(ids::Baseline)->stage(ids::Stage2)->name,
             QStringLiteral("Expansion 2029"));
    QVERIFY(window.document()->project() == saved);
    QCOMPARE(ui::RecentFiles::list().value(0), QFileInfo(path).absoluteFilePath());
}

void TestMainWindow::renameInTreePushesCommand()
{
    MainWindow window;
    window.show();
    window.showProject(test::makeTestProject());
    QVERIFY(QTest::qWaitForWindowActive(&window));
    ui::ProjectTree *tree = window.projectTree();
    clickTreeItem(tree, ids::Hall1);
    QTreeWidgetItem *item = tree->itemForId(ids::Hall1);
    QVERIFY(item->flags().testFlag(Qt::ItemIsEditable));
    // F2 opens the name's editor (whichever column was clicked), typing and Return commit
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("H1"));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Hall North"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(window.document()->scenario().hall(ids::Hall1)->name, QStringLiteral("Hall North"));
    QCOMPARE(window.document()->undoStack()->undoText(), QStringLiteral("Rename hall H1 to Hall North"));
    QCOMPARE(tree->itemForId(ids::Hall1)->text(0), QStringLiteral("Hall North"));
    QCOMPARE(window.inspector()->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(),
             QStringLiteral("Hall North"));
    // An empty name is refused and the tree shows the model's name again.
    tree->itemForId(ids::Hall1)->setText(0, QString());
    QTRY_COMPARE(tree->itemForId(ids::Hall1)->text(0), QStringLiteral("Hall North"));
    QCOMPARE(window.document()->undoStack()->count(), 1);
}

// Like a hand: the first click of a double-click lands on its own (QTest's lone double-click
// event is not seen as one by an item view that had no press before).
void TestMainWindow::doubleClick(QTreeView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    const QPoint at = view->visualRect(index).center();
    QVERIFY(view->viewport()->rect().contains(at));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
}

QModelIndex TestMainWindow::problemRow(ui::ProblemsModel *model, const QString &code)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex i = model->index(r, ui::ProblemsModel::CodeColumn);
        if (i.data().toString() == code)
            return i;
    }
    return {};
}

void TestMainWindow::problemDoubleClickSelectsObject()
{
    Project p = test::makeTestProject();
    p.scenarios[0].stages[1].energisation = QDate(2025, 1, 1); // before Stage 1: a stage.order warning
    MainWindow window;
    window.show();
    window.showProject(p);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTreeView *view = window.findChild<QTreeView *>(QStringLiteral("problemsView"));
    QVERIFY(view);
    auto *model = static_cast<ui::ProblemsModel *>(view->model());
    const QModelIndex found = problemRow(model, QStringLiteral("stage.order"));
    QVERIFY2(found.isValid(), "the stage.order problem is listed");
    const int row = found.row();
    QVERIFY(!model->isGroup(found)); // one problem of its code: a row of its own, not a group
    QCOMPARE(model->problem(found)->objectId, ids::Stage2);
    QCOMPARE(model->index(row, ui::ProblemsModel::SeverityColumn).data().toString(),
             QStringLiteral("Warning"));
    QCOMPARE(model->index(row, ui::ProblemsModel::ObjectColumn).data().toString(), QStringLiteral("Stage 2"));

    view->scrollTo(model->index(row, ui::ProblemsModel::MessageColumn));
    const QRect rect = view->visualRect(model->index(row, ui::ProblemsModel::MessageColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QVERIFY(window.document()->selection().isEmpty()); // a single click only selects the row
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(window.document()->selection(), QList<Id>{ids::Stage2});
    QVERIFY(window.projectTree()->itemForId(ids::Stage2)->isSelected());
    QCOMPARE(window.inspector()->formTitle(), QStringLiteral("Stage"));
}

void TestMainWindow::problemsGroupedByCodeSelectAll()
{
    // Every rack without a feed: one power.unfed problem per rack, shown as one group.
    Project p = test::makeTestProject();
    QList<Id> racks;
    for (Rack &r : p.scenarios[0].racks) {
        r.feeds.clear();
        racks.append(r.id);
    }
    QVERIFY(racks.size() >= 2);
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    window.showProject(p);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *view = window.findChild<QTreeView *>(QStringLiteral("problemsView"));
    auto *model = static_cast<ui::ProblemsModel *>(view->model());
    QTRY_VERIFY(problemRow(model, QStringLiteral("power.unfed")).isValid());
    QModelIndex group = problemRow(model, QStringLiteral("power.unfed"));
    QVERIFY(model->isGroup(group));
    const QModelIndex groupMessage = group.siblingAtColumn(ui::ProblemsModel::MessageColumn);
    QCOMPARE(groupMessage.data().toString(), QStringLiteral("Rack has no feed (%1)").arg(racks.size()));
    QCOMPARE(group.siblingAtColumn(ui::ProblemsModel::SeverityColumn).data().toString(),
             QStringLiteral("Warning"));
    QCOMPARE(model->rowCount(group.siblingAtColumn(0)), int(racks.size()));
    int unfedRows = 0; // no other top-level row repeats the code
    for (int r = 0; r < model->rowCount(); ++r)
        unfedRows += model->index(r, ui::ProblemsModel::CodeColumn).data().toString() == u"power.unfed";
    QCOMPARE(unfedRows, 1);
    auto *summary = window.findChild<QLabel *>(QStringLiteral("problemsSummary"));
    int warnings = 0;
    for (const Problem &problem : window.document()->problems())
        warnings += problem.severity == Severity::Warning;
    QVERIFY(warnings >= int(racks.size()));
    QVERIFY2(summary->text().endsWith(QStringLiteral(" · %1 warnings").arg(warnings)),
             qPrintable(summary->text()));

    // A double-click opens the group (it selects nothing); a child's double-click selects its rack.
    QVERIFY(!view->isExpanded(group.siblingAtColumn(0)));
    doubleClick(view, groupMessage);
    QTRY_VERIFY(view->isExpanded(group.siblingAtColumn(0)));
    QVERIFY(window.document()->selection().isEmpty());
    const QModelIndex child = model->index(1, ui::ProblemsModel::MessageColumn, group.siblingAtColumn(0));
    QVERIFY(child.data().toString().startsWith(QStringLiteral("Rack ")));
    doubleClick(view, child);
    QCOMPARE(window.document()->selection(), QList<Id>{model->problem(child)->objectId});
    QVERIFY(racks.contains(model->problem(child)->objectId));
    QCOMPARE(window.tabs()->currentIndex(), 0); // a single problem leaves the user where they are

    // The group's "Select Objects": every rack of the group, on the floor plan.
    view->scrollTo(groupMessage);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(groupMessage).center());
    auto *button = window.findChild<QToolButton *>(QStringLiteral("problemsSelectObjects"));
    QVERIFY(button->isEnabled());
    QCOMPARE(button->text(), QStringLiteral("Select %1 Objects").arg(racks.size()));
    QVERIFY(view->actions().contains(button->defaultAction())); // also in the context menu
    QTest::mouseClick(button, Qt::LeftButton);
    const QList<Id> selected = window.document()->selection();
    QCOMPARE(QSet<Id>(selected.cbegin(), selected.cend()), QSet<Id>(racks.cbegin(), racks.cend()));
    auto *layout = window.findChild<ui::LayoutTab *>();
    QCOMPARE(window.tabs()->currentWidget(), layout);
    for (Id id : racks)
        QVERIFY(layout->scene()->rackItem(id)->isMarked()); // drawn as selected
    if (const QString dir = qEnvironmentVariable("FJORD_GRAB_DIR"); !dir.isEmpty())
        QVERIFY(window.grab().save(dir + QStringLiteral("/problems_grouped.png")));

    // Fixing one rack shrinks the group, which stays open across the recompute; undo restores it.
    Rack fed = *window.document()->scenario().rack(racks.first());
    fed.feeds = {RackFeed{ids::Ups, Phase::ThreePhase}};
    FeedPlan plan;
    plan.feeds.insert(fed.id, fed.feeds);
    window.document()->undoStack()->push(
        makeFeedPlanCommand(window.document(), plan, QStringLiteral("Feed")));
    QTRY_COMPARE(
        model->index(problemRow(model, QStringLiteral("power.unfed")).row(), ui::ProblemsModel::MessageColumn)
            .data()
            .toString(),
        QStringLiteral("Rack has no feed (%1)").arg(racks.size() - 1));
    QVERIFY(view->isExpanded(problemRow(model, QStringLiteral("power.unfed")).siblingAtColumn(0)));
    window.document()->undoStack()->undo();
    QTRY_COMPARE(
        model->index(problemRow(model, QStringLiteral("power.unfed")).row(), ui::ProblemsModel::MessageColumn)
            .data()
            .toString(),
        QStringLiteral("Rack has no feed (%1)").arg(racks.size()));
}

void TestMainWindow::utilisationWarningShownInProblems()
{
    // The user lowers UPS-A1's rating in the Power tab until it runs above the warning threshold.
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    window.showProject(test::makeTestProject());
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *power = window.findChild<ui::PowerTab *>();
    window.tabs()->setCurrentWidget(power);
    window.document()->recomputeNow();
    const StageResult &stage = window.document()->results().stages[window.document()->currentStageIndex()];
    double loadKva = 0;
    for (const PowerNodeLoading &l : stage.power)
        if (l.nodeId == ids::Ups)
            loadKva = l.loadKva;
    QVERIFY(loadKva > 0);
    auto *view = window.findChild<QTreeView *>(QStringLiteral("problemsView"));
    auto *model = static_cast<ui::ProblemsModel *>(view->model());
    QVERIFY(!problemRow(model, QStringLiteral("power.utilisation_high")).isValid());

    const QRect rect = power->tree()->visualRect(power->model()->indexOf(ids::Ups));
    QTest::mouseClick(power->tree()->viewport(), Qt::LeftButton, {}, rect.center());
    auto *rating = power->inspector()->findChild<QDoubleSpinBox *>(QStringLiteral("ratingEdit"));
    const double newKva = std::ceil(loadKva / 0.9); // about 90 %: amber, not an overload
    rating->setFocus();
    QTest::keyClick(rating, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(rating, QString::number(newKva, 'f', 0));
    QTest::keyClick(rating, Qt::Key_Return);
    QCOMPARE(window.document()->scenario().powerNode(ids::Ups)->ratingVa, newKva * 1e3);
    QTRY_VERIFY(problemRow(model, QStringLiteral("power.utilisation_high")).isValid());
    const QModelIndex row = problemRow(model, QStringLiteral("power.utilisation_high"));
    QCOMPARE(row.siblingAtColumn(ui::ProblemsModel::SeverityColumn).data().toString(),
             QStringLiteral("Warning"));
    QCOMPARE(row.siblingAtColumn(ui::ProblemsModel::ObjectColumn).data().toString(),
             QStringLiteral("UPS-A1"));
    const QString message = row.siblingAtColumn(ui::ProblemsModel::MessageColumn).data().toString();
    const QString pct = QString::number(loadKva / newKva * 100, 'f', 1) + QStringLiteral(" %");
    QVERIFY2(message.contains(QStringLiteral("UPS-A1")) && message.contains(pct) &&
                 message.contains(QStringLiteral("80.0 %")),
             qPrintable(message));
    // The same node's bar in the Power tab is amber, not green or red.
    QCOMPARE(power->model()
                 ->indexOf(ids::Ups, ui::PowerTreeModel::Utilisation)
                 .data(ui::PowerTreeModel::BarColourRole)
                 .value<QColor>(),
             ui::PowerTreeModel::barColour(0.9));
    QVERIFY(ui::PowerTreeModel::barColour(0.9) != ui::PowerTreeModel::barColour(0.5));

    window.document()->undoStack()->undo();
    QTRY_VERIFY(!problemRow(model, QStringLiteral("power.utilisation_high")).isValid());
}

void TestMainWindow::editMenuShortcutsAndModifiedTitle()
{
    QTemporaryDir dir;
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    window.showProject(test::makeTestProject());
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const QString path = dir.filePath(QStringLiteral("campus.fjordplan"));
    QVERIFY(window.saveAs(path));
    QCOMPARE(window.windowTitle(), QStringLiteral("campus.fjordplan[*] — Test campus — Fjordplan"));
    QVERIFY(!window.isWindowModified());

    // Standard keys: Redo also on Ctrl+Y, Save As on Ctrl+Shift+S (besides the platform's own).
    auto *redo = window.findChild<QAction *>(QStringLiteral("actionRedo"));
    auto *saveAs = window.findChild<QAction *>(QStringLiteral("actionSaveAs"));
    QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo))
        QVERIFY(redo->shortcuts().contains(key));
    QVERIFY(saveAs->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));

    // The Edit menu: Undo, Redo, then the plan's Copy, Paste, Delete and Select All, enabled when they
    // apply, and Preferences last (where every desktop has it).
    auto *edit = window.findChild<QMenu *>(QStringLiteral("editMenu"));
    auto *layout = window.findChild<ui::LayoutTab *>();
    QAction *selectAll = layout->actions()->selectAll();
    QAction *remove = layout->actions()->remove();
    QList<QAction *> items;
    for (QAction *a : edit->actions())
        if (!a->isSeparator())
            items << a;
    QCOMPARE(items,
             (QList<QAction *>{window.findChild<QAction *>(QStringLiteral("actionUndo")), redo,
                               layout->actions()->copy(), layout->actions()->paste(), remove, selectAll,
                               window.findChild<QAction *>(QStringLiteral("actionPreferences"))}));
    QVERIFY(selectAll->isEnabled());
    QVERIFY(!remove->isEnabled());               // nothing selected
    window.document()->setSelection({ids::Ups}); // a power node: not the plan's to delete
    QVERIFY(!remove->isEnabled());

    // Edit > Select All, then Edit > Delete, with the mouse through the menu bar.
    const auto chooseFromEdit = [&](QAction *action) {
        QTest::mouseClick(window.menuBar(), Qt::LeftButton, {},
                          window.menuBar()->actionGeometry(edit->menuAction()).center());
        QTRY_VERIFY(edit->isVisible());
        QTest::mouseClick(edit, Qt::LeftButton, {}, edit->actionGeometry(action).center());
        QTRY_VERIFY(!edit->isVisible());
    };
    chooseFromEdit(selectAll);
    QCOMPARE(window.document()->selection().size(), window.document()->scenario().racks.size());
    QVERIFY(remove->isEnabled());
    const int racks = int(window.document()->scenario().racks.size());
    chooseFromEdit(remove);
    QCOMPARE(window.document()->scenario().racks.size(), 0);
    QVERIFY(window.isWindowModified());
    QVERIFY(!selectAll->isEnabled()); // no rack left to select

    // Ctrl+Z back to the saved state clears the marker; Ctrl+Y redoes.
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(window.document()->scenario().racks.size(), racks);
    QVERIFY(!window.isWindowModified());
    QTest::keyClick(&window, Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(window.document()->scenario().racks.size(), 0);
    QVERIFY(window.isWindowModified());
}

void TestMainWindow::statusBarAndStageSelector()
{
    MainWindow window;
    window.show();
    window.showProject(test::makeTestProject());
    QVERIFY(QTest::qWaitForWindowActive(&window));
    // Campus through Stage 2 (the last, shown first): 3 racks × 135 kW = 0.405 MW, 3 × 72 GPUs.
    const QString through2 = window.kpiStatus()->text();
    QVERIFY2(through2.contains(QStringLiteral("IT capacity 0.4 MW")), qPrintable(through2));
    QVERIFY2(through2.contains(QStringLiteral("3 racks")), qPrintable(through2));
    QVERIFY2(through2.contains(QStringLiteral("216 GPUs")), qPrintable(through2));
    QVERIFY2(through2.contains(QStringLiteral("Through Stage 2")), qPrintable(through2));

    auto *stages = window.findChild<QComboBox *>(QStringLiteral("stageCombo"));
    QCOMPARE(stages->count(), 2);
    QCOMPARE(stages->itemText(0), QStringLiteral("through Stage 1"));
    QCOMPARE(stages->currentIndex(), 1);
    stages->setFocus();
    QTest::keyClick(stages, Qt::Key_Up); // the user picks "through Stage 1"
    QCOMPARE(window.document()->currentStageIndex(), 0);
    const QString through1 = window.kpiStatus()->text();
    QVERIFY2(through1.contains(QStringLiteral("2 racks")), qPrintable(through1));
    QVERIFY2(through1.contains(QStringLiteral("144 GPUs")), qPrintable(through1));
    QVERIFY2(through1.contains(QStringLiteral("IT capacity 0.3 MW")), qPrintable(through1)); // 0.27 MW

    // The document drives the selector too (e.g. a stage added by a command).
    window.findChild<QAction *>(QStringLiteral("actionAddStage"))->trigger();
    QCOMPARE(stages->count(), 3);
    QCOMPARE(stages->currentIndex(), 2);
    QCOMPARE(stages->currentText(), QStringLiteral("through Stage 3"));
}

void TestMainWindow::scenarioSelectorSwitchesScenario()
{
    MainWindow window;
    window.show();
    window.showProject(test::makeTestProject());
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *scenarios = window.findChild<QComboBox *>(QStringLiteral("scenarioCombo"));
    QCOMPARE(scenarios->count(), 2);
    QCOMPARE(scenarios->currentText(), QStringLiteral("Baseline"));
    scenarios->setFocus();
    QTest::keyClick(scenarios, Qt::Key_Down);
    QCOMPARE(window.document()->currentScenarioId(), ids::Variant);
    QVERIFY(window.projectTree()->itemForId(ids::Hall1) == nullptr); // the variant has no halls
    auto *stages = window.findChild<QComboBox *>(QStringLiteral("stageCombo"));
    QCOMPARE(stages->count(), 1);

    // Duplicating the scenario adds it to the selector and shows it.
    window.findChild<QAction *>(QStringLiteral("actionDuplicateScenario"))->trigger();
    QCOMPARE(scenarios->count(), 3);
    QCOMPARE(scenarios->currentText(), QStringLiteral("Dense variant (copy)"));
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(scenarios->count(), 2);
}

void TestMainWindow::overviewTabListsStages()
{
    MainWindow window;
    window.show();
    window.showProject(test::makeTestProject());
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QCOMPARE(window.tabs()->tabText(0), QStringLiteral("Overview"));
    auto *overview = qobject_cast<ui::OverviewTab *>(window.tabs()->widget(0));
    QVERIFY(overview);
    QTableWidget *table = overview->stageTable();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Stage 1"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("2026-12"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("2"));
    QCOMPARE(table->item(1, 2)->text(), QStringLiteral("3"));
    QCOMPARE(table->item(1, 3)->text(), QStringLiteral("216"));
    QCOMPARE(table->item(1, 7)->text(), QStringLiteral("15.0")); // grid 10 + 5 MW, cumulative
    // Design demand (every rack at peak) above the expected peak, and the headroom from it.
    QVERIFY(table->item(1, 6)->text().toDouble() > table->item(1, 5)->text().toDouble());
    QVERIFY(table->item(1, 8)->text().endsWith(QStringLiteral(" %")));

    // It follows edits once the results are recomputed.
    window.document()->setSelection({ids::Stage1});
    auto *name = window.inspector()->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    name->setFocus();
    QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(name, QStringLiteral("Phase A"));
    QTest::keyClick(name, Qt::Key_Return);
    QTRY_COMPARE(table->item(0, 0)->text(), QStringLiteral("Phase A"));
}

void TestMainWindow::overviewDashboardShowsKeyFigures()
{
    MainWindow window;
    window.show();
    window.showProject(test::makeTestProject());
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *overview = qobject_cast<ui::OverviewTab *>(window.tabs()->widget(0));
    QVERIFY(overview);
    const QLocale locale;
    auto itCard = [&] { return overview->card(QStringLiteral("cardItCapacity"))->value(); };
    auto mw = [&](double w) -> QString { return locale.toString(w / 1e6, 'f', 1) + QStringLiteral(" MW"); };
    const QList<StageResult> &stages = window.document()->results().stages;
    QCOMPARE(stages.size(), 2);
    // The cards show the campus through the stage chosen in the toolbar (the last one when opened).
    QCOMPARE(itCard(), mw(stages[1].itCapacityW));
    QCOMPARE(overview->card(QStringLiteral("cardGpus"))->value(), QStringLiteral("216"));
    QCOMPARE(overview->card(QStringLiteral("cardPue"))->value(),
             locale.toString(stages[1].annual.pue, 'f', 3));
    QVERIFY(
        overview->card(QStringLiteral("cardDesignDemand"))->caption().contains(QStringLiteral("headroom")));
    auto *stageCombo = window.findChild<QComboBox *>(QStringLiteral("stageCombo"));
    stageCombo->setFocus();
    QTest::keyClick(stageCombo, Qt::Key_Up); // the user picks "through Stage 1"
    QTRY_COMPARE(itCard(), mw(stages[0].itCapacityW));
    QCOMPARE(overview->card(QStringLiteral("cardGpus"))->value(), QStringLiteral("144"));

    // Capacity by stage: IT capacity, design demand and grid capacity per stage, in MW.
    auto *bars = qobject_cast<QBarSeries *>(overview->capacityChart()->chart()->series().value(0));
    QVERIFY(bars);
    QCOMPARE(bars->count(), 3);
    QCOMPARE(bars->barSets().at(0)->at(1), stages[1].itCapacityW / 1e6);
    QCOMPARE(bars->barSets().at(2)->at(1), 15.0);                         // grid 10 + 5 MW, cumulative
    QVERIFY(bars->barSets().at(1)->at(1) > bars->barSets().at(0)->at(1)); // design above IT capacity

    // The top risks are the report's, the highest level first.
    const QList<Risk> risks = assessRisks(window.document()->project(), window.document()->scenario(),
                                          window.document()->results());
    QVERIFY(!risks.isEmpty());
    QListWidget *list = overview->topRisks();
    QCOMPARE(list->count(), std::min<int>(int(risks.size()), ui::TopRisksList::Shown) +
                                (risks.size() > ui::TopRisksList::Shown ? 1 : 0));
    int highest = 0;
    for (const Risk &r : risks)
        highest = std::max(highest, int(r.level));
    QString top = riskLevelName(Risk::Level(highest));
    top[0] = top[0].toUpper();
    QVERIFY2(list->item(0)->text().startsWith(top), qPrintable(list->item(0)->text()));
}

// The Overview's risks write their figures as every view writes numbers (digit grouping, the user's
// decimal mark), not in the C locale the report rules default to ("1720 h", "0.5" in Norway).
void TestMainWindow::overviewRisksUseTheDisplayLocale()
{
    // A planner in Norway: decimal commas tell the two locales apart in any figure.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
    const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
    MainWindow window;
    window.show();
    window.openSample();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.document()->recomputeNow();
    const ProjectDocument &doc = *window.document();
    const auto detailsIn = [&](const QLocale &locale) {
        QStringList out;
        for (const Risk &r : assessRisks(doc.project(), doc.scenario(), doc.results(), locale))
            out << r.detail;
        return out;
    };
    const QStringList expected = detailsIn(ui::displayLocale());
    QVERIFY2(expected != detailsIn(QLocale::c()), "the sample's risks should show a decimal figure");
    auto *overview = window.findChild<ui::OverviewTab *>();
    QVERIFY(overview);
    QListWidget *list = overview->topRisks();
    QTRY_VERIFY(list->count() > 1);
    int checked = 0;
    for (int i = 0; i < list->count(); ++i)
        if (!list->item(i)->toolTip().isEmpty()) {
            QVERIFY2(expected.contains(list->item(i)->toolTip()), qPrintable(list->item(i)->toolTip()));
            ++checked;
        }
    QVERIFY(checked > 0);
}

void TestMainWindow::sampleOpensWithTabs()
{
    MainWindow window;
    window.show();
    window.openSample();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.document());
    const Project sample = makeNarvikSample();
    QCOMPARE(window.document()->project().name, sample.name);
    QVERIFY(window.document()->filePath().isEmpty()); // untitled: Save asks for a name
    QVERIFY(window.tabs()->count() >= 1);
    QVERIFY(window.projectTree()->topLevelItemCount() >= 5);
    QCOMPARE(window.windowTitle(), sample.name + QStringLiteral("[*] — Fjordplan"));
}

void TestMainWindow::exportsTheInvestorReport()
{
    MainWindow window;
    window.show();
    auto *action = window.findChild<QAction *>(QStringLiteral("actionExportReport"));
    QVERIFY(action);
    QVERIFY(!action->isEnabled()); // no project yet
    window.openSample();
    QVERIFY(action->isEnabled());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("narvik.pdf"));
    QCOMPARE(window.exportReport(pdf), QString());
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("pages")),
             qPrintable(window.statusBar()->currentMessage()));
    // HTML has no pages: the message counts its sections instead of saying nothing
    window.statusBar()->clearMessage();
    QCOMPARE(window.exportReport(dir.filePath(QStringLiteral("narvik.html"))), QString());
    QVERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("Wrote the investor report (")) &&
                 window.statusBar()->currentMessage().contains(QStringLiteral("sections")),
             qPrintable(window.statusBar()->currentMessage()));
    // a folder that does not exist: the error names the file
    const QString bad = dir.filePath(QStringLiteral("no/such/dir/r.pdf"));
    QVERIFY(window.exportReport(bad).startsWith(bad));
}

void TestMainWindow::screenshots()
{
    // For looking at the window: FJORD_SCREENSHOT_DIR=/tmp/shots ctest -R tst_mainwindow
    // Without it, every tab of the sample still has to open and render (into a temporary folder).
    QTemporaryDir scratch;
    QString out = qEnvironmentVariable("FJORD_SCREENSHOT_DIR");
    if (out.isEmpty())
        out = scratch.path();
    QDir().mkpath(out);
    MainWindow window;
    window.resize(1920, 1080); // a workstation screen
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.grab().save(QDir(out).filePath(QStringLiteral("startpage.png"))));
    window.openSample();
    QTest::qWait(200);
    QVERIFY(window.grab().save(QDir(out).filePath(QStringLiteral("overview.png"))));
    const Scenario &s = window.document()->scenario();
    window.document()->setSelection({s.stages.constFirst().id});
    QTest::qWait(100);
    QVERIFY(window.grab().save(QDir(out).filePath(QStringLiteral("stage.png"))));
    for (int i = 1; i < window.tabs()->count(); ++i) {
        window.tabs()->setCurrentIndex(i);
        QTest::qWait(100);
        QVERIFY(window.grab().save(QDir(out).filePath(QStringLiteral("tab%1.png").arg(i))));
    }
    QCOMPARE(window.tabs()->count(), 11); // Overview … Finance, Tenants, Renewables, Risk, Compare, Report
    const auto tabIndex = [&](const QString &text) {
        for (int i = 0; i < window.tabs()->count(); ++i)
            if (window.tabs()->tabText(i) == text)
                return i;
        return -1;
    };
    // the Compare tab once both sides are drawn (the sample has one scenario: A against itself)
    window.tabs()->setCurrentIndex(tabIndex(QStringLiteral("Compare")));
    QTest::qWait(1200);
    QVERIFY(window.grab().save(QDir(out).filePath(QStringLiteral("compare_tab.png"))));
    // the Report tab once its preview is drawn
    window.tabs()->setCurrentIndex(tabIndex(QStringLiteral("Report")));
    QTest::qWait(1500);
    QVERIFY(window.grab().save(QDir(out).filePath(QStringLiteral("report_tab.png"))));
    // the Layout tab with a row selected: the row page of its inspector
    window.tabs()->setCurrentIndex(1);
    window.document()->setSelection({s.rows.constFirst().id});
    QTest::qWait(100);
    QVERIFY(window.grab().save(QDir(out).filePath(QStringLiteral("layout_row.png"))));
    // a laptop screen: the hall and rack pages of the inspector with their typed geometry
    window.resize(1366, 768);
    window.document()->setSelection({s.halls.constFirst().id});
    QTest::qWait(100);
    QVERIFY(window.grab().save(QDir(out).filePath(QStringLiteral("layout_hall_1366.png"))));
    window.document()->setSelection({s.racks.constFirst().id});
    QTest::qWait(100);
    QVERIFY(window.grab().save(QDir(out).filePath(QStringLiteral("layout_rack_1366.png"))));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
