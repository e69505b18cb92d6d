// Issue 11, "Done when": a planner builds a small campus from File > New through the widgets only
// (hall, row, single racks, a power chain, A/B feeds, a cooling system, a stage), saves, reopens
// and gets the same Results as the same campus built in code; no Problem remains that the window
// offered no way to fix. Runs offscreen with real mouse and key events.
#include "model/document/projectdocument.h"
#include "model/engine.h"
#include "model/power/nodedefaults.h"
#include "model/sample/sitetemplates.h"
#include "tests/ui/clippedlabels.h"
#include "ui/dialogs/newprojectdialog.h"
#include "ui/floorplan/floorplanview.h"
#include "ui/floorplan/layouttab.h"
#include "ui/floorplan/rackcataloguelist.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/recentfiles.h"
#include "ui/power/powerfeedactions.h"
#include "ui/power/powerinspector.h"
#include "ui/power/powertab.h"
#include "ui/power/powertreemodel.h"
#include "ui/tabs/coolingtab.h"
#include "ui/tabs/expansiontab.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <tuple>

using namespace fjord;
using namespace fjord::ui;

namespace {

void clickButton(QWidget *parent, const QString &name)
{
    auto *button = parent->findChild<QPushButton *>(name);
    QVERIFY2(button, qPrintable(name));
    QVERIFY2(button->isEnabled(), qPrintable(name + QStringLiteral(" is disabled")));
    QTest::mouseClick(button, Qt::LeftButton);
}

// Clicks the tool button of the toolbar action named `text` (or with objectName `text`).
void clickToolAction(QWidget *tab, const QString &text)
{
    for (QToolBar *bar : tab->findChildren<QToolBar *>())
        for (QAction *a : bar->actions())
            if (a->text() == text || a->objectName() == text) {
                QWidget *button = bar->widgetForAction(a);
                QVERIFY2(button && a->isEnabled(), qPrintable(text));
                QTest::mouseClick(button, Qt::LeftButton);
                return;
            }
    QFAIL(qPrintable(QStringLiteral("no toolbar action ") + text));
}

// Clicks the toolbar button of the tool whose shortcut is `key` (Draw hall: H, Draw row: W, ...).
void clickTool(QWidget *tab, Qt::Key key)
{
    for (QToolBar *bar : tab->findChildren<QToolBar *>())
        for (QAction *a : bar->actions())
            if (a->shortcut() == QKeySequence(key)) {
                QWidget *button = bar->widgetForAction(a);
                QVERIFY(button);
                QTest::mouseClick(button, Qt::LeftButton);
                QVERIFY(a->isChecked());
                return;
            }
    QFAIL("no such tool");
}

void clickNode(PowerTab *tab, Id nodeId)
{
    const QModelIndex index = tab->model()->indexOf(nodeId);
    QVERIFY(index.isValid());
    tab->tree()->scrollTo(index);
    QTest::mouseClick(tab->tree()->viewport(), Qt::LeftButton, {}, tab->tree()->visualRect(index).center());
    QCOMPARE(tab->selectedNode(), nodeId);
}

// Adds a child of the selected node with the toolbar and returns it (the tab selects it).
Id addNode(PowerTab *tab)
{
    const Id before = tab->selectedNode();
    clickToolAction(tab, QStringLiteral("Add node"));
    const Id added = tab->selectedNode();
    return added != before ? added : NoId;
}

// Picks `side` in the node editor's side combo (in the Inspector dock) with the keyboard, as a user would.
void chooseSide(PowerTab *tab, FeedSide side)
{
    auto *combo = tab->inspector()->findChild<QComboBox *>(QStringLiteral("sideCombo"));
    QVERIFY(combo && combo->isEnabled() && combo->isVisible());
    combo->setFocus();
    while (combo->currentIndex() < int(side))
        QTest::keyClick(combo, Qt::Key_Down);
}

// The same campus written down in code: what the GUI steps below should produce.
Project builtInCode()
{
    Project p = makeNewProject(QStringLiteral("New campus"), SiteTemplate::Nordic);
    Scenario &s = p.scenarios[0];
    const Id stage1 = s.stages[0].id;
    const RackType *gb300 = nullptr;
    for (const RackType &t : p.rackTypes)
        if (t.name == u"GB300 NVL72")
            gb300 = &t;
    CoolingSystem cooling; // METHOD defaults
    cooling.id = p.allocateId();
    cooling.name = QStringLiteral("Loop");
    s.coolingSystems.append(cooling);
    Hall h;
    h.id = p.allocateId();
    h.name = QStringLiteral("H1");
    h.xM = 5;
    h.yM = 5;
    h.widthM = 30;
    h.depthM = 15;
    h.stageId = stage1;
    h.coolingSystemId = cooling.id;
    s.halls.append(h);
    QList<Id> chain;
    Id parent = NoId;
    for (PowerNodeKind k : {PowerNodeKind::GridConnection, PowerNodeKind::Transformer, PowerNodeKind::Ups,
                            PowerNodeKind::Switchboard}) {
        PowerNode n = defaultPowerNode(k);
        n.id = p.allocateId();
        n.parentId = parent;
        n.stageId = stage1;
        n.name = kindName(k);
        s.powerNodes.append(n);
        parent = n.id;
    }
    Id busway[2];
    for (int side = 0; side < 2; ++side) {
        PowerNode n = defaultPowerNode(PowerNodeKind::Busway);
        n.id = busway[side] = p.allocateId();
        n.parentId = parent;
        n.stageId = stage1;
        n.side = side == 0 ? FeedSide::A : FeedSide::B;
        s.powerNodes.append(n);
    }
    for (int i = 0; i < 6; ++i) { // a row of four and two single racks, fed A and B
        Rack r;
        r.id = p.allocateId();
        r.name = QStringLiteral("R%1").arg(i);
        r.hallId = h.id;
        r.rackTypeId = gb300->id;
        r.stageId = stage1;
        for (Id node : busway)
            for (int f = 0; f < gb300->feedsPerSide; ++f)
                r.feeds.append({node, gb300->threePhase ? Phase::ThreePhase : Phase::L1});
        s.racks.append(r);
    }
    s.stages.append(Stage{p.allocateId(), QStringLiteral("Stage 2"), QDate(2028, 1, 1), 0, 12});
    return p;
}

bool same(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
}

} // namespace

