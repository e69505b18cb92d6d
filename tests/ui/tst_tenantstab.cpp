// Tenants (issue 12, METHOD §8.2) through the real widgets: the Tenants tab adds and edits tenants as
// single undo steps, the Layout tab's inspector allocates the selected halls and racks in one step, the
// start-up/research target Problem follows the allocation, the allocation table adds up to the
// installed capacity, and the floor plan's tenant overlay colours racks and names every tenant.
#include "tabtestsupport.h"

#include "model/document/projectdocument.h"
#include "ui/charts/barchart.h"
#include "ui/charts/tenantcolours.h"
#include "ui/floorplan/floorplanscene.h"
#include "ui/floorplan/floorplanview.h"
#include "ui/floorplan/layoutinspector.h"
#include "ui/floorplan/layouttab.h"
#include "ui/floorplan/rackitem.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/projecttree.h"
#include "ui/tabs/allocationview.h"
#include "ui/tabs/tabutil.h"
#include "ui/tabs/tenanteditor.h"
#include "ui/tabs/tenantstab.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QValueAxis>

using namespace fjord;
using namespace fjord::ui;
using fjord::test::typeInto;

namespace {

// Picks `text` in a combo as a user does: open the list, click the entry.
void choose(QComboBox *combo, const QString &text)
{
    const int index = combo->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    combo->showPopup();
    QAbstractItemView *view = combo->view();
    QTRY_VERIFY(view->isVisible());
    const QRect rect = view->visualRect(view->model()->index(index, combo->modelColumn()));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_VERIFY(!view->isVisible());
}

QList<Problem> targetProblems(ProjectDocument *doc)
{
    doc->recomputeNow();
    QList<Problem> out;
    for (const Problem &p : doc->problems())
        if (p.code == QStringLiteral("tenants.priority_target"))
            out.append(p);
    return out;
}

bool namesStage(const QList<Problem> &problems, Id stageId)
{
    for (const Problem &p : problems)
        if (p.objectId == stageId)
            return true;
    return false;
}

} // namespace

class TestTenantsTab : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addTenantThroughTheTab();
    void editPriceIsOneUndoStep();
    void contractDecidesUnitAndUtilisation();
    void removeTenantUnallocates();
    void allocateSelectedRacksInOneStep();
    void allocateFromTheContextMenu();
    void inspectorShowsInheritedTenant();
    void priorityTargetProblemFollowsAllocation();
    void allocationTableAddsUpToInstalledCapacity();
    void chartStacksClassesPerStage();
    void overlayColoursRacksAndNamesTenants();
    void projectTreeListsTenants();
    void grabShowsTheTabs();
    void narvikSampleInTheWindow();

private:
    // Adds a tenant with the Add button and gives it a name and a class through the editor.
    Id addTenant(const QString &name, TenantClass tenantClass);
    // Selects `ids` (as the floor plan's select tool does) and picks `tenant` in the Layout inspector.
    void allocate(const QList<Id> &ids, const QString &tenant);
    QList<Id> racksOfHall(int hallIndex, int count) const;

    ProjectDocument *m_doc = nullptr;
    TenantsTab *m_tab = nullptr;
    LayoutTab *m_layout = nullptr;
};

void TestTenantsTab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the main window's recent files and settings
    QCoreApplication::setOrganizationName(QStringLiteral("FjordplanTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_tenantstab"));
}

void TestTenantsTab::init()
{
    test::openTab(m_doc, m_tab);
    m_layout = new LayoutTab(m_doc);
    m_layout->resize(1400, 900);
    m_layout->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_layout));
}

void TestTenantsTab::cleanup()
{
    delete m_layout;
    delete m_tab;
    delete m_doc;
}

Id TestTenantsTab::addTenant(const QString &name, TenantClass tenantClass)
{
    const int before = int(m_doc->scenario().tenants.size());
    QTest::mouseClick(m_tab->findChild<QPushButton *>(QStringLiteral("addTenant")), Qt::LeftButton);
    if (m_doc->scenario().tenants.size() != before + 1)
        return NoId;
    const Id id = m_doc->scenario().tenants.last().id;
    if (m_tab->editor()->currentTenantId() != id)
        return NoId;
    typeInto(m_tab->findChild<QLineEdit *>(QStringLiteral("tenantName")), name);
    choose(m_tab->findChild<QComboBox *>(QStringLiteral("tenantClass")), tenantClassLabel(tenantClass));
    return id;
}

