// The Power tab driven like a user: select a node in the tree, edit its rating in the inspector
// with the keyboard, undo; see a red bar on an overloaded node; add a node; auto-balance.

#include "../model/power/powerfixture.h"
#include "model/document/projectdocument.h"
#include "model/sample/narviksample.h"
#include "ui/power/phasecurrentchart.h"
#include "ui/power/powerinspector.h"
#include "ui/power/powertab.h"
#include "ui/power/powertreemodel.h"

#include <QChart>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QToolButton>
#include <QToolTip>
#include <QTreeView>
#include <QUndoStack>
#include <QValueAxis>
#include <QtTest>

using namespace fjord;
using namespace fjord::ui;
using fjord::test::PowerFixture;

class TestPowerTab : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void editRatingInInspectorAndUndo();
    void negativeRatingIsRefusedWithAMessage();
    void utilisationColumnsVisibleWithoutDragging();
    void nodeTooltipSaysRatingAndLoad();
    void phaseChartTicksAreDistinct();
    void phaseChartKeepsBothEndsOfLongNames();
    void phaseChartShowsItsLabelsAsSet_data();
    void phaseChartShowsItsLabelsAsSet();
    void overloadedNodeShowsRedBar();
    void addNodeUnderSelection();
    void autoBalanceButton();
    void voltageReferenceIsExplicit();
    void dropReparentsThroughACommand();
    void newNodeTakesItsKindsDefaults();
    void feedSelectedRacksFromTheTab();

private:
    void click(Id node);
    QColor barPixel(Id node);
    QToolButton *button(const QString &text);

    Id m_swb = NoId, m_ok = NoId, m_over = NoId, m_single = NoId, m_row = NoId;
    QList<Id> m_singleRacks;
    ProjectDocument *m_doc = nullptr;
    PowerTab *m_tab = nullptr;
};

void TestPowerTab::init()
{
    // SWB-1 (500 kVA) -> BW-OK (40 kVA, one 30 kW rack at PF 1: 75 %, green)
    //                 -> BW-OVER (20 kVA, one 30 kW rack: 150 %, red)
    //                 -> BW-1PH (230 V LN, 100 A; three 2.3 kW single-phase racks all on L1)
    PowerFixture f;
    m_swb = f.addNode(QStringLiteral("SWB-1"), PowerNodeKind::Switchboard, NoId, 500);
    m_ok = f.addNode(QStringLiteral("BW-OK"), PowerNodeKind::Busway, m_swb, 40);
    m_over = f.addNode(QStringLiteral("BW-OVER"), PowerNodeKind::Busway, m_swb, 20);
    m_single = f.addCurrentNode(QStringLiteral("BW-1PH"), m_swb, 100, 230, VoltageReference::LineToNeutral);
    const Id big = f.addType(30000, 1.0);
    f.addRack(big, {RackFeed{m_ok, Phase::ThreePhase}});
    f.addRack(big, {RackFeed{m_over, Phase::ThreePhase}});
    const Id small = f.addType(2300, 1.0, false);
    m_singleRacks.clear();
    for (int i = 0; i < 3; ++i)
        m_singleRacks.append(f.addRack(small, {RackFeed{m_single, Phase::L1}}));
    Row row; // the single-phase racks stand in one row
    row.id = m_row = f.project.allocateId();
    row.name = QStringLiteral("R01");
    f.scenario->rows.append(row);
    for (Id rack : m_singleRacks)
        f.scenario->rack(rack)->rowId = m_row;
    m_doc = new ProjectDocument(f.project);
    m_tab = new PowerTab(m_doc, nullptr);
    m_tab->resize(1400, 800);
    m_tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_tab));
}

void TestPowerTab::cleanup()
{
    delete m_tab;
    delete m_doc;
    m_tab = nullptr;
    m_doc = nullptr;
}

void TestPowerTab::click(Id node)
{
    const QRect rect = m_tab->tree()->visualRect(m_tab->model()->indexOf(node));
    QVERIFY(rect.isValid());
    QTest::mouseClick(m_tab->tree()->viewport(), Qt::LeftButton, {}, rect.center());
}

QColor TestPowerTab::barPixel(Id node)
{
    const QRect cell = m_tab->tree()->visualRect(m_tab->model()->indexOf(node, PowerTreeModel::Utilisation));
    const QImage image = m_tab->tree()->viewport()->grab().toImage();
    return image.pixelColor(cell.left() + 4, cell.top() + 4); // inside the bar, clear of the text
}

