#include "ui/floorplan/layouttab.h"

#include "model/document/projectdocument.h"
#include "model/document/undosteps.h"
#include "ui/floorplan/drawhalltool.h"
#include "ui/floorplan/drawrowtool.h"
#include "ui/floorplan/floorplanexport.h"
#include "ui/floorplan/floorplanscene.h"
#include "ui/floorplan/floorplanview.h"
#include "ui/floorplan/layoutactions.h"
#include "ui/floorplan/layoutinspector.h"
#include "ui/floorplan/overviewwidget.h"
#include "ui/floorplan/placeracktool.h"
#include "ui/floorplan/planlegend.h"
#include "ui/floorplan/rackcataloguelist.h"
#include "ui/floorplan/selecttool.h"
#include "ui/floorplan/tenantallocator.h"
#include "ui/tabs/racktypeeditor.h"
#include "ui/widgets/detachwidget.h"

#include <QAction>
#include <QActionGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace fjord::ui {

LayoutTab::LayoutTab(ProjectDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    m_scene = new FloorPlanScene(document, this);
    m_view = new FloorPlanView(m_scene);
    m_selectTool = new SelectTool(m_scene, &m_options, this);
    m_hallTool = new DrawHallTool(m_scene, &m_options, this);
    m_rowTool = new DrawRowTool(m_scene, &m_options, this);
    m_rackTool = new PlaceRackTool(m_scene, &m_options, this);
    m_actions = new LayoutActions(document, m_scene, this);
    m_inspector = new LayoutInspector(document);
    m_overview = new OverviewWidget(m_scene, m_view);
    m_status = new QLabel;
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true); // a long hint takes two lines rather than widen the tab past a laptop screen
    m_legend = new QLabel;
    m_legend->setObjectName(QStringLiteral("planLegend"));
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    m_legend->setContentsMargins(8, 2, 8, 2);

    // two rows, so that nothing hides behind an overflow chevron: editing, then what the plan shows
    auto *bar = new QToolBar;
    bar->setIconSize(QSize(16, 16));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *showBar = new QToolBar;
    showBar->setIconSize(QSize(16, 16));
    showBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    buildToolBar(bar, showBar);

    // The inspector sits on the right until a host (the main window's Inspector dock) takes it.
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(buildLeftPanel());
    split->addWidget(m_view);
    split->addWidget(m_inspector);
    split->setStretchFactor(1, 1);
    split->setSizes({200, 900, 260});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(bar);
    layout->addWidget(showBar);
    layout->addWidget(m_legend);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    for (AbstractTool *tool :
         std::initializer_list<AbstractTool *>{m_selectTool, m_hallTool, m_rowTool, m_rackTool})
        connect(tool, &AbstractTool::statusMessage, this, &LayoutTab::showStatus);
    connect(m_scene, &FloorPlanScene::statusMessage, this, &LayoutTab::showStatus);
    connect(m_scene, &FloorPlanScene::itemsChanged, this, &LayoutTab::refreshLegend);
    // right click: what applies to the selection (the tools leave it as it is)
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        QMenu *tenants = menu.addMenu(tr("Allocate to tenant"));
        tenants->setObjectName(QStringLiteral("allocateTenantMenu"));
        fillAllocateMenu(tenants, m_document);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_actions, &LayoutActions::statusMessage, this, &LayoutTab::showStatus);
    // after an undo the last tool message ("Moved by 0.60, 0.40 m") would stand for an edit that is gone
    auto *steps = new UndoSteps(m_document->undoStack(), this);
    connect(steps, &UndoSteps::undone, this,
            [this](const QString &text) { showStatus(tr("Undone: %1").arg(text)); });
    connect(steps, &UndoSteps::redone, this,
            [this](const QString &text) { showStatus(tr("Redone: %1").arg(text)); });
    connect(m_inspector, &LayoutInspector::statusMessage, this, &LayoutTab::showStatus);
    connect(m_view, &FloorPlanView::cursorMoved, this,
            [this](const QPointF &p) { m_actions->setCursorSite(p); });
    connect(m_scene, &FloorPlanScene::rackTypeDropped, this,
            [this](Id type, const QPointF &site) { m_rackTool->place(type, site); });
    connect(m_scene, &FloorPlanScene::rackTypeDragged, m_rackTool, &PlaceRackTool::showPreview);
    connect(m_scene, &FloorPlanScene::rackTypeDragLeft, m_rackTool, &PlaceRackTool::hidePreview);
    connect(m_view, &FloorPlanView::pointerLeft, m_rackTool, &PlaceRackTool::hidePreview);
    connect(m_catalogue, &RackCatalogueList::currentTypeChanged, this,
            [this](Id id) { m_options.rackTypeId = id; });
    m_options.rackTypeId = m_catalogue->currentTypeId();

    setTool(Tool::Select);
    m_view->zoomToFit();
    refreshLegend();
}

LayoutTab::~LayoutTab()
{
    m_scene->setTool(nullptr);
}