void TestTenantsTab::allocate(const QList<Id> &ids, const QString &tenant)
{
    m_doc->setSelection(ids);
    auto *combo = m_layout->inspector()->findChild<QComboBox *>(QStringLiteral("tenantAllocation"));
    QVERIFY(combo);
    QTRY_VERIFY(combo->isVisible());
    choose(combo, tenant);
}

QList<Id> TestTenantsTab::racksOfHall(int hallIndex, int count) const
{
    const Scenario &s = m_doc->scenario();
    QList<Id> out;
    for (const Rack &r : s.racks)
        if (r.hallId == s.halls[hallIndex].id && out.size() < count)
            out.append(r.id);
    return out;
}

void TestTenantsTab::addTenantThroughTheTab()
{
    QTableWidget *table = m_tab->editor()->table();
    QCOMPARE(table->rowCount(), 0);
    const int steps = m_doc->undoStack()->index();
    QTest::mouseClick(m_tab->findChild<QPushButton *>(QStringLiteral("addTenant")), Qt::LeftButton);
    QCOMPARE(m_doc->scenario().tenants.size(), 1);
    QCOMPARE(m_doc->undoStack()->index(), steps + 1);
    QTRY_COMPARE(table->rowCount(), 1);
    typeInto(m_tab->findChild<QLineEdit *>(QStringLiteral("tenantName")), QStringLiteral("Fjord AI"));
    QCOMPARE(m_doc->scenario().tenants.first().name, QStringLiteral("Fjord AI"));
    QTRY_COMPARE(table->item(0, TenantEditor::Name)->text(), QStringLiteral("Fjord AI"));
    choose(m_tab->findChild<QComboBox *>(QStringLiteral("tenantClass")),
           tenantClassLabel(TenantClass::Startup));
    QCOMPARE(m_doc->scenario().tenants.first().tenantClass, TenantClass::Startup);
    QCOMPARE(table->item(0, TenantEditor::Class)->text(), tenantClassLabel(TenantClass::Startup));
    QCOMPARE(m_doc->undoStack()->index(), steps + 3); // add, name, class
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->scenario().tenants.isEmpty());
    QTRY_COMPARE(table->rowCount(), 0);
}

void TestTenantsTab::editPriceIsOneUndoStep()
{
    const Id id = addTenant(QStringLiteral("Anchor"), TenantClass::Anchor);
    QVERIFY(id != NoId);
    auto *price = m_tab->findChild<QDoubleSpinBox *>(QStringLiteral("tenantPrice"));
    const double before = m_doc->scenario().tenant(id)->price;
    const int steps = m_doc->undoStack()->index();
    typeInto(price, QStringLiteral("185.5"));
    QCOMPARE(m_doc->scenario().tenant(id)->price, 185.5);
    QCOMPARE(m_doc->undoStack()->index(), steps + 1);
    QVERIFY(
        m_tab->editor()->table()->item(0, TenantEditor::Price)->text().startsWith(tabutil::number(185.5, 2)));
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->scenario().tenant(id)->price, before);
    QCOMPARE(price->value(), before);

    // the target is a project setting in %, stored as a fraction
    auto *target = m_tab->findChild<QDoubleSpinBox *>(QStringLiteral("priorityTarget"));
    QCOMPARE(target->value(), 100 * m_doc->project().settings.priorityCapacityTarget);
    typeInto(target, QStringLiteral("15"));
    QCOMPARE(m_doc->project().settings.priorityCapacityTarget, 0.15);
    m_doc->undoStack()->undo();
    QCOMPARE(target->value(), 100 * m_doc->project().settings.priorityCapacityTarget);
}

