#include "ui/tabs/racktypeeditor.h"

#include "model/document/commands/analysiscommands.h"
#include "model/document/commands/racktypecommands.h"
#include "model/document/projectdocument.h"

#include <QDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>

namespace fjord::ui {

RackTypeEditor::RackTypeEditor(ProjectDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("rackTypeTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Vendor"), tr("Cooling"), tr("Design (kW)"), tr("GPUs"), tr("Liquid (%)"), tr("PF"),
         tr("3-phase"), tr("Feeds/side"), tr("Mass (kg)"), tr("Width (m)"), tr("Depth (m)"), tr("Unit cost"),
         tr("Life (years)"), tr("Price change (%/yr)"), tr("Tokens/s per GPU"), tr("Workload")});
    m_table->horizontalHeaderItem(TokensPerSecond)
        ->setToolTip(tr("Optional: throughput of one GPU on the reference workload (0: not stated)"));
    m_table->horizontalHeaderItem(Workload)->setToolTip(
        tr("The named reference workload the throughput is stated for (e.g. a model and precision)"));
    m_table->horizontalHeaderItem(PriceChangePct)
        ->setToolTip(tr("Change of the unit cost per year for replacements, e.g. -10 %/yr"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *add = new QPushButton(tr("Add"), this);
    add->setObjectName(QStringLiteral("addRackType"));
    auto *duplicate = new QPushButton(tr("Duplicate"), this);
    duplicate->setObjectName(QStringLiteral("duplicateRackType"));
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(QStringLiteral("removeRackType"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("rackTypeStatus"));
    m_status->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(duplicate);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(add, &QPushButton::clicked, this, [this] { addType(false); });
    connect(duplicate, &QPushButton::clicked, this, [this] { addType(true); });
    connect(remove, &QPushButton::clicked, this, &RackTypeEditor::removeType);
    connect(m_table, &QTableWidget::itemChanged, this, &RackTypeEditor::cellEdited);
    connect(document, &ProjectDocument::changed, this, [this](const ChangeEvent &e) {
        if (e.kind == ChangeEvent::Kind::RackTypes || e.kind == ChangeEvent::Kind::Everything)
            refresh();
    });
    refresh();
}

RackTypeEditor *RackTypeEditor::showWindow(ProjectDocument *document, QWidget *parent)
{
    auto *dialog = parent->findChild<QDialog *>(QStringLiteral("rackTypeDialog"), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new QDialog(parent);
        dialog->setObjectName(QStringLiteral("rackTypeDialog"));
        dialog->setWindowTitle(tr("Rack catalogue"));
        auto *layout = new QVBoxLayout(dialog);
        layout->addWidget(new RackTypeEditor(document, dialog));
        dialog->resize(1450, 420);
    }
    dialog->show();
    dialog->raise();
    return dialog->findChild<RackTypeEditor *>();
}

Id RackTypeEditor::currentTypeId() const
{
    const int row = m_table->currentRow();
    const QTableWidgetItem *item = row >= 0 ? m_table->item(row, Name) : nullptr;
    return item ? item->data(Qt::UserRole).value<Id>() : NoId;
}

void RackTypeEditor::refresh()
{
    m_refreshing = true;
    const Id keep = currentTypeId();
    const QList<RackType> &types = m_document->project().rackTypes;
    m_table->setRowCount(int(types.size()));
    for (int i = 0; i < types.size(); ++i) {
        const RackType &t = types[i];
        const auto set = [this, i](int column, const QVariant &value) {
            auto *item = new QTableWidgetItem;
            item->setData(Qt::EditRole, value);
            m_table->setItem(i, column, item);
            return item;
        };
        set(Name, t.name)->setData(Qt::UserRole, QVariant::fromValue<Id>(t.id));
        set(Vendor, t.vendor);
        auto *cooling = set(Cooling, t.cooling == CoolingMethod::Liquid ? tr("liquid") : tr("air"));
        cooling->setFlags(cooling->flags() & ~Qt::ItemIsEditable);
        cooling->setToolTip(tr("Follows the liquid share: above 0 % the rack is liquid-cooled"));
        set(DesignKw, t.designPowerW / 1e3);
        set(Gpus, t.gpus);
        set(LiquidPct, t.liquidFraction * 100.0);
        set(PowerFactor, t.powerFactor);
        auto *three = set(ThreePhase, QVariant());
        three->setFlags((three->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsEditable);
        three->setCheckState(t.threePhase ? Qt::Checked : Qt::Unchecked);
        set(FeedsPerSide, t.feedsPerSide);
        set(MassKg, t.massKg);
        set(WidthM, t.widthM);
        set(DepthM, t.depthM);
        set(UnitCost, t.unitCost);
        set(ServiceLife, t.serviceLifeYears);
        set(PriceChangePct, t.priceChangePerYear * 100.0);
        set(TokensPerSecond, t.tokensPerSecondPerGpu);
        set(Workload, t.referenceWorkload);
        if (t.id == keep)
            m_table->setCurrentCell(i, Name);
    }
    m_refreshing = false;
}

void RackTypeEditor::cellEdited(QTableWidgetItem *item)
{
    if (m_refreshing)
        return;
    const QTableWidgetItem *nameItem = m_table->item(item->row(), Name);
    const RackType *old =
        nameItem ? m_document->project().rackType(nameItem->data(Qt::UserRole).value<Id>()) : nullptr;
    if (!old)
        return;
    RackType t = *old;
    bool ok = true;
    const double v = item->data(Qt::EditRole).toDouble(&ok);
    QString refusal;
    const auto need = [&](bool valid, const QString &what) {
        if (!ok || !std::isfinite(v) || !valid)
            refusal = tr("%1 of %2: %3 refused (%4)")
                          .arg(m_table->horizontalHeaderItem(item->column())->text(), old->name, item->text(),
                               what);
    };
    switch (item->column()) {
    case Name:
        t.name = item->text().trimmed();
        if (t.name.isEmpty())
            refusal = tr("A rack type needs a name");
        break;
    case Vendor:
        t.vendor = item->text().trimmed();
        break;
    case DesignKw:
        need(v > 0, tr("must be above 0 kW"));
        t.designPowerW = v * 1e3;
        break;
    case Gpus:
        need(v >= 0 && v == std::floor(v), tr("a whole number, 0 or more"));
        t.gpus = int(v);
        break;
    case LiquidPct:
        need(v >= 0 && v <= 100, tr("0 … 100 %"));
        t.liquidFraction = v / 100.0;
        t.cooling = t.liquidFraction > 0 ? CoolingMethod::Liquid : CoolingMethod::Air;
        break;
    case PowerFactor:
        need(v > 0 && v <= 1, tr("above 0, at most 1"));
        t.powerFactor = v;
        break;
    case ThreePhase:
        t.threePhase = item->checkState() == Qt::Checked;
        break;
    case FeedsPerSide:
        need(v >= 1 && v <= 8 && v == std::floor(v), tr("1 … 8"));
        t.feedsPerSide = int(v);
        break;
    case MassKg:
        need(v >= 0, tr("0 kg or more"));
        t.massKg = v;
        break;
    case WidthM:
        need(v > 0 && v <= 5, tr("above 0, at most 5 m"));
        t.widthM = v;
        break;
    case DepthM:
        need(v > 0 && v <= 5, tr("above 0, at most 5 m"));
        t.depthM = v;
        break;
    case UnitCost:
        need(v >= 0, tr("0 or more"));
        t.unitCost = v;
        break;
    case ServiceLife:
        need(v >= 1 && v <= 50 && v == std::floor(v), tr("1 … 50 years"));
        t.serviceLifeYears = int(v);
        break;
    case PriceChangePct:
        need(v >= -50 && v <= 50, tr("-50 … 50 %/yr"));
        t.priceChangePerYear = v / 100.0;
        break;
    case TokensPerSecond:
        need(v >= 0, tr("0 or more; 0: not stated"));
        t.tokensPerSecondPerGpu = v;
        break;
    case Workload:
        t.referenceWorkload = item->text().trimmed();
        break;
    default:
        return;
    }
    if (!refusal.isEmpty()) {
        m_status->setText(refusal);
        refresh();
        return;
    }
    m_status->clear();
    if (!(t == *old))
        m_document->undoStack()->push(new SetRackTypeCommand(m_document, NoId, t));
}

void RackTypeEditor::addType(bool duplicate)
{
    RackType t;
    const RackType *current = m_document->project().rackType(currentTypeId());
    if (duplicate && current) {
        t = *current;
        t.id = NoId;
        t.name = tr("%1 (copy)").arg(current->name);
    } else {
        // A generic air-cooled 20 kW enterprise rack: a figure to start from, not a zero.
        t.name = tr("New rack type %1").arg(m_document->project().rackTypes.size() + 1);
        t.cooling = CoolingMethod::Air;
        t.designPowerW = 20e3;
        t.massKg = 800;
        t.source = tr("entered by the planner");
    }
    auto *cmd = new AddRackTypeCommand(m_document, NoId, t);
    const Id id = cmd->itemId();
    m_document->undoStack()->push(cmd);
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, Name)->data(Qt::UserRole).value<Id>() == id)
            m_table->setCurrentCell(r, Name);
}

void RackTypeEditor::removeType()
{
    QString why;
    if (QUndoCommand *cmd = makeRemoveRackTypeCommand(m_document, currentTypeId(), &why)) {
        m_document->undoStack()->push(cmd);
        m_status->clear();
    } else {
        m_status->setText(why.isEmpty() ? tr("Select a rack type to remove.") : why);
    }
}

} // namespace fjord::ui
