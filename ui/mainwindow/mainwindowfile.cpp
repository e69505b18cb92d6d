// MainWindow: the file workflow (new, open, save, recent files, EPW import, autosave, recovery).
#include "model/plural.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/report/reportactions.h"

#include "model/document/commands/projectcommands.h"
#include "model/document/projectdocument.h"
#include "model/sample/narviksample.h"
#include "model/sample/sitetemplates.h"
#include "model/storage/epwreader.h"
#include "model/storage/projectfile.h"
#include "ui/dialogs/newprojectdialog.h"
#include "ui/mainwindow/recentfiles.h"
#include "ui/mainwindow/startpage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>

namespace fjord::ui {

namespace {
}

void MainWindow::showProject(Project project, const QString &filePath)
{
    std::unique_ptr<ProjectDocument> old = std::move(m_document);
    m_document = std::make_unique<ProjectDocument>(std::move(project), filePath);
    bindDocument();
    if (old && old->isModified())
        QFile::remove(storage::autosavePath(old->filePath()));
    // `old` is destroyed here, after every widget that listened to it.
}

bool MainWindow::openFile(const QString &requestedPath)
{
    if (!maybeSave())
        return false;
    QString path = requestedPath;
    if (path.isEmpty()) {
        const QString dir = RecentFiles::list().isEmpty()
                                ? QDir::homePath()
                                : QFileInfo(RecentFiles::list().first()).absolutePath();
        path = QFileDialog::getOpenFileName(this, tr("Open Project"), dir,
                                            tr("Fjordplan projects (*.fjordplan)"));
        if (path.isEmpty())
            return false;
    }
    storage::OpenResult result = storage::openProject(path);
    if (!result) {
        RecentFiles::remove(path);
        m_startPage->refresh();
        showError(tr("Cannot open project"),
                  result.error.isEmpty() ? tr("%1: the file could not be read.").arg(path) : result.error);
        return false;
    }
    Project project = std::move(*result.project);
    const bool recovered = offerRecovery(project, path);
    showProject(std::move(project), QFileInfo(path).absoluteFilePath());
    if (recovered)
        m_document->undoStack()->resetClean(); // the recovered edits are not in the file yet
    RecentFiles::add(path);
    if (result.migrated)
        statusBar()->showMessage(tr("%1 was written by an older version; it is upgraded when you save.")
                                     .arg(QFileInfo(path).fileName()),
                                 8000);
    return true;
}

bool MainWindow::offerRecovery(Project &project, const QString &filePath)
{
    const QFileInfo autosave(storage::autosavePath(filePath));
    if (!m_askBeforeDiscard || !autosave.exists() ||
        autosave.lastModified() <= QFileInfo(filePath).lastModified())
        return false;
    const auto answer = QMessageBox::question(
        this, tr("Recover unsaved changes?"),
        tr("An autosaved copy of %1 from %2 is newer than the file. Recover the unsaved changes?")
            .arg(QFileInfo(filePath).fileName(),
                 QLocale().toString(autosave.lastModified(), QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return false;
    storage::OpenResult copy = storage::openProject(autosave.absoluteFilePath());
    if (!copy) {
        showError(tr("Cannot recover"), copy.error);
        return false;
    }
    project = std::move(*copy.project);
    return true;
}

void MainWindow::openSample()
{
    if (maybeSave())
        showProject(makeNarvikSample());
}

void MainWindow::newProject()
{
    SiteTemplate siteTemplate = SiteTemplate::Nordic;
    if (!maybeSave() || !NewProjectDialog::choose(this, &siteTemplate))
        return;
    Project project = makeNewProject(tr("New campus"), siteTemplate);
    project.settings = m_settings.newProjectDefaults; // Edit > Preferences > New projects
    showProject(std::move(project));
}

void MainWindow::closeProject()
{
    if (!m_document || !maybeSave())
        return;
    if (m_tabs) {
        m_stack->removeWidget(m_tabs);
        delete m_tabs;
        m_tabs = nullptr;
    }
    for (QDockWidget *dock : {m_treeDock, m_inspectorDock, m_problemsDock})
        delete dock->widget();
    m_tree = nullptr;
    m_inspector = nullptr;
    m_problems = nullptr;
    m_autosaveTimer->stop();
    showStartPage();
    m_document.reset();
    updateTitle();
    updateActions();
}

bool MainWindow::save()
{
    if (!m_document)
        return false;
    if (m_document->filePath().isEmpty())
        return saveAs();
    return writeTo(m_document->filePath());
}

bool MainWindow::saveAs(const QString &requestedPath)
{
    if (!m_document)
        return false;
    QString path = requestedPath;
    if (path.isEmpty()) {
        const QString suggested =
            m_document->filePath().isEmpty()
                ? QDir::home().filePath(m_document->project().name + QStringLiteral(".fjordplan"))
                : m_document->filePath();
        path = QFileDialog::getSaveFileName(this, tr("Save Project As"), suggested,
                                            tr("Fjordplan projects (*.fjordplan)"));
        if (path.isEmpty())
            return false;
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".fjordplan");
    }
    return writeTo(path);
}

bool MainWindow::writeTo(const QString &path)
{
    const QString error = storage::saveProject(m_document->project(), path);
    if (!error.isEmpty()) {
        showError(tr("Cannot save project"), error);
        return false;
    }
    QFile::remove(storage::autosavePath(m_document->filePath())); // an untitled autosave, or the old one
    m_document->setFilePath(QFileInfo(path).absoluteFilePath());
    QFile::remove(storage::autosavePath(m_document->filePath()));
    m_document->markSaved();
    RecentFiles::add(path);
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::autosave()
{
    if (!m_document || !m_document->isModified())
        return;
    const QString error = storage::saveAutosave(m_document->project(), m_document->filePath());
    if (error.isEmpty())
        statusBar()->showMessage(tr("Autosaved"), 3000);
    else
        statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 10000); // never interrupts the user
}

void MainWindow::importWeather(const QString &requestedPath)
{
    if (!m_document)
        return;
    QString path = requestedPath;
    if (path.isEmpty()) {
        path = QFileDialog::getOpenFileName(this, tr("Import Weather"), QDir::homePath(),
                                            tr("EnergyPlus weather (*.epw)"));
        if (path.isEmpty())
            return;
    }
    storage::EpwResult result = storage::readEpw(path);
    if (!result) {
        showError(tr("Cannot import weather"), result.error);
        return;
    }
    if (QUndoCommand *command = setSiteClimate(m_document.get(), *result.climate))
        m_document->undoStack()->push(command);
    QString message =
        tr("Imported %1: %2 hours.").arg(QFileInfo(path).fileName()).arg(result.climate->dryBulbC.size());
    if (!result.warnings.isEmpty()) {
        QMessageBox box(QMessageBox::Information, tr("Weather imported with repairs"), message,
                        QMessageBox::Ok, this);
        box.setInformativeText(plural(int(result.warnings.size()), tr("%n value or line needed attention."),
                                      tr("%n values or lines needed attention.")));
        box.setDetailedText(result.warnings.join(QLatin1Char('\n')));
        box.exec();
    }
    statusBar()->showMessage(message, 8000);
}

bool MainWindow::maybeSave()
{
    if (!m_document || !m_document->isModified())
        return true;
    if (!m_askBeforeDiscard)
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Save changes?"),
        tr("%1 has unsaved changes. Save them before closing it?").arg(m_document->project().name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard)
        QFile::remove(storage::autosavePath(m_document->filePath()));
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (maybeSave()) {
        saveWindowLayout();
        event->accept();
    } else
        event->ignore();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentFiles::list();
    for (const QString &path : files) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName());
        action->setToolTip(path);
        action->setStatusTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear List"), this, [this] {
        RecentFiles::clear();
        m_startPage->refresh();
    });
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox::critical(this, title, message);
}

QString MainWindow::exportReport(const QString &path)
{
    QString written;
    const QString error = exportReportInteractively(this, m_document.get(), path, &written);
    if (error.isEmpty() && !written.isEmpty())
        statusBar()->showMessage(written, 8000);
    return error;
}

} // namespace fjord::ui
