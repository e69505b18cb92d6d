// File > Open from Server / Save to Server against a PostgreSQL server the test starts itself:
// saving back, the refused (stale) save with its two ways out, and a connection dialog that
// never stores a password.
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
#include "ui/mainwindow/mainwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace fjord;

class TestServerUi : public QObject {
    Q_OBJECT

private:
    PgTestServer m_server;

    storage::ServerLocation location(const QString &project) const
    {
        return *storage::parseServerUrl(
                    m_server.url(PgTestServer::adminUser(), PgTestServer::adminPassword(), project))
                    .location;
    }

    // Clicks `button` in the modal dialog `dialog` as soon as it shows (the caller then blocks in it).
    static void clickWhenShown(const QString &dialog, const QString &button)
    {
        auto *timer = new QTimer;
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, timer, [=] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || modal->objectName() != dialog)
                return;
            auto *b = modal->findChild<QAbstractButton *>(button);
            if (!b)
                return;
            timer->stop();
            timer->deleteLater();
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
