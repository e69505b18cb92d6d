#include "ui/risk/uncertaininputseditor.h"

#include "model/document/commands/analysiscommands.h"
#include "model/document/projectdocument.h"
#include "model/sample/narvikrisk.h"
#include "model/uncertainty.h"
#include "ui/widgets/fitcolumns.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <optional>

namespace fjord::ui {

namespace {

// Draws its cells on one line (elided) in a table that wraps the parameter's name: figures and units
// must not break, and the reasoning (shown in full under the table) must not make its row tall.
class OneLineDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->features &= ~QStyleOptionViewItem::WrapText;
    }
};

constexpr DistributionKind Kinds[] = {DistributionKind::Triangular, DistributionKind::Uniform,
                                      DistributionKind::Normal, DistributionKind::Discrete};

QString numberText(double v)
{
    return QLocale().toString(v, 'g', 10);
}

// A number as the user typed it: in their locale, or with a decimal point.
std::optional<double> parseNumber(const QString &text)
{
    bool ok = false;
    double v = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok)
        v = QLocale::c().toDouble(text.trimmed(), &ok);
    return ok && std::isfinite(v) ? std::optional(v) : std::nullopt;
}

QString valuesText(const QList<double> &values)
{
    QStringList parts;
    for (double v : values)
        parts << numberText(v);
    return parts.join(QStringLiteral("; "));
}

// Which cells a distribution uses: the others show a dash and cannot be edited.
bool uses(DistributionKind kind, int column)
{
    using C = UncertainInputsEditor::Column;
    switch (kind) {
    case DistributionKind::Triangular:
        return column == C::Low || column == C::Mode || column == C::High;
    case DistributionKind::Uniform:
        return column == C::Low || column == C::High;
    case DistributionKind::Normal: // low and high truncate it
        return column == C::Low || column == C::Mode || column == C::High || column == C::Sd;
    case DistributionKind::Discrete:
        return column == C::Values;
    }
    return false;
}

// The input with `kind` and whatever the new kind needs filled from what the input has, so that
// switching the distribution is one valid edit.
UncertainInput withKind(UncertainInput u, DistributionKind kind)
{
    u.kind = kind;
    if (u.low > u.high)
        std::swap(u.low, u.high);
    switch (kind) {
    case DistributionKind::Triangular:
        u.mode = std::clamp(u.mode, u.low, u.high);
        break;
    case DistributionKind::Uniform:
        break;
    case DistributionKind::Normal:
        if (!(u.low < u.high))
            u.high = u.low + std::max(1.0, std::abs(u.low) * 0.2);
        u.mode = std::clamp(u.mode, u.low, u.high);
        if (!(u.sd > 0))
            u.sd = (u.high - u.low) / 4; // ±2 sd within the range
        break;
    case DistributionKind::Discrete:
        if (u.values.isEmpty()) {
            u.values = {u.low, u.mode, u.high};
            std::sort(u.values.begin(), u.values.end());
            u.values.erase(std::unique(u.values.begin(), u.values.end()), u.values.end());
        }
        break;
    }
    return u;
}

} // namespace