QToolButton *TestPowerTab::button(const QString &text)
{
    for (QToolButton *b : m_tab->findChildren<QToolButton *>())
        if (b->text() == text)
            return b;
    return nullptr;
}

void TestPowerTab::editRatingInInspectorAndUndo()
{
    click(m_ok);
    QCOMPARE(m_tab->selectedNode(), m_ok);
    auto *rating = m_tab->inspector()->findChild<QDoubleSpinBox *>(QStringLiteral("ratingEdit"));
    QVERIFY(rating);
    QCOMPARE(rating->value(), 40.0);
    QCOMPARE(m_tab->model()->indexOf(m_ok, PowerTreeModel::Utilisation).data().toString(),
             QStringLiteral("75.0 %"));
    // Racks without a peak power of their own peak at their design power: the same figure at peak.
    QCOMPARE(m_tab->model()->headerData(PowerTreeModel::AtPeak, Qt::Horizontal).toString(),
             QStringLiteral("At peak"));
    QCOMPARE(m_tab->model()->indexOf(m_ok, PowerTreeModel::AtPeak).data().toString(),
             QStringLiteral("75.0 %"));

    QTest::mouseClick(rating, Qt::LeftButton);
    QTest::keyClick(rating, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(rating, QStringLiteral("60"));
    QTest::keyClick(rating, Qt::Key_Return);
    QCOMPARE(m_doc->scenario().powerNode(m_ok)->ratingVa, 60000.0);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->recomputeNow();
    QCOMPARE(m_tab->model()->indexOf(m_ok, PowerTreeModel::RatingKva).data().toString(),
             QStringLiteral("60.0"));
    QCOMPARE(m_tab->model()->indexOf(m_ok, PowerTreeModel::Utilisation).data().toString(),
             QStringLiteral("50.0 %"));
    QCOMPARE(m_tab->selectedNode(), m_ok); // the selection survives the edit

    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->scenario().powerNode(m_ok)->ratingVa, 40000.0);
    QCOMPARE(rating->value(), 40.0);
    m_doc->recomputeNow();
    QCOMPARE(m_tab->model()->indexOf(m_ok, PowerTreeModel::Utilisation).data().toString(),
             QStringLiteral("75.0 %"));
}

