#include "ui/floorplan/layoutinspector.h"
#include "model/designpower.h"

#include "ui/floorplan/inspectorfields.h"
#include "ui/floorplan/rackfeedassigner.h"
#include "ui/floorplan/tenantallocator.h"

#include "model/document/commands/layoutchangecommand.h"
#include "model/document/commands/layoutproperties.h"
#include "model/document/commands/layoutrowproperties.h"
#include "model/document/projectdocument.h"
#include "model/plural.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace fjord::ui {

namespace {
constexpr double MaxSiteM = 100000.0; // typed coordinates, metres: far beyond any campus
} // namespace

LayoutInspector::LayoutInspector(ProjectDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_title = new QLabel;
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    m_pages = new QStackedWidget;
    layout->addWidget(m_pages);
    layout->addWidget(new TenantAllocator(m_document, tr("Tenant")));
    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c01010"));
    layout->addWidget(m_message);
    layout->addStretch(1);

    m_idleHint = new QLabel;
    m_idleHint->setWordWrap(true);
    m_idleHint->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_pages->addWidget(m_idleHint);

    auto *racks = new QWidget;
    auto *rf = new QFormLayout(racks);
    m_rackName = new QLineEdit;
    m_rackType = new QComboBox;
    m_rackStage = new QComboBox;
    m_rackFeeds = new QLabel;
    m_rackFigures = new QLabel;
    m_rackFigures->setWordWrap(true);
    rf->addRow(tr("Name"), m_rackName);
    rf->addRow(tr("Type"), m_rackType);
    rf->addRow(tr("Stage"), m_rackStage);
    // Geometry is typed as a CAD user would; a refused value says why (m_message) and springs back.
    m_rackX = quantitySpin(-MaxSiteM, MaxSiteM, 2, QStringLiteral(" m"));
    m_rackY = quantitySpin(-MaxSiteM, MaxSiteM, 2, QStringLiteral(" m"));
    m_rackRotation = quantitySpin(-360, 360, 1, QStringLiteral(" °"));
    m_rackX->setToolTip(tr("Centre of the rack, metres from its hall's left wall"));
    m_rackY->setToolTip(tr("Centre of the rack, metres from its hall's top wall"));
    m_rackRotation->setToolTip(tr("Clockwise; 0° faces the hall's bottom wall"));
    rf->addRow(tr("Position x"), m_rackX);
    rf->addRow(tr("Position y"), m_rackY);
    rf->addRow(tr("Rotation"), m_rackRotation);
    rf->addRow(tr("Feeds"), m_rackFeeds);
    auto *assigner = new RackFeedAssigner(m_document, this);
    connect(assigner, &RackFeedAssigner::statusMessage, this, &LayoutInspector::statusMessage);
    rf->addRow(assigner);
    rf->addRow(m_rackFigures);
    m_pages->addWidget(racks);

    auto *hall = new QWidget;
    auto *hf = new QFormLayout(hall);
    m_hallName = new QLineEdit;
    m_hallX = quantitySpin(-MaxSiteM, MaxSiteM, 2, QStringLiteral(" m"));
    m_hallY = quantitySpin(-MaxSiteM, MaxSiteM, 2, QStringLiteral(" m"));
    m_hallRotation = quantitySpin(-360, 360, 1, QStringLiteral(" °"));
    m_hallX->setToolTip(tr("The hall's top-left corner on the site, metres"));
    m_hallY->setToolTip(tr("The hall's top-left corner on the site, metres"));
    m_hallRotation->setToolTip(tr("Clockwise about the top-left corner; rows and racks turn with the hall"));
    // Negative sizes can be typed, so that the refusal can say why (a spin box would just swallow them).
    m_hallWidth = quantitySpin(-5000, 5000, 1, QStringLiteral(" m"));
    m_hallDepth = quantitySpin(-5000, 5000, 1, QStringLiteral(" m"));
    m_hallFloorLoad = quantitySpin(0, 100000, 0, QStringLiteral(" kg/m²"));
    m_hallFloorLoad->setSpecialValueText(tr("no limit"));
    m_hallCooling = new QComboBox;
    m_hallStage = new QComboBox;
    m_hallFigures = new QLabel;
    m_hallFigures->setObjectName(QStringLiteral("hallFigures"));
    m_hallFigures->setWordWrap(true);
    hf->addRow(tr("Name"), m_hallName);
    hf->addRow(tr("Corner x"), m_hallX);
    hf->addRow(tr("Corner y"), m_hallY);
    hf->addRow(tr("Rotation"), m_hallRotation);
    hf->addRow(tr("Width"), m_hallWidth);
    hf->addRow(tr("Depth"), m_hallDepth);
    hf->addRow(tr("Floor load limit"), m_hallFloorLoad);
    hf->addRow(tr("Cooling system"), m_hallCooling);
    hf->addRow(tr("Stage"), m_hallStage);
    hf->addRow(m_hallFigures);
    m_pages->addWidget(hall);

    m_pages->addWidget(buildRowPage());

    // Names for tests and for finding the editors in the dock.
    const std::pair<QWidget *, const char *> named[] = {{m_title, "layoutInspectorTitle"},
                                                        {m_message, "layoutInspectorMessage"},
                                                        {m_rackName, "rackName"},
                                                        {m_rackType, "rackType"},
                                                        {m_rackStage, "rackStage"},
                                                        {m_rackFeeds, "rackFeeds"},
                                                        {m_rackX, "rackX"},
                                                        {m_rackY, "rackY"},
                                                        {m_rackRotation, "rackRotation"},
                                                        {m_hallName, "hallName"},
                                                        {m_hallX, "hallX"},
                                                        {m_hallY, "hallY"},
                                                        {m_hallRotation, "hallRotation"},
                                                        {m_hallWidth, "hallWidth"},
                                                        {m_hallDepth, "hallDepth"},
                                                        {m_hallFloorLoad, "hallFloorLoad"},
                                                        {m_hallCooling, "hallCooling"},
                                                        {m_hallStage, "hallStage"},
                                                        {m_rowName, "rowName"},
                                                        {m_rowX, "rowX"},
                                                        {m_rowY, "rowY"},
                                                        {m_rowRotation, "rowRotation"},
                                                        {m_rowCount, "rowCount"},
                                                        {m_rowPitch, "rowPitch"},
                                                        {m_rowHotAisle, "rowHotAisle"},
                                                        {m_rowType, "rowType"},
                                                        {m_rowStage, "rowStage"},
                                                        {m_rowFeedA, "rowFeedA"},
                                                        {m_rowFeedB, "rowFeedB"},
                                                        {m_applyRowFeeds, "applyRowFeeds"}};
    for (const auto &[widget, name] : named)
        widget->setObjectName(QLatin1String(name));

    connect(m_rackName, &QLineEdit::editingFinished, this, [this] { editRacks(0); });
    connect(m_rackType, &QComboBox::activated, this, [this] { editRacks(1); });
    connect(m_rackStage, &QComboBox::activated, this, [this] { editRacks(2); });
    connect(m_rackX, &QDoubleSpinBox::editingFinished, this, [this] { editRacks(3); });
    connect(m_rackY, &QDoubleSpinBox::editingFinished, this, [this] { editRacks(4); });
    connect(m_rackRotation, &QDoubleSpinBox::editingFinished, this, [this] { editRacks(5); });
    connect(m_hallX, &QDoubleSpinBox::editingFinished, this, [this] { editHall(6); });
    connect(m_hallY, &QDoubleSpinBox::editingFinished, this, [this] { editHall(7); });
    connect(m_hallRotation, &QDoubleSpinBox::editingFinished, this, [this] { editHall(8); });
    connect(m_hallName, &QLineEdit::editingFinished, this, [this] { editHall(0); });
    connect(m_hallWidth, &QDoubleSpinBox::editingFinished, this, [this] { editHall(1); });
    connect(m_hallDepth, &QDoubleSpinBox::editingFinished, this, [this] { editHall(2); });
    connect(m_hallFloorLoad, &QDoubleSpinBox::editingFinished, this, [this] { editHall(3); });
    connect(m_hallCooling, &QComboBox::activated, this, [this] { editHall(4); });
    connect(m_hallStage, &QComboBox::activated, this, [this] { editHall(5); });
    connect(document, &ProjectDocument::selectionChanged, this, [this] {
        m_message->clear();
        refresh();
    });
    connect(document, &ProjectDocument::changed, this, &LayoutInspector::onChanged);
    connect(document, &ProjectDocument::currentStageChanged, this, &LayoutInspector::refresh); // hall figures
    refresh();
}