void TestTenantsTab::contractDecidesUnitAndUtilisation()
{
    const Id id = addTenant(QStringLiteral("Cloud"), TenantClass::Enterprise);
    QVERIFY(id != NoId);
    auto *price = m_tab->findChild<QDoubleSpinBox *>(QStringLiteral("tenantPrice"));
    auto *utilisation = m_tab->findChild<QDoubleSpinBox *>(QStringLiteral("tenantUtilisation"));
    const QString currency = m_doc->project().costs.currency;
    QVERIFY(price->suffix().contains(contractPriceUnit(ContractKind::CapacityLease, currency)));
    QVERIFY(!utilisation->isVisible());
    choose(m_tab->findChild<QComboBox *>(QStringLiteral("tenantContract")),
           contractKindLabel(ContractKind::GpuHours));
    QCOMPARE(m_doc->scenario().tenant(id)->contract, ContractKind::GpuHours);
    QTRY_VERIFY(utilisation->isVisible());
    QVERIFY2(price->suffix().contains(contractPriceUnit(ContractKind::GpuHours, currency)),
             qPrintable(price->suffix()));
    typeInto(utilisation, QStringLiteral("65"));
    QCOMPARE(m_doc->scenario().tenant(id)->expectedUtilisation, 0.65);
}

void TestTenantsTab::removeTenantUnallocates()
{
    const Id id = addTenant(QStringLiteral("Anchor"), TenantClass::Anchor);
    allocate({m_doc->scenario().halls[0].id}, QStringLiteral("Anchor"));
    QCOMPARE(m_doc->scenario().halls[0].tenantId, id);
    const int steps = m_doc->undoStack()->index();
    m_tab->editor()->selectTenant(id);
    QTest::mouseClick(m_tab->findChild<QPushButton *>(QStringLiteral("removeTenant")), Qt::LeftButton);
    QVERIFY(m_doc->scenario().tenants.isEmpty());
    QCOMPARE(m_doc->scenario().halls[0].tenantId, NoId);
    QCOMPARE(m_doc->undoStack()->index(), steps + 1);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->scenario().halls[0].tenantId, id);
}

void TestTenantsTab::allocateSelectedRacksInOneStep()
{
    const Id lab = addTenant(QStringLiteral("Lab"), TenantClass::Research);
    QVERIFY(lab != NoId);
    const QList<Id> racks = racksOfHall(0, 5);
    const int steps = m_doc->undoStack()->index();
    allocate(racks, QStringLiteral("Lab"));
    QCOMPARE(m_doc->undoStack()->index(), steps + 1);
    const Scenario &s = m_doc->scenario();
    int allocated = 0;
    for (const Rack &r : s.racks)
        if (s.tenantOf(r) == lab)
            ++allocated;
    QCOMPARE(allocated, racks.size());
    for (Id id : racks)
        QCOMPARE(s.tenantOf(*s.rack(id)), lab);
    m_doc->undoStack()->undo();
    for (const Rack &r : m_doc->scenario().racks)
        QCOMPARE(m_doc->scenario().tenantOf(r), NoId);
}

void TestTenantsTab::allocateFromTheContextMenu()
{
    const Id anchor = addTenant(QStringLiteral("Anchor"), TenantClass::Anchor);
    const Scenario &s = m_doc->scenario();
    m_doc->setSelection({s.halls[1].id});
    const int steps = m_doc->undoStack()->index();
    // the menu runs its own event loop: pick the entry of its submenu once it is open
    bool picked = false;
    QTimer::singleShot(0, this, [&picked] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QMenu *tenants = menu ? menu->findChild<QMenu *>(QStringLiteral("allocateTenantMenu")) : nullptr;
        if (!tenants)
            return;
        for (QAction *a : tenants->actions())
            if (a->text() == QStringLiteral("Anchor")) {
                a->trigger();
                picked = true;
            }
        menu->close();
    });
    QWidget *viewport = m_layout->view()->viewport();
    const QPoint at = viewport->rect().center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, viewport->mapToGlobal(at));
    QApplication::sendEvent(viewport, &event);
    QVERIFY(picked);
    QCOMPARE(m_doc->scenario().halls[1].tenantId, anchor);
    QCOMPARE(m_doc->undoStack()->index(), steps + 1);
}

