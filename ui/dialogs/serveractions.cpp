#include "ui/dialogs/serveractions.h"

#include "model/document/projectdocument.h"
#include "model/document/servermerge.h"
#include "model/storage/projectfile.h"
#include "model/storage/serverstore.h"
#include "ui/dialogs/serverconnectiondialog.h"
#include "ui/dialogs/serverhistorydialog.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>

namespace fjord::ui {

ServerActions::ServerActions(MainWindow *window) : QObject(window), m_window(window)
{
    setObjectName(QStringLiteral("serverActions"));
    m_openAction = new QAction(tr("Open from Ser&ver…"), window);
    m_openAction->setObjectName(QStringLiteral("actionOpenFromServer"));
    m_saveAction = new QAction(tr("Save to Serv&er…"), window);
    m_saveAction->setObjectName(QStringLiteral("actionSaveToServer"));
    m_historyAction = new QAction(tr("Server &History…"), window);
    m_historyAction->setObjectName(QStringLiteral("actionServerHistory"));
    m_historyAction->setStatusTip(
        tr("Every revision of this team project: open one read-only, or restore it"));
    connect(m_openAction, &QAction::triggered, this, &ServerActions::openInteractively);
    connect(m_saveAction, &QAction::triggered, this, &ServerActions::saveInteractively);
    connect(m_historyAction, &QAction::triggered, this, &ServerActions::showHistory);
    updateActions();
}

bool ServerActions::isBound() const
{
    return m_boundDocument && m_boundDocument == m_window->document() && !m_location.project.isEmpty();
}

storage::ServerLocation ServerActions::boundLocation() const
{
    return isBound() ? m_location : storage::ServerLocation{};
}

qint64 ServerActions::boundRevision() const
{
    return isBound() ? m_revision : 0;
}

bool ServerActions::boundReadOnly() const
{
    return isBound() && m_readOnly;
}

QString ServerActions::titleText() const
{
    if (!isBound())
        return {};
    return m_readOnly ? tr("%1 revision %2 (read-only)").arg(m_location.project).arg(m_revision)
                      : tr("%1 (server, revision %2)").arg(m_location.project).arg(m_revision);
}

void ServerActions::updateActions()
{
    m_historyAction->setEnabled(isBound());
}

void ServerActions::bind(const storage::ServerLocation &location, qint64 revision, bool readOnly)
{
    ProjectDocument *document = m_window->document();
    if (m_boundDocument != document) {
        // A later document may reuse the address: the binding ends with its document.
        connect(document, &QObject::destroyed, this, [this, document] {
            if (m_boundDocument == document)
                m_boundDocument = nullptr;
        });
        // An old revision saved as a file is that file from then on, no longer a server revision.
        connect(document, &ProjectDocument::filePathChanged, this, [this, document] {
            if (m_boundDocument == document && m_readOnly && !document->filePath().isEmpty())
                unbind();
        });
    }
    m_boundDocument = document;
    m_location = location;
    m_revision = revision;
    m_readOnly = readOnly;
    if (!readOnly)
        m_window->statusBar()->showMessage(tr("Revision %1 of %2").arg(revision).arg(location.displayUrl()),
                                           8000);
    m_window->updateTitle();
    updateActions();
}

void ServerActions::unbind()
{
    m_boundDocument = nullptr;
    m_readOnly = false;
    m_window->updateTitle();
    updateActions();
}

void ServerActions::openInteractively()
{
    if (!m_window->maybeSave())
        return;
    ServerConnectionDialog dialog(ServerConnectionDialog::Mode::Open, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString error = open(*dialog.location());
    if (!error.isEmpty())
        QMessageBox::critical(m_window, tr("Cannot open from the server"), error);
}

QString ServerActions::open(const storage::ServerLocation &location)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    storage::ServerOpenResult opened = storage::openServerProject(location);
    QApplication::restoreOverrideCursor();
    if (!opened)
        return opened.error;
    m_window->showProject(std::move(*opened.project));
    bind(location, opened.revision.revision);
    return {};
}

void ServerActions::saveInteractively()
{
    if (!m_window->document())
        return;
    QString error;
    if (boundReadOnly()) {
        QMessageBox box(QMessageBox::Information, tr("Read-only revision"), saveBack({}), QMessageBox::Ok,
                        m_window);
        box.setObjectName(QStringLiteral("readOnlyRevisionMessage"));
        box.button(QMessageBox::Ok)->setObjectName(QStringLiteral("readOnlyOkButton"));
        box.exec();
        return;
    }
    if (isBound()) {
        bool ok = false;
        const QString comment = QInputDialog::getText(
            m_window, tr("Save to Server"),
            tr("Comment for revision %1 of %2:").arg(m_revision + 1).arg(m_location.project),
            QLineEdit::Normal, {}, &ok);
        if (!ok)
            return;
        error = saveBack(comment);
    } else {
        ServerConnectionDialog dialog(ServerConnectionDialog::Mode::Save, m_window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        error = save(*dialog.location(), storage::NewServerProject, dialog.comment());
    }
    if (!error.isEmpty())
        QMessageBox::critical(m_window, tr("Not saved to the server"), error);
}

QString ServerActions::saveBack(const QString &comment)
{
    if (!isBound())
        return tr("This project was not opened from a server; use Save to Server… to choose one.");
    if (m_readOnly)
        return tr("Revision %1 of %2 is open read-only: it is not saved over the latest revision. To make "
                  "it the latest again, use File > Server History… and Restore as Latest; to keep it "
                  "(with any changes), use File > Save As… to save it as a file.")
            .arg(m_revision)
            .arg(m_location.project);
    return save(m_location, m_revision, comment);
}

void ServerActions::showHistory()
{
    if (!isBound())
        return;
    if (m_historyDialog)
        m_historyDialog->close(); // a fresh list, for the project open now
    m_historyDialog = new ServerHistoryDialog(this, m_location, m_revision, m_window);
    m_historyDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_historyDialog->show();
}

QString ServerActions::openRevision(const storage::ServerLocation &location, qint64 revision)
{
    if (!m_window->maybeSave())
        return tr("Nothing was opened: your unsaved changes are still open.");
    QApplication::setOverrideCursor(Qt::WaitCursor);
    storage::ServerOpenResult opened = storage::openServerProject(location, revision);
    QApplication::restoreOverrideCursor();
    if (!opened)
        return opened.error;
    m_window->showProject(std::move(*opened.project));
    bind(location, revision, true);
    m_window->statusBar()->showMessage(
        tr("Revision %1 of %2 (saved by %3), read-only: Restore as Latest in Server History makes it the "
           "latest again; Save As… keeps it as a file.")
            .arg(revision)
            .arg(location.project, opened.revision.savedBy));
    return {};
}

QString ServerActions::restoreRevision(const storage::ServerLocation &location, qint64 revision,
                                       qint64 latestSeen, const QString &comment)
{
    if (!m_window->maybeSave())
        return tr("Nothing was restored: your unsaved changes are still open.");
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const storage::ServerSaveResult saved =
        storage::restoreServerRevision(location, revision, latestSeen, comment);
    // What was saved, read back as it is on the server now (the restored revision's own snapshot).
    storage::ServerOpenResult restored =
        saved.ok() ? storage::openServerProject(location, saved.saved.revision) : storage::ServerOpenResult{};
    QApplication::restoreOverrideCursor();
    if (!saved.ok())
        return saved.error;
    if (!restored)
        return tr("Revision %1 was restored as revision %2, but it could not be opened: %3")
            .arg(revision)
            .arg(saved.saved.revision)
            .arg(restored.error);
    m_window->showProject(std::move(*restored.project));
    bind(location, saved.saved.revision);
    m_window->statusBar()->showMessage(tr("Restored revision %1 as revision %2 of %3")
                                           .arg(revision)
                                           .arg(saved.saved.revision)
                                           .arg(location.project));
    return {};
}

QString ServerActions::save(const storage::ServerLocation &location, qint64 baseRevision,
                            const QString &comment)
{
    ProjectDocument *document = m_window->document();
    if (!document)
        return {};
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const storage::ServerSaveResult saved =
        storage::saveServerProject(document->project(), location, baseRevision, comment);
    QApplication::restoreOverrideCursor();
    if (saved.ok()) {
        document->markSaved();
        bind(location, saved.saved.revision);
        return {};
    }
    if (saved.outcome == storage::ServerSaveOutcome::Stale && baseRevision > 0)
        return resolveStale(location, saved.error, comment);
    return saved.error;
}

QString ServerActions::keepLocalCopy(const storage::ServerLocation &location, qint64 revision)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                        QStringLiteral("/server-conflicts");
    QDir().mkpath(dir);
    const QString path =
        QStringLiteral("%1/%2-from-revision-%3-%4.fjordplan")
            .arg(dir, location.project)
            .arg(revision)
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString error = storage::saveProject(m_window->document()->project(), path);
    m_keptCopy = error.isEmpty() ? path : QString();
    return error;
}

QString ServerActions::resolveStale(const storage::ServerLocation &location, const QString &refusal,
                                    const QString &comment)
{
    QMessageBox box(QMessageBox::Warning, tr("Someone else saved first"), refusal, QMessageBox::Cancel,
                    m_window);
    box.setObjectName(QStringLiteral("staleSaveDialog"));
    box.setInformativeText(tr("Save your version as a new scenario of their revision, or reload theirs. "
                              "Either way your version is also kept in a local file."));
    QPushButton *asScenario = box.addButton(tr("Save as New Scenario"), QMessageBox::AcceptRole);
    asScenario->setObjectName(QStringLiteral("saveAsNewScenarioButton"));
    QPushButton *reload = box.addButton(tr("Reload"), QMessageBox::DestructiveRole);
    reload->setObjectName(QStringLiteral("reloadButton"));
    box.setDefaultButton(asScenario);
    box.exec();
    if (box.clickedButton() != asScenario && box.clickedButton() != reload)
        return {}; // cancelled: the edits stay open here, unsaved

    // Nothing is lost: the refused version goes to a local file before anything else happens.
    const QString keepError = keepLocalCopy(location, m_revision);
    if (!keepError.isEmpty())
        return tr("Your version could not be kept locally, so nothing was changed: %1").arg(keepError);
    const Project mine = m_window->document()->project();
    const Id scenarioId = m_window->document()->currentScenarioId();
    storage::ServerOpenResult theirs = storage::openServerProject(location);
    if (!theirs)
        return tr("%1\nYour version is kept in %2.").arg(theirs.error, m_keptCopy);

    if (box.clickedButton() == reload) {
        m_window->showProject(std::move(*theirs.project));
        bind(location, theirs.revision.revision);
        m_window->statusBar()->showMessage(tr("Reloaded revision %1; your version is kept in %2")
                                               .arg(theirs.revision.revision)
                                               .arg(m_keptCopy));
        return {};
    }
    const Scenario *scenario = mine.scenario(scenarioId);
    const QString user = location.user.isEmpty() ? tr("my") : location.user + QStringLiteral("'s");
    const QString name = tr("%1 (%2 version)").arg(scenario ? scenario->name : tr("Scenario"), user);
    Project merged = withScenarioFrom(std::move(*theirs.project), mine, scenarioId, name);
    const storage::ServerSaveResult saved =
        storage::saveServerProject(merged, location, theirs.revision.revision,
                                   comment.isEmpty() ? tr("new scenario %1").arg(name) : comment);
    if (!saved.ok())
        return tr("%1\nYour version is kept in %2.").arg(saved.error, m_keptCopy);
    m_window->showProject(std::move(merged));
    bind(location, saved.saved.revision);
    m_window->statusBar()->showMessage(
        tr("Saved revision %1 with your scenario as \"%2\"; your version is also "
           "kept in %3")
            .arg(saved.saved.revision)
            .arg(name, m_keptCopy));
    return {};
}

} // namespace fjord::ui