void TestPowerTab::negativeRatingIsRefusedWithAMessage()
{
    click(m_ok);
    auto *rating = m_tab->inspector()->findChild<QDoubleSpinBox *>(QStringLiteral("ratingEdit"));
    QTest::mouseClick(rating, Qt::LeftButton);
    QTest::keyClick(rating, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(rating, QStringLiteral("-50"));
    QTest::keyClick(rating, Qt::Key_Return);
    // Not 0.0 and not -50: the node keeps its 40 kVA, no undo step, and the reason is on screen.
    QCOMPARE(m_doc->scenario().powerNode(m_ok)->ratingVa, 40000.0);
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QCOMPARE(rating->value(), 40.0);
    QLabel *message = m_tab->inspector()->message();
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(),
             QStringLiteral("The rating of BW-OK cannot be negative (-50.0 kVA typed); it stays as it was."));
    // A valid value afterwards is taken and clears the message.
    QTest::keyClick(rating, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(rating, QStringLiteral("50"));
    QTest::keyClick(rating, Qt::Key_Return);
    QCOMPARE(m_doc->scenario().powerNode(m_ok)->ratingVa, 50000.0);
    QVERIFY(message->text().isEmpty());
}

void TestPowerTab::utilisationColumnsVisibleWithoutDragging()
{
    // At a desktop width and at a laptop's (the tab on a 1366 px screen beside the docks): the
    // names and the normal and failover utilisation are in view, nothing has to be dragged.
    for (int width : {1400, 820}) {
        m_tab->resize(width, 800);
        QTRY_COMPARE(m_tab->width(), width);
        QCoreApplication::processEvents();
        QTreeView *tree = m_tab->tree();
        QHeaderView *header = tree->header();
        for (int column : {int(PowerTreeModel::Utilisation), int(PowerTreeModel::Failover)}) {
            const int right = header->sectionViewportPosition(column) + header->sectionSize(column);
            QVERIFY2(header->sectionViewportPosition(column) >= 0 && right <= tree->viewport()->width(),
                     qPrintable(QStringLiteral("column %1 ends at %2 px of %3 (tab %4 px)")
                                    .arg(column)
                                    .arg(right)
                                    .arg(tree->viewport()->width())
                                    .arg(width)));
        }
        // Each node's name fits its cell (indentation included).
        for (Id id : {m_swb, m_ok, m_over, m_single}) {
            const QModelIndex index = m_tab->model()->indexOf(id, PowerTreeModel::Name);
            const QRect cell = tree->visualRect(index);
            const int needed = tree->fontMetrics().horizontalAdvance(index.data().toString());
            QVERIFY2(cell.width() > needed, qPrintable(index.data().toString()));
        }
        // The percentage text fits its column.
        const int percentWidth = tree->fontMetrics().horizontalAdvance(QStringLiteral("150.0 %"));
        QVERIFY(header->sectionSize(PowerTreeModel::Utilisation) > percentWidth);
        // The same on the sample's chain of 257 nodes (one named "Grid connection Kvandal 132 kV
        // (stage 1)"): a long name is elided rather than pushing the bars out of view.
        ProjectDocument sampleDoc(makeNarvikSample());
        PowerTab sample(&sampleDoc, nullptr);
        sample.resize(width, 800);
        sample.show();
        QVERIFY(QTest::qWaitForWindowExposed(&sample));
        if (const QString dir = qEnvironmentVariable("FJORD_GRAB_DIR"); !dir.isEmpty())
            QVERIFY(sample.grab().save(dir + QStringLiteral("/power_sample_%1.png").arg(width)));
        for (int column : {int(PowerTreeModel::Utilisation), int(PowerTreeModel::Failover)}) {
            QHeaderView *h = sample.tree()->header();
            QVERIFY(h->sectionViewportPosition(column) + h->sectionSize(column) <=
                    sample.tree()->viewport()->width());
        }
        if (const QString dir = qEnvironmentVariable("FJORD_GRAB_DIR"); !dir.isEmpty()) {
            click(m_single); // the chart of a small single-phase busway
            QTRY_VERIFY(m_tab->chart()->chart()->title().contains(QStringLiteral("BW-1PH")));
            QTest::qWait(300); // for the picture only: the chart lays its new axes out over a few passes
            QVERIFY(m_tab->grab().save(dir + QStringLiteral("/power_tab_%1.png").arg(width)));
        }
    }
}

void TestPowerTab::nodeTooltipSaysRatingAndLoad()
{
    QTreeView *tree = m_tab->tree();
    const QModelIndex name = m_tab->model()->indexOf(m_ok, PowerTreeModel::Name);
    const QPoint at = tree->visualRect(name).center();
    QHelpEvent hover(QEvent::ToolTip, at, tree->viewport()->mapToGlobal(at));
    QCoreApplication::sendEvent(tree->viewport(), &hover);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString tip = QToolTip::text();
    for (const QString &part :
         {QStringLiteral("<b>BW-OK</b>"), QStringLiteral("40.0 kVA"), QStringLiteral("30.0 kW"),
          QStringLiteral("75.0 %"), QStringLiteral("1 rack")})
        QVERIFY2(tip.contains(part), qPrintable(part + QStringLiteral(" not in ") + tip));
    QToolTip::hideText();
}

void TestPowerTab::phaseChartTicksAreDistinct()
{
    // Small currents (a few amperes) read as 0, 0.5, 1.0, …, not "1, 1, 1, 0, 0".
    for (const QList<double> &currents : {QList<double>{1.3, 0.2, 0.0}, QList<double>{0.04, 0.01, 0.0},
                                          QList<double>{1800.0, 1500.0, 1650.0}}) {
        PhaseCurrentChart chart;
        PowerNodeLoading l;
        l.name = QStringLiteral("PDU-1");
        l.phaseCurrentA = {currents[0], currents[1], currents[2]};
        chart.setLoadings(QStringLiteral("PDU-1"), {l});
        const QList<QAbstractAxis *> axes = chart.chart()->axes(Qt::Vertical);
        QCOMPARE(axes.size(), 1);
        auto *y = qobject_cast<QValueAxis *>(axes.first());
        QVERIFY(y->max() >= currents[0]);
        QStringList labels;
        for (int i = 0; i < y->tickCount(); ++i) {
            const double value = y->min() + i * (y->max() - y->min()) / (y->tickCount() - 1);
            labels << QString::asprintf(qPrintable(y->labelFormat()), value);
        }
        QCOMPARE(QSet<QString>(labels.cbegin(), labels.cend()).size(), labels.size());
        for (const QString &label : labels)
            QVERIFY2(label.endsWith(QStringLiteral(" A")), qPrintable(label)); // the unit on every tick
    }
}

// The text Qt Charts draws under each bar group (it cuts a label it finds too wide at its end).
static QStringList drawnCategoryLabels(PhaseCurrentChart &chart)
{
    const qreal plotBottom = chart.chart()->mapToScene(chart.chart()->plotArea().bottomLeft()).y();
    QList<QGraphicsTextItem *> items;
    for (QGraphicsItem *item : chart.scene()->items()) {
        auto *text = dynamic_cast<QGraphicsTextItem *>(item);
        if (text && text->isVisible() && text->sceneBoundingRect().top() >= plotBottom &&
            !text->toPlainText().isEmpty() && text->toPlainText() != QStringLiteral("L1") &&
            text->toPlainText() != QStringLiteral("L2") && text->toPlainText() != QStringLiteral("L3"))
            items.append(text);
    }
    std::sort(items.begin(), items.end(), [](QGraphicsTextItem *a, QGraphicsTextItem *b) {
        return a->sceneBoundingRect().left() < b->sceneBoundingRect().left();
    });
    QStringList out;
    for (QGraphicsTextItem *item : items)
        out.append(item->toPlainText());
    return out;
}

void TestPowerTab::phaseChartKeepsBothEndsOfLongNames()
{
    // The sample's two grid connections differ only at the end of their names: a narrow chart
    // shows "…kV (stage 1)" and "…kV (stage 2)", not "Grid con..." twice. Two nodes of the same
    // name keep a bar group each.
    PhaseCurrentChart chart;
    chart.resize(640, 300);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QList<PowerNodeLoading> loadings(4);
    loadings[0].name = QStringLiteral("Grid connection Kvandal 132 kV (stage 1)");
    loadings[1].name = QStringLiteral("Grid connection Kvandal 132 kV (stage 2)");
    loadings[2].name = loadings[3].name = QStringLiteral("PDU-1");
    for (int i = 0; i < 4; ++i)
        loadings[i].phaseCurrentA = {100.0 * (i + 1), 90.0, 80.0};
    chart.setLoadings(QStringLiteral("Top level"), loadings);
    QCOMPARE(chart.categoryCount(), 4);
    QTRY_VERIFY(chart.categoryLabels().value(0).contains(QChar(0x2026))); // elided once laid out
    const QStringList labels = chart.categoryLabels();
    QCOMPARE(labels.size(), 4);
    QVERIFY2(labels[0].endsWith(QStringLiteral("(stage 1)")), qPrintable(labels[0]));
    QVERIFY2(labels[1].endsWith(QStringLiteral("(stage 2)")), qPrintable(labels[1]));
    QCOMPARE(QSet<QString>(labels.cbegin(), labels.cend()).size(), 4);
    // Wide enough: the full names come back, and Qt draws them whole.
    chart.resize(2200, 300);
    QTRY_COMPARE(chart.categoryLabels().value(0), loadings[0].name);
    QTRY_COMPARE(drawnCategoryLabels(chart), chart.categoryLabels());
}

void TestPowerTab::phaseChartShowsItsLabelsAsSet_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("nodes");
    for (int width : {340, 450, 600, 900})
        for (int nodes : {2, 3, 5})
            if (width / (nodes + 2) >= 60) // room for "…(stage 1)"
                QTest::addRow("%d px, %d nodes", width, nodes) << width << nodes;
}

