#include "ui/power/powerinspector.h"

#include "model/document/commands/powercommands.h"
#include "model/document/projectdocument.h"
#include "model/power/nodedefaults.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QUndoStack>

#include <cmath>
#include <vector>

namespace fjord::ui {

namespace {

// From −max: a negative number can be typed, so that the refusal can say why instead of the box
// swallowing the minus sign or snapping the value to 0.
QDoubleSpinBox *spin(double max, int decimals, const QString &suffix, const QString &object)
{
    auto *s = new QDoubleSpinBox;
    s->setRange(-max, max);
    s->setDecimals(decimals);
    s->setSuffix(suffix);
    s->setKeyboardTracking(false);
    s->setObjectName(object);
    return s;
}

} // namespace

PowerInspector::PowerInspector(ProjectDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    m_title = new QLabel;
    m_title->setWordWrap(true);
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (const QString &k :
         {tr("Grid connection"), tr("Transformer"), tr("UPS"), tr("Switchboard"), tr("Busway"), tr("PDU")})
        m_kind->addItem(k);
    m_side = new QComboBox;
    m_side->setObjectName(QStringLiteral("sideCombo"));
    m_side->addItems({tr("Shared (above the A/B split)"), tr("A"), tr("B")});
    m_rating = spin(1e7, 1, {}, QStringLiteral("ratingEdit"));
    m_ratingUnit = new QComboBox;
    m_ratingUnit->setObjectName(QStringLiteral("ratingUnitCombo"));
    m_ratingUnit->addItems({tr("kVA"), tr("A per phase")});
    m_voltage = spin(1e6, 1, tr(" V"), QStringLiteral("voltageEdit"));
    m_voltageReference = new QComboBox;
    m_voltageReference->setObjectName(QStringLiteral("voltageReferenceCombo"));
    m_voltageReference->addItems({tr("V_LL (line to line)"), tr("V_LN (line to neutral)")});
    m_phases = new QComboBox;
    m_phases->setObjectName(QStringLiteral("phasesCombo"));
    m_phases->addItems({tr("1 phase"), tr("3 phases")});
    m_powerFactor = spin(1.0, 3, {}, QStringLiteral("powerFactorEdit"));
    m_powerFactor->setMinimum(0.01);
    m_powerFactor->setSingleStep(0.01);
    m_noLoad = spin(1.0, 4, {}, QStringLiteral("noLoadLossEdit"));
    m_linear = spin(1.0, 4, {}, QStringLiteral("linearLossEdit"));
    m_quadratic = spin(1.0, 4, {}, QStringLiteral("quadraticLossEdit"));
    for (QDoubleSpinBox *s : {m_noLoad, m_linear, m_quadratic})
        s->setSingleStep(0.001);
    m_group = new QComboBox;
    m_group->setObjectName(QStringLiteral("groupCombo"));

    auto *rating = new QHBoxLayout;
    rating->addWidget(m_rating, 1);
    rating->addWidget(m_ratingUnit);
    auto *voltage = new QHBoxLayout;
    voltage->addWidget(m_voltage, 1);
    voltage->addWidget(m_voltageReference);
    auto *form = m_form = new QFormLayout(this);
    form->setRowWrapPolicy(
        QFormLayout::WrapLongRows); // narrow: labels above their fields, the tree keeps room
    form->addRow(m_title);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Side"), m_side);
    form->addRow(tr("Rating"), rating);
    form->addRow(tr("Voltage"), voltage);
    form->addRow(tr("Phases"), m_phases);
    form->addRow(tr("Power factor"), m_powerFactor);
    form->addRow(tr("No-load loss (× rating)"), m_noLoad);
    form->addRow(tr("Linear loss (× load)"), m_linear);
    form->addRow(tr("Quadratic loss (× load²/rating)"), m_quadratic);
    form->addRow(tr("Redundancy group"), m_group);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("powerInspectorMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c01010"));
    form->addRow(m_message);
    m_fields = {m_name,   m_kind,        m_side,   m_rating, m_ratingUnit, m_voltage, m_voltageReference,
                m_phases, m_powerFactor, m_noLoad, m_linear, m_quadratic,  m_group};

    connect(m_name, &QLineEdit::editingFinished, this, &PowerInspector::commit);
    for (QDoubleSpinBox *s : {m_rating, m_voltage, m_powerFactor, m_noLoad, m_linear, m_quadratic})
        connect(s, &QDoubleSpinBox::editingFinished, this, &PowerInspector::commit);
    for (QComboBox *c : {m_kind, m_side, m_voltageReference, m_phases, m_group})
        connect(c, &QComboBox::activated, this, &PowerInspector::commit);
    connect(m_ratingUnit, &QComboBox::activated, this, &PowerInspector::changeRatingUnit);
    setNode(NoId);
}

void PowerInspector::setNode(Id nodeId)
{
    if (nodeId != m_nodeId)
        m_message->clear();
    m_nodeId = nodeId;
    reload();
}

