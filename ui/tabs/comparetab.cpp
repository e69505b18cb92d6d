#include "ui/tabs/comparetab.h"

#include "ui/app/language.h"

#include "model/comparison.h"
#include "model/document/projectdocument.h"
#include "ui/charts/chartpalette.h"
#include "ui/floorplan/floorplanscene.h"
#include "ui/floorplan/floorplanview.h"
#include "ui/tabs/layoutdiffcolours.h"
#include "ui/widgets/refreshwhenshown.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace fjord::ui {

namespace {
constexpr int RefreshDelayMs = 300;

bool isShare(const KpiComparison &k)
{
    return k.key == QLatin1String("ref") || k.key == QLatin1String("cfe_hourly") ||
           k.key == QLatin1String("erf") || k.key == QLatin1String("irr") ||
           k.key == QLatin1String("stage_irr");
}

// A KPI as the table shows it: shares in %, energy in MWh, money in millions. A difference of two
// shares is in percentage points (10.0 % against 10.5 % is +0.5 pp, not +5 %).
QString format(const KpiComparison &k, double v, const QString &currency, bool isDelta = false)
{
    const QLocale locale = displayLocale(); // grouped digits even under LC_ALL=C
    if (isShare(k))
        return locale.toString(v * 100, 'f', 1) + (isDelta ? CompareTab::tr(" pp") : QStringLiteral(" %"));
    if (k.key == QLatin1String("pue") || k.key == QLatin1String("wue_l_per_kwh") ||
        k.key == QLatin1String("cue_kg_per_kwh"))
        return locale.toString(v, 'f', 3);
    if (k.key == QLatin1String("white_space_density_kw_per_m2") ||
        k.key == QLatin1String("levelised_cost_per_gpu_hour"))
        return locale.toString(v, 'f', 2);
    if (k.key == QLatin1String("energy_cost") || k.key == QLatin1String("capex_total") ||
        k.key == QLatin1String("capex_per_mw_it") || k.key == QLatin1String("npv") ||
        k.key == QLatin1String("stage_npv"))
        return locale.toString(v / 1e6, 'f', 1) + CompareTab::tr(" M ") + currency;
    return locale.toString(v, 'f', 0);
}

QString unitLabel(const KpiComparison &k, const QString &currency)
{
    if (k.key == QLatin1String("energy_cost"))
        return CompareTab::tr("%1 (%2/yr)").arg(k.label, currency);
    if (k.key == QLatin1String("capex_per_mw_it"))
        return CompareTab::tr("%1 (%2/MW)").arg(k.label, currency);
    if (k.key == QLatin1String("levelised_cost_per_gpu_hour"))
        return CompareTab::tr("%1 (%2/GPU-h)").arg(k.label, currency);
    if (k.key == QLatin1String("capex_total") || k.key == QLatin1String("npv") ||
        k.key == QLatin1String("stage_npv"))
        return QStringLiteral("%1 (%2)").arg(k.label, currency);
    // The model's units are machine-readable ("MWh/yr"); only the year is a word.
    const QString unit = QString(k.unit).replace(QStringLiteral("/yr"), CompareTab::tr("/yr"));
    return unit.isEmpty() ? k.label : CompareTab::tr("%1 (%2)").arg(k.label, unit);
}
} // namespace

// One side: the project copied into a document of its own, on one scenario, and its plan.
struct CompareTab::Side {
    std::unique_ptr<ProjectDocument> document;
    std::unique_ptr<FloorPlanScene> scene;
    FloorPlanView *view = nullptr;
};