void LayoutTab::buildToolBar(QToolBar *bar, QToolBar *showBar)
{
    m_toolGroup = new QActionGroup(this);
    const std::pair<Tool, AbstractTool *> tools[] = {{Tool::Select, m_selectTool},
                                                     {Tool::DrawHall, m_hallTool},
                                                     {Tool::DrawRow, m_rowTool},
                                                     {Tool::PlaceRack, m_rackTool}};
    for (const auto &[kind, tool] : tools) {
        QAction *a = bar->addAction(tool->name());
        a->setCheckable(true);
        a->setShortcut(tool->shortcut());
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(tool->statusHint() + QStringLiteral(" (") + tool->shortcut().toString() + u')');
        addAction(a);
        m_toolGroup->addAction(a);
        const Tool k = kind;
        connect(a, &QAction::triggered, this, [this, k] { setTool(k); });
        m_toolActions.append(a);
    }
    bar->addSeparator();
    bar->addAction(m_actions->rotate());
    bar->addAction(m_actions->duplicate());
    bar->addAction(m_actions->copy());
    bar->addAction(m_actions->paste());
    bar->addAction(m_actions->remove());
    bar->addAction(m_actions->renumber());
    auto *alignMenu = new QMenu(this);
    alignMenu->addActions(m_actions->alignActions());
    auto *alignButton = new QToolButton;
    alignButton->setText(tr("Align"));
    alignButton->setMenu(alignMenu);
    alignButton->setPopupMode(QToolButton::InstantPopup);
    bar->addWidget(alignButton);
    bar->addSeparator();
    QAction *fit = bar->addAction(tr("Fit"), m_view, &FloorPlanView::zoomToFit);
    fit->setToolTip(tr("Zoom to the whole campus (Home)"));
    QAction *toSel = bar->addAction(tr("Zoom to selection"), this, [this] {
        m_view->zoomToRect(m_scene->boundsOf(m_document->selection()));
    });
    toSel->setShortcut(QKeySequence(Qt::Key_Z));
    toSel->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(toSel);
    bar->addSeparator();
    bar->addAction(tr("Export…"), this, &LayoutTab::exportWithDialog);

    // colour overlays: one at a time
    bar = showBar;
    auto *colourBy = new QLabel(tr("Colour racks by:"));
    colourBy->setContentsMargins(6, 0, 4, 0);
    bar->addWidget(colourBy);
    auto *overlays = new QActionGroup(this);
    const std::pair<QString, ColourMode> modes[] = {{tr("Type"), ColourMode::RackType},
                                                    {tr("Power density"), ColourMode::PowerDensity},
                                                    {tr("Liquid/air"), ColourMode::Cooling},
                                                    {tr("Phase/feed"), ColourMode::PhaseFeed},
                                                    {tr("Tenant"), ColourMode::Tenant}};
    for (const auto &[text, mode] : modes) {
        QAction *a = bar->addAction(text);
        a->setCheckable(true);
        a->setChecked(mode == ColourMode::RackType);
        overlays->addAction(a);
        const ColourMode m = mode;
        connect(a, &QAction::triggered, this, [this, m] {
            m_scene->setColourMode(m);
            refreshLegend();
        });
        m_overlayActions.append(a);
    }
    m_overlayActions.last()->setObjectName(QStringLiteral("tenantOverlay"));
    m_overlayActions.last()->setToolTip(
        tr("Colour racks by the tenant they are allocated to, with a legend"));
    bar->addSeparator();
    m_stageOverlay = bar->addAction(tr("Grey later stages"));
    m_stageOverlay->setCheckable(true);
    m_stageOverlay->setChecked(true);
    m_hideLater = bar->addAction(tr("Hide later stages"));
    m_hideLater->setCheckable(true);
    auto stageChanged = [this] {
        m_scene->setStageOverlay(m_stageOverlay->isChecked(), m_hideLater->isChecked());
    };
    connect(m_stageOverlay, &QAction::toggled, this, stageChanged);
    connect(m_hideLater, &QAction::toggled, this, stageChanged);
    connect(m_stageOverlay, &QAction::toggled, this, &LayoutTab::refreshLegend);
    connect(m_hideLater, &QAction::toggled, this, &LayoutTab::refreshLegend);
    m_problemsOverlay = bar->addAction(tr("Outline problems"));
    m_problemsOverlay->setCheckable(true);
    m_problemsOverlay->setChecked(true);
    connect(m_problemsOverlay, &QAction::toggled, m_scene, &FloorPlanScene::setProblemsOverlay);
    connect(m_problemsOverlay, &QAction::toggled, this, &LayoutTab::refreshLegend);
}