UncertainInputsEditor::UncertainInputsEditor(ProjectDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("uncertainInputsTable"));
    m_table->setHorizontalHeaderLabels({tr("Parameter"), tr("Unit"), tr("Distribution"), tr("Low"),
                                        tr("Mode / mean"), tr("High"), tr("SD"), tr("Values"),
                                        tr("Reasoning")});
    m_table->horizontalHeaderItem(Low)->setToolTip(tr("Lowest value (a normal distribution is cut here)"));
    m_table->horizontalHeaderItem(Mode)->setToolTip(
        tr("Triangular: the most likely value; normal: the mean"));
    m_table->horizontalHeaderItem(High)->setToolTip(tr("Highest value (a normal distribution is cut here)"));
    m_table->horizontalHeaderItem(Sd)->setToolTip(tr("Standard deviation of a normal distribution"));
    m_table->horizontalHeaderItem(Values)->setToolTip(tr("Discrete: equally likely values, separated by ;"));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    // The parameter names the row ("Tenant price: European AI start-up programme"): it wraps onto more
    // lines rather than eliding, where three tenants' prices would all read "Tenant price: ...", and
    // gives up width last; the reasoning gives up its width first (shown in full under the table).
    m_table->setWordWrap(true);
    m_table->setItemDelegate(new OneLineDelegate(m_table));
    m_table->setItemDelegateForColumn(Parameter, new QStyledItemDelegate(m_table));
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    FitColumns::attach(m_table, Reason, 60)->keepReadable(Parameter);

    m_parameters = new QComboBox;
    m_parameters->setObjectName(QStringLiteral("uncertainParameter"));
    m_parameters->setToolTip(tr("An input of the scenario that is not uncertain yet"));
    m_parameters->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_parameters->setMinimumContentsLength(24);
    m_add = new QPushButton(tr("Add"));
    m_add->setObjectName(QStringLiteral("addUncertainInput"));
    m_remove = new QPushButton(tr("Remove"));
    m_remove->setObjectName(QStringLiteral("removeUncertainInput"));
    m_presets = new QPushButton(tr("Use Narvik presets"));
    m_presets->setObjectName(QStringLiteral("useNarvikPresets"));
    m_presets->setToolTip(tr("Replace the scenario's uncertain inputs with the ranges preset for the Narvik "
                             "sample, each with its reasoning (one undo step)"));
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("uncertainInputMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();
    m_reasoning = new QLabel;
    m_reasoning->setObjectName(QStringLiteral("uncertainInputReasoning"));
    m_reasoning->setWordWrap(true);
    m_reasoning->setTextFormat(Qt::PlainText);
    m_reasoning->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_reasoning->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_parameters, 1);
    bar->addWidget(m_add);
    bar->addWidget(m_remove);
    bar->addStretch();
    bar->addWidget(m_presets);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_reasoning);

    connect(m_table, &QTableWidget::itemChanged, this,
            [this](QTableWidgetItem *item) { commitCell(item->row(), item->column()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_remove->setEnabled(!m_table->selectedItems().isEmpty());
        showReasoning();
    });
    connect(m_add, &QPushButton::clicked, this, &UncertainInputsEditor::addInput);
    connect(m_remove, &QPushButton::clicked, this, &UncertainInputsEditor::removeSelected);
    connect(m_presets, &QPushButton::clicked, this, &UncertainInputsEditor::usePresets);
    connect(document, &ProjectDocument::changed, this, &UncertainInputsEditor::scheduleRefresh);
    connect(document, &ProjectDocument::currentScenarioChanged, this,
            &UncertainInputsEditor::scheduleRefresh);
    refresh();
}

void UncertainInputsEditor::showReasoning()
{
    const int row = m_table->currentRow();
    const UncertainInput *u =
        row < 0 ? nullptr : input(Id(m_table->item(row, Parameter)->data(Qt::UserRole).toLongLong()));
    if (!u)
        m_reasoning->setText(tr("Select an input to read the reasoning behind its range."));
    else if (u->reason.isEmpty())
        m_reasoning->setText(tr("%1: no reasoning yet. Say where the range comes from in the Reasoning cell.")
                                 .arg(m_table->item(row, Parameter)->text()));
    else
        m_reasoning->setText(QStringLiteral("%1: %2").arg(m_table->item(row, Parameter)->text(), u->reason));
}

const UncertainInput *UncertainInputsEditor::input(Id id) const
{
    for (const UncertainInput &u : m_document->scenario().uncertainInputs)
        if (u.id == id)
            return &u;
    return nullptr;
}

void UncertainInputsEditor::scheduleRefresh()
{
    // A command emits `changed` from inside the edit that pushed it (itemChanged): rebuilding the
    // table there would delete the item being committed.
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshPending = false;
        refresh();
    });
}

