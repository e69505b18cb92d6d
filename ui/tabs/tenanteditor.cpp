#include "ui/tabs/tenanteditor.h"

#include "model/document/commands/analysiscommands.h"
#include "model/document/commands/projectcommands.h"
#include "model/document/commands/tenantcommands.h"
#include "model/document/projectdocument.h"
#include "ui/charts/tenantcolours.h"
#include "ui/settings/displayunits.h"
#include "ui/tabs/tabutil.h"
#include "ui/widgets/quantityedit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace fjord::ui {

namespace {
// The date edit's minimum stands for "no start date": the contract starts at energisation.
const QDate NoStart(2000, 1, 1);

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(colour);
    return QIcon(pixmap);
}
} // namespace

TenantEditor::TenantEditor(ProjectDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("tenantTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Class"), tr("Contract"), tr("Price"), tr("Start"),
                                        tr("Term (yr)"), tr("Allocated (%1)").arg(units::powerUnitName())});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // every column as wide as its contents (names are not cut); scrolls sideways when narrow
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // six rows without scrolling: a campus has a handful of tenants
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 6 +
                              m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth());

    m_add = new QPushButton(tr("Add tenant"), this);
    m_add->setObjectName(QStringLiteral("addTenant"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeTenant"));
    m_remove->setToolTip(tr("Removes the tenant; its halls, rows and racks become unallocated"));
    m_target = new QuantityEdit(QStringLiteral("%"), 0.01, 1, this);
    m_target->setObjectName(QStringLiteral("priorityTarget"));
    m_target->setDisplayRange(0, 100);
    m_target->setToolTip(tr("Share of each stage's IT capacity promised to start-up and research tenants"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(new QLabel(tr("Start-up/research target"), this));
    buttons->addWidget(m_target);

    auto *box = new QGroupBox(tr("Selected tenant"), this);
    m_form = box;
    auto *form = new QFormLayout(box);
    m_name = new QLineEdit(box);
    m_name->setObjectName(QStringLiteral("tenantName"));
    form->addRow(tr("Name"), m_name);
    m_class = new QComboBox(box);
    m_class->setObjectName(QStringLiteral("tenantClass"));
    for (int c = 0; c < TenantClassCount; ++c)
        m_class->addItem(swatch(tenantClassColour(TenantClass(c))), tenantClassLabel(TenantClass(c)), c);
    form->addRow(tr("Class"), m_class);
    m_contract = new QComboBox(box);
    m_contract->setObjectName(QStringLiteral("tenantContract"));
    for (ContractKind k : {ContractKind::CapacityLease, ContractKind::GpuHours, ContractKind::ReservedRacks})
        m_contract->addItem(contractKindLabel(k), int(k));
    form->addRow(tr("Contract"), m_contract);
    m_price = new QuantityEdit(QString(), 1.0, 2, box);
    m_price->setObjectName(QStringLiteral("tenantPrice"));
    m_price->setDisplayRange(0, 1e6);
    form->addRow(tr("Price"), m_price);
    m_utilisation = new QuantityEdit(QStringLiteral("%"), 0.01, 0, box);
    m_utilisation->setObjectName(QStringLiteral("tenantUtilisation"));
    m_utilisation->setDisplayRange(0, 100);
    m_utilisation->setToolTip(tr("Share of the allocated GPU-hours the tenant is billed for"));
    m_utilisationLabel = new QLabel(tr("Expected utilisation"), box);
    form->addRow(m_utilisationLabel, m_utilisation);
    m_start = new QDateEdit(box);
    m_start->setObjectName(QStringLiteral("tenantStart"));
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_start->setMinimumDate(NoStart);
    m_start->setSpecialValueText(tr("from energisation"));
    m_start->setCalendarPopup(true);
    form->addRow(tr("Contract start"), m_start);
    m_term = new QSpinBox(box);
    m_term->setObjectName(QStringLiteral("tenantTerm"));
    m_term->setRange(1, 50);
    m_term->setSuffix(tr(" years"));
    m_term->setKeyboardTracking(false);
    form->addRow(tr("Term"), m_term);
    m_escalation = new QuantityEdit(tr("%/yr"), 0.01, 1, box);
    m_escalation->setObjectName(QStringLiteral("tenantEscalation"));
    m_escalation->setDisplayRange(-20, 50);
    form->addRow(tr("Escalation"), m_escalation);
    m_relet = new QuantityEdit(QString(), 1.0, 2, box);
    m_relet->setObjectName(QStringLiteral("tenantRelet"));
    m_relet->setDisplayRange(0, 1e6);
    m_relet->setToolTip(tr("Price after the term (0: the capacity is not re-let)"));
    form->addRow(tr("Re-letting price"), m_relet);
    m_vacancy = new QSpinBox(box);
    m_vacancy->setObjectName(QStringLiteral("tenantVacancy"));
    m_vacancy->setRange(0, 120);
    m_vacancy->setSuffix(tr(" months"));
    m_vacancy->setKeyboardTracking(false);
    m_vacancy->setToolTip(tr("Months without revenue between the term and re-letting"));
    form->addRow(tr("Vacancy"), m_vacancy);
    m_notes = new QLineEdit(box);
    m_notes->setObjectName(QStringLiteral("tenantNotes"));
    m_notes->setPlaceholderText(tr("sources, assumptions"));
    form->addRow(tr("Notes"), m_notes);
    m_fields = {m_remove, m_name, m_class,      m_contract, m_price,   m_utilisation,
                m_start,  m_term, m_escalation, m_relet,    m_vacancy, m_notes};

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        const QString name = m_name->text().trimmed();
        if (!name.isEmpty())
            edit([name](Tenant &t) { t.name = name; });
        else
            refreshFields(); // a tenant keeps a name
    });
    connect(m_class, &QComboBox::activated, this, [this] {
        const auto c = TenantClass(m_class->currentData().toInt());
        edit([c](Tenant &t) { t.tenantClass = c; });
    });
    connect(m_contract, &QComboBox::activated, this, [this] {
        const auto k = ContractKind(m_contract->currentData().toInt());
        edit([k](Tenant &t) { t.contract = k; });
    });
    connect(m_price, &QuantityEdit::siValueEdited, this,
            [this](double v) { edit([v](Tenant &t) { t.price = v; }); });
    connect(m_utilisation, &QuantityEdit::siValueEdited, this,
            [this](double v) { edit([v](Tenant &t) { t.expectedUtilisation = v; }); });
    connect(m_start, &QDateEdit::editingFinished, this, [this] {
        const QDate d = m_start->date() == NoStart ? QDate() : m_start->date();
        edit([d](Tenant &t) { t.start = d; });
    });
    connect(m_term, &QSpinBox::valueChanged, this,
            [this](int y) { edit([y](Tenant &t) { t.termYears = y; }); });
    connect(m_escalation, &QuantityEdit::siValueEdited, this,
            [this](double v) { edit([v](Tenant &t) { t.escalationPerYear = v; }); });
    connect(m_relet, &QuantityEdit::siValueEdited, this,
            [this](double v) { edit([v](Tenant &t) { t.reletPrice = v; }); });
    connect(m_vacancy, &QSpinBox::valueChanged, this,
            [this](int m) { edit([m](Tenant &t) { t.vacancyMonths = m; }); });
    connect(m_notes, &QLineEdit::editingFinished, this, [this] {
        const QString notes = m_notes->text();
        edit([notes](Tenant &t) { t.notes = notes; });
    });
    connect(m_target, &QuantityEdit::siValueEdited, this, [this](double share) {
        if (auto *cmd = setProjectSetting(m_document, &ProjectSettings::priorityCapacityTarget, share,
                                          tr("start-up/research target")))
            m_document->undoStack()->push(cmd);
    });
    connect(m_add, &QPushButton::clicked, this, &TenantEditor::addTenant);
    connect(m_remove, &QPushButton::clicked, this, &TenantEditor::removeTenant);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TenantEditor::refreshFields);
    connect(document, &ProjectDocument::changed, this, [this](const ChangeEvent &e) {
        using K = ChangeEvent::Kind;
        if (e.kind == K::Tenants || e.kind == K::Project || e.kind == K::Costs || e.kind == K::Scenarios ||
            e.kind == K::Everything)
            refresh();
    });
    connect(document, &ProjectDocument::currentScenarioChanged, this, &TenantEditor::refresh);
    connect(document, &ProjectDocument::resultsChanged, this, &TenantEditor::refreshTable);
    connect(document, &ProjectDocument::currentStageChanged, this, &TenantEditor::refreshTable);
    connect(document, &ProjectDocument::selectionChanged, this, [this] {
        // a tenant picked in the project tree
        const QList<Id> sel = m_document->selection();
        if (sel.size() == 1 && m_document->scenario().tenant(sel.first()))
            selectTenant(sel.first());
    });
    refresh();
}

