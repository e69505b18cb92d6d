#include "ui/tabs/opexitemseditor.h"

#include "model/document/commands/analysiscommands.h"
#include "model/document/projectdocument.h"
#include "ui/charts/tableexport.h"
#include "ui/tabs/numberdelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace fjord::ui {

OpexItemsEditor::OpexItemsEditor(ProjectDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("opexTable"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(120);
    TableExport::attach(m_table);
    m_table->setItemDelegateForColumn(PerYear, new NumberDelegate(0, m_table));
    m_status = new QLabel(this);
    auto *add = new QPushButton(tr("Add opex item"), this);
    add->setObjectName(QStringLiteral("addOpex"));
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(QStringLiteral("removeOpex"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(add, &QPushButton::clicked, this, &OpexItemsEditor::addItem);
    connect(remove, &QPushButton::clicked, this, &OpexItemsEditor::removeSelected);
    connect(m_table, &QTableWidget::itemChanged, this, &OpexItemsEditor::cellEdited);
    connect(document, &ProjectDocument::changed, this, [this](const ChangeEvent &e) {
        using K = ChangeEvent::Kind;
        if (e.kind == K::Costs || e.kind == K::Stages || e.kind == K::Everything || e.kind == K::Scenarios)
            scheduleRefresh();
    });
    connect(document, &ProjectDocument::currentScenarioChanged, this, &OpexItemsEditor::scheduleRefresh);
    refresh();
}

void OpexItemsEditor::refresh()
{
    m_refreshing = true;
    const QString currency = m_document->project().costs.currency;
    m_table->setHorizontalHeaderLabels(
        {tr("Opex item"), tr("From stage"), tr("Per year (%1)").arg(currency)});
    const QList<OpexItem> &items = m_document->project().opex;
    const QList<Stage> &stages = m_document->scenario().stages;
    m_table->setRowCount(int(items.size()));
    for (int i = 0; i < items.size(); ++i) {
        const OpexItem &o = items[i];
        auto *name = new QTableWidgetItem(o.name);
        name->setData(Qt::UserRole, QVariant::fromValue<Id>(o.id));
        m_table->setItem(i, Name, name);
        auto *stage = new QComboBox;
        for (const Stage &s : stages)
            stage->addItem(s.name, QVariant::fromValue<Id>(s.id));
        // No stage: from the first stage of every scenario; a stage of another scenario: not here.
        if (o.stageId == NoId)
            stage->insertItem(0, tr("(from the first stage)"), QVariant::fromValue<Id>(NoId));
        else if (stage->findData(QVariant::fromValue<Id>(o.stageId)) < 0)
            stage->addItem(tr("(another scenario's stage: not counted here)"),
                           QVariant::fromValue<Id>(o.stageId));
        stage->setCurrentIndex(stage->findData(QVariant::fromValue<Id>(o.stageId)));
        const Id id = o.id;
        connect(stage, &QComboBox::currentIndexChanged, this, [this, stage, id] {
            for (const OpexItem &item : m_document->project().opex) {
                if (item.id != id)
                    continue;
                OpexItem edited = item;
                edited.stageId = stage->currentData().value<Id>();
                m_document->undoStack()->push(
                    new SetOpexItemCommand(m_document, m_document->currentScenarioId(), edited));
                return;
            }
        });
        m_table->setCellWidget(i, StageColumn, stage);
        auto *amount = new QTableWidgetItem;
        amount->setData(Qt::EditRole, o.perYear);
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(i, PerYear, amount);
    }
    m_refreshing = false;
}

void OpexItemsEditor::cellEdited(QTableWidgetItem *item)
{
    if (m_refreshing)
        return;
    const int row = item->row();
    const Id id = m_table->item(row, Name) ? m_table->item(row, Name)->data(Qt::UserRole).value<Id>() : NoId;
    for (const OpexItem &o : m_document->project().opex) {
        if (o.id != id)
            continue;
        OpexItem edited = o;
        if (item->column() == Name) {
            edited.name = item->text().trimmed();
        } else if (item->column() == PerYear) {
            bool ok = false;
            const double v = item->data(Qt::EditRole).toDouble(&ok);
            if (!ok || v < 0) {
                m_status->setText(
                    tr("%1: the amount per year must be a number ≥ 0, not “%2”.").arg(o.name, item->text()));
                scheduleRefresh();
                return;
            }
            edited.perYear = v;
        }
        m_status->clear();
        if (!(edited == o))
            m_document->undoStack()->push(
                new SetOpexItemCommand(m_document, m_document->currentScenarioId(), edited));
        return;
    }
}

void OpexItemsEditor::addItem()
{
    OpexItem o;
    o.name = tr("Opex item %1").arg(m_document->project().opex.size() + 1);
    const QList<Stage> &stages = m_document->scenario().stages;
    o.stageId = stages.isEmpty() ? NoId : stages.first().id;
    m_document->undoStack()->push(new AddOpexItemCommand(m_document, m_document->currentScenarioId(), o));
}

void OpexItemsEditor::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, Name))
        return;
    const Id id = m_table->item(row, Name)->data(Qt::UserRole).value<Id>();
    m_document->undoStack()->push(new RemoveOpexItemCommand(m_document, m_document->currentScenarioId(), id));
}

void OpexItemsEditor::scheduleRefresh()
{
    // Queued: a refresh replaces the table's items and cell widgets, which must not happen while
    // one of them is still emitting the signal that caused the edit.
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshPending = false;
        refresh();
    });
}

} // namespace fjord::ui