void PowerInspector::reload()
{
    const PowerNode *n = m_document->scenario().powerNode(m_nodeId);
    for (QWidget *w : m_fields)
        w->setEnabled(n);
    // Without a node the form's rows go (a disabled form of zeros reads like a node rated 0 kVA).
    for (int row = 1; row < m_form->rowCount() - 1; ++row)
        m_form->setRowVisible(row, n != nullptr);
    if (!n) {
        m_nodeId = NoId;
        m_title->setText(tr("No power node selected: pick one in the Power tab's tree."));
        return;
    }
    std::vector<QSignalBlocker> blockers;
    for (QWidget *w : m_fields)
        blockers.emplace_back(w);
    m_title->setText(tr("<b>%1</b>").arg(n->name.toHtmlEscaped()));
    m_name->setText(n->name);
    m_kind->setCurrentIndex(int(n->kind));
    m_side->setCurrentIndex(int(n->side));
    const bool amps = n->ratingBasis == RatingBasis::Current;
    m_ratingUnit->setCurrentIndex(amps ? 1 : 0);
    m_rating->setValue(amps ? n->ratingA : n->ratingVa / 1e3);
    m_voltage->setValue(n->voltageV);
    m_voltageReference->setCurrentIndex(n->voltageReference == VoltageReference::LineToLine ? 0 : 1);
    m_phases->setCurrentIndex(n->phases == 1 ? 0 : 1);
    m_powerFactor->setValue(n->powerFactor);
    m_noLoad->setValue(n->losses.noLoad);
    m_linear->setValue(n->losses.linear);
    m_quadratic->setValue(n->losses.quadratic);
    m_group->clear();
    m_group->addItem(tr("(none)"), qint64(NoId));
    for (const RedundancyGroup &g : m_document->scenario().redundancyGroups)
        m_group->addItem(QStringLiteral("%1 (%2)").arg(g.name, schemeName(g)), qint64(g.id));
    m_group->setCurrentIndex(std::max(0, m_group->findData(qint64(n->redundancyGroupId))));
}

void PowerInspector::commit()
{
    const PowerNode *old = m_document->scenario().powerNode(m_nodeId);
    if (!old)
        return;
    const std::pair<QDoubleSpinBox *, QString> nonNegative[] = {{m_rating, tr("rating")},
                                                                {m_voltage, tr("voltage")},
                                                                {m_noLoad, tr("no-load loss")},
                                                                {m_linear, tr("linear loss")},
                                                                {m_quadratic, tr("quadratic loss")}};
    for (const auto &[box, what] : nonNegative)
        if (box->value() < 0) {
            m_message->setText(
                tr("The %1 of %2 cannot be negative (%3 typed); it stays as it was.")
                    .arg(what, old->name,
                         box->textFromValue(box->value()) +
                             (box == m_rating ? u' ' + m_ratingUnit->currentText() : box->suffix())));
            reload();
            return;
        }
    m_message->clear();
    PowerNode n = *old;
    n.name = m_name->text().trimmed().isEmpty() ? old->name : m_name->text().trimmed();
    n.kind = PowerNodeKind(m_kind->currentIndex());
    n.side = FeedSide(m_side->currentIndex());
    if (n.ratingBasis == RatingBasis::Current)
        n.ratingA = m_rating->value();
    else
        n.ratingVa = m_rating->value() * 1e3;
    n.voltageV = m_voltage->value();
    n.voltageReference = m_voltageReference->currentIndex() == 0 ? VoltageReference::LineToLine
                                                                 : VoltageReference::LineToNeutral;
    n.phases = m_phases->currentIndex() == 0 ? 1 : 3;
    n.powerFactor = m_powerFactor->value();
    n.losses = LossModel{m_noLoad->value(), m_linear->value(), m_quadratic->value()};
    n.redundancyGroupId = m_group->currentData().toLongLong();
    if (n.kind != old->kind) {
        // A node still at its old kind's defaults takes the new kind's rating, voltage and losses (a
        // new busway turned into a PDU does not keep 5000 A); one the planner has rated keeps its figures.
        const PowerNode was = defaultPowerNode(old->kind);
        if (old->ratingBasis == was.ratingBasis && old->ratingVa == was.ratingVa &&
            old->ratingA == was.ratingA && old->voltageV == was.voltageV && old->losses == was.losses) {
            const PowerNode now = defaultPowerNode(n.kind);
            n.ratingBasis = now.ratingBasis;
            n.ratingVa = now.ratingVa;
            n.ratingA = now.ratingA;
            n.voltageV = now.voltageV;
            n.voltageReference = now.voltageReference;
            n.phases = now.phases;
            n.powerFactor = now.powerFactor;
            n.losses = now.losses;
        }
    }
    if (n == *old)
        return;
    m_document->undoStack()->push(new SetPowerNodeCommand(m_document, n));
}

// Switching between kVA and amperes keeps the rating itself: the number is converted.
void PowerInspector::changeRatingUnit()
{
    const PowerNode *old = m_document->scenario().powerNode(m_nodeId);
    if (!old)
        return;
    PowerNode n = *old;
    const double va = old->apparentRatingVa();
    if (m_ratingUnit->currentIndex() == 1 && old->ratingBasis != RatingBasis::Current) {
        const double perAmp = old->phases == 3 ? std::sqrt(3.0) * old->lineToLineV() : old->lineToNeutralV();
        n.ratingBasis = RatingBasis::Current;
        n.ratingA = perAmp > 0 ? va / perAmp : 0.0;
    } else if (m_ratingUnit->currentIndex() == 0 && old->ratingBasis != RatingBasis::ApparentPower) {
        n.ratingBasis = RatingBasis::ApparentPower;
        n.ratingVa = va;
    }
    if (n != *old)
        m_document->undoStack()->push(new SetPowerNodeCommand(m_document, n));
}

} // namespace fjord::ui