class TestPlanFromScratch : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void buildSaveReopenMatchesTheModel();
    void blankAndCentralEuropeTemplatesOpenWithNotSetProblems();
};

// Every tab opens on a project without a climate (blank, Central Europe), and what is not set is
// listed under Problems, each with a place in the window to set it.
void TestPlanFromScratch::blankAndCentralEuropeTemplatesOpenWithNotSetProblems()
{
    for (const char *choice : {"templateBlank", "templateCentralEurope"}) {
        MainWindow window;
        window.setAskBeforeDiscard(false);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTimer::singleShot(0, this, [choice] {
            auto *dialog = qobject_cast<NewProjectDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            QTest::mouseClick(dialog->findChild<QRadioButton *>(QLatin1String(choice)), Qt::LeftButton);
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(QStringLiteral("newProjectButtons"))
                                  ->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
        });
        window.findChild<QAction *>(QStringLiteral("actionNew"))->trigger();
        ProjectDocument *doc = window.document();
        QVERIFY(doc);
        doc->recomputeNow();
        for (int i = 0; i < window.tabs()->count(); ++i) {
            window.tabs()->setCurrentIndex(i);
            QCoreApplication::processEvents();
        }
        QSet<QString> codes;
        for (const Problem &p : doc->problems())
            codes.insert(p.code);
        QVERIFY2(codes.contains(u"climate.missing"_qs), choice);
        if (QLatin1String(choice) == u"templateBlank") {
            QVERIFY(codes.contains(u"site.not_set"_qs));
            QVERIFY(codes.contains(u"supply.grid_not_set"_qs));
            QVERIFY(codes.contains(u"costs.not_set"_qs));
        } else {
            QCOMPARE(doc->project().site.country, u"DE"_qs);
            QVERIFY(!codes.contains(u"supply.grid_not_set"_qs));
        }
    }
}

void TestPlanFromScratch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FjordplanTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_planfromscratch"));
    RecentFiles::clear();
}

