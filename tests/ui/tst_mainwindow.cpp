// The main window driven like a user: tree, inspector, undo shortcut, save/reopen, problems,
// status-bar KPIs, selectors, the Overview tab, the sample. Runs offscreen.
#include "model/document/projectdocument.h"
#include "model/sample/narviksample.h"
#include "model/storage/projectfile.h"
#include "tests/document/testproject.h"
#include "ui/mainwindow/inspector.h"
#include "ui/mainwindow/kpistatus.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/overviewtab.h"
#include "ui/mainwindow/problemsmodel.h"
#include "ui/mainwindow/projecttree.h"
#include "ui/mainwindow/recentfiles.h"
#include "ui/mainwindow/startpage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

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
    void statusBarAndStageSelector();
    void scenarioSelectorSwitchesScenario();
    void overviewTabListsStages();
    void sampleOpensWithTabs();
    void exportsTheInvestorReport();
    void screenshots();

private:
    static void clickTreeItem(ui::ProjectTree *tree, Id id);
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
    QCOMPARE(window.windowTitle(), QStringLiteral("Beta campus[*] — Fjordplan"));
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

void TestMainWindow::problemDoubleClickSelectsObject()
{
    Project p = test::makeTestProject();
    p.scenarios[0].stages[1].energisation = QDate(2025, 1, 1); // before Stage 1: a stage.order warning
    MainWindow window;
    window.show();
    window.showProject(p);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTableView *view = window.problemsView();
    auto *model = static_cast<ui::ProblemsModel *>(view->model());
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->problem(r).code == QStringLiteral("stage.order"))
            row = r;
    QVERIFY2(row >= 0, "the stage.order problem is listed");
    QCOMPARE(model->problem(row).objectId, ids::Stage2);
    QCOMPARE(model->data(model->index(row, ui::ProblemsModel::SeverityColumn)).toString(),
             QStringLiteral("Warning"));
    QCOMPARE(model->data(model->index(row, ui::ProblemsModel::ObjectColumn)).toString(),
             QStringLiteral("Stage 2"));

    view->scrollTo(model->index(row, ui::ProblemsModel::MessageColumn));
    const QRect rect = view->visualRect(model->index(row, ui::ProblemsModel::MessageColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QVERIFY(window.document()->selection().isEmpty()); // a single click only selects the row
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(window.document()->selection(), QList<Id>{ids::Stage2});
    QVERIFY(window.projectTree()->itemForId(ids::Stage2)->isSelected());
    QCOMPARE(window.inspector()->formTitle(), QStringLiteral("Stage"));
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
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("investor report")),
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
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
