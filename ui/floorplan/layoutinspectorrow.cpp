// The Layout inspector's row page: a row is edited as one, its racks follow (layoutrowproperties.h).
#include "model/designpower.h"
#include "ui/floorplan/inspectorfields.h"
#include "ui/floorplan/layoutinspector.h"

#include "model/document/commands/feedcommands.h"
#include "model/document/commands/layoutrowproperties.h"
#include "model/document/projectdocument.h"
#include "model/plural.h"
#include "model/power/rowfeeds.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QUndoStack>

#include <cmath>
#include <numbers>

namespace fjord::ui {

QWidget *LayoutInspector::buildRowPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_rowName = new QLineEdit;
    m_rowX = quantitySpin(-10000, 10000, 2, QStringLiteral(" m"));
    m_rowY = quantitySpin(-10000, 10000, 2, QStringLiteral(" m"));
    m_rowRotation = quantitySpin(-360, 360, 1, QStringLiteral(" °"));
    m_rowRotation->setToolTip(tr("Direction of the row's line, clockwise from the hall's x axis; the racks "
                                 "turn about the start"));
    m_rowCount = new QSpinBox;
    m_rowCount->setRange(1, 1000);
    m_rowCount->setKeyboardTracking(false);
    m_rowPitch = quantitySpin(0.1, 10, 2, QStringLiteral(" m"));
    m_rowHotAisle = new QComboBox;
    m_rowHotAisle->addItem(tr("behind the racks (back)"), int(AisleSide::Back));
    m_rowHotAisle->addItem(tr("in front of the racks (front)"), int(AisleSide::Front));
    m_rowType = new QComboBox;
    m_rowStage = new QComboBox;
    m_rowFigures = new QLabel;
    m_rowFigures->setWordWrap(true);
    m_rowX->setToolTip(tr("Start of the row's line, metres from the hall's left wall"));
    m_rowY->setToolTip(tr("Start of the row's line, metres from the hall's top wall"));
    m_rowCount->setToolTip(
        tr("Racks are added at the end of the row like its last rack, or removed from the end"));
    m_rowPitch->setToolTip(
        tr("Centre-to-centre distance of the racks; changing it lays the racks again along the line"));
    form->addRow(tr("Name"), m_rowName);
    form->addRow(tr("Start x"), m_rowX);
    form->addRow(tr("Start y"), m_rowY);
    form->addRow(tr("Direction"), m_rowRotation);
    form->addRow(tr("Racks"), m_rowCount);
    form->addRow(tr("Pitch"), m_rowPitch);
    form->addRow(tr("Hot aisle"), m_rowHotAisle);
    form->addRow(tr("Rack type"), m_rowType);
    form->addRow(tr("Stage"), m_rowStage);
    // Default feeds: racks the row adds take them; the button gives them to the racks it has.
    m_rowFeedA = new QComboBox;
    m_rowFeedB = new QComboBox;
    m_rowFeedA->setToolTip(tr("A-side feed of racks added to this row (extending it, placing a rack in it)"));
    m_rowFeedB->setToolTip(tr("B-side feed of racks added to this row (extending it, placing a rack in it)"));
    m_applyRowFeeds = new QPushButton(tr("Apply row feeds to its racks"));
    m_applyRowFeeds->setToolTip(
        tr("Feed every rack of the row from the row's A and B feeds (one undo step)"));
    form->addRow(tr("Feed A"), m_rowFeedA);
    form->addRow(tr("Feed B"), m_rowFeedB);
    form->addRow(m_applyRowFeeds);
    form->addRow(m_rowFigures);

    connect(m_rowName, &QLineEdit::editingFinished, this, [this] { editRow(RowField::Name); });
    connect(m_rowX, &QDoubleSpinBox::editingFinished, this, [this] { editRow(RowField::X); });
    connect(m_rowY, &QDoubleSpinBox::editingFinished, this, [this] { editRow(RowField::Y); });
    connect(m_rowRotation, &QDoubleSpinBox::editingFinished, this, [this] { editRow(RowField::Rotation); });
    connect(m_rowCount, &QSpinBox::editingFinished, this, [this] { editRow(RowField::Count); });
    connect(m_rowPitch, &QDoubleSpinBox::editingFinished, this, [this] { editRow(RowField::Pitch); });
    connect(m_rowHotAisle, &QComboBox::activated, this, [this] { editRow(RowField::HotAisle); });
    connect(m_rowType, &QComboBox::activated, this, [this] { editRow(RowField::Type); });
    connect(m_rowStage, &QComboBox::activated, this, [this] { editRow(RowField::Stage); });
    connect(m_rowFeedA, &QComboBox::activated, this, [this] { editRow(RowField::FeedA); });
    connect(m_rowFeedB, &QComboBox::activated, this, [this] { editRow(RowField::FeedB); });
    connect(m_applyRowFeeds, &QPushButton::clicked, this, &LayoutInspector::applyRowFeeds);
    return page;
}