Id TenantEditor::currentTenantId() const
{
    const QList<QTableWidgetItem *> sel = m_table->selectedItems();
    return sel.isEmpty() ? NoId : m_table->item(sel.first()->row(), Name)->data(Qt::UserRole).value<Id>();
}

void TenantEditor::selectTenant(Id id)
{
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, Name)->data(Qt::UserRole).value<Id>() == id)
            m_table->selectRow(r);
}

void TenantEditor::refresh()
{
    refreshTable();
    refreshFields();
}

void TenantEditor::refreshTable()
{
    const Scenario &scenario = m_document->scenario();
    const QString currency = m_document->project().costs.currency;
    QHash<Id, double> allocatedW;
    if (const StageResult *stage = tabutil::currentStage(m_document))
        for (const TenantAllocation &a : stage->allocation.tenants)
            allocatedW.insert(a.tenantId, a.itCapacityW);

    const Id current = currentTenantId();
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(scenario.tenants.size()));
    int selectRow = scenario.tenants.isEmpty() ? -1 : 0;
    for (int r = 0; r < scenario.tenants.size(); ++r) {
        const Tenant &t = scenario.tenants[r];
        const auto set = [&](int column, const QString &text, Qt::Alignment align = Qt::AlignLeft) {
            auto *item = new QTableWidgetItem(text);
            item->setTextAlignment(align | Qt::AlignVCenter);
            m_table->setItem(r, column, item);
            return item;
        };
        QTableWidgetItem *name = set(Name, t.name);
        name->setData(Qt::UserRole, QVariant::fromValue<Id>(t.id));
        name->setIcon(swatch(tenantColour(r))); // the tenant's colour on the floor plan
        set(Class, tenantClassLabel(t.tenantClass))->setIcon(swatch(tenantClassColour(t.tenantClass)));
        set(Contract, contractKindLabel(t.contract));
        set(Price, tabutil::number(t.price, 2) + u' ' + contractPriceUnit(t.contract, currency),
            Qt::AlignRight);
        set(Start, t.start.isValid() ? t.start.toString(QStringLiteral("yyyy-MM-dd")) : tr("energisation"));
        set(Term, QString::number(t.termYears), Qt::AlignRight);
        set(AllocatedMw,
            tabutil::number(units::inPowerUnit(allocatedW.value(t.id)), units::powerDecimals() + 1),
            Qt::AlignRight);
        if (t.id == current)
            selectRow = r;
    }
    if (selectRow >= 0)
        m_table->selectRow(selectRow);
    else
        m_table->clearSelection();
}