int LayoutInspector::currentPage() const
{
    return m_pages->currentIndex();
}

QList<Id> LayoutInspector::selectedRacks() const
{
    QList<Id> out;
    const Scenario &s = m_document->scenario();
    const QList<Id> sel = m_document->selection();
    if (sel.size() == 1) // fast path: one object
        return s.rack(sel.first()) ? sel : out;
    const QSet<Id> wanted(sel.cbegin(), sel.cend());
    for (const Rack &r : s.racks)
        if (wanted.contains(r.id))
            out.append(r.id);
    return out;
}

Id LayoutInspector::selectedRow() const
{
    const QList<Id> sel = m_document->selection();
    return sel.size() == 1 && m_document->scenario().row(sel.first()) ? sel.first() : NoId;
}

Id LayoutInspector::selectedHall() const
{
    const QList<Id> sel = m_document->selection();
    return sel.size() == 1 && m_document->scenario().hall(sel.first()) ? sel.first() : NoId;
}

void LayoutInspector::onChanged(const ChangeEvent &event)
{
    using K = ChangeEvent::Kind;
    if (event.kind == K::Halls || event.kind == K::Racks || event.kind == K::Rows ||
        event.kind == K::RackTypes || event.kind == K::Stages || event.kind == K::Cooling ||
        event.kind == K::PowerChain || // the row's feed lists name the nodes
        event.kind == K::Everything)
        refresh();
}

