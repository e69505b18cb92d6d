#pragma once

#include "model/storage/serverlocation.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QMessageBox;

namespace fjord {
class ProjectDocument;
}

namespace fjord::ui {

class MainWindow;
class ServerHistoryDialog;

// File > Open from Server… and Save to Server: the window's project on a team PostgreSQL server
// (model/storage/serverstore.h). Remembers, for the open document only, where it came from and
// which revision it is, so that a save names the revision it started from. A save refused because
// someone saved in between asks: save my work as a new scenario, or reload theirs. Either way the
// refused version is first written to a local file (nothing is lost), and the message says where.
// File > Server History… lists the revisions; an old one opens read-only (the title says so, and
// Save to Server refuses to put it over the latest: restore it, or Save As… a file) or is restored
// as the newest revision.
class ServerActions : public QObject {
    Q_OBJECT
public:
    explicit ServerActions(MainWindow *window);

    QAction *openAction() const { return m_openAction; }
    QAction *saveAction() const { return m_saveAction; }
    QAction *historyAction() const { return m_historyAction; }

    // The interactive actions (a connection dialog first).
    void openInteractively();
    void saveInteractively();
    // The history of the bound project, in a dialog that stays open beside the window.
    void showHistory();

    // Without a dialog (tests, and the steps of the interactive actions). Return the error shown
    // to the user, or {} on success.
    QString open(const storage::ServerLocation &location);
    QString save(const storage::ServerLocation &location, qint64 baseRevision, const QString &comment);
    // Saves the open document where it came from (the revision it was opened or last saved as).
    // Refused for an old revision opened read-only.
    QString saveBack(const QString &comment);
    // Shows old revision `revision` read-only (after the save-changes question).
    QString openRevision(const storage::ServerLocation &location, qint64 revision);
    // Saves old revision `revision` as the newest, on top of `latestSeen` (refused when someone
    // saved since), then shows it as the open, editable project (after the save-changes question).
    QString restoreRevision(const storage::ServerLocation &location, qint64 revision, qint64 latestSeen,
                            const QString &comment);

    // Where the open document lives on the server; its project key empty when it is not bound.
    storage::ServerLocation boundLocation() const;
    qint64 boundRevision() const;
    bool boundReadOnly() const; // an old revision, opened to look at
    // The window title's name for the open document when it lives on the server, else {}.
    QString titleText() const;
    void updateActions(); // History needs a bound project
    // Where the last refused version was kept (for the message and for tests).
    QString lastKeptCopy() const { return m_keptCopy; }

private:
    bool isBound() const;
    void bind(const storage::ServerLocation &location, qint64 revision, bool readOnly = false);
    void unbind();
    QString resolveStale(const storage::ServerLocation &location, const QString &refusal,
                         const QString &comment);
    QString keepLocalCopy(const storage::ServerLocation &location, qint64 revision);

    MainWindow *m_window = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_historyAction = nullptr;
    QPointer<ServerHistoryDialog> m_historyDialog;
    const ProjectDocument *m_boundDocument = nullptr; // the document the binding belongs to
    storage::ServerLocation m_location;               // password in memory only
    qint64 m_revision = 0;
    bool m_readOnly = false;
    QString m_keptCopy;
};

} // namespace fjord::ui
