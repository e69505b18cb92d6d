#include "ui/floorplan/rackfeedassigner.h"
#include "model/plural.h"

#include "model/document/commands/powercommands.h"
#include "model/document/projectdocument.h"

#include <QComboBox>
#include <QFormLayout>
#include <QPushButton>
#include <QSet>
#include <QUndoStack>

namespace fjord::ui {

RackFeedAssigner::RackFeedAssigner(ProjectDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_sideA = new QComboBox(this);
    m_sideB = new QComboBox(this);
    m_phase = new QComboBox(this);
    m_phase->addItem(tr("Three-phase (L1+L2+L3)"), int(Phase::ThreePhase));
    m_phase->addItem(tr("L1"), int(Phase::L1));
    m_phase->addItem(tr("L2"), int(Phase::L2));
    m_phase->addItem(tr("L3"), int(Phase::L3));
    m_assign = new QPushButton(tr("Assign to selected racks"), this);
    form->addRow(tr("A feed"), m_sideA);
    form->addRow(tr("B feed"), m_sideB);
    form->addRow(tr("Phase"), m_phase);
    form->addRow(m_assign);
    connect(m_assign, &QPushButton::clicked, this, &RackFeedAssigner::assign);
    connect(m_sideA, &QComboBox::currentIndexChanged, this, &RackFeedAssigner::updateButton);
    connect(document, &ProjectDocument::selectionChanged, this, &RackFeedAssigner::showCurrentFeeds);
    connect(document, &ProjectDocument::currentScenarioChanged, this, &RackFeedAssigner::refreshNodes);
    connect(document, &ProjectDocument::changed, this, [this](const ChangeEvent &event) {
        if (event.kind == ChangeEvent::Kind::PowerChain || event.kind == ChangeEvent::Kind::Everything)
            refreshNodes();
        if (event.kind == ChangeEvent::Kind::Racks || event.kind == ChangeEvent::Kind::PowerChain)
            showCurrentFeeds();
    });
    refreshNodes();
    showCurrentFeeds();
}

// The A and B nodes the first selected rack is fed from, so the form never reads "(none)" next to
// a rack that has feeds (after reopening a project, or selecting another rack).
void RackFeedAssigner::showCurrentFeeds()
{
    const QList<Id> racks = selectedRacks();
    const Scenario &s = m_document->scenario();
    if (const Rack *rack = racks.isEmpty() ? nullptr : s.rack(racks.constFirst())) {
        Id a = NoId, b = NoId;
        Phase phase = Phase::ThreePhase;
        for (const RackFeed &f : rack->feeds) {
            const PowerNode *n = s.powerNode(f.nodeId);
            if (!n)
                continue;
            Id &slot = n->side == FeedSide::B ? b : a;
            if (slot == NoId) {
                slot = n->id;
                phase = a == n->id ? f.phase : phase;
            }
        }
        const QSignalBlocker ba(m_sideA), bb(m_sideB), bp(m_phase);
        m_sideA->setCurrentIndex(qMax(0, m_sideA->findData(QVariant::fromValue(a))));
        m_sideB->setCurrentIndex(qMax(0, m_sideB->findData(QVariant::fromValue(b))));
        m_phase->setCurrentIndex(qMax(0, m_phase->findData(int(phase))));
    }
    updateButton();
}

void RackFeedAssigner::refreshNodes()
{
    const Id a = m_sideA->currentData().value<Id>(), b = m_sideB->currentData().value<Id>();
    for (QComboBox *box : {m_sideA, m_sideB}) {
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(tr("(none)"), QVariant::fromValue(NoId));
        for (const PowerNode &n : m_document->scenario().powerNodes)
            if (n.kind == PowerNodeKind::Busway || n.kind == PowerNodeKind::Pdu)
                box->addItem(n.name, QVariant::fromValue(n.id));
    }
    m_sideA->setCurrentIndex(qMax(0, m_sideA->findData(QVariant::fromValue(a))));
    m_sideB->setCurrentIndex(qMax(0, m_sideB->findData(QVariant::fromValue(b))));
    updateButton();
}

QList<Id> RackFeedAssigner::selectedRacks() const
{
    // in selection order; one pass over the racks, not one search per selected id (20,000 of them)
    const QList<Id> selection = m_document->selection();
    QSet<Id> isRack;
    isRack.reserve(m_document->scenario().racks.size());
    for (const Rack &rack : m_document->scenario().racks)
        isRack.insert(rack.id);
    QList<Id> racks;
    for (Id id : selection)
        if (isRack.contains(id))
            racks.append(id);
    return racks;
}

void RackFeedAssigner::updateButton()
{
    m_assign->setEnabled(m_sideA->currentData().value<Id>() != NoId && !selectedRacks().isEmpty());
}

void RackFeedAssigner::assign()
{
    const Id a = m_sideA->currentData().value<Id>(), b = m_sideB->currentData().value<Id>();
    const auto phase = Phase(m_phase->currentData().toInt());
    const QList<Id> racks = selectedRacks();
    if (a == NoId || racks.isEmpty())
        return;
    const Scenario &s = m_document->scenario();
    auto *macro =
        new QUndoCommand(plural(int(racks.size()), tr("Assign %n rack to %1"), tr("Assign %n racks to %1"))
                             .arg(s.powerNode(a)->name));
    for (Id id : racks) {
        const Rack *rack = s.rack(id);
        const RackType *type = m_document->project().rackType(rack->rackTypeId);
        const int perSide = type ? qMax(1, type->feedsPerSide) : 1;
        QList<RackFeed> feeds;
        for (Id node : {a, b})
            if (node != NoId)
                for (int f = 0; f < perSide; ++f)
                    feeds.append({node, phase});
        new AssignRackFeedsCommand(m_document, id, feeds, macro);
    }
    m_document->undoStack()->push(macro);
    emit statusMessage(
        plural(int(racks.size()), tr("%n rack now fed from %1"), tr("%n racks now fed from %1"))
            .arg(s.powerNode(a)->name));
}

} // namespace fjord::ui