void TestPlanFromScratch::buildSaveReopenMatchesTheModel()
{
    MainWindow window;
    window.setAskBeforeDiscard(false);
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // File > New: the template dialog, Nordic, OK.
    bool dialogSeen = false;
    QTimer::singleShot(0, this, [&dialogSeen] {
        auto *dialog = qobject_cast<NewProjectDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialogSeen = true;
        QTest::mouseClick(dialog->findChild<QRadioButton *>(QStringLiteral("templateNordic")),
                          Qt::LeftButton);
        auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("newProjectButtons"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    window.findChild<QAction *>(QStringLiteral("actionNew"))->trigger();
    QVERIFY(dialogSeen);
    ProjectDocument *doc = window.document();
    QVERIFY(doc);
    QVERIFY(doc->scenario().halls.isEmpty());
    QCOMPARE(doc->project().site.name, u"Nordic site (NO4)"_qs);

    // Layout: a 30 × 15 m hall, a row of four GB300 racks, two single racks.
    auto *layout = window.findChild<LayoutTab *>();
    window.tabs()->setCurrentWidget(layout);
    QCoreApplication::processEvents();
    FloorPlanView *view = layout->view();
    view->setPixelsPerMetre(10);
    view->centerOn(20, 12);
    QListWidget *catalogue = layout->catalogue();
    for (int i = 0; i < catalogue->count(); ++i)
        if (catalogue->item(i)->text().startsWith(u"GB300 NVL72")) {
            catalogue->scrollToItem(catalogue->item(i));
            QTest::mouseClick(catalogue->viewport(), Qt::LeftButton, {},
                              catalogue->visualItemRect(catalogue->item(i)).center());
        }
    QVERIFY(catalogue->currentItem()->text().startsWith(u"GB300 NVL72"));
    const auto at = [view](double x, double y) { return view->mapFromScene(QPointF(x, y)); };
    const auto drag = [&](QPointF from, QPointF to) {
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, at(from.x(), from.y()));
        for (int i = 1; i <= 4; ++i) {
            const QPointF p = from + (to - from) * (i / 4.0);
            QTest::mouseMove(view->viewport(), at(p.x(), p.y()));
        }
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, at(to.x(), to.y()));
    };
    view->setFocus();
    clickTool(layout, Qt::Key_H);
    drag({5, 5}, {35, 20});
    clickTool(layout, Qt::Key_W);
    drag({7, 8}, {9.5, 8});
    clickTool(layout, Qt::Key_P);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at(20, 14));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at(24, 14));
    QCOMPARE(doc->scenario().halls.size(), 1);
    QCOMPARE(doc->scenario().rows.size(), 1);
    QCOMPARE(doc->scenario().racks.size(), 6);

    // Power: grid -> transformer -> UPS -> switchboard -> busway A + busway B, each with its kind's
    // defaults (a transformer below the 22 kV grid connection at 400 V, never 0 kVA).
    auto *power = window.findChild<PowerTab *>();
    window.tabs()->setCurrentWidget(power);
    const Id grid = addNode(power);
    QVERIFY(grid != NoId);
    const Id transformer = addNode(power);
    QCOMPARE(doc->scenario().powerNode(transformer)->voltageV, 400.0);
    QCOMPARE(doc->scenario().powerNode(grid)->voltageV, 22e3);
    addNode(power); // UPS
    const Id switchboard = addNode(power);
    const Id buswayA = addNode(power);
    chooseSide(power, FeedSide::A);
    clickNode(power, switchboard);
    const Id buswayB = addNode(power);
    chooseSide(power, FeedSide::B);
    QCOMPARE(doc->scenario().powerNode(buswayA)->side, FeedSide::A);
    QCOMPARE(doc->scenario().powerNode(buswayB)->side, FeedSide::B);
    for (const PowerNode &n : doc->scenario().powerNodes)
        QVERIFY2(n.apparentRatingVa() > 0, qPrintable(n.name));
    // Feeds from the Power tab: the whole hall, A and B, below the switchboard.
    clickNode(power, switchboard);
    clickToolAction(power, QStringLiteral("actionAutoFeedHall"));
    for (const Rack &r : doc->scenario().racks) {
        QSet<Id> nodes;
        for (const RackFeed &f : r.feeds)
            nodes.insert(f.nodeId);
        QCOMPARE(nodes, (QSet<Id>{buswayA, buswayB}));
    }

    // Cooling & Energy: add a cooling system; it cools the hall that had none.
    auto *cooling = window.findChild<CoolingTab *>();
    window.tabs()->setCurrentWidget(cooling);
    clickButton(cooling, QStringLiteral("addCoolingSystem"));
    QCOMPARE(doc->scenario().coolingSystems.size(), 1);
    QCOMPARE(doc->scenario().halls[0].coolingSystemId, doc->scenario().coolingSystems[0].id);

    // Expansion: a second stage.
    auto *expansion = window.findChild<ExpansionTab *>();
    window.tabs()->setCurrentWidget(expansion);
    clickButton(expansion, QStringLiteral("addStageButton"));
    QCOMPARE(doc->scenario().stages.size(), 2);

    // Save, reopen.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scratch.fjordplan"));
    QVERIFY(window.saveAs(path));
    QVERIFY(window.openFile(path));
    doc = window.document();
    doc->recomputeNow();

    // The same Results as the campus written down in code.
    const Project reference = builtInCode();
    const Results expected = evaluate(reference, reference.scenarios[0], reference.site.climate);
    const Results &actual = doc->results();
    QCOMPARE(actual.stages.size(), expected.stages.size());
    for (int i = 0; i < expected.stages.size(); ++i) {
        const StageResult &a = actual.stages[i], &e = expected.stages[i];
        QCOMPARE(a.racks, e.racks);
        QCOMPARE(a.gpus, e.gpus);
        for (auto [name, x, y] :
             {std::tuple{"IT capacity", a.itCapacityW, e.itCapacityW},
              std::tuple{"facility peak", a.facilityPeakW, e.facilityPeakW},
              std::tuple{"grid capacity", a.gridCapacityW, e.gridCapacityW},
              std::tuple{"IT energy", a.annual.itEnergyMWh, e.annual.itEnergyMWh},
              std::tuple{"facility energy", a.annual.facilityEnergyMWh, e.annual.facilityEnergyMWh},
              std::tuple{"PUE", a.annual.pue, e.annual.pue},
              std::tuple{"energy cost", a.annual.energyCost, e.annual.energyCost},
              std::tuple{"capex", a.capex.total(), e.capex.total()}})
            QVERIFY2(same(x, y), qPrintable(QStringLiteral("stage %1 %2: %3 vs %4")
                                                .arg(i + 1)
                                                .arg(QLatin1String(name))
                                                .arg(x)
                                                .arg(y)));
    }
    QVERIFY(actual.stages[0].gridCapacityW > 9e6); // the 10 MVA grid connection, not 0 MW
    QVERIFY(actual.stages[0].capex.grid > 0);

    // Every tab of the new campus on a desktop and a laptop screen: the window fits, no label is cut
    // off. FJORD_GRAB_DIR keeps the screenshots for a visual review.
    const QString grabs = qEnvironmentVariable("FJORD_GRAB_DIR");
    for (const QSize size : {QSize(1920, 1080), QSize(1366, 768)}) {
        window.resize(size);
        QVERIFY(window.minimumSizeHint().width() <= size.width() &&
                window.minimumSizeHint().height() <= size.height());
        QStringList clipped;
        for (int i = 0; i < window.tabs()->count(); ++i) {
            window.tabs()->setCurrentIndex(i);
            QTest::qWait(50); // layouts settle
            for (const QString &label : test::clippedLabels(&window))
                clipped << window.tabs()->tabText(i) + QStringLiteral(": ") + label;
            if (!grabs.isEmpty())
                QVERIFY(window.grab().save(
                    grabs +
                    QStringLiteral("/scratch-%1x%2-%3.png").arg(size.width()).arg(size.height()).arg(i)));
        }
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u'\n')));
    }

    // No Problem is left that the window gave no way to fix.
    QStringList left;
    for (const Problem &p : doc->problems())
        left.append(p.code + QStringLiteral(": ") + p.message);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u'\n')));
}

QTEST_MAIN(TestPlanFromScratch)
#include "tst_planfromscratch.moc"
