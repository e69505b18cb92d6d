#include "ui/mainwindow/mainwindow.h"

#include "model/document/commands/addscenariocommand.h"
#include "model/document/commands/addstagecommand.h"
#include "model/document/commands/removescenariocommand.h"
#include "model/document/commands/removestagecommand.h"
#include "model/document/commands/scenariocommands.h"
#include "model/document/objectlocator.h"
#include "model/document/projectdocument.h"
#include "ui/dialogs/aboutbox.h"
#include "ui/dialogs/netboxactions.h"
#include "ui/dialogs/serveractions.h"
#include "ui/floorplan/layoutactions.h"
#include "ui/floorplan/layouttab.h"
#include "ui/mainwindow/inspector.h"
#include "ui/mainwindow/kpistatus.h"
#include "ui/mainwindow/problemspanel.h"
#include "ui/mainwindow/projecttree.h"
#include "ui/mainwindow/recentfiles.h"
#include "ui/mainwindow/selectioninspector.h"
#include "ui/mainwindow/startpage.h"
#include "ui/mainwindow/tabregistry.h"
#include "ui/power/powertab.h"
#include "ui/widgets/inputtooltips.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUndoView>

#include <algorithm>

namespace fjord::ui {

namespace {

QDockWidget *makeDock(const QString &title, const QString &name, QMainWindow *window)
{
    auto *dock = new QDockWidget(title, window);
    dock->setObjectName(name);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                      QDockWidget::DockWidgetFloatable);
    return dock;
}

// The platform's keys for `standard` plus `extra` (Ctrl+Y for Redo, Ctrl+Shift+S for Save As: what
// users of every desktop expect, whatever the platform's own binding is).
QList<QKeySequence> withKey(QKeySequence::StandardKey standard, const QKeySequence &extra)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(standard);
    if (!keys.contains(extra))
        keys.append(extra);
    return keys;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_stack(new QStackedWidget(this)), m_startPage(new StartPage(this)),
      m_autosaveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(style()->standardIcon(QStyle::SP_ComputerIcon));
    setDockOptions(AnimatedDocks | AllowTabbedDocks);
    // The stack's minimum is the largest page's: the start page (shown without docks) must not keep
    // a project window wider than a 1366 px laptop screen.
    m_startPage->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_stack->addWidget(m_startPage);
    setCentralWidget(m_stack);
    createActions();
    createMenus();
    createToolBar();
    createDocks();

    connect(m_startPage, &StartPage::openSampleRequested, this, &MainWindow::openSample);
    connect(m_startPage, &StartPage::newProjectRequested, this, &MainWindow::newProject);
    connect(m_startPage, &StartPage::openRequested, m_openAction, &QAction::trigger);
    connect(m_startPage, &StartPage::openFileRequested, this, &MainWindow::openFile);
    connect(m_autosaveTimer, &QTimer::timeout, this, &MainWindow::autosave);
    // Hovering any number input tells what it is and its unit (also in dialogs and the inspector).
    QCoreApplication::instance()->installEventFilter(new InputToolTips(this));
    applySettings(AppSettings::load());

    // A comfortable default: most of the screen (the plan and the charts want room), never more;
    // restoreWindowLayout() puts back the user's own size and place.
    const QSize available = screen() ? screen()->availableSize() : QSize(1600, 1000);
    resize(qMin(2200, available.width() * 92 / 100), qMin(1300, available.height() * 92 / 100));
    showStartPage();
}

MainWindow::~MainWindow()
{
    // Widgets that hold the document go first, then the document.
    delete m_tabs;
    m_tabs = nullptr;
    for (QDockWidget *dock : {m_treeDock, m_inspectorDock, m_problemsDock})
        delete dock->widget();
    m_document.reset();
}