void TestTenantsTab::inspectorShowsInheritedTenant()
{
    addTenant(QStringLiteral("Anchor"), TenantClass::Anchor);
    const Hall hall = m_doc->scenario().halls[0];
    allocate({hall.id}, QStringLiteral("Anchor"));
    m_doc->setSelection({racksOfHall(0, 1).first()});
    auto *combo = m_layout->inspector()->findChild<QComboBox *>(QStringLiteral("tenantAllocation"));
    auto *origin = m_layout->inspector()->findChild<QLabel *>(QStringLiteral("tenantOrigin"));
    QTRY_COMPARE(combo->currentText(), QStringLiteral("Anchor"));
    QVERIFY(origin->isVisible());
    QVERIFY2(origin->text().contains(hall.name), qPrintable(origin->text()));
    // unallocating the rack alone changes nothing and says why
    const int steps = m_doc->undoStack()->index();
    choose(combo, QStringLiteral("Unallocated"));
    QCOMPARE(m_doc->undoStack()->index(), steps);
    QCOMPARE(combo->currentText(), QStringLiteral("Anchor"));
    QVERIFY2(origin->text().contains(QStringLiteral("hall or row")), qPrintable(origin->text()));
    // a rack of the other hall: unallocated, nothing inherited
    m_doc->setSelection({racksOfHall(1, 1).first()});
    QTRY_COMPARE(combo->currentText(), QStringLiteral("Unallocated"));
    QVERIFY(!origin->isVisible());
}

void TestTenantsTab::priorityTargetProblemFollowsAllocation()
{
    const Scenario &s = m_doc->scenario();
    const Id stage1 = s.stages[0].id, stage2 = s.stages[1].id;
    addTenant(QStringLiteral("Anchor"), TenantClass::Anchor);
    addTenant(QStringLiteral("Lab"), TenantClass::Research);
    allocate({s.halls[0].id, s.halls[1].id}, QStringLiteral("Anchor"));
    QList<Problem> problems = targetProblems(m_doc);
    QVERIFY(namesStage(problems, stage1));
    QVERIFY(namesStage(problems, stage2));
    QTRY_VERIFY(m_tab->allocation()->priorityLabel()->text().contains(QStringLiteral("short by")));

    // Enough racks of the stage-1 hall for stage 1's target, not for the whole campus of stage 2.
    const double target = m_doc->project().settings.priorityCapacityTarget;
    const int hall1Racks = int(racksOfHall(0, 1000).size());
    const int allRacks = int(s.racks.size());
    const int forStage1 = int(std::ceil(target * hall1Racks));
    QVERIFY(forStage1 < target * allRacks); // the test project's racks are all of one type
    const int steps = m_doc->undoStack()->index();
    allocate(racksOfHall(0, forStage1), QStringLiteral("Lab"));
    QCOMPARE(m_doc->undoStack()->index(), steps + 1);
    problems = targetProblems(m_doc);
    QVERIFY(!namesStage(problems, stage1));
    QVERIFY(namesStage(problems, stage2));

    const int forStage2 = int(std::ceil(target * allRacks)) + 1 - forStage1;
    allocate(racksOfHall(1, forStage2), QStringLiteral("Lab"));
    QVERIFY(targetProblems(m_doc).isEmpty());
    QTRY_VERIFY(!m_tab->allocation()->priorityLabel()->text().contains(QStringLiteral("short by")));

    m_doc->undoStack()->undo(); // one step takes the stage-2 racks back
    QVERIFY(namesStage(targetProblems(m_doc), stage2));
}

void TestTenantsTab::allocationTableAddsUpToInstalledCapacity()
{
    addTenant(QStringLiteral("Anchor"), TenantClass::Anchor);
    addTenant(QStringLiteral("Start"), TenantClass::Startup);
    allocate({m_doc->scenario().halls[0].id}, QStringLiteral("Anchor"));
    allocate(racksOfHall(1, 4), QStringLiteral("Start"));
    m_doc->recomputeNow();
    const StageResult *stage = tabutil::currentStage(m_doc);
    QVERIFY(stage);
    QTableWidget *table = m_tab->allocation()->table();
    const QLocale locale;
    double classesAndUnallocated = 0;
    QString totalText;
    bool byClass = false;
    for (int r = 0; r < table->rowCount(); ++r) {
        const QString who = table->item(r, AllocationView::Who)->text();
        if (who == QStringLiteral("By class"))
            byClass = true;
        QTableWidgetItem *mw = table->item(r, AllocationView::Mw);
        if (!mw || !byClass)
            continue;
        if (who == QStringLiteral("Total installed"))
            totalText = mw->text();
        else
            classesAndUnallocated += locale.toDouble(mw->text());
    }
    QCOMPARE(totalText, tabutil::number(stage->itCapacityW / 1e6, 2));
    QVERIFY(qAbs(classesAndUnallocated - stage->itCapacityW / 1e6) < 0.01 * table->rowCount());
    // the tenants table shows each tenant's MW of the current stage
    double allocatedW = 0;
    for (const TenantAllocation &a : stage->allocation.tenants)
        allocatedW += a.itCapacityW;
    QCOMPARE(allocatedW + stage->allocation.unallocated.itCapacityW, stage->itCapacityW);
}

