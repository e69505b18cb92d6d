#include "ui/mainwindow/inspector.h"
#include "model/numbertext.h"

#include "model/document/commands/projectcommands.h"
#include "model/document/commands/racktypecommands.h"
#include "model/document/commands/renamecommand.h"
#include "model/document/commands/stagecommands.h"
#include "model/document/objectlocator.h"
#include "model/document/projectdocument.h"
#include "model/plural.h"
#include "ui/floorplan/tenantallocator.h"
#include "ui/widgets/quantityedit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

namespace fjord::ui {

namespace {

void setTextIfIdle(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text) {
        const QSignalBlocker blocker(edit);
        edit->setText(text);
    }
}

} // namespace

Inspector::Inspector(ProjectDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_title(new QLabel(this)), m_subtitle(new QLabel(this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("inspector"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle->setEnabled(false);
    m_subtitle->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("inspectorMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(document, &ProjectDocument::selectionChanged, this, &Inspector::rebuild);
    connect(document, &ProjectDocument::currentScenarioChanged, this, &Inspector::rebuild);
    connect(document, &ProjectDocument::changed, this, &Inspector::refresh);
    connect(document, &ProjectDocument::resultsChanged, this, &Inspector::refresh);
    rebuild();
}

QString Inspector::formTitle() const
{
    return m_title->text();
}

void Inspector::clearForm()
{
    m_refreshers.clear();
    m_message->hide();
    if (m_form) {
        // deleteLater: the rebuild may run inside a signal of one of the form's own editors.
        m_form->hide();
        m_form->deleteLater();
    }
    m_form = new QWidget(this);
    m_formLayout = new QFormLayout(m_form);
    m_formLayout->setContentsMargins(0, 8, 0, 0);
    m_formLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_formLayout->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_formLayout->setRowWrapPolicy(QFormLayout::WrapLongRows); // a narrow dock puts labels above fields
    static_cast<QVBoxLayout *>(layout())->insertWidget(3, m_form);
}

void Inspector::rebuild()
{
    clearForm();
    const QList<Id> selection = m_document->selection();
    const ObjectRef ref =
        selection.isEmpty() ? ObjectRef{} : locateObject(m_document->project(), selection.first());
    m_shownId = ref.id;
    m_shownProject = !ref.isValid();
    m_subtitle->clear();
    if (selection.size() > 1) {
        buildSelectionSummary(selection);
        m_subtitle->setVisible(!m_subtitle->text().isEmpty());
        return;
    }
    switch (ref.kind) {
    case ObjectKind::None:
        buildProjectForm();
        break;
    case ObjectKind::Scenario:
        buildScenarioForm(ref.id);
        break;
    case ObjectKind::Stage:
        buildStageForm(ref.id);
        break;
    case ObjectKind::RackType:
        buildRackTypeForm(ref.id);
        break;
    default:
        buildNameForm(ref.id);
        break;
    }
    m_subtitle->setVisible(!m_subtitle->text().isEmpty());
    // A number out of its field's range is refused there; the reason shows here too.
    for (QuantityEdit *edit : m_form->findChildren<QuantityEdit *>())
        connect(edit, &QuantityEdit::refused, this, [this](const QString &reason) {
            m_message->setText(reason);
            m_message->show();
        });
    refresh();
}

void Inspector::refresh()
{
    if (!m_shownProject && !locateObject(m_document->project(), m_shownId).isValid()) {
        rebuild(); // the object is gone (undo of an add, remove)
        return;
    }
    for (const auto &refresher : m_refreshers)
        refresher();
}

void Inspector::push(QUndoCommand *command, const QString &refusal)
{
    if (command) {
        m_message->hide();
        m_document->undoStack()->push(command);
        return;
    }
    if (!refusal.isEmpty()) {
        m_message->setText(refusal);
        m_message->show();
    }
    refresh(); // show the model's value again
}

QLineEdit *Inspector::addNameEdit(Id id, const QString &label)
{
    auto *edit = new QLineEdit(m_form);
    edit->setObjectName(QStringLiteral("nameEdit"));
    m_formLayout->addRow(label, edit);
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, id] {
        const QString current = locateObject(m_document->project(), id).name;
        if (edit->text().trimmed() == current)
            return;
        push(makeRenameCommand(m_document, id, edit->text()), tr("A name cannot be empty."));
    });
    addRefresher([this, edit, id] { setTextIfIdle(edit, locateObject(m_document->project(), id).name); });
    return edit;
}

void Inspector::buildProjectForm()
{
    m_title->setText(tr("Project"));
    auto *name = new QLineEdit(m_form);
    name->setObjectName(QStringLiteral("projectNameEdit"));
    m_formLayout->addRow(tr("Name"), name);
    connect(name, &QLineEdit::editingFinished, this, [this, name] {
        if (name->text().trimmed() != m_document->project().name)
            push(setProjectName(m_document, name->text()), tr("A project needs a name."));
    });
    auto *description = new QLineEdit(m_form);
    m_formLayout->addRow(tr("Description"), description);
    connect(description, &QLineEdit::editingFinished, this,
            [this, description] { push(setProjectDescription(m_document, description->text())); });

    auto *site = new QLabel(m_form);
    auto *climate = new QLabel(m_form);
    climate->setWordWrap(true);
    site->setWordWrap(true);
    m_formLayout->addRow(tr("Site"), site);
    m_formLayout->addRow(tr("Climate"), climate);

    auto *rule = new QComboBox(m_form);
    rule->addItem(tr("IEC: 100 % of rating"), int(ContinuousLoadRule::Iec100));
    rule->addItem(tr("NEC: 80 % of rating"), int(ContinuousLoadRule::Nec80));
    m_formLayout->addRow(tr("Continuous load"), rule);
    connect(rule, &QComboBox::activated, this, [this, rule] {
        push(setProjectSetting(m_document, &ProjectSettings::continuousLoad,
                               ContinuousLoadRule(rule->currentData().toInt()), tr("continuous-load rule")));
    });
    auto *aisle = new QuantityEdit(QStringLiteral("m"), 1.0, 2, m_form);
    aisle->setDisplayRange(0.6, 5.0);
    aisle->setSingleStep(0.1);
    m_formLayout->addRow(tr("Minimum aisle width"), aisle);
    connect(aisle, &QuantityEdit::siValueEdited, this, [this](double m) {
        push(setProjectSetting(m_document, &ProjectSettings::minAisleWidthM, m, tr("minimum aisle width")));
    });
    auto *warn = new QuantityEdit(QStringLiteral("%"), 1.0, 1, m_form);
    warn->setDisplayRange(0, 100);
    m_formLayout->addRow(tr("Phase imbalance warning"), warn);
    connect(warn, &QuantityEdit::siValueEdited, this, [this](double pct) {
        push(setProjectSetting(m_document, &ProjectSettings::imbalanceWarnPct, pct, tr("imbalance warning")));
    });
    auto *error = new QuantityEdit(QStringLiteral("%"), 1.0, 1, m_form);
    error->setDisplayRange(0, 100);
    m_formLayout->addRow(tr("Phase imbalance error"), error);
    connect(error, &QuantityEdit::siValueEdited, this, [this](double pct) {
        push(setProjectSetting(m_document, &ProjectSettings::imbalanceErrorPct, pct, tr("imbalance error")));
    });

    addRefresher([=, this] {
        const Project &p = m_document->project();
        setTextIfIdle(name, p.name);
        setTextIfIdle(description, p.description);
        site->setText(p.site.name.isEmpty() ? tr("(not set)") : p.site.name);
        const ClimateSummary &c = m_document->results().climate;
        climate->setText(
            p.site.climate.isComplete()
                ? tr("mean %1 °C, max %2 °C").arg(fixedText(c.meanDryBulbC, 1), fixedText(c.maxDryBulbC, 1))
                : tr("none: use File > Import weather (EPW)"));
        const QSignalBlocker blocker(rule);
        rule->setCurrentIndex(rule->findData(int(p.settings.continuousLoad)));
        aisle->setSiValue(p.settings.minAisleWidthM);
        warn->setSiValue(p.settings.imbalanceWarnPct);
        error->setSiValue(p.settings.imbalanceErrorPct);
    });
}

void Inspector::buildScenarioForm(Id id)
{
    m_title->setText(tr("Scenario"));
    addNameEdit(id, tr("Name"));
    auto *stages = new QLabel(m_form);
    auto *contents = new QLabel(m_form);
    m_formLayout->addRow(tr("Stages"), stages);
    m_formLayout->addRow(tr("Contents"), contents);
    auto *makeCurrent = new QPushButton(tr("Show this scenario"), m_form);
    m_formLayout->addRow(QString(), makeCurrent);
    connect(makeCurrent, &QPushButton::clicked, this, [this, id] { m_document->setCurrentScenario(id); });
    addRefresher([=, this] {
        const Scenario *s = m_document->project().scenario(id);
        if (!s)
            return;
        QStringList names;
        for (const Stage &st : s->stages)
            names << st.name;
        stages->setText(names.join(QStringLiteral(", ")));
        contents->setText(QStringList{countOf(int(s->halls.size()), tr("hall"), tr("halls")),
                                      countOf(int(s->racks.size()), tr("rack"), tr("racks")),
                                      countOf(int(s->powerNodes.size()), tr("power node"), tr("power nodes"))}
                              .join(QStringLiteral(", ")));
        makeCurrent->setEnabled(id != m_document->currentScenarioId());
    });
}

void Inspector::buildStageForm(Id id)
{
    m_title->setText(tr("Stage"));
    addNameEdit(id, tr("Name"));
    auto *date = new QDateEdit(m_form);
    date->setObjectName(QStringLiteral("energisationEdit"));
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    date->setCalendarPopup(true);
    date->setDateRange(QDate(2000, 1, 1), QDate(2100, 12, 31));
    m_formLayout->addRow(tr("Energisation"), date);
    connect(date, &QDateEdit::editingFinished, this,
            [this, date, id] { push(setStageEnergisation(m_document, id, date->date())); });
    auto *grid = new QuantityEdit(QStringLiteral("MW"), 1e6, 1, m_form);
    grid->setObjectName(QStringLiteral("gridCapacityEdit"));
    grid->setDisplayRange(0, 100000);
    grid->setToolTip(tr("Grid connection capacity this stage adds"));
    m_formLayout->addRow(tr("Grid capacity added"), grid);
    connect(grid, &QuantityEdit::siValueEdited, this, [this, id](double w) {
        push(setStageGridCapacity(m_document, id, w), tr("The grid capacity must be zero or more."));
    });
    auto *ramp = new QSpinBox(m_form);
    ramp->setObjectName(QStringLiteral("rampUpEdit"));
    ramp->setRange(0, MaxRampUpMonths);
    ramp->setSuffix(tr(" months"));
    ramp->setKeyboardTracking(false);
    m_formLayout->addRow(tr("Ramp-up"), ramp);
    connect(ramp, &QSpinBox::editingFinished, this,
            [this, ramp, id] { push(setStageRampUp(m_document, id, ramp->value())); });
    auto *figures = new QLabel(m_form);
    figures->setWordWrap(true);
    m_formLayout->addRow(tr("Through this stage"), figures);

    addRefresher([=, this] {
        const Stage *s = findObject<Stage>(m_document->mutableProject(), id);
        if (!s)
            return;
        if (!date->hasFocus()) {
            const QSignalBlocker blocker(date);
            date->setDate(s->energisation);
        }
        grid->setSiValue(s->gridCapacityAddedW);
        {
            const QSignalBlocker blocker(ramp);
            ramp->setValue(s->rampUpMonths);
        }
        const QLocale locale;
        for (const StageResult &r : m_document->results().stages) {
            if (r.stageId == id) {
                figures->setText(tr("%1, IT %2 MW, facility peak %3 MW, grid %4 MW")
                                     .arg(countOf(r.racks, tr("rack"), tr("racks")),
                                          locale.toString(r.itCapacityW / 1e6, 'f', 1),
                                          locale.toString(r.facilityPeakW / 1e6, 'f', 1),
                                          locale.toString(r.gridCapacityW / 1e6, 'f', 1)));
                return;
            }
        }
        figures->setText(tr("(not in the current scenario's results)"));
    });
}

void Inspector::buildRackTypeForm(Id id)
{
    m_title->setText(tr("Rack type"));
    addNameEdit(id, tr("Name"));
    auto *vendor = new QLineEdit(m_form);
    m_formLayout->addRow(tr("Vendor"), vendor);
    connect(vendor, &QLineEdit::editingFinished, this,
            [this, vendor, id] { push(setRackTypeVendor(m_document, id, vendor->text())); });

    struct Field {
        QuantityEdit *edit;
        double RackType::*member;
    };
    QList<Field> fields;
    auto add = [&](const QString &label, const QString &unit, double scale, int decimals, double min,
                   double max, double RackType::*member, auto setter, const QString &refusal) {
        auto *edit = new QuantityEdit(unit, scale, decimals, m_form);
        edit->setDisplayRange(min, max);
        m_formLayout->addRow(label, edit);
        connect(edit, &QuantityEdit::siValueEdited, this,
                [this, id, setter, refusal](double si) { push(setter(m_document, id, si), refusal); });
        fields.append({edit, member});
    };
    add(tr("Design power"), QStringLiteral("kW"), 1e3, 1, 0.1, 5000, &RackType::designPowerW,
        &setRackTypeDesignPower, tr("The design power must be more than 0 kW."));
    fields.last().edit->setObjectName(QStringLiteral("designPowerEdit"));
    auto *gpus = new QSpinBox(m_form);
    gpus->setRange(0, 10000);
    gpus->setKeyboardTracking(false);
    m_formLayout->addRow(tr("GPUs per rack"), gpus);
    connect(gpus, &QSpinBox::editingFinished, this,
            [this, gpus, id] { push(setRackTypeGpus(m_document, id, gpus->value())); });
    add(tr("Heat to liquid"), QStringLiteral("%"), 0.01, 1, 0, 100, &RackType::liquidFraction,
        &setRackTypeLiquidFraction, tr("The liquid share must lie within 0–100 %."));
    add(tr("Power factor"), QString(), 1.0, 3, 0.5, 1.0, &RackType::powerFactor, &setRackTypePowerFactor,
        tr("The power factor must lie within 0–1."));
    add(tr("Mass"), QStringLiteral("kg"), 1.0, 0, 0, 10000, &RackType::massKg, &setRackTypeMass,
        tr("The mass cannot be negative."));
    add(tr("Unit cost"), m_document->project().costs.currency, 1.0, 0, 0, 1e9, &RackType::unitCost,
        &setRackTypeUnitCost, tr("The cost cannot be negative."));
    auto *source = new QLabel(m_form);
    source->setWordWrap(true);
    source->setEnabled(false);
    m_formLayout->addRow(tr("Source"), source);

    addRefresher([=, this] {
        const RackType *t = m_document->project().rackType(id);
        if (!t)
            return;
        setTextIfIdle(vendor, t->vendor);
        for (const Field &f : fields)
            f.edit->setSiValue(t->*f.member);
        const QSignalBlocker blocker(gpus);
        gpus->setValue(t->gpus);
        source->setText(t->source);
    });
}

void Inspector::buildNameForm(Id id)
{
    const ObjectRef ref = locateObject(m_document->project(), id);
    QString kind = kindLabel(ref.kind);
    kind[0] = kind[0].toUpper();
    m_title->setText(kind);
    addNameEdit(id, tr("Name"));
    if (ref.kind == ObjectKind::Hall || ref.kind == ObjectKind::Row || ref.kind == ObjectKind::Rack)
        m_formLayout->addRow(tr("Tenant"), new TenantAllocator(m_document, {}, m_form));
    // Objects whose full editor is a tab's table say which tab (halls, rows, racks and power nodes
    // have theirs in this dock: see SelectionInspector).
    if (const QString where = editorTabOf(ref.kind); !where.isEmpty()) {
        auto *hint = new QLabel(tr("Edited in full on the %1 tab.").arg(where), m_form);
        hint->setWordWrap(true);
        hint->setEnabled(false);
        m_formLayout->addRow(hint);
    }
}

QString Inspector::editorTabOf(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::CoolingSystem:
    case ObjectKind::LoadProfile:
    case ObjectKind::HeatOfftake:
        return tr("Cooling & Energy");
    case ObjectKind::Ppa:
    case ObjectKind::GuaranteeOfOrigin:
        return tr("Renewables");
    case ObjectKind::OpexItem:
        return tr("Finance");
    case ObjectKind::RedundancyGroup:
        return tr("Power");
    default:
        return {};
    }
}

// Several objects (from the project tree): how many of each kind; one at a time is edited.
void Inspector::buildSelectionSummary(const QList<Id> &selection)
{
    QMap<QString, int> countByKind;
    for (Id id : selection)
        ++countByKind[kindLabel(locateObject(m_document->project(), id).kind)];
    m_title->setText(countOf(int(selection.size()), tr("object selected"), tr("objects selected")));
    QStringList parts;
    for (auto it = countByKind.cbegin(); it != countByKind.cend(); ++it)
        parts << tr("%1 × %2").arg(it.value()).arg(it.key());
    auto *kinds = new QLabel(parts.join(QStringLiteral(", ")), m_form);
    kinds->setObjectName(QStringLiteral("selectionKinds"));
    kinds->setWordWrap(true);
    m_formLayout->addRow(tr("Kinds"), kinds);
    auto *hint = new QLabel(tr("Select one of them to edit it."), m_form);
    hint->setEnabled(false);
    m_formLayout->addRow(hint);
}

} // namespace fjord::ui