void UncertainInputsEditor::refresh()
{
    const Project &project = m_document->project();
    const Id scenarioId = m_document->currentScenarioId();
    const QList<UncertainParameter> parameters = uncertainParameters(project, scenarioId);
    const QList<UncertainInput> &inputs = m_document->scenario().uncertainInputs;
    auto parameterOf = [&](const QString &key) -> const UncertainParameter * {
        for (const UncertainParameter &p : parameters)
            if (p.key == key)
                return &p;
        return nullptr;
    };

    m_filling = true;
    const int selected = m_table->currentRow();
    m_table->setRowCount(int(inputs.size()));
    for (int row = 0; row < inputs.size(); ++row) {
        const UncertainInput &u = inputs[row];
        const UncertainParameter *p = parameterOf(u.parameter);
        auto fixed = [](const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
            return item;
        };
        auto *name = fixed(p ? p->label : tr("%1 (not in this scenario)").arg(u.parameter));
        name->setData(Qt::UserRole, qlonglong(u.id));
        name->setToolTip(QStringLiteral("%1 (%2)").arg(name->text(), u.parameter));
        m_table->setItem(row, Parameter, name);
        auto *unit = fixed(p ? p->unit : QString());
        unit->setToolTip(unit->text()); // the column may be too narrow for "EUR/GPU-hour"
        m_table->setItem(row, Unit, unit);
        m_table->setItem(row, Distribution, fixed(QString()));
        const auto number = [&](int column, double v) {
            if (!uses(u.kind, column)) {
                auto *item = fixed(QStringLiteral("–"));
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
                m_table->setItem(row, column, item);
                return;
            }
            auto *item = new QTableWidgetItem(numberText(v));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        };
        number(Low, u.low);
        number(Mode, u.mode);
        number(High, u.high);
        number(Sd, u.sd);
        if (uses(u.kind, Values))
            m_table->setItem(row, Values, new QTableWidgetItem(valuesText(u.values)));
        else
            number(Values, 0);
        auto *reason = new QTableWidgetItem(u.reason);
        reason->setToolTip(u.reason);
        m_table->setItem(row, Reason, reason);

        auto *kind = new QComboBox;
        kind->setObjectName(QStringLiteral("distribution"));
        for (DistributionKind k : Kinds)
            kind->addItem(distributionKindLabel(k));
        kind->setCurrentIndex(int(std::find(std::begin(Kinds), std::end(Kinds), u.kind) - std::begin(Kinds)));
        const Id id = u.id;
        connect(kind, &QComboBox::activated, this, [this, id](int index) { commitKind(id, index); });
        m_table->setCellWidget(row, Distribution, kind);
    }
    if (selected >= 0 && selected < m_table->rowCount())
        m_table->selectRow(selected);
    m_remove->setEnabled(!m_table->selectedItems().isEmpty());
    showReasoning();

    m_parameters->clear();
    for (const UncertainParameter &p : parameters)
        if (std::none_of(inputs.cbegin(), inputs.cend(),
                         [&](const UncertainInput &u) { return u.parameter == p.key; }))
            m_parameters->addItem(tr("%1 (%2)").arg(p.label, p.unit), p.key);
    m_add->setEnabled(m_parameters->count() > 0);
    m_filling = false;
}

void UncertainInputsEditor::refuse(const QString &why)
{
    m_message->setText(why);
    m_message->show();
    scheduleRefresh(); // the cell shows the value the input kept
}

bool UncertainInputsEditor::push(const UncertainInput &edited)
{
    if (QString error = distributionError(edited); !error.isEmpty()) {
        // The model names the parameter by its key; the table by its label.
        const QString prefix = edited.parameter + QStringLiteral(": ");
        if (error.startsWith(prefix))
            error = error.mid(prefix.size());
        const QTableWidgetItem *name = nullptr;
        for (int r = 0; r < m_table->rowCount() && !name; ++r)
            if (m_table->item(r, Parameter)->data(Qt::UserRole).toLongLong() == edited.id)
                name = m_table->item(r, Parameter);
        refuse(tr("Refused: %1: %2. The input keeps its previous values.")
                   .arg(name ? name->text() : edited.parameter, error));
        return false;
    }
    m_message->hide();
    m_document->undoStack()->push(
        new SetUncertainInputCommand(m_document, m_document->currentScenarioId(), edited));
    return true;
}