void TestPowerTab::phaseChartShowsItsLabelsAsSet()
{
    // Whatever the width, the labels Qt draws are the ones the chart chose (elided at their start),
    // not cut again at their end ("…32 kV (stag..." at 1920 × 1080 before).
    QFETCH(int, width);
    QFETCH(int, nodes);
    PhaseCurrentChart chart;
    chart.resize(width, 320);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QList<PowerNodeLoading> loadings(nodes);
    for (int i = 0; i < nodes; ++i) {
        loadings[i].name = QStringLiteral("Grid connection Kvandal 132 kV (stage %1)").arg(i + 1);
        loadings[i].phaseCurrentA = {100.0 * (i + 1), 90.0, 80.0};
    }
    chart.setLoadings(QStringLiteral("Top level"), loadings);
    QTRY_COMPARE(drawnCategoryLabels(chart).size(), nodes);
    QTRY_COMPARE(drawnCategoryLabels(chart), chart.categoryLabels());
    for (const QString &label : chart.categoryLabels())
        QVERIFY2(label.endsWith(QStringLiteral(")")), qPrintable(label));
}

void TestPowerTab::overloadedNodeShowsRedBar()
{
    const QModelIndex over = m_tab->model()->indexOf(m_over, PowerTreeModel::Utilisation);
    QCOMPARE(over.data().toString(), QStringLiteral("150.0 %"));
    QCOMPARE(over.data(PowerTreeModel::BarColourRole).value<QColor>(), QColor(0xd6, 0x27, 0x28));
    QCOMPARE(barPixel(m_over), QColor(0xd6, 0x27, 0x28));
    QCOMPARE(barPixel(m_ok), QColor(0x2e, 0x9e, 0x44)); // 75 %: green
    // The chart of the switchboard shows it and its three busways, with a title and a legend.
    click(m_swb);
    QCOMPARE(m_tab->chart()->categoryCount(), 4);
    QVERIFY(m_tab->chart()->chart()->title().contains(QStringLiteral("SWB-1")));
    QVERIFY(m_tab->chart()->chart()->legend()->isVisible());
}