CompareTab::CompareTab(ProjectDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document),
      m_refresh(new RefreshWhenShown(this, RefreshDelayMs, [this] { refreshNow(); })),
      m_a(std::make_unique<Side>()), m_b(std::make_unique<Side>())
{
    m_scenarioA = new QComboBox;
    m_scenarioB = new QComboBox;
    m_stage = new QComboBox;
    m_scenarioA->setObjectName(QStringLiteral("compareA"));
    m_scenarioB->setObjectName(QStringLiteral("compareB"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Compare A")));
    bar->addWidget(m_scenarioA, 1);
    bar->addWidget(new QLabel(tr("with B")));
    bar->addWidget(m_scenarioB, 1);
    bar->addWidget(new QLabel(tr("through")));
    bar->addWidget(m_stage);
    m_hint = new QLabel;
    m_hint->setStyleSheet(QStringLiteral("color: #5c6670"));
    bar->addWidget(m_hint, 1);
    m_showDiff = new QCheckBox(tr("Colour racks by difference"));
    m_showDiff->setObjectName(QStringLiteral("compareShowDiff"));
    m_showDiff->setChecked(true);
    bar->addWidget(m_showDiff);
    m_diffLegend = new QLabel;
    m_diffLegend->setObjectName(QStringLiteral("diffLegend"));
    m_diffLegend->setTextFormat(Qt::RichText);
    m_diffLegend->setWordWrap(true);
    m_diffLegend->setToolTip(
        tr("Racks matched by id, then by name. Click a rack to select it in both plans."));

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("KPI"), tr("A"), tr("B"), tr("B − A"), tr("B − A, %")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Kpi, QHeaderView::ResizeToContents);
    m_table->setAlternatingRowColors(true);

    auto planColumn = [this](Side &side, QLabel *&caption) {
        auto *box = new QWidget;
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        caption = new QLabel;
        QFont bold = caption->font();
        bold.setBold(true);
        caption->setFont(bold);
        layout->addWidget(caption);
        side.document = std::make_unique<ProjectDocument>(Project{}); // filled when first shown
        side.scene = std::make_unique<FloorPlanScene>(side.document.get());
        side.view = new FloorPlanView(side.scene.get());
        layout->addWidget(side.view, 1);
        return box;
    };
    auto *plans = new QSplitter(Qt::Horizontal);
    plans->addWidget(planColumn(*m_a, m_captionA));
    plans->addWidget(planColumn(*m_b, m_captionB));
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(plans);
    split->addWidget(m_table);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(bar);
    layout->addWidget(m_diffLegend);
    layout->addWidget(split, 1);
    for (Side *side : {m_a.get(), m_b.get()})
        side->view->viewport()->installEventFilter(this);
    connect(m_showDiff, &QCheckBox::toggled, this, &CompareTab::applyDiff);

    // the two plans move together: zoom or pan one, the other shows the same area
    auto follow = [this](FloorPlanView *leader, FloorPlanView *follower) {
        connect(leader, &FloorPlanView::viewChanged, this, [this, leader, follower] {
            if (m_syncing || !leader->isVisible())
                return;
            m_syncing = true;
            follower->showSameAreaAs(leader);
            m_syncing = false;
        });
    };
    follow(m_a->view, m_b->view);
    follow(m_b->view, m_a->view);
    connect(m_scenarioA, &QComboBox::activated, this, &CompareTab::refreshNow);
    connect(m_scenarioB, &QComboBox::activated, this, &CompareTab::refreshNow);
    connect(m_stage, &QComboBox::activated, this, [this] {
        applyStage();
        fillTable();
    });
    connect(document, &ProjectDocument::resultsChanged, m_refresh, &RefreshWhenShown::markStale);
    connect(document, &ProjectDocument::changed, m_refresh, &RefreshWhenShown::markStale);
    fillScenarioBoxes();
}

CompareTab::~CompareTab()
{
    // the views go with the widgets; their scenes must outlive them
    delete m_a->view;
    delete m_b->view;
}

FloorPlanScene *CompareTab::sceneA() const
{
    return m_a->scene.get();
}

FloorPlanScene *CompareTab::sceneB() const
{
    return m_b->scene.get();
}

FloorPlanView *CompareTab::viewA() const
{
    return m_a->view;
}

FloorPlanView *CompareTab::viewB() const
{
    return m_b->view;
}

void CompareTab::fillScenarioBoxes()
{
    const Project &p = m_document->project();
    const Id a =
        m_scenarioA->count() ? m_scenarioA->currentData().value<Id>() : m_document->currentScenarioId();
    Id b = m_scenarioB->count() ? m_scenarioB->currentData().value<Id>() : NoId;
    if (b == NoId || !p.scenario(b)) // by default the first scenario that is not A
        for (const Scenario &s : p.scenarios)
            if (s.id != a) {
                b = s.id;
                break;
            }
    for (QComboBox *box : {m_scenarioA, m_scenarioB}) {
        box->clear();
        for (const Scenario &s : p.scenarios)
            box->addItem(s.name, QVariant::fromValue<Id>(s.id));
    }
    m_scenarioA->setCurrentIndex(std::max(0, m_scenarioA->findData(QVariant::fromValue<Id>(a))));
    m_scenarioB->setCurrentIndex(
        std::max(0, m_scenarioB->findData(QVariant::fromValue<Id>(b == NoId ? a : b))));
}

void CompareTab::refreshNow()
{
    m_refresh->refreshed();
    fillScenarioBoxes();
    // each side: a fresh copy of the project on its scenario
    for (auto [side, box, caption] :
         {std::tuple{m_a.get(), m_scenarioA, m_captionA}, std::tuple{m_b.get(), m_scenarioB, m_captionB}}) {
        auto document = std::make_unique<ProjectDocument>(m_document->project());
        document->setCurrentScenario(box->currentData().value<Id>());
        auto scene = std::make_unique<FloorPlanScene>(document.get());
        side->view->setScene(scene.get());
        side->scene = std::move(scene); // the old scene goes before its document
        side->document = std::move(document);
        caption->setText(
            QStringLiteral("%1: %2").arg(box == m_scenarioA ? tr("A") : tr("B"), box->currentText()));
    }
    const int stages =
        int(std::max(m_a->document->scenario().stages.size(), m_b->document->scenario().stages.size()));
    const int current = m_stage->count() ? m_stage->currentIndex() : stages - 1;
    m_stage->clear();
    for (int i = 0; i < stages; ++i)
        m_stage->addItem(tr("Stage %1").arg(i + 1));
    m_stage->setCurrentIndex(std::clamp(current, 0, stages - 1));
    applyStage();
    fillTable();
    m_diff = diffLayouts(m_a->document->scenario(), m_b->document->scenario());
    m_aToB.clear();
    m_bToA.clear();
    for (const RackDiff &r : m_diff.racks)
        if (r.idA != NoId && r.idB != NoId) {
            m_aToB.insert(r.idA, r.idB);
            m_bToA.insert(r.idB, r.idA);
        }
    applyDiff();
    m_hint->setText(
        m_scenarioA->currentIndex() == m_scenarioB->currentIndex()
            ? tr("A and B are the same scenario: Project > Duplicate Scenario makes a variant to compare.")
            : QString());
    m_a->view->zoomToFit();
    m_b->view->zoomToFit();
}

void CompareTab::applyDiff()
{
    const bool on = m_showDiff->isChecked();
    m_diffLegend->setVisible(on);
    if (!on) {
        m_a->scene->setColourMode(ColourMode::RackType);
        m_b->scene->setColourMode(ColourMode::RackType);
        return;
    }
    const auto legend = layoutDiffLegend(m_diff);
    m_a->scene->setLayoutDiffColours(layoutDiffRackColours(m_diff.classInA), legend);
    m_b->scene->setLayoutDiffColours(layoutDiffRackColours(m_diff.classInB), legend);
    m_diffLegend->setText(layoutDiffLegendHtml(m_diff));
}

bool CompareTab::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        for (Side *side : {m_a.get(), m_b.get()})
            if (watched == side->view->viewport() && mouse->button() == Qt::LeftButton)
                selectCounterparts(*side, side->view->mapToScene(mouse->position().toPoint()));
    }
    return QWidget::eventFilter(watched, event);
}