void UncertainInputsEditor::commitCell(int row, int column)
{
    if (m_filling || row < 0)
        return;
    const UncertainInput *old = input(Id(m_table->item(row, Parameter)->data(Qt::UserRole).toLongLong()));
    const QTableWidgetItem *item = m_table->item(row, column);
    if (!old || !item)
        return;
    UncertainInput edited = *old;
    const QString text = item->text().trimmed();
    switch (column) {
    case Low:
    case Mode:
    case High:
    case Sd: {
        const std::optional<double> v = parseNumber(text);
        if (!v)
            return refuse(
                tr("Refused: \"%1\" is not a number. The input keeps its previous values.").arg(text));
        (column == Low    ? edited.low
         : column == Mode ? edited.mode
         : column == High ? edited.high
                          : edited.sd) = *v;
        break;
    }
    case Values: {
        edited.values.clear();
        for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const std::optional<double> v = parseNumber(part);
            if (!v)
                return refuse(
                    tr("Refused: \"%1\" is not a number (separate values with ;). The input keeps its "
                       "previous values.")
                        .arg(part.trimmed()));
            edited.values.append(*v);
        }
        break;
    }
    case Reason:
        edited.reason = item->text();
        break;
    default:
        return;
    }
    if (edited != *old)
        push(edited);
}

void UncertainInputsEditor::commitKind(Id inputId, int kindIndex)
{
    const UncertainInput *old = input(inputId);
    if (!old || kindIndex < 0 || kindIndex >= int(std::size(Kinds)) || old->kind == Kinds[kindIndex])
        return;
    if (!push(withKind(*old, Kinds[kindIndex])))
        scheduleRefresh();
}

void UncertainInputsEditor::addInput()
{
    const QString key = m_parameters->currentData().toString();
    const Id scenarioId = m_document->currentScenarioId();
    for (const UncertainParameter &p : uncertainParameters(m_document->project(), scenarioId)) {
        if (p.key != key)
            continue;
        // A first guess the user then edits: ±10 % around the value the scenario has, or from 0 up
        // for the inputs that are 0 in the plan (a delay, an overrun).
        UncertainInput u;
        u.parameter = key;
        u.kind = DistributionKind::Triangular;
        u.mode = p.baseValue;
        if (key == QLatin1String("climate.weather_year")) {
            // Every weather year equally likely: the site's climate and each other year.
            u.kind = DistributionKind::Discrete;
            for (int year = 0; year <= m_document->project().site.weatherYears.size(); ++year)
                u.values << year;
        } else if (p.baseValue != 0) {
            u.low = p.baseValue - 0.1 * std::abs(p.baseValue);
            u.high = p.baseValue + 0.1 * std::abs(p.baseValue);
        } else {
            u.high = key.startsWith(QLatin1String("stage.delay_months")) ? 6.0 : 0.1;
        }
        m_message->hide();
        auto *command = new AddUncertainInputCommand(m_document, scenarioId, u);
        command->setText(tr("Mark %1 uncertain").arg(p.label));
        m_document->undoStack()->push(command);
        return;
    }
}

void UncertainInputsEditor::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const Id id = Id(m_table->item(row, Parameter)->data(Qt::UserRole).toLongLong());
    auto *command = new RemoveUncertainInputCommand(m_document, m_document->currentScenarioId(), id);
    command->setText(tr("Remove the uncertain input %1").arg(m_table->item(row, Parameter)->text()));
    m_document->undoStack()->push(command);
}

void UncertainInputsEditor::usePresets()
{
    const Id scenarioId = m_document->currentScenarioId();
    Project copy = m_document->project(); // the presets take ids from a project: not this one
    QList<UncertainInput> presets = narvikUncertainInputs(copy, scenarioId);
    if (presets.isEmpty())
        return refuse(tr("The Narvik presets do not apply to this scenario."));
    m_message->hide();
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(tr("Use the Narvik presets for the uncertain inputs"));
    const QList<UncertainInput> existing = m_document->scenario().uncertainInputs; // the pushes change it
    for (const UncertainInput &u : existing)
        stack->push(new RemoveUncertainInputCommand(m_document, scenarioId, u.id));
    for (UncertainInput &u : presets) {
        u.id = NoId; // the command allocates an id of the document's project
        stack->push(new AddUncertainInputCommand(m_document, scenarioId, u));
    }
    stack->endMacro();
}

} // namespace fjord::ui