void LayoutInspector::refreshRow(const Row &row)
{
    const Project &p = m_document->project();
    const Scenario &s = m_document->scenario();
    int n = 0;
    double fromM = 1e300, toM = -1e300;
    const Rack *first = nullptr;
    bool mixedType = false, mixedStage = false;
    const double a = row.rotationDeg * std::numbers::pi / 180.0;
    for (const Rack &r : s.racks) {
        if (r.rowId != row.id)
            continue;
        ++n;
        first = first ? first : &r;
        mixedType = mixedType || r.rackTypeId != first->rackTypeId;
        mixedStage = mixedStage || r.stageId != first->stageId;
        const RackType *t = p.rackType(r.rackTypeId);
        const double u = (r.xM - row.xM) * std::cos(a) + (r.yM - row.yM) * std::sin(a);
        const double half = t ? t->widthM / 2 : 0.3;
        fromM = std::min(fromM, u - half);
        toM = std::max(toM, u + half);
    }
    m_title->setText(tr("Row %1").arg(row.name));
    m_rowName->setText(row.name);
    m_rowX->setValue(row.xM);
    m_rowY->setValue(row.yM);
    m_rowRotation->setValue(row.rotationDeg);
    m_rowCount->setValue(std::max(1, n));
    m_rowPitch->setValue(row.pitchM);
    m_rowHotAisle->setCurrentIndex(m_rowHotAisle->findData(int(row.hotAisle)));
    fillTypeBox(m_rowType, p, first ? first->rackTypeId : NoId, mixedType);
    fillStageBox(m_rowStage, s, first ? first->stageId : NoId, mixedStage);
    fillFeedBox(m_rowFeedA, s, row.feedA, FeedSide::A);
    fillFeedBox(m_rowFeedB, s, row.feedB, FeedSide::B);
    m_applyRowFeeds->setEnabled(!rowFeedPlan(s, row).feeds.isEmpty());
    m_rowFigures->setText(
        plural(n, tr("%n rack · %1 m long · design IT power %2 kW"),
               tr("%n racks · %1 m long · design IT power %2 kW"))
            .arg(QLocale().toString(n > 0 ? toM - fromM : 0.0, 'f', 1))
            .arg(QLocale().toString(rowDesignPower(p, s, row.id, AllStages).designPowerW / 1000, 'f', 0)));
}

// "(none)", then the scenario's busways and PDUs of `side` (what racks are fed from), then the rest.
void LayoutInspector::fillFeedBox(QComboBox *box, const Scenario &scenario, Id current, FeedSide side)
{
    box->clear();
    box->addItem(tr("(none)"), QVariant::fromValue<qint64>(NoId));
    const auto feedsRacks = [](const PowerNode &n) {
        return n.kind == PowerNodeKind::Busway || n.kind == PowerNodeKind::Pdu;
    };
    for (int pass = 0; pass < 2; ++pass)
        for (const PowerNode &n : scenario.powerNodes)
            if ((feedsRacks(n) && n.side == side) == (pass == 0))
                box->addItem(n.name, QVariant::fromValue<qint64>(n.id));
    const int index =
        box->findData(QVariant::fromValue<qint64>(scenario.powerNode(current) ? current : NoId));
    box->setCurrentIndex(std::max(0, index));
}

void LayoutInspector::applyRowFeeds()
{
    const Row *row = m_document->scenario().row(selectedRow());
    if (!row)
        return;
    const FeedPlan plan = rowFeedPlan(m_document->scenario(), *row);
    if (QUndoCommand *command =
            makeFeedPlanCommand(m_document, plan,
                                plural(plan.feeds.size(), tr("Feed %n rack of row %1 from its row feeds"),
                                       tr("Feed %n racks of row %1 from its row feeds"))
                                    .arg(row->name))) {
        m_document->undoStack()->push(command);
        emit statusMessage(plural(plan.feeds.size(), tr("%n rack of row %1 now has the row's feeds"),
                                  tr("%n racks of row %1 now have the row's feeds"))
                               .arg(row->name));
    }
}

void LayoutInspector::editRow(RowField field)
{
    if (m_updating)
        return;
    const Id rowId = selectedRow();
    if (rowId == NoId)
        return;
    const Row *row = m_document->scenario().row(rowId);
    if ((field == RowField::X && !typedChange(m_rowX, row->xM)) ||
        (field == RowField::Y && !typedChange(m_rowY, row->yM)) ||
        (field == RowField::Rotation && !typedChange(m_rowRotation, row->rotationDeg)))
        return;
    layout::RowProperties p;
    switch (field) {
    case RowField::Name:
        p.name = m_rowName->text();
        break;
    case RowField::X:
        p.xM = m_rowX->value();
        break;
    case RowField::Y:
        p.yM = m_rowY->value();
        break;
    case RowField::Rotation:
        p.rotationDeg = m_rowRotation->value();
        break;
    case RowField::Count:
        p.rackCount = m_rowCount->value();
        break;
    case RowField::Pitch:
        p.pitchM = m_rowPitch->value();
        break;
    case RowField::HotAisle:
        p.hotAisle = AisleSide(m_rowHotAisle->currentData().toInt());
        break;
    case RowField::Type:
        if (m_rowType->currentData().toLongLong() <= 0)
            return; // "(mixed)" chosen again: nothing to set
        p.rackTypeId = m_rowType->currentData().toLongLong();
        break;
    case RowField::Stage:
        if (m_rowStage->currentData().toLongLong() <= 0)
            return;
        p.stageId = m_rowStage->currentData().toLongLong();
        break;
    case RowField::FeedA:
        p.feedA = m_rowFeedA->currentData().toLongLong();
        break;
    case RowField::FeedB:
        p.feedB = m_rowFeedB->currentData().toLongLong();
        break;
    }
    QString error;
    const LayoutDelta delta =
        layout::setRowProperties(m_document->project(), m_document->scenario(), rowId, p, &error);
    if (delta.isEmpty() && error.isEmpty())
        return; // unchanged
    push(delta, tr("Edit row %1").arg(m_document->scenario().row(rowId)->name), error);
}

} // namespace fjord::ui