void MainWindow::createActions()
{
    auto make = [this](const QString &text, const QString &name, QKeySequence key = {}) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        if (!key.isEmpty())
            action->setShortcut(key);
        return action;
    };
    m_newAction = make(tr("&New Project"), QStringLiteral("actionNew"), QKeySequence::New);
    m_openAction = make(tr("&Open…"), QStringLiteral("actionOpen"), QKeySequence::Open);
    m_sampleAction = make(tr("Open Narvik &Sample"), QStringLiteral("actionOpenSample"));
    m_saveAction = make(tr("&Save"), QStringLiteral("actionSave"), QKeySequence::Save);
    m_saveAsAction = make(tr("Save &As…"), QStringLiteral("actionSaveAs"));
    m_saveAsAction->setShortcuts(
        withKey(QKeySequence::SaveAs, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
    m_importEpwAction = make(tr("Import &Weather (EPW)…"), QStringLiteral("actionImportEpw"));
    m_importNetboxAction = make(tr("Import from &NetBox…"), QStringLiteral("actionImportNetbox"));
    m_exportNetboxAction = make(tr("&Export to NetBox…"), QStringLiteral("actionExportNetbox"));
    m_exportReportAction = make(tr("Export Investor &Report…"), QStringLiteral("actionExportReport"));
    m_closeAction = make(tr("&Close Project"), QStringLiteral("actionClose"), QKeySequence::Close);
    m_quitAction = make(tr("&Quit"), QStringLiteral("actionQuit"), QKeySequence::Quit);
    m_addScenarioAction = make(tr("New &Scenario"), QStringLiteral("actionAddScenario"));
    m_duplicateScenarioAction = make(tr("&Duplicate Scenario"), QStringLiteral("actionDuplicateScenario"));
    m_removeScenarioAction = make(tr("&Remove Scenario"), QStringLiteral("actionRemoveScenario"));
    m_addStageAction = make(tr("Add S&tage"), QStringLiteral("actionAddStage"));
    m_removeStageAction = make(tr("Remove Last Stage"), QStringLiteral("actionRemoveStage"));
    m_aboutAction = make(tr("&About Fjordplan"), QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_preferencesAction = make(tr("&Preferences…"), QStringLiteral("actionPreferences"));
    m_preferencesAction->setShortcuts(
        withKey(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_userGuideAction = make(tr("Fjordplan &User Guide"), QStringLiteral("actionUserGuide"));
    m_userGuideAction->setShortcuts(withKey(QKeySequence::HelpContents, QKeySequence(Qt::Key_F1)));
    m_shortcutsAction = make(tr("&Keyboard Shortcuts"), QStringLiteral("actionShortcuts"));
    m_newAction->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_openAction->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    m_saveAction->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));

    // The undo group follows whichever document is open, so the actions survive a reopen.
    auto *group = new QUndoGroup(this);
    group->setObjectName(QStringLiteral("undoGroup"));
    m_undoAction = group->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_redoAction = group->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setShortcuts(withKey(QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)));
    m_redoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));

    connect(m_newAction, &QAction::triggered, this, &MainWindow::newProject);
    connect(m_openAction, &QAction::triggered, this, [this] { openFile(QString()); });
    connect(m_sampleAction, &QAction::triggered, this, &MainWindow::openSample);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);
    connect(m_saveAsAction, &QAction::triggered, this, [this] { saveAs(); });
    connect(m_importEpwAction, &QAction::triggered, this, [this] { importWeather(); });
    connect(m_importNetboxAction, &QAction::triggered, this,
            [this] { importNetboxInteractively(this, m_document.get()); });
    connect(m_exportNetboxAction, &QAction::triggered, this,
            [this] { exportNetboxInteractively(this, m_document.get()); });
    connect(m_exportReportAction, &QAction::triggered, this, [this] { exportReport(); });
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeProject);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_aboutAction, &QAction::triggered, this, [this] { showAboutBox(this); });
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_userGuideAction, &QAction::triggered, this, &MainWindow::showUserGuide);
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_addScenarioAction, &QAction::triggered, this,
            [this] { m_document->undoStack()->push(makeNewScenarioCommand(m_document.get(), QString())); });
    connect(m_duplicateScenarioAction, &QAction::triggered, this, [this] {
        if (auto *cmd = makeDuplicateScenarioCommand(m_document.get(), m_document->currentScenarioId()))
            m_document->undoStack()->push(cmd);
    });
    connect(m_removeScenarioAction, &QAction::triggered, this, [this] {
        m_document->undoStack()->push(
            new RemoveScenarioCommand(m_document.get(), m_document->currentScenarioId()));
    });
    connect(m_addStageAction, &QAction::triggered, this, [this] {
        m_document->undoStack()->push(new AddStageCommand(m_document.get(), m_document->currentScenarioId()));
    });
    connect(m_removeStageAction, &QAction::triggered, this, [this] {
        const Scenario &s = m_document->scenario();
        if (!s.stages.isEmpty())
            m_document->undoStack()->push(
                new RemoveStageCommand(m_document.get(), s.id, s.stages.constLast().id));
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    file->addAction(m_sampleAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addSeparator();
    m_serverActions = new ServerActions(this);
    file->addAction(m_serverActions->openAction());
    file->addAction(m_serverActions->saveAction());
    file->addAction(m_serverActions->historyAction());
    file->addSeparator();
    file->addAction(m_importEpwAction);
    file->addAction(m_importNetboxAction);
    file->addAction(m_exportNetboxAction);
    file->addAction(m_exportReportAction);
    file->addSeparator();
    file->addAction(m_closeAction);
    file->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    rebuildEditMenu();

    QMenu *project = menuBar()->addMenu(tr("&Project"));
    project->addAction(m_addScenarioAction);
    project->addAction(m_duplicateScenarioAction);
    project->addAction(m_removeScenarioAction);
    project->addSeparator();
    project->addAction(m_addStageAction);
    project->addAction(m_removeStageAction);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_userGuideAction);
    help->addAction(m_shortcutsAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
}

void MainWindow::rebuildEditMenu()
{
    m_editMenu->clear();
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    // The plan's own actions (enabled when they apply; they go with the project's tabs).
    LayoutTab *layout = m_tabs ? m_tabs->findChild<LayoutTab *>() : nullptr;
    if (!layout) {
        m_editMenu->addSeparator();
        m_editMenu->addAction(m_preferencesAction);
        return;
    }
    m_editMenu->addSeparator();
    m_editMenu->addAction(layout->actions()->copy());
    m_editMenu->addAction(layout->actions()->paste());
    m_editMenu->addAction(layout->actions()->remove());
    m_editMenu->addSeparator();
    m_editMenu->addAction(layout->actions()->selectAll());
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_preferencesAction);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(tr("Main"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_openAction);
    m_toolBar->addAction(m_saveAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_undoAction);
    m_toolBar->addAction(m_redoAction);
    m_toolBar->addSeparator();
    m_toolBar->addWidget(new QLabel(tr(" Scenario "), m_toolBar));
    m_scenarioCombo = new QComboBox(m_toolBar);
    m_scenarioCombo->setObjectName(QStringLiteral("scenarioCombo"));
    m_scenarioCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_scenarioCombo->setMinimumContentsLength(14);
    m_toolBar->addWidget(m_scenarioCombo);
    m_toolBar->addWidget(new QLabel(tr("  Campus "), m_toolBar));
    m_stageCombo = new QComboBox(m_toolBar);
    m_stageCombo->setObjectName(QStringLiteral("stageCombo"));
    m_stageCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_stageCombo->setMinimumContentsLength(14);
    m_toolBar->addWidget(m_stageCombo);

    connect(m_scenarioCombo, &QComboBox::activated, this, [this](int index) {
        if (m_document)
            m_document->setCurrentScenario(m_scenarioCombo->itemData(index).value<Id>());
    });
    connect(m_stageCombo, &QComboBox::activated, this, [this](int index) {
        if (m_document)
            m_document->setCurrentStageIndex(index);
    });
}

void MainWindow::createDocks()
{
    m_treeDock = makeDock(tr("Project"), QStringLiteral("projectDock"), this);
    m_inspectorDock = makeDock(tr("Inspector"), QStringLiteral("inspectorDock"), this);
    m_problemsDock = makeDock(tr("Problems"), QStringLiteral("problemsDock"), this);
    m_historyDock = makeDock(tr("Undo History"), QStringLiteral("historyDock"), this);
    addDockWidget(Qt::LeftDockWidgetArea, m_treeDock);
    addDockWidget(Qt::RightDockWidgetArea, m_inspectorDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    tabifyDockWidget(m_inspectorDock, m_historyDock);
    m_inspectorDock->raise();
    auto *history = new QUndoView(findChild<QUndoGroup *>(QStringLiteral("undoGroup")), m_historyDock);
    history->setEmptyLabel(tr("<opened>"));
    m_historyDock->setWidget(history);
    for (QDockWidget *dock : {m_treeDock, m_inspectorDock, m_problemsDock, m_historyDock})
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_toolBar->toggleViewAction());
}

void MainWindow::showStartPage()
{
    m_startPage->refresh();
    m_stack->setCurrentWidget(m_startPage);
    for (QDockWidget *dock : {m_treeDock, m_inspectorDock, m_problemsDock, m_historyDock})
        dock->hide();
    m_toolBar->hide();
    if (m_kpis) {
        statusBar()->removeWidget(m_kpis);
        m_kpis->deleteLater();
        m_kpis = nullptr;
    }
    statusBar()->hide();
    updateTitle();
    updateActions();
}

void MainWindow::bindDocument()
{
    ProjectDocument *doc = m_document.get();
    auto *group = findChild<QUndoGroup *>(QStringLiteral("undoGroup"));
    group->addStack(doc->undoStack());
    group->setActiveStack(doc->undoStack());

    buildProjectViews();

    connect(doc, &ProjectDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(doc, &ProjectDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(doc, &ProjectDocument::changed, this, [this](const ChangeEvent &e) {
        if (e.kind == ChangeEvent::Kind::Project || e.kind == ChangeEvent::Kind::Everything)
            updateTitle();
        if (e.kind == ChangeEvent::Kind::Scenarios || e.kind == ChangeEvent::Kind::Stages ||
            e.kind == ChangeEvent::Kind::Everything) {
            refreshScenarioSelector();
            refreshStageSelector();
            updateActions();
        }
    });
    connect(doc, &ProjectDocument::currentScenarioChanged, this, [this] {
        refreshScenarioSelector();
        refreshStageSelector();
        updateActions();
    });
    connect(doc, &ProjectDocument::currentStageChanged, this, &MainWindow::refreshStageSelector);

    for (QDockWidget *dock : {m_treeDock, m_inspectorDock, m_problemsDock})
        dock->show();
    m_inspectorDock->raise();
    m_toolBar->show();
    // Once laid out (a dock shown in this turn of the event loop has no size yet): the user's own
    // arrangement from the last session, else proportions for this screen.
    QTimer::singleShot(0, this, [this] {
        if (!restoreDockArrangement())
            arrangeDocks();
    });
    refreshScenarioSelector();
    refreshStageSelector();
    updateTitle();
    updateActions();
    if (m_settings.autosaveMinutes > 0)
        m_autosaveTimer->start();
}

void MainWindow::buildProjectViews()
{
    ProjectDocument *doc = m_document.get();
    // The old widgets go first (they may listen to an old document).
    if (m_tabs) {
        m_stack->removeWidget(m_tabs);
        delete m_tabs;
    }
    for (QDockWidget *dock : {m_treeDock, m_inspectorDock, m_problemsDock})
        delete dock->widget();
    if (m_kpis) {
        statusBar()->removeWidget(m_kpis);
        delete m_kpis;
    }

    m_tabs = new QTabWidget(m_stack);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    addTabs(m_tabs, doc);
    m_stack->addWidget(m_tabs);
    m_stack->setCurrentWidget(m_tabs);

    rebuildEditMenu();

    m_tree = new ProjectTree(doc, m_treeDock);
    m_treeDock->setWidget(m_tree);
    // One inspector: the dock shows the Layout and Power tabs' editors too (they drive them).
    m_selectionInspector = new SelectionInspector(doc, m_inspectorDock);
    m_inspector = m_selectionInspector->objectInspector();
    if (auto *layoutTab = m_tabs->findChild<LayoutTab *>())
        m_selectionInspector->hostLayoutInspector(layoutTab->detachInspector());
    if (auto *powerTab = m_tabs->findChild<PowerTab *>()) {
        m_selectionInspector->hostPowerInspector(powerTab->detachInspector());
        connect(m_tabs, &QTabWidget::currentChanged, m_selectionInspector, [this, powerTab] {
            m_selectionInspector->setPowerTabCurrent(m_tabs->currentWidget() == powerTab);
        });
    }
    m_inspectorDock->setWidget(m_selectionInspector);

    m_problems = new ProblemsPanel(doc, m_problemsDock);
    connect(m_problems, &ProblemsPanel::objectsSelected, this, &MainWindow::showProblemObjects);
    m_problemsDock->setWidget(m_problems);

    m_kpis = new KpiStatus(doc, statusBar());
    statusBar()->addPermanentWidget(m_kpis);
    statusBar()->show();

    // Sensible proportions: the tabs keep most of the width, the docks stay readable.
    m_tree->setMinimumWidth(220);
    m_selectionInspector->setMinimumWidth(260);
    m_problems->setMinimumHeight(60); // three lines: the window fits a 768 px screen
}

void MainWindow::arrangeDocks()
{
    // Below this width the project tree and the inspector share one dock column (as tabs), so the
    // plan, the tables and the charts keep about 1,000 px on a 1366 px laptop instead of 800.
    constexpr int NarrowWindowPx = 1600;
    if (width() < NarrowWindowPx) {
        if (dockWidgetArea(m_treeDock) != Qt::RightDockWidgetArea) {
            addDockWidget(Qt::RightDockWidgetArea, m_treeDock);
            tabifyDockWidget(m_inspectorDock, m_treeDock);
        }
        m_inspectorDock->raise();
        resizeDocks({m_inspectorDock}, {300}, Qt::Horizontal);
        resizeDocks({m_problemsDock}, {110}, Qt::Vertical);
        return;
    }
    resizeDocks({m_treeDock, m_inspectorDock}, {260, 290}, Qt::Horizontal);
    resizeDocks({m_problemsDock}, {160}, Qt::Vertical);
}

void MainWindow::refreshScenarioSelector()
{
    m_scenarioCombo->clear();
    if (!m_document)
        return;
    for (const Scenario &s : m_document->project().scenarios)
        m_scenarioCombo->addItem(s.name, QVariant::fromValue<Id>(s.id));
    m_scenarioCombo->setCurrentIndex(
        m_scenarioCombo->findData(QVariant::fromValue<Id>(m_document->currentScenarioId())));
}

void MainWindow::refreshStageSelector()
{
    m_stageCombo->clear();
    if (!m_document)
        return;
    for (const Stage &s : m_document->scenario().stages)
        m_stageCombo->addItem(tr("through %1").arg(s.name));
    m_stageCombo->setCurrentIndex(m_document->currentStageIndex());
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(tr("Fjordplan"));
        setWindowModified(false);
        return;
    }
    // The file first (what the user opened or saved), then the project; "[*]" is where Qt shows
    // the modified marker, which follows the undo stack's clean state (modifiedChanged).
    const QString path = m_document->filePath();
    // A team project names its key and revision ("kvandal revision 3 (read-only)").
    const QString server = m_serverActions ? m_serverActions->titleText() : QString();
    if (path.isEmpty() && !server.isEmpty())
        setWindowTitle(tr("%1[*] — %2 — Fjordplan").arg(server, m_document->project().name));
    else if (path.isEmpty())
        setWindowTitle(tr("%1[*] — Fjordplan").arg(m_document->project().name)); // not saved to a file yet
    else
        setWindowTitle(
            tr("%1[*] — %2 — Fjordplan").arg(QFileInfo(path).fileName(), m_document->project().name));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateActions()
{
    const bool open = m_document != nullptr;
    for (QAction *a : {m_saveAction, m_saveAsAction, m_importEpwAction, m_importNetboxAction,
                       m_exportNetboxAction, m_exportReportAction, m_closeAction, m_addScenarioAction,
                       m_duplicateScenarioAction, m_addStageAction})
        a->setEnabled(open);
    m_removeScenarioAction->setEnabled(
        open && RemoveScenarioCommand::canRemove(m_document->project(), m_document->currentScenarioId()));
    m_removeStageAction->setEnabled(open && m_document->scenario().stages.size() > 1);
    if (m_serverActions)
        m_serverActions->updateActions();
}

void MainWindow::showProblemObjects(const QList<Id> &ids)
{
    // Racks, rows and halls are seen on the floor plan; other objects in the tree and inspector.
    const bool onPlan = !ids.isEmpty() && std::all_of(ids.cbegin(), ids.cend(), [this](Id id) {
        const ObjectKind kind = locateObject(m_document->project(), id).kind;
        return kind == ObjectKind::Rack || kind == ObjectKind::Row || kind == ObjectKind::Hall;
    });
    if (onPlan)
        if (auto *layout = m_tabs->findChild<LayoutTab *>())
            m_tabs->setCurrentWidget(layout);
}

} // namespace fjord::ui