// A rack clicked on one plan is selected there and, where it has a counterpart, on the other plan.
void CompareTab::selectCounterparts(Side &clicked, const QPointF &sitePos)
{
    const Id id = clicked.scene->objectAt(sitePos);
    const bool onA = &clicked == m_a.get();
    const auto &classes = onA ? m_diff.classInA : m_diff.classInB;
    if (id == NoId || !classes.contains(id))
        return;
    const Id other = (onA ? m_aToB : m_bToA).value(id, NoId);
    const Id idA = onA ? id : other, idB = onA ? other : id;
    m_a->document->setSelection(idA == NoId ? QList<Id>{} : QList<Id>{idA});
    m_b->document->setSelection(idB == NoId ? QList<Id>{} : QList<Id>{idB});
}

void CompareTab::applyStage()
{
    const int i = m_stage->currentIndex();
    for (Side *side : {m_a.get(), m_b.get()})
        side->document->setCurrentStageIndex(std::min(i, int(side->document->scenario().stages.size()) - 1));
}

void CompareTab::fillTable()
{
    const QList<StageComparison> all = compareResults(m_a->document->results(), m_b->document->results(),
                                                      hallAreaThroughStages(m_a->document->scenario()),
                                                      hallAreaThroughStages(m_b->document->scenario()));
    const int i = m_stage->currentIndex();
    m_table->setRowCount(0);
    if (i < 0 || i >= all.size())
        return;
    const StageComparison &c = all[i];
    const QString currency = m_document->project().costs.currency;
    if (c.kpis.isEmpty()) {
        m_table->setRowCount(1);
        m_table->setItem(
            0, Kpi,
            new QTableWidgetItem(
                tr("Only %1 has a stage %2").arg(c.nameA.isEmpty() ? tr("B") : tr("A")).arg(c.stage)));
        return;
    }
    m_table->setRowCount(int(c.kpis.size()));
    for (int r = 0; r < c.kpis.size(); ++r) {
        const KpiComparison &k = c.kpis[r];
        auto cell = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setTextAlignment(column == Kpi ? Qt::AlignLeft | Qt::AlignVCenter
                                                 : Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, column, item);
            return item;
        };
        cell(Kpi, unitLabel(k, currency))->setData(Qt::UserRole, k.key);
        const QString absent = QStringLiteral("–"); // an IRR that does not exist
        cell(ValueA, k.hasA ? format(k, k.a, currency) : absent);
        cell(ValueB, k.hasB ? format(k, k.b, currency) : absent);
        if (!k.comparable()) {
            cell(Delta, absent);
            cell(DeltaPct, absent);
            continue;
        }
        const double d = k.delta();
        QTableWidgetItem *delta =
            cell(Delta, (d > 0 ? QStringLiteral("+") : QString()) + format(k, d, currency, true));
        // A relative change of a share (an IRR 10 % -> 11 % is "+10 %") misleads: shares show pp only.
        QTableWidgetItem *pct =
            cell(DeltaPct, std::abs(k.a) > 1e-12 && !isShare(k)
                               ? QStringLiteral("%1%2 %")
                                     .arg(d > 0 ? QStringLiteral("+") : QString())
                                     .arg(displayLocale().toString(d / std::abs(k.a) * 100, 'f', 1))
                               : QStringLiteral("–"));
        if (!k.informative && std::abs(d) > 1e-9 * std::max(1.0, std::abs(k.a))) {
            const bool better = (d < 0) == k.lowerIsBetter;
            const QColor colour = better ? ChartPalette::pass() : ChartPalette::fail();
            delta->setForeground(colour);
            pct->setForeground(colour);
            delta->setToolTip(better ? tr("B is better") : tr("B is worse"));
        }
    }
}

} // namespace fjord::ui
