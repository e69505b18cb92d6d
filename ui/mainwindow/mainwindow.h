#pragma once

#include "model/project.h"
#include "ui/settings/appsettings.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QModelIndex;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QToolBar;

namespace fjord {
class ProjectDocument;
}

namespace fjord::ui {

class Inspector;
class SelectionInspector;
class KpiStatus;
class ProblemsPanel;
class ProjectTree;
class ServerActions;
class StartPage;

// The application window: a start page while no project is open, else the project view (tree on
// the left, tabs in the centre, inspector on the right, problems at the bottom, KPIs in the status
// bar, scenario and stage selectors in the toolbar). Owns the open ProjectDocument and the file
// workflow: new, open, save, save as, recent files, EPW import, autosave and recovery, and the
// "save changes?" question. Storage errors are shown in a message box naming the file and reason.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ProjectDocument *document() const { return m_document.get(); }
    QTabWidget *tabs() const { return m_tabs; }
    StartPage *startPage() const { return m_startPage; }
    ProjectTree *projectTree() const { return m_tree; }
    Inspector *inspector() const { return m_inspector; } // the object editor of the dock
    SelectionInspector *selectionInspector() const { return m_selectionInspector; } // the dock's content
    ProblemsPanel *problemsPanel() const { return m_problems; }
    KpiStatus *kpiStatus() const { return m_kpis; }
    ServerActions *serverActions() const { return m_serverActions; } // File > Open from / Save to Server

    // Shows `project` (no question asked: callers ask maybeSave() first). `filePath` empty: untitled.
    void showProject(Project project, const QString &filePath = {});
    bool openFile(const QString &path); // asks to save changes first; errors in a message box
    void openSample();                  // the built-in Narvik sample (untitled)
    void newProject();
    void closeProject(); // back to the start page (asks to save changes)

    // Set false in tests to answer "Discard" to the save-changes question without a dialog.
    void setAskBeforeDiscard(bool ask) { m_askBeforeDiscard = ask; }
    int autosaveIntervalMs() const; // 0: autosave is off

    // The window's size, place and dock arrangement from the last session (app/gui/main.cpp calls
    // it; tests construct windows without it). Saved when the window closes.
    void restoreWindowLayout();
    // The user's preferences take effect: units and theme (the views are rebuilt), autosave.
    void applySettings(const AppSettings &settings);
    const AppSettings &settings() const { return m_settings; }

public slots:
    bool save();                                  // File > Save (Save As… when untitled)
    bool saveAs(const QString &path = {});        // empty: ask for a file name
    void importWeather(const QString &path = {}); // File > Import weather (EPW)…; empty: ask
    // File > Export Investor Report…: the current scenario as a PDF; empty path: ask. Returns the
    // error shown to the user, or {} when written (or cancelled).
    QString exportReport(const QString &path = {});
    void autosave();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    friend class ServerActions; // asks maybeSave() before replacing the project; updates the title
    void createActions();
    void createMenus();
    void createToolBar();
    void createDocks();
    void bindDocument();
    void buildProjectViews();      // tabs, tree, inspector, problems and status figures of the document
    bool restoreDockArrangement(); // once per session: the docks as the user left them
    void saveWindowLayout() const;
    void showPreferences();
    void showUserGuide();
    void showShortcuts();
    void arrangeDocks(); // by the window's width: side by side on a desktop, stacked on a laptop
    void updateTitle();
    void updateActions();
    void updateRecentMenu();
    void rebuildEditMenu(); // undo/redo, then the open project's Copy, Paste, Delete and Select All
    void refreshScenarioSelector();
    void refreshStageSelector();
    bool maybeSave();
    bool writeTo(const QString &path);
    void showStartPage();
    void showError(const QString &title, const QString &message);
    bool offerRecovery(Project &project, const QString &filePath); // true: the autosave replaced it
    void showProblemObjects(const QList<Id> &ids);                 // the Layout tab when they are on the plan

    std::unique_ptr<ProjectDocument> m_document;
    QStackedWidget *m_stack = nullptr;
    StartPage *m_startPage = nullptr;
    QTabWidget *m_tabs = nullptr;
    ProjectTree *m_tree = nullptr;
    Inspector *m_inspector = nullptr;
    SelectionInspector *m_selectionInspector = nullptr;
    ProblemsPanel *m_problems = nullptr;
    KpiStatus *m_kpis = nullptr;
    QDockWidget *m_treeDock = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QComboBox *m_scenarioCombo = nullptr;
    QComboBox *m_stageCombo = nullptr;
    QToolBar *m_toolBar = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    ServerActions *m_serverActions = nullptr;
    QTimer *m_autosaveTimer = nullptr;
    bool m_askBeforeDiscard = true;
    AppSettings m_settings;
    bool m_settingsApplied = false; // applySettings() has run once (the constructor's call)
    QByteArray m_savedDockState;    // from restoreWindowLayout(), applied when a project first shows

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_sampleAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_importEpwAction = nullptr;
    QAction *m_importNetboxAction = nullptr;
    QAction *m_exportNetboxAction = nullptr;
    QAction *m_exportReportAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_addScenarioAction = nullptr;
    QAction *m_duplicateScenarioAction = nullptr;
    QAction *m_removeScenarioAction = nullptr;
    QAction *m_addStageAction = nullptr;
    QAction *m_removeStageAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_userGuideAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
};

} // namespace fjord::ui