void TestPowerTab::addNodeUnderSelection()
{
    click(m_swb);
    QToolButton *add = button(QStringLiteral("Add node"));
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(m_doc->scenario().powerNodes.size(), 5);
    const PowerNode &added = m_doc->scenario().powerNodes.last();
    QCOMPARE(added.parentId, m_swb);
    QCOMPARE(added.kind, PowerNodeKind::Busway);
    QCOMPARE(m_tab->selectedNode(), added.id);
    QCOMPARE(m_tab->model()->rowCount(m_tab->model()->indexOf(m_swb)), 4);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->scenario().powerNodes.size(), 4);
    QCOMPARE(m_tab->model()->rowCount(m_tab->model()->indexOf(m_swb)), 3);
}

void TestPowerTab::autoBalanceButton()
{
    click(m_single);
    QTest::mouseClick(button(QStringLiteral("Auto-balance")), Qt::LeftButton);
    // Three 10 A feeds on L1 (200 %) become one per phase (0 %).
    const QString message = m_tab->findChild<QLabel *>(QStringLiteral("balanceMessage"))->text();
    QVERIFY2(message.contains(QStringLiteral("200.0 % → 0.0 %")), qPrintable(message));
    QSet<int> phases;
    for (Id r : m_singleRacks)
        phases.insert(int(m_doc->scenario().rack(r)->feeds[0].phase));
    QCOMPARE(phases.size(), 3);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->recomputeNow();
    QCOMPARE(m_tab->model()->indexOf(m_single, PowerTreeModel::Imbalance).data().toString(),
             QStringLiteral("0.0 %"));
    m_doc->undoStack()->undo();
    for (Id r : m_singleRacks)
        QCOMPARE(m_doc->scenario().rack(r)->feeds[0].phase, Phase::L1);
}

void TestPowerTab::voltageReferenceIsExplicit()
{
    // BW-1PH: 100 A at 230 V line-to-neutral, three phases: 3 × 230 V × 100 A = 69.0 kVA.
    click(m_single);
    auto *reference = m_tab->inspector()->findChild<QComboBox *>(QStringLiteral("voltageReferenceCombo"));
    QVERIFY(reference);
    QCOMPARE(reference->currentIndex(), 1); // V_LN
    QCOMPARE(m_tab->model()->indexOf(m_single, PowerTreeModel::RatingKva).data().toString(),
             QStringLiteral("69.0"));
    // The user says the 230 V was line-to-line: √3 × 230 V × 100 A = 39.8 kVA.
    reference->setFocus();
    QTest::keyClick(reference, Qt::Key_Up);
    QCOMPARE(m_doc->scenario().powerNode(m_single)->voltageReference, VoltageReference::LineToLine);
    QCOMPARE(m_doc->scenario().powerNode(m_single)->voltageV, 230.0);
    QCOMPARE(m_tab->model()->indexOf(m_single, PowerTreeModel::RatingKva).data().toString(),
             QStringLiteral("39.8"));
    // The rating given in amperes becomes kVA without changing the rating itself.
    auto *unit = m_tab->inspector()->findChild<QComboBox *>(QStringLiteral("ratingUnitCombo"));
    unit->setFocus();
    QTest::keyClick(unit, Qt::Key_Up);
    QCOMPARE(m_doc->scenario().powerNode(m_single)->ratingBasis, RatingBasis::ApparentPower);
    QVERIFY(std::abs(m_doc->scenario().powerNode(m_single)->ratingVa - std::sqrt(3.0) * 230 * 100) < 1e-6);
    QCOMPARE(m_doc->undoStack()->count(), 2);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->scenario().powerNode(m_single)->voltageReference, VoltageReference::LineToNeutral);
    QCOMPARE(m_doc->scenario().powerNode(m_single)->ratingBasis, RatingBasis::Current);
    QCOMPARE(reference->currentIndex(), 1);
}