void LayoutInspector::refresh()
{
    m_updating = true;
    const Project &p = m_document->project();
    const Scenario &s = m_document->scenario();
    const QList<Id> racks = selectedRacks();
    const Id hallId = selectedHall();
    const QList<Id> sel = m_document->selection();
    if (!racks.isEmpty()) {
        m_pages->setCurrentIndex(1);
        const Rack *first = s.rack(racks.first());
        bool mixedType = false, mixedStage = false;
        int feeds = 0;
        const QSet<Id> wanted(racks.cbegin(), racks.cend());
        for (const Rack &r : s.racks) {
            if (!wanted.contains(r.id))
                continue;
            mixedType = mixedType || r.rackTypeId != first->rackTypeId;
            mixedStage = mixedStage || r.stageId != first->stageId;
            feeds += int(r.feeds.size());
        }
        const DesignPowerSum selected = racksDesignPower(p, s, wanted, AllStages); // the racks picked
        QString title = racks.size() == 1 ? tr("Rack %1").arg(first->name)
                                          : plural(racks.size(), tr("%n rack"), tr("%n racks"));
        if (sel.size() > racks.size()) // halls or rows selected with them: the racks are edited
            title = tr("%1 (of %2)")
                        .arg(title, countOf(sel.size(), tr("selected object"), tr("selected objects")));
        m_title->setText(title);
        m_rackName->setEnabled(racks.size() == 1);
        m_rackName->setText(racks.size() == 1 ? first->name
                                              : tr("(%n racks: use Renumber)", nullptr, int(racks.size())));
        fillTypeBox(m_rackType, p, first->rackTypeId, mixedType);
        fillStageBox(m_rackStage, s, first->stageId, mixedStage);
        m_rackFeeds->setText(racks.size() == 1 ? QString::number(feeds) : tr("%1 in total").arg(feeds));
        // Position and rotation are typed for one rack (many move together on the plan).
        for (QDoubleSpinBox *box : {m_rackX, m_rackY, m_rackRotation}) {
            box->setEnabled(racks.size() == 1);
            box->setSpecialValueText(racks.size() == 1 ? QString() : tr("(one rack at a time)"));
        }
        m_rackX->setValue(racks.size() == 1 ? first->xM : m_rackX->minimum());
        m_rackY->setValue(racks.size() == 1 ? first->yM : m_rackY->minimum());
        m_rackRotation->setValue(racks.size() == 1 ? first->rotationDeg : m_rackRotation->minimum());
        m_rackFigures->setText(tr("Design IT power %1 kW · mass %2 t")
                                   .arg(QLocale().toString(selected.designPowerW / 1000, 'f', 0))
                                   .arg(QLocale().toString(selected.massKg / 1000, 'f', 2)));
    } else if (hallId != NoId) {
        m_pages->setCurrentIndex(2);
        const Hall &h = *s.hall(hallId);
        m_title->setText(tr("Hall %1").arg(h.name));
        m_hallName->setText(h.name);
        m_hallX->setValue(h.xM);
        m_hallY->setValue(h.yM);
        m_hallRotation->setValue(h.rotationDeg);
        m_hallWidth->setValue(h.widthM);
        m_hallDepth->setValue(h.depthM);
        m_hallFloorLoad->setValue(h.floorLoadLimitKgPerM2);
        m_hallCooling->clear();
        m_hallCooling->addItem(tr("(none)"), QVariant::fromValue<qint64>(NoId));
        for (const CoolingSystem &c : s.coolingSystems)
            m_hallCooling->addItem(c.name, QVariant::fromValue<qint64>(c.id));
        m_hallCooling->setCurrentIndex(
            std::max(0, m_hallCooling->findData(QVariant::fromValue<qint64>(h.coolingSystemId))));
        fillStageBox(m_hallStage, s, h.stageId, false);
        // Through the chosen stage, as the hall's title on the plan.
        const int stage = m_document->currentStageIndex();
        const DesignPowerSum sum = hallDesignPower(p, s, hallId, stage);
        m_hallFigures->setText(
            tr("%1 m² · %2 · %3 MW IT · %4 kW/m² (through %5)")
                .arg(QLocale().toString(h.areaM2(), 'f', 0))
                .arg(countOf(sum.racks, tr("rack"), tr("racks")))
                .arg(QLocale().toString(sum.designPowerW / 1e6, 'f', 2))
                .arg(QLocale().toString(sum.densityWPerM2(h.areaM2()) / 1000, 'f', 1))
                .arg(stage >= 0 && stage < s.stages.size() ? s.stages[stage].name : tr("every stage")));
    } else if (const Id rowId = selectedRow(); rowId != NoId) {
        m_pages->setCurrentIndex(3);
        refreshRow(*s.row(rowId));
    } else {
        m_pages->setCurrentIndex(0);
        m_title->setText(sel.isEmpty()
                             ? tr("Nothing selected")
                             : plural(sel.size(), tr("%n object selected"), tr("%n objects selected")));
        m_idleHint->setText(sel.isEmpty() ? tr("Select a hall, a row or racks on the plan.")
                                          : tr("Select one hall or one row to edit it, or racks to edit them "
                                               "together. A tenant chosen below applies to all of them."));
    }
    m_updating = false;
}

