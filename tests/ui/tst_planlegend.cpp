// The floor plan's legend: every colour mode and overlay that carries meaning has entries, and
// switching the mode (with the tool bar buttons, as a user does) changes them.
#include "model/document/projectdocument.h"
#include "tests/document/testproject.h"
#include "ui/floorplan/layouttab.h"

#include <QAction>
#include <QLabel>
#include <QTest>
#include <QToolBar>

using namespace fjord;
using namespace fjord::ui;

class TestPlanLegend : public QObject {
    Q_OBJECT
private slots:
    void switchingTheModeChangesTheLegend();
    void overlaysHaveEntriesWhileOn();
};

namespace {

void clickAction(LayoutTab &tab, QAction *action)
{
    for (QToolBar *bar : tab.findChildren<QToolBar *>())
        if (QWidget *button = bar->widgetForAction(action)) {
            QTest::mouseClick(button, Qt::LeftButton);
            return;
        }
    QFAIL("no button for the action");
}

QString plain(const QLabel *label)
{
    return label->text().replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
}

} // namespace

void TestPlanLegend::switchingTheModeChangesTheLegend()
{
    ProjectDocument doc(test::makeTestProject());
    LayoutTab tab(&doc);
    tab.resize(1400, 900);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    QLabel *legend = tab.legend();
    QVERIFY(legend->isVisible());
    // what each mode must explain: the rack type in use, the kW scale, the liquid share, phases and
    // feed sides, the tenants
    const QString typeName = doc.project().rackType(test::ids::RackTypeGb300)->name;
    const QList<QStringList> expected{{typeName},
                                      {QStringLiteral("kW per rack"), QStringLiteral("kW/m²")},
                                      {QStringLiteral("to liquid"), QStringLiteral("air-cooled")},
                                      {QStringLiteral("L1"), QStringLiteral("three-phase"),
                                       QStringLiteral("A+B"), QStringLiteral("no feed")},
                                      {QStringLiteral("Unallocated")}};
    QStringList seen;
    for (int mode = 0; mode < expected.size(); ++mode) {
        clickAction(tab, tab.overlayAction(mode));
        QVERIFY(tab.overlayAction(mode)->isChecked());
        const QString text = plain(legend);
        for (const QString &entry : expected[mode])
            QVERIFY2(text.contains(entry), qPrintable(QStringLiteral("mode %1: %2").arg(mode).arg(text)));
        QVERIFY2(!seen.contains(text), qPrintable(text)); // each mode its own legend
        seen.append(text);
    }
    // back to types: the first legend again
    clickAction(tab, tab.overlayAction(0));
    QCOMPARE(plain(legend), seen.first());
}

void TestPlanLegend::overlaysHaveEntriesWhileOn()
{
    ProjectDocument doc(test::makeTestProject());
    LayoutTab tab(&doc);
    tab.resize(1400, 900);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    QLabel *legend = tab.legend();
    QVERIFY(tab.problemsOverlayAction()->isChecked() && tab.stageOverlayAction()->isChecked());
    QVERIFY(plain(legend).contains(QStringLiteral("error")));
    QVERIFY(plain(legend).contains(QStringLiteral("later stage")));
    clickAction(tab, tab.problemsOverlayAction());
    QVERIFY(!plain(legend).contains(QStringLiteral("error")));
    QVERIFY(!plain(legend).contains(QStringLiteral("warning")));
    clickAction(tab, tab.stageOverlayAction());
    QVERIFY(!plain(legend).contains(QStringLiteral("later stage")));
    clickAction(tab, tab.problemsOverlayAction());
    QVERIFY(plain(legend).contains(QStringLiteral("error")));
}

QTEST_MAIN(TestPlanLegend)
#include "tst_planlegend.moc"