void TestPowerTab::dropReparentsThroughACommand()
{
    // What the tree view does on a drop: BW-OVER dropped onto BW-OK.
    PowerTreeModel *model = m_tab->model();
    std::unique_ptr<QMimeData> mime(model->mimeData({model->indexOf(m_over)}));
    QVERIFY(mime);
    // Not onto itself (a loop).
    QVERIFY(!model->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, model->indexOf(m_over)));
    QVERIFY(model->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, model->indexOf(m_ok)));
    model->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, model->indexOf(m_ok));
    QTRY_COMPARE(m_doc->scenario().powerNode(m_over)->parentId, m_ok);
    QCOMPARE(model->parent(model->indexOf(m_over)), model->indexOf(m_ok));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->scenario().powerNode(m_over)->parentId, m_swb);
}

// Issue 11: a new node has its kind's rating, never 0 kVA; changing the kind of a node still at its
// defaults gives it the new kind's.
void TestPowerTab::newNodeTakesItsKindsDefaults()
{
    click(m_swb);
    QTest::mouseClick(button(QStringLiteral("Add node")), Qt::LeftButton);
    const Id added = m_tab->selectedNode();
    const PowerNode *busway = m_doc->scenario().powerNode(added);
    QCOMPARE(busway->kind, PowerNodeKind::Busway);
    QCOMPARE(busway->ratingA, 5000.0);
    QCOMPARE(busway->voltageV, 400.0);
    auto *kind = m_tab->findChild<QComboBox *>(QStringLiteral("kindCombo"));
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down); // busway -> PDU
    const PowerNode *pdu = m_doc->scenario().powerNode(added);
    QCOMPARE(pdu->kind, PowerNodeKind::Pdu);
    QCOMPARE(pdu->ratingA, 400.0);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->scenario().powerNode(added)->ratingA, 5000.0);
}

// Issue 11: racks picked on the plan are fed from the busway selected in the Power tab, one step.
void TestPowerTab::feedSelectedRacksFromTheTab()
{
    m_doc->setSelection(m_singleRacks); // as picked on the floor plan
    click(m_ok);
    QToolButton *feed = button(QStringLiteral("Feed selected racks"));
    QVERIFY(feed && feed->isEnabled());
    const int steps = m_doc->undoStack()->count();
    QTest::mouseClick(feed, Qt::LeftButton);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    for (Id rack : m_singleRacks) {
        const QList<RackFeed> &feeds = m_doc->scenario().rack(rack)->feeds;
        QCOMPARE(feeds.size(), 1); // the shared-side feed on BW-1PH is replaced
        QCOMPARE(feeds[0].nodeId, m_ok);
    }
    QVERIFY(m_tab->findChild<QLabel *>(QStringLiteral("balanceMessage"))->text().contains(u"BW-OK"));
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->scenario().rack(m_singleRacks[0])->feeds[0].nodeId, m_single);
    // A selected row stands for its racks.
    m_doc->setSelection({m_row});
    QVERIFY(feed->isEnabled());
    QTest::mouseClick(feed, Qt::LeftButton);
    for (Id rack : m_singleRacks)
        QCOMPARE(m_doc->scenario().rack(rack)->feeds[0].nodeId, m_ok);
}

QTEST_MAIN(TestPowerTab)
#include "tst_powertab.moc"
