// File > Open from Server / Save to Server / Server History against a PostgreSQL server the test
// starts itself: saving back, the refused (stale) save with its two ways out, a connection dialog
// that never stores a password, and the history: an old revision opened read-only, restored.
#include "../storage/pgtestserver.h"
#include "model/document/commands/addscenariocommand.h"
#include "model/document/commands/projectcommands.h"
#include "model/document/commands/scenariocommands.h"
#include "model/document/projectdocument.h"
#include "model/sample/narviksample.h"
#include "model/storage/projectfile.h"
#include "model/storage/serverstore.h"
#include "ui/dialogs/serveractions.h"
#include "ui/dialogs/serverconnectiondialog.h"
#include "ui/dialogs/serverhistorydialog.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace fjord;

class TestServerUi : public QObject {
    Q_OBJECT

private:
    PgTestServer m_server;
    QTemporaryDir m_dir;

    storage::ServerLocation location(const QString &project) const
    {
        return *storage::parseServerUrl(
                    m_server.url(PgTestServer::adminUser(), PgTestServer::adminPassword(), project))
                    .location;
    }

    // Clicks `button` in the modal dialog `dialog` as soon as it shows (the caller then blocks in it);
    // `text`: where to keep what a message box said.
    static void clickWhenShown(const QString &dialog, const QString &button, QString *text = nullptr)
    {
        auto *timer = new QTimer;
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, timer, [=] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal)
                return;
            if (modal->objectName() != dialog) {
                // Another dialog than the expected one: closed, so the test fails instead of hanging.
                if (auto *other = qobject_cast<QDialog *>(modal)) {
                    timer->stop();
                    timer->deleteLater();
                    if (text)
                        *text = QStringLiteral("unexpected dialog: ") + other->windowTitle();
                    other->reject();
                }
                return;
            }
            auto *b = modal->findChild<QAbstractButton *>(button);
            if (!b)
                return;
            timer->stop();
            timer->deleteLater();
            if (auto *box = qobject_cast<QMessageBox *>(modal); box && text)
                *text = box->text();
            QTest::mouseClick(b, Qt::LeftButton);
        });
        timer->start();
    }

    // A team project on the server, opened in a window; then someone else saves "theirs".
    void openThenSomeoneElseSaves(ui::MainWindow &window, const QString &key)
    {
        QVERIFY(storage::saveServerProject(makeEmptyProject(QStringLiteral("Team")), location(key),
                                           storage::NewServerProject, QStringLiteral("start"))
                    .ok());
        QCOMPARE(window.serverActions()->open(location(key)), QString());
        QCOMPARE(window.serverActions()->boundRevision(), 1);
        storage::ServerOpenResult other = storage::openServerProject(location(key));
        other.project->description = QStringLiteral("theirs");
        QVERIFY(storage::saveServerProject(*other.project, location(key), 1, QStringLiteral("other")).ok());
        // My edit: a new scenario "Mine" (it becomes current).
        window.document()->undoStack()->push(
            makeNewScenarioCommand(window.document(), QStringLiteral("Mine")));
        QVERIFY(window.document()->isModified());
    }

    // A team project with three revisions: descriptions "version 1" to "version 3", comments "save 1"...
    void saveThreeRevisions(const QString &key)
    {
        Project p = makeEmptyProject(QStringLiteral("History"));
        for (int i = 1; i <= 3; ++i) {
            p.description = QStringLiteral("version %1").arg(i);
            QVERIFY(storage::saveServerProject(p, location(key), i == 1 ? storage::NewServerProject : i - 1,
                                               QStringLiteral("save %1").arg(i))
                        .ok());
        }
    }

    // File > `action`, with the mouse through the menu bar.
    static void chooseFromFileMenu(ui::MainWindow &window, const QString &actionName)
    {
        auto *file = window.findChild<QMenu *>(QStringLiteral("fileMenu"));
        auto *action = window.findChild<QAction *>(actionName);
        QVERIFY(file && action);
        QVERIFY2(action->isEnabled(), qPrintable(actionName));
        QTest::mouseClick(window.menuBar(), Qt::LeftButton, {},
                          window.menuBar()->actionGeometry(file->menuAction()).center());
        QTRY_VERIFY(file->isVisible());
        QTest::mouseClick(file, Qt::LeftButton, {}, file->actionGeometry(action).center());
        QTRY_VERIFY(!file->isVisible());
    }

    // The history dialog on screen (File > Server History… opened it).
    static ui::ServerHistoryDialog *shownHistory(ui::MainWindow &window)
    {
        for (auto *d : window.findChildren<ui::ServerHistoryDialog *>(QStringLiteral("serverHistoryDialog")))
            if (d->isVisible())
                return d;
        return nullptr;
    }

    // Clicks the row of `revision` in the history list.
    static void clickRevision(QTreeWidget *list, qint64 revision)
    {
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = list->topLevelItem(i);
            if (item->data(0, Qt::UserRole).toLongLong() == revision) {
                QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
                QCOMPARE(list->currentItem(), item);
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("revision %1 is not in the list").arg(revision)));
    }

    static QStringList listed(QTreeWidget *list)
    {
        QStringList rows;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            rows << list->topLevelItem(i)->text(0) + QLatin1Char('|') + list->topLevelItem(i)->text(3);
        return rows;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("FjordplanTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_serverui"));
        const QString error = m_server.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase() { m_server.stop(); }

    void fileMenuHasTheServerActions()
    {
        ui::MainWindow window;
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionOpenFromServer")));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionSaveToServer")));
    }

    void saveToServerThenSaveBack()
    {
        ui::MainWindow window;
        window.setAskBeforeDiscard(false);
        window.showProject(makeEmptyProject(QStringLiteral("Campus")));
        ui::ServerActions *server = window.serverActions();
        QCOMPARE(
            server->save(location(QStringLiteral("gui")), storage::NewServerProject, QStringLiteral("first")),
            QString());
        QCOMPARE(server->boundRevision(), 1);
        window.document()->undoStack()->push(
            setProjectDescription(window.document(), QStringLiteral("edited")));
        QVERIFY(window.document()->isModified());
        QCOMPARE(server->saveBack(QStringLiteral("second")), QString());
        QVERIFY(!window.document()->isModified());
        QCOMPARE(server->boundRevision(), 2);
        const storage::ServerOpenResult back = storage::openServerProject(location(QStringLiteral("gui")));
        QCOMPARE(back.revision.revision, 2);
        QCOMPARE(back.revision.comment, QStringLiteral("second"));
        QCOMPARE(back.project->description, QStringLiteral("edited"));
        // Opening it in another window shows the same project.
        ui::MainWindow other;
        QCOMPARE(other.serverActions()->open(location(QStringLiteral("gui"))), QString());
        QVERIFY(other.document()->project() == *back.project);
    }

    void staleSaveAsNewScenario()
    {
        ui::MainWindow window;
        window.setAskBeforeDiscard(false);
        openThenSomeoneElseSaves(window, QStringLiteral("stale_scenario"));
        clickWhenShown(QStringLiteral("staleSaveDialog"), QStringLiteral("saveAsNewScenarioButton"));
        QCOMPARE(window.serverActions()->saveBack(QStringLiteral("mine")), QString());

        // Their description and my scenario, as revision 3, in the window and on the server.
        const storage::ServerOpenResult now =
            storage::openServerProject(location(QStringLiteral("stale_scenario")));
        QCOMPARE(now.revision.revision, 3);
        QCOMPARE(now.project->description, QStringLiteral("theirs"));
        QStringList names;
        for (const Scenario &s : now.project->scenarios)
            names << s.name;
        QVERIFY2(names.contains(QStringLiteral("Mine (fjordtest's version)")), qPrintable(names.join(u',')));
        QVERIFY(window.document()->project() == *now.project);
        QCOMPARE(window.serverActions()->boundRevision(), 3);
        // My refused version is also kept as a file.
        const QString kept = window.serverActions()->lastKeptCopy();
        QVERIFY2(QFile::exists(kept), qPrintable(kept));
        QVERIFY(storage::openProject(kept).project->scenarioByName(QStringLiteral("Mine")));
    }

    void staleReload()
    {
        ui::MainWindow window;
        window.setAskBeforeDiscard(false);
        openThenSomeoneElseSaves(window, QStringLiteral("stale_reload"));
        clickWhenShown(QStringLiteral("staleSaveDialog"), QStringLiteral("reloadButton"));
        QCOMPARE(window.serverActions()->saveBack(QStringLiteral("mine")), QString());
        QCOMPARE(window.document()->project().description, QStringLiteral("theirs"));
        QVERIFY(!window.document()->project().scenarioByName(QStringLiteral("Mine")));
        QCOMPARE(window.serverActions()->boundRevision(), 2);
        QCOMPARE(storage::serverHistory(location(QStringLiteral("stale_reload"))).revisions.size(), 2);
        QVERIFY(storage::openProject(window.serverActions()->lastKeptCopy())
                    .project->scenarioByName(QStringLiteral("Mine")));
    }

    void historyOpensAnOldRevisionReadOnlyAndRestoresIt()
    {
        const QString key = QStringLiteral("history_ui");
        saveThreeRevisions(key);
        ui::MainWindow window;
        window.setAskBeforeDiscard(false);
        window.resize(1400, 900);
        window.show();
        QCOMPARE(window.serverActions()->open(location(key)), QString());
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(window.windowTitle(),
                 QStringLiteral("history_ui (server, revision 3)[*] — History — Fjordplan"));

        // File > Server History…: every revision, newest first, with who saved it and the comment.
        chooseFromFileMenu(window, QStringLiteral("actionServerHistory"));
        QPointer<ui::ServerHistoryDialog> dialog;
        QTRY_VERIFY((dialog = shownHistory(window)));
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("serverHistoryList"));
        auto *open = dialog->findChild<QPushButton *>(QStringLiteral("openRevisionButton"));
        auto *restore = dialog->findChild<QPushButton *>(QStringLiteral("restoreRevisionButton"));
        QVERIFY(list && open && restore);
        QCOMPARE(listed(list), (QStringList{QStringLiteral("3 (latest)|save 3"), QStringLiteral("2|save 2"),
                                            QStringLiteral("1|save 1")}));
        QCOMPARE(list->topLevelItem(2)->text(1), PgTestServer::adminUser());
        QVERIFY(!list->topLevelItem(2)->text(2).isEmpty());   // when
        QVERIFY(!open->isEnabled() && !restore->isEnabled()); // nothing chosen yet
        clickRevision(list, 3);
        QVERIFY(open->isEnabled());
        QVERIFY(!restore->isEnabled()); // the latest is what everyone has already
        clickRevision(list, 1);
        QVERIFY(restore->isEnabled());

        // Open Read-Only: the window shows revision 1 and says it is read-only.
        QTest::mouseClick(open, Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        QCOMPARE(window.windowTitle(),
                 QStringLiteral("history_ui revision 1 (read-only)[*] — History — Fjordplan"));
        QCOMPARE(window.document()->project().description, QStringLiteral("version 1"));
        QVERIFY(window.document()->project() == *storage::openServerProject(location(key), 1).project);
        QVERIFY(window.serverActions()->boundReadOnly());
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("read-only")));

        // Save to Server does not put it over the latest revision: it says what to do instead.
        window.document()->undoStack()->push(
            setProjectDescription(window.document(), QStringLiteral("old, edited")));
        QTRY_COMPARE(window.windowTitle(),
                     QStringLiteral("history_ui revision 1 (read-only)[*] — History — Fjordplan"));
        QString said;
        clickWhenShown(QStringLiteral("readOnlyRevisionMessage"), QStringLiteral("readOnlyOkButton"), &said);
        chooseFromFileMenu(window, QStringLiteral("actionSaveToServer"));
        QVERIFY2(said.contains(QStringLiteral("Revision 1 of history_ui is open read-only")) &&
                     said.contains(QStringLiteral("Restore as Latest")) &&
                     said.contains(QStringLiteral("Save As")),
                 qPrintable(said));
        QCOMPARE(storage::serverHistory(location(key)).revisions.size(), 3);
        QCOMPARE(storage::openServerProject(location(key)).project->description, QStringLiteral("version 3"));
        window.document()->undoStack()->undo();

        // Restore as Latest (from the history, the open revision marked): revision 4 is revision 1 again.
        chooseFromFileMenu(window, QStringLiteral("actionServerHistory"));
        QTRY_VERIFY((dialog = shownHistory(window)));
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        list = dialog->findChild<QTreeWidget *>(QStringLiteral("serverHistoryList"));
        restore = dialog->findChild<QPushButton *>(QStringLiteral("restoreRevisionButton"));
        QCOMPARE(listed(list).last(), QStringLiteral("1 (open)|save 1"));
        QVERIFY(list->topLevelItem(2)->font(0).bold());
        clickRevision(list, 1);
        auto *comment = dialog->findChild<QLineEdit *>(QStringLiteral("restoreCommentEdit"));
        QCOMPARE(comment->placeholderText(), QStringLiteral("restored revision 1"));
        QTest::mouseClick(restore, Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        QCOMPARE(window.windowTitle(),
                 QStringLiteral("history_ui (server, revision 4)[*] — History — Fjordplan"));
        QVERIFY(!window.serverActions()->boundReadOnly());
        QCOMPARE(window.serverActions()->boundRevision(), 4);
        QVERIFY(!window.isWindowModified());
        const storage::ServerOpenResult latest = storage::openServerProject(location(key));
        QCOMPARE(latest.revision.revision, 4);
        QCOMPARE(latest.revision.comment, QStringLiteral("restored revision 1"));
        QVERIFY(*latest.project == *storage::openServerProject(location(key), 1).project);
        QVERIFY(window.document()->project() == *latest.project);
        QCOMPARE(storage::serverHistory(location(key)).revisions.size(), 4); // revisions 2 and 3 are kept
        QCOMPARE(storage::openServerProject(location(key), 3).project->description,
                 QStringLiteral("version 3"));

        // The restored revision is the open, editable project: saving back makes revision 5.
        window.document()->undoStack()->push(
            setProjectDescription(window.document(), QStringLiteral("onwards")));
        QCOMPARE(window.serverActions()->saveBack(QStringLiteral("after the restore")), QString());
        QCOMPARE(storage::openServerProject(location(key)).project->description, QStringLiteral("onwards"));
    }

    void oldRevisionCanBeSavedAsAFile()
    {
        const QString key = QStringLiteral("history_file");
        saveThreeRevisions(key);
        ui::MainWindow window;
        window.setAskBeforeDiscard(false);
        QCOMPARE(window.serverActions()->open(location(key)), QString());
        QCOMPARE(window.serverActions()->openRevision(location(key), 2), QString());
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("history_file revision 2 (read-only)")));
        const QString file = m_dir.filePath(QStringLiteral("revision2.fjordplan"));
        QVERIFY(window.saveAs(file));
        QCOMPARE(storage::openProject(file).project->description, QStringLiteral("version 2"));
        // From now on the window is that file, no longer the server's revision.
        QCOMPARE(window.windowTitle(), QStringLiteral("revision2.fjordplan[*] — History — Fjordplan"));
        QVERIFY(!window.serverActions()->boundReadOnly());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionServerHistory"))->isEnabled());
        QCOMPARE(storage::serverHistory(location(key)).revisions.size(), 3);
    }

    void restoreFromAnOutdatedListIsRefused()
    {
        const QString key = QStringLiteral("history_stale");
        saveThreeRevisions(key);
        ui::MainWindow window;
        window.setAskBeforeDiscard(false);
        window.resize(1400, 900);
        window.show();
        QCOMPARE(window.serverActions()->open(location(key)), QString());
        QVERIFY(QTest::qWaitForWindowActive(&window));
        chooseFromFileMenu(window, QStringLiteral("actionServerHistory"));
        QPointer<ui::ServerHistoryDialog> dialog;
        QTRY_VERIFY((dialog = shownHistory(window)));
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("serverHistoryList"));
        auto *restore = dialog->findChild<QPushButton *>(QStringLiteral("restoreRevisionButton"));
        auto *message = dialog->findChild<QLabel *>(QStringLiteral("serverHistoryMessage"));

        // Someone else saves after the list was read.
        storage::ServerOpenResult other = storage::openServerProject(location(key));
        other.project->description = QStringLiteral("theirs");
        QVERIFY(
            storage::saveServerProject(*other.project, location(key), 3, QStringLiteral("their save")).ok());

        clickRevision(list, 1);
        QTest::mouseClick(restore, Qt::LeftButton);
        // (The dialog closes itself when a restore succeeds, taking the message with it.)
        QTRY_VERIFY(!dialog || message->text().contains(QStringLiteral("revision 1 not restored")));
        QVERIFY2(dialog, "the restore from an outdated list went through");
        QVERIFY2(
            message->text().contains(QStringLiteral("fjordtest saved revision 4")) &&
                message->text().contains(QStringLiteral("after you listed the history (up to revision 3)")),
            qPrintable(message->text()));
        QVERIFY(dialog->isVisible());
        // The list now shows their revision; nothing changed on the server or in the window.
        QCOMPARE(listed(list).first(), QStringLiteral("4 (latest)|their save"));
        QCOMPARE(storage::serverHistory(location(key)).revisions.size(), 4);
        QCOMPARE(storage::openServerProject(location(key)).project->description, QStringLiteral("theirs"));
        QCOMPARE(window.serverActions()->boundRevision(), 3);
        QCOMPARE(window.document()->project().description, QStringLiteral("version 3"));

        // From the fresh list the restore goes through, on top of theirs, with the comment typed.
        clickRevision(list, 1);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("restoreCommentEdit")),
                         QStringLiteral("back to the first"));
        QTest::mouseClick(restore, Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        QCOMPARE(window.serverActions()->boundRevision(), 5);
        const storage::ServerOpenResult latest = storage::openServerProject(location(key));
        QCOMPARE(latest.revision.comment, QStringLiteral("back to the first"));
        QCOMPARE(latest.project->description, QStringLiteral("version 1"));
        QCOMPARE(storage::openServerProject(location(key), 4).project->description, QStringLiteral("theirs"));
    }

    void connectionDialogStoresNoPassword()
    {
        ui::ServerConnectionDialog dialog(ui::ServerConnectionDialog::Mode::Save);
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("serverUrlEdit"));
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("serverPasswordEdit"));
        auto *project = dialog.findChild<QComboBox *>(QStringLiteral("serverProjectCombo"));
        QVERIFY(url && password && project);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        url->setText(QStringLiteral("postgresql://%1@/postgres?host=%2")
                         .arg(PgTestServer::adminUser(), m_server.socketDir()));
        QTest::keyClicks(password, PgTestServer::adminPassword());
        QTest::mouseClick(dialog.findChild<QAbstractButton *>(QStringLiteral("serverListButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(project->count() >= 1); // the projects of the tests above
        project->setEditText(QStringLiteral("from_dialog"));
        const auto chosen = dialog.location();
        QVERIFY(chosen);
        QCOMPARE(chosen->project, QStringLiteral("from_dialog"));
        QCOMPARE(chosen->password, PgTestServer::adminPassword());
        dialog.accept();
        QSettings settings;
        const QString remembered = settings.value(QStringLiteral("teamServer/url")).toString();
        QVERIFY(remembered.contains(m_server.socketDir()));
        QVERIFY(!remembered.contains(PgTestServer::adminPassword()));
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(PgTestServer::adminPassword()),
                     qPrintable(key));
    }
};

QTEST_MAIN(TestServerUi)
#include "tst_serverui.moc"