void TestTenantsTab::chartStacksClassesPerStage()
{
    addTenant(QStringLiteral("Anchor"), TenantClass::Anchor);
    allocate({m_doc->scenario().halls[0].id}, QStringLiteral("Anchor"));
    m_doc->recomputeNow();
    BarChart *chart = m_tab->allocation()->chart();
    QCOMPARE(chart->title(), QStringLiteral("Allocation by tenant class per stage"));
    auto *bars = qobject_cast<QStackedBarSeries *>(chart->chart()->series().first());
    QVERIFY(bars);
    QCOMPARE(bars->barSets().size(), TenantClassCount + 1);
    QCOMPARE(bars->barSets().last()->label(), QStringLiteral("Unallocated"));
    const QList<StageResult> &stages = m_doc->results().stages;
    for (int i = 0; i < stages.size(); ++i) {
        double stacked = 0;
        for (QBarSet *set : bars->barSets())
            stacked += set->at(i);
        QVERIFY(qAbs(stacked - stages[i].itCapacityW / 1e6) < 1e-9);
    }
    QVERIFY(chart->chart()->legend()->isVisible());
    const auto axes = chart->chart()->axes(Qt::Vertical);
    QCOMPARE(axes.first()->titleText(), QStringLiteral("IT capacity (MW)"));
}

void TestTenantsTab::overlayColoursRacksAndNamesTenants()
{
    addTenant(QStringLiteral("Anchor"), TenantClass::Anchor);
    addTenant(QStringLiteral("Lab"), TenantClass::Research);
    allocate({m_doc->scenario().halls[0].id}, QStringLiteral("Anchor"));
    const QList<Id> labRacks = racksOfHall(1, 3);
    allocate(labRacks, QStringLiteral("Lab"));

    auto *overlay = m_layout->findChild<QAction *>(QStringLiteral("tenantOverlay"));
    QVERIFY(overlay);
    QLabel *legend = m_layout->legend();
    QVERIFY(legend->isVisible()); // every colour mode has one: the types until the tenant overlay
    QVERIFY2(!legend->text().contains(QStringLiteral("Unallocated")), qPrintable(legend->text()));
    QWidget *button = nullptr;
    for (QToolBar *bar : m_layout->findChildren<QToolBar *>())
        if (QWidget *w = bar->widgetForAction(overlay))
            button = w;
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(overlay->isChecked());
    QTRY_VERIFY(legend->isVisible());
    for (const QString &name :
         {QStringLiteral("Anchor"), QStringLiteral("Lab"), QStringLiteral("Unallocated")})
        QVERIFY2(legend->text().contains(name), qPrintable(legend->text())); // one-word names

    const Scenario &s = m_doc->scenario();
    FloorPlanScene *scene = m_layout->scene();
    QCOMPARE(scene->rackItem(racksOfHall(0, 1).first())->fill(), tenantColour(0));
    QCOMPARE(scene->rackItem(labRacks.first())->fill(), tenantColour(1));
    QCOMPARE(scene->rackItem(racksOfHall(1, 4).last())->fill(), unallocatedColour());

    // the colours follow a reallocation and a rename at once
    allocate({s.halls[0].id}, QStringLiteral("Lab"));
    QCOMPARE(scene->rackItem(racksOfHall(0, 1).first())->fill(), tenantColour(1));
    m_tab->editor()->selectTenant(s.tenants[1].id);
    typeInto(m_tab->findChild<QLineEdit *>(QStringLiteral("tenantName")), QStringLiteral("Nordic lab"));
    QTRY_VERIFY(legend->text().contains(QStringLiteral("Nordic&nbsp;lab")));
}