QWidget *LayoutTab::buildLeftPanel()
{
    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(new QLabel(tr("Rack catalogue")));
    m_catalogue = new RackCatalogueList(m_document);
    layout->addWidget(m_catalogue, 1);
    auto *editCatalogue = new QPushButton(tr("Edit catalogue…"));
    editCatalogue->setObjectName(QStringLiteral("editRackCatalogue"));
    editCatalogue->setToolTip(tr("Add, duplicate, remove and edit rack types"));
    connect(editCatalogue, &QPushButton::clicked, this,
            [this] { RackTypeEditor::showWindow(m_document, this); });
    layout->addWidget(editCatalogue);
    layout->addWidget(new QLabel(tr("Overview")));
    layout->addWidget(m_overview);
    auto *form = new QFormLayout;
    auto *pitch = new QDoubleSpinBox;
    pitch->setRange(0.3, 3.0);
    pitch->setDecimals(2);
    pitch->setSingleStep(0.05);
    pitch->setSuffix(QStringLiteral(" m"));
    pitch->setValue(m_options.pitchM);
    pitch->setObjectName(QStringLiteral("pitch"));
    connect(pitch, &QDoubleSpinBox::valueChanged, this, [this](double v) { m_options.pitchM = v; });
    form->addRow(tr("Row pitch"), pitch);
    auto *aisle = new QComboBox;
    aisle->addItem(tr("Right of the drawn line"), int(AisleSide::Back));
    aisle->addItem(tr("Left of the drawn line"), int(AisleSide::Front));
    aisle->setObjectName(QStringLiteral("hotAisle"));
    connect(aisle, &QComboBox::currentIndexChanged, this,
            [this, aisle] { m_options.hotAisle = AisleSide(aisle->currentData().toInt()); });
    form->addRow(tr("Hot aisle"), aisle);
    auto *grid = new QDoubleSpinBox;
    grid->setRange(0.05, 5.0);
    grid->setDecimals(2);
    grid->setSingleStep(0.1);
    grid->setSuffix(QStringLiteral(" m"));
    grid->setValue(m_options.gridM);
    connect(grid, &QDoubleSpinBox::valueChanged, this, [this](double v) { m_options.gridM = v; });
    form->addRow(tr("Grid"), grid);
    auto *snap = new QCheckBox(tr("Snap to grid and racks"));
    snap->setChecked(m_options.snap);
    connect(snap, &QCheckBox::toggled, this, [this](bool on) { m_options.snap = on; });
    form->addRow(snap);
    layout->addLayout(form);
    return panel;
}

void LayoutTab::setTool(Tool tool)
{
    AbstractTool *tools[] = {m_selectTool, m_hallTool, m_rowTool, m_rackTool};
    const int i = int(tool);
    m_scene->setTool(tools[i]);
    m_toolActions[i]->setChecked(true);
}

QAction *LayoutTab::toolAction(Tool tool) const
{
    return m_toolActions.value(int(tool));
}

QAction *LayoutTab::overlayAction(int index) const
{
    return m_overlayActions.value(index);
}

// What the colours mean, for every mode and overlay; a line breaks between entries, never inside one.
void LayoutTab::refreshLegend()
{
    const FloorPlanStyle &style = m_scene->style();
    QString title;
    switch (style.mode) {
    case ColourMode::RackType:
        title = tr("Rack types:");
        break;
    case ColourMode::PowerDensity:
        title = tr("Power density:");
        break;
    case ColourMode::Cooling:
        title = tr("Heat to liquid:");
        break;
    case ColourMode::PhaseFeed:
        title = tr("Phase (fill), feeds (outline):");
        break;
    case ColourMode::Tenant:
        title = tr("Tenants:");
        break;
    case ColourMode::LayoutDiff:
        title = tr("Differences:");
        break;
    }
    const QString text = QStringLiteral("<b>%1</b>&nbsp;&nbsp;")
                             .arg(title.toHtmlEscaped().replace(u' ', QStringLiteral("&nbsp;"))) +
                         planLegendHtml(planLegend(style, m_document->project(), m_document->scenario()));
    if (m_legend->text() != text)
        m_legend->setText(text);
}

LayoutInspector *LayoutTab::detachInspector()
{
    detachWidget(m_inspector, parentWidget());
    return m_inspector;
}

QString LayoutTab::statusText() const
{
    return m_status->text();
}

void LayoutTab::showStatus(const QString &message)
{
    m_status->setText(message);
    emit statusMessage(message);
}

QString LayoutTab::exportPlan(const QString &path, int widthPx) const
{
    PlanExport options;
    options.widthPx = widthPx;
    const Project &p = m_document->project();
    const Scenario &s = m_document->scenario();
    options.title = p.name.isEmpty() ? tr("Floor plan") : p.name;
    const int stage = m_document->currentStageIndex();
    options.subtitle =
        tr("Scenario %1 · built through %2")
            .arg(s.name, stage < s.stages.size() ? s.stages[stage].name : tr("stage %1").arg(stage + 1));
    if (path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive))
        return exportPlanSvg(m_scene, options, path);
    return exportPlanPng(m_scene, options, path);
}

void LayoutTab::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export floor plan"), QString(),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    const QString error = exportPlan(path);
    showStatus(error.isEmpty() ? tr("Exported %1").arg(path) : error);
}

} // namespace fjord::ui
