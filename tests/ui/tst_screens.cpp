// Every tab of the Narvik sample at a desktop (1920×1080) and a laptop (1366×768) size: the window
// fits the screen (its minimum size did not: 1475 × 889 px), no label shows its text cut off (a
// one-line label at least as wide as its text needs) and no table scrolls sideways. On the laptop the
// project tree shares the inspector's dock, so the tabs keep 1,000 px. FJORD_GRAB_DIR keeps the
// screenshots for a visual review.
#include "tests/ui/clippedlabels.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAbstractItemView>
#include <QDockWidget>
#include <QLabel>
#include <QScrollBar>
#include <QTabWidget>
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
    QTest::addColumn<QSize>("size");
    QTest::newRow("1920x1080") << QSize(1920, 1080);
    QTest::newRow("1366x768") << QSize(1366, 768);
}

void TestScreens::noClippedLabels()
{
    QFETCH(QSize, size);
    MainWindow window;
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openSample();
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
        if (!grabs.isEmpty())
            QVERIFY(window.grab().save(QStringLiteral("%1/sample-%2x%3-%4.png")
                                           .arg(grabs)
                                           .arg(size.width())
                                           .arg(size.height())
                                           .arg(i)));
    }
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u'\n')));
}

QTEST_MAIN(TestScreens)
#include "tst_screens.moc"