void LayoutInspector::push(const LayoutDelta &delta, const QString &text, const QString &error)
{
    if (delta.isEmpty()) {
        m_message->setText(error);
        if (!error.isEmpty())
            emit statusMessage(error);
        refresh(); // back to the model's values
        return;
    }
    m_message->clear();
    m_document->undoStack()->push(new LayoutChangeCommand(m_document, text, delta));
}

void LayoutInspector::editRacks(int field)
{
    if (m_updating)
        return;
    layout::RackProperties p;
    if (field == 0)
        p.name = m_rackName->text();
    else if (field == 1 && m_rackType->currentData().toLongLong() > 0)
        p.rackTypeId = m_rackType->currentData().toLongLong();
    else if (field == 2 && m_rackStage->currentData().toLongLong() > 0)
        p.stageId = m_rackStage->currentData().toLongLong();
    else if (field == 3)
        p.xM = m_rackX->value();
    else if (field == 4)
        p.yM = m_rackY->value();
    else if (field == 5)
        p.rotationDeg = m_rackRotation->value();
    else
        return;
    QString error;
    const QList<Id> racks = selectedRacks();
    if (field == 0 && racks.size() == 1 &&
        m_document->scenario().rack(racks.first())->name == m_rackName->text())
        return;
    QString text = tr("Set rack properties");
    if (field >= 3) {
        if (racks.size() != 1)
            return; // the fields are disabled then
        const Rack *rack = m_document->scenario().rack(racks.first());
        if ((field == 3 && !typedChange(m_rackX, rack->xM)) ||
            (field == 4 && !typedChange(m_rackY, rack->yM)) ||
            (field == 5 && !typedChange(m_rackRotation, rack->rotationDeg)))
            return;
        text = tr("Place rack %1").arg(rack->name);
    }
    push(layout::setRackProperties(m_document->project(), m_document->scenario(), racks, p, &error), text,
         error);
}

void LayoutInspector::editHall(int field)
{
    if (m_updating)
        return;
    const Id hallId = selectedHall();
    if (hallId == NoId)
        return;
    const Hall *hall = m_document->scenario().hall(hallId);
    if ((field == 6 && !typedChange(m_hallX, hall->xM)) || (field == 7 && !typedChange(m_hallY, hall->yM)) ||
        (field == 8 && !typedChange(m_hallRotation, hall->rotationDeg)))
        return;
    layout::HallProperties p;
    switch (field) {
    case 0:
        p.name = m_hallName->text();
        break;
    case 1:
        p.widthM = m_hallWidth->value();
        break;
    case 2:
        p.depthM = m_hallDepth->value();
        break;
    case 3:
        p.floorLoadLimitKgPerM2 = m_hallFloorLoad->value();
        break;
    case 4:
        p.coolingSystemId = m_hallCooling->currentData().toLongLong();
        break;
    case 5:
        p.stageId = m_hallStage->currentData().toLongLong();
        break;
    case 6:
        p.xM = m_hallX->value();
        break;
    case 7:
        p.yM = m_hallY->value();
        break;
    case 8:
        p.rotationDeg = m_hallRotation->value();
        break;
    default:
        return;
    }
    QString error;
    const LayoutDelta delta =
        layout::setHallProperties(m_document->project(), m_document->scenario(), hallId, p, &error);
    if (delta.isEmpty() && error.isEmpty())
        return; // unchanged
    push(delta, tr("Set hall properties"), error);
}

} // namespace fjord::ui