void TestTenantsTab::projectTreeListsTenants()
{
    addTenant(QStringLiteral("Anchor"), TenantClass::Anchor);
    ProjectTree tree(m_doc);
    const Id id = m_doc->scenario().tenants.first().id;
    QTreeWidgetItem *item = tree.itemForId(id);
    QVERIFY(item);
    QCOMPARE(item->text(0), QStringLiteral("Anchor"));
    QCOMPARE(item->parent()->text(0), QStringLiteral("Tenants"));
    // picking it in the tree selects it in the tab
    addTenant(QStringLiteral("Lab"), TenantClass::Research);
    QVERIFY(m_tab->editor()->currentTenantId() != id);
    m_doc->setSelection({id});
    QCOMPARE(m_tab->editor()->currentTenantId(), id);
}

void TestTenantsTab::grabShowsTheTabs()
{
    addTenant(QStringLiteral("Anchor offtaker"), TenantClass::Anchor);
    addTenant(QStringLiteral("Research consortium"), TenantClass::Research);
    allocate({m_doc->scenario().halls[0].id}, QStringLiteral("Anchor offtaker"));
    allocate(racksOfHall(1, 6), QStringLiteral("Research consortium"));
    // Qt Charts deletes the items of replaced axes later: an event loop does, a grab right now would not
    m_doc->recomputeNow();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    test::verifyTabRenders(m_tab, m_doc, QStringLiteral("tenantstab.png"));
    m_layout->overlayAction(4)->trigger();
    test::verifyTabRenders(m_layout, m_doc, QStringLiteral("layout_tenants.png"));
}

void TestTenantsTab::narvikSampleInTheWindow()
{
    // The sample's tenants in the whole window at a workstation size; FJORD_GRAB_DIR keeps the views.
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openSample();
    ProjectDocument *doc = window.document();
    doc->recomputeNow();
    const Scenario &s = doc->scenario();
    QVERIFY(s.tenants.size() >= 3);
    const QString grabs = qEnvironmentVariable("FJORD_GRAB_DIR");

    TenantsTab *tab = window.findChild<TenantsTab *>();
    window.tabs()->setCurrentWidget(tab);
    QTRY_COMPARE(tab->editor()->table()->rowCount(), int(s.tenants.size()));
    const StageResult *stage = tabutil::currentStage(doc);
    QTableWidget *allocation = tab->allocation()->table();
    QTableWidgetItem *total = allocation->item(allocation->rowCount() - 1, AllocationView::Mw);
    QCOMPARE(total->text(), tabutil::number(stage->itCapacityW / 1e6, 2));
    QCoreApplication::processEvents();
    if (!grabs.isEmpty())
        QVERIFY(window.grab().save(grabs + QStringLiteral("/narvik_tenants.png")));

    auto *layout = window.findChild<LayoutTab *>();
    window.tabs()->setCurrentWidget(layout);
    layout->findChild<QAction *>(QStringLiteral("tenantOverlay"))->trigger();
    QTRY_VERIFY(layout->legend()->isVisible());
    const QString legend = layout->legend()->text().replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    for (const Tenant &t : s.tenants)
        QVERIFY2(legend.contains(t.name.toHtmlEscaped()), qPrintable(t.name));
    // a rack of a hall allocated as a whole: the inspector names the tenant and where it comes from
    const Rack *inherited = nullptr;
    for (const Rack &r : s.racks)
        if (!inherited && r.tenantId == NoId && s.hall(r.hallId)->tenantId != NoId &&
            (r.rowId == NoId || s.row(r.rowId)->tenantId == NoId))
            inherited = &r;
    QVERIFY(inherited);
    doc->setSelection({inherited->id});
    auto *combo = layout->inspector()->findChild<QComboBox *>(QStringLiteral("tenantAllocation"));
    auto *origin = layout->inspector()->findChild<QLabel *>(QStringLiteral("tenantOrigin"));
    QTRY_COMPARE(combo->currentText(), s.tenant(s.hall(inherited->hallId)->tenantId)->name);
    QVERIFY2(origin->text().contains(s.hall(inherited->hallId)->name), qPrintable(origin->text()));
    layout->view()->zoomToFit();
    QCoreApplication::processEvents();
    if (!grabs.isEmpty())
        QVERIFY(window.grab().save(grabs + QStringLiteral("/narvik_layout_tenants.png")));
    if (!grabs.isEmpty()) // the exported plan carries the same legend
        QCOMPARE(layout->exportPlan(grabs + QStringLiteral("/narvik_plan_tenants.png"), 1800), QString());
}

QTEST_MAIN(TestTenantsTab)
#include "tst_tenantstab.moc"