void TenantEditor::refreshFields()
{
    m_target->setSiValue(m_document->project().settings.priorityCapacityTarget);
    m_add->setEnabled(m_document->project().scenario(m_document->currentScenarioId()) != nullptr);
    const Tenant *t = m_document->scenario().tenant(currentTenantId());
    for (QWidget *w : std::as_const(m_fields))
        w->setEnabled(t != nullptr);
    if (!t) {
        m_name->clear();
        m_notes->clear();
        return;
    }
    const QString unit = contractPriceUnit(t->contract, m_document->project().costs.currency);
    const QSignalBlocker b1(m_class), b2(m_contract), b3(m_start), b4(m_term), b5(m_vacancy);
    if (!m_name->hasFocus())
        m_name->setText(t->name);
    m_class->setCurrentIndex(m_class->findData(int(t->tenantClass)));
    m_contract->setCurrentIndex(m_contract->findData(int(t->contract)));
    m_price->setSuffix(u' ' + unit);
    m_price->setSiValue(t->price);
    m_utilisation->setSiValue(t->expectedUtilisation);
    // only GPU-hour contracts bill by utilisation
    m_utilisation->setVisible(t->contract == ContractKind::GpuHours);
    m_utilisationLabel->setVisible(t->contract == ContractKind::GpuHours);
    m_start->setDate(t->start.isValid() ? t->start : NoStart);
    m_term->setValue(t->termYears);
    m_escalation->setSiValue(t->escalationPerYear);
    m_relet->setSuffix(u' ' + unit);
    m_relet->setSiValue(t->reletPrice);
    m_vacancy->setValue(t->vacancyMonths);
    if (!m_notes->hasFocus()) {
        m_notes->setText(t->notes);
        m_notes->setCursorPosition(0); // the start of a long note, not its end
    }
    m_notes->setToolTip(t->notes);
}

void TenantEditor::edit(const std::function<void(Tenant &)> &change)
{
    const Tenant *t = m_document->scenario().tenant(currentTenantId());
    if (!t)
        return;
    Tenant edited = *t;
    change(edited);
    if (edited == *t)
        return;
    m_document->undoStack()->push(new SetTenantCommand(m_document, m_document->currentScenarioId(), edited));
}

void TenantEditor::addTenant()
{
    Tenant t; // a capacity lease from energisation, METHOD §8.2 defaults
    t.name = tr("Tenant %1").arg(m_document->scenario().tenants.size() + 1);
    auto *cmd = new AddTenantCommand(m_document, m_document->currentScenarioId(), t);
    const Id id = cmd->itemId();
    m_document->undoStack()->push(cmd);
    selectTenant(id);
}

void TenantEditor::removeTenant()
{
    if (auto *cmd = makeRemoveTenantCommand(m_document, m_document->currentScenarioId(), currentTenantId()))
        m_document->undoStack()->push(cmd);
}

} // namespace fjord::ui
