// Every tab of the Narvik sample and of a small project (two stages, three racks: the empty states
// and small numbers) at a desktop (1920×1080) and a laptop (1366×768) size: the window
// fits the screen (its minimum size did not: 1475 × 889 px), no label shows its text cut off (a
// one-line label at least as wide as its text needs) and no table scrolls sideways. On the laptop the
// project tree shares the inspector's dock, so the tabs keep 1,000 px. FJORD_GRAB_DIR keeps the
// screenshots for a visual review. The sample runs in Norwegian Bokmål too: its words are longer.
#include "tests/document/testproject.h"
#include "tests/ui/clippedlabels.h"
#include "ui/app/language.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/report/reporttab.h"
#include "ui/tabs/comparetab.h"
#include "ui/widgets/reflowgrid.h"

#include <QAbstractItemView>
#include <QDockWidget>
#include <QLabel>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace fjord;
using namespace fjord::ui;

class TestScreens : public QObject {
    Q_OBJECT
private slots:
    void noClippedLabels_data();
    void noClippedLabels();
};

void TestScreens::noClippedLabels_data()
{
    QTest::addColumn<QString>("project");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("language"); // "": the system's (English under ctest's LC_ALL=C)
    for (const QString &project : {QStringLiteral("sample"), QStringLiteral("small")}) {
        QTest::addRow("%s 1920x1080", qPrintable(project)) << project << QSize(1920, 1080) << QString();
        QTest::addRow("%s 1366x768", qPrintable(project)) << project << QSize(1366, 768) << QString();
    }
    QTest::addRow("sample 1920x1080 nb")
        << QStringLiteral("sample") << QSize(1920, 1080) << QStringLiteral("nb");
    QTest::addRow("sample 1366x768 nb")
        << QStringLiteral("sample") << QSize(1366, 768) << QStringLiteral("nb");
}

void TestScreens::noClippedLabels()
{
    QFETCH(QString, project);
    QFETCH(QSize, size);
    QFETCH(QString, language);
    installTranslations(*QCoreApplication::instance(), language);
    const auto english = qScopeGuard([] { installTranslations(*QCoreApplication::instance(), QString()); });
    MainWindow window;
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    if (project == QLatin1String("sample"))
        window.openSample();
    else
        window.showProject(test::makeTestProject());
    QTRY_VERIFY(window.tabs() && window.tabs()->isVisible());
    // The docks are arranged once the window is laid out: on a laptop the tree joins the inspector.
    auto *tree = window.findChild<QDockWidget *>(QStringLiteral("projectDock"));
    const Qt::DockWidgetArea treeArea =
        size.width() < 1600 ? Qt::RightDockWidgetArea : Qt::LeftDockWidgetArea;
    QTRY_COMPARE(window.dockWidgetArea(tree), treeArea);
    QTRY_VERIFY2(window.tabs()->width() >= 1000,
                 qPrintable(QStringLiteral("tabs %1 px wide").arg(window.tabs()->width())));
    // The window fits the screen: no tab or dock asks for more than it gives.
    QVERIFY2(window.minimumSizeHint().width() <= size.width() &&
                 window.minimumSizeHint().height() <= size.height(),
             qPrintable(QStringLiteral("minimum %1×%2 px")
                            .arg(window.minimumSizeHint().width())
                            .arg(window.minimumSizeHint().height())));
    const QString grabs = qEnvironmentVariable("FJORD_GRAB_DIR");
    QStringList clipped;
    for (int i = 0; i < window.tabs()->count(); ++i) {
        window.tabs()->setCurrentIndex(i);
        // The Compare and Report tabs draw a moment after they are shown: wait for their content.
        if (auto *compare = qobject_cast<CompareTab *>(window.tabs()->currentWidget()))
            QTRY_VERIFY(compare->table()->rowCount() > 0);
        if (auto *report = qobject_cast<ReportTab *>(window.tabs()->currentWidget()))
            QTRY_VERIFY_WITH_TIMEOUT(report->pageCount() > 0, 20000);
        // Layout requests are posted events: two rounds settle nested layouts (charts draw on grab).
        for (int round = 0; round < 2; ++round) {
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
        }
        const QString tab = window.tabs()->tabText(i);
        for (const QString &label : test::clippedLabels(&window))
            clipped << tab + QStringLiteral(": ") + label;
        // A table or tree the user must scroll sideways to read (the floor plan may scroll: it is a map).
        for (QAbstractItemView *view : window.tabs()->currentWidget()->findChildren<QAbstractItemView *>())
            if (view->isVisible() && view->horizontalScrollBar()->isVisible() &&
                !view->property("scrollsSideways").toBool())
                clipped << tab + QStringLiteral(": table '%1' scrolls sideways").arg(view->objectName());
        // Chart panes reflow into one column rather than cut their charts off at the side.
        for (ReflowGrid *grid : window.tabs()->currentWidget()->findChildren<ReflowGrid *>()) {
            auto *scroll = qobject_cast<QScrollArea *>(grid->parentWidget()->parentWidget());
            bool cut = scroll && scroll->horizontalScrollBar()->isVisible();
            for (QWidget *item : grid->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
                cut = cut || (item->isVisible() && item->geometry().right() >= grid->width());
            if (grid->isVisible() && cut)
                clipped << tab + QStringLiteral(": charts '%1' cut at the side (%2 columns)")
                                     .arg(grid->objectName())
                                     .arg(grid->columns());
        }
        if (!grabs.isEmpty())
            QVERIFY(window.grab().save(QStringLiteral("%1/%2-%3x%4-%5%6.png")
                                           .arg(grabs, project)
                                           .arg(size.width())
                                           .arg(size.height())
                                           .arg(i)
                                           .arg(language.isEmpty() ? QString() : u'-' + language)));
    }
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u'\n')));
}

QTEST_MAIN(TestScreens)
#include "tst_screens.moc"
