#include "ui/tabs/loadprofileeditor.h"

#include "model/document/commands/analysiscommands.h"
#include "model/document/commands/renamecommand.h"
#include "model/document/projectdocument.h"
#include "model/storage/loadprofilecsv.h"
#include "ui/tabs/tabutil.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QUndoStack>

#include <numeric>

namespace fjord::ui {

LoadProfileEditor::LoadProfileEditor(ProjectDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    auto *form = new QFormLayout(this);
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("loadProfile"));
    form->addRow(tr("Profile"), m_profile);
    m_add = new QPushButton(tr("Add"), this);
    m_add->setObjectName(QStringLiteral("addLoadProfile"));
    m_add->setToolTip(tr("A new flat training profile at 85 % utilisation"));
    m_import = new QPushButton(tr("Import CSV…"), this);
    m_import->setObjectName(QStringLiteral("importLoadProfile"));
    m_import->setToolTip(tr("A custom hourly profile: 8760 utilisation values (0…1 or %), one per line"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeLoadProfile"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_import);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    form->addRow(buttons);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("loadProfileName"));
    form->addRow(tr("Name"), m_name);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("loadProfileKind"));
    m_kind->addItem(tr("Training (flat)"), int(LoadProfileKind::Training));
    m_kind->addItem(tr("Inference (daily cycle)"), int(LoadProfileKind::Inference));
    m_kind->addItem(tr("Custom (hourly, imported)"), int(LoadProfileKind::Custom));
    form->addRow(tr("Kind"), m_kind);
    m_rackType = new QComboBox(this);
    m_rackType->setObjectName(QStringLiteral("loadProfileRackType"));
    form->addRow(tr("Applies to"), m_rackType);
    m_base = tabutil::quantitySpinBox(0, 100, 1, QStringLiteral("%"), this);
    m_base->setObjectName(QStringLiteral("loadProfileBase"));
    form->addRow(tr("Base utilisation"), m_base);
    m_amplitude = tabutil::quantitySpinBox(0, 100, 1, QStringLiteral("%"), this);
    m_amplitude->setObjectName(QStringLiteral("loadProfileAmplitude"));
    m_amplitude->setToolTip(tr("Inference: u = base + amplitude·sin(2π(hour − 9)/24)"));
    form->addRow(tr("Daily amplitude"), m_amplitude);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("loadProfileStatus"));
    m_status->setWordWrap(true);
    form->addRow(m_status);
    m_fields = {m_remove, m_name, m_kind, m_rackType, m_base, m_amplitude};

    connect(m_profile, &QComboBox::currentIndexChanged, this, &LoadProfileEditor::refreshFields);
    connect(m_add, &QPushButton::clicked, this, &LoadProfileEditor::addProfile);
    connect(m_import, &QPushButton::clicked, this, [this] { importCsv(); });
    connect(m_remove, &QPushButton::clicked, this, &LoadProfileEditor::removeProfile);
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        if (auto *cmd = makeRenameCommand(m_document, currentProfileId(), m_name->text()))
            m_document->undoStack()->push(cmd);
    });
    connect(m_kind, &QComboBox::activated, this, [this] {
        const auto kind = LoadProfileKind(m_kind->currentData().toInt());
        edit([kind](LoadProfile &p) { p.kind = kind; });
    });
    connect(m_rackType, &QComboBox::activated, this, [this] {
        const Id type = m_rackType->currentData().value<Id>();
        edit([type](LoadProfile &p) { p.rackTypeId = type; });
    });
    connect(m_base, &QDoubleSpinBox::valueChanged, this,
            [this](double pct) { edit([pct](LoadProfile &p) { p.baseUtilisation = pct / 100.0; }); });
    connect(m_amplitude, &QDoubleSpinBox::valueChanged, this,
            [this](double pct) { edit([pct](LoadProfile &p) { p.amplitude = pct / 100.0; }); });
    connect(document, &ProjectDocument::changed, this, [this](const ChangeEvent &e) {
        using K = ChangeEvent::Kind;
        if (e.kind == K::LoadProfiles || e.kind == K::RackTypes || e.kind == K::Everything ||
            e.kind == K::Scenarios)
            refresh();
    });
    connect(document, &ProjectDocument::currentScenarioChanged, this, &LoadProfileEditor::refresh);
    refresh();
}

Id LoadProfileEditor::currentProfileId() const
{
    return m_profile->currentData().value<Id>();
}

void LoadProfileEditor::refresh()
{
    {
        const QSignalBlocker b1(m_profile), b2(m_rackType);
        const Id keep = currentProfileId();
        m_profile->clear();
        for (const LoadProfile &p : m_document->scenario().loadProfiles)
            m_profile->addItem(p.name, QVariant::fromValue<Id>(p.id));
        m_profile->setCurrentIndex(qMax(0, m_profile->findData(QVariant::fromValue<Id>(keep))));
        m_rackType->clear();
        m_rackType->addItem(tr("every rack type without its own"), QVariant::fromValue<Id>(NoId));
        for (const RackType &t : m_document->project().rackTypes)
            m_rackType->addItem(t.name, QVariant::fromValue<Id>(t.id));
    }
    refreshFields();
}

void LoadProfileEditor::refreshFields()
{
    const LoadProfile *profile = nullptr;
    for (const LoadProfile &p : m_document->scenario().loadProfiles)
        if (p.id == currentProfileId())
            profile = &p;
    for (QWidget *w : std::as_const(m_fields))
        w->setEnabled(profile != nullptr);
    if (!profile)
        return;
    const QSignalBlocker b1(m_name), b2(m_kind), b3(m_rackType), b4(m_base), b5(m_amplitude);
    if (!m_name->hasFocus())
        m_name->setText(profile->name);
    m_kind->setCurrentIndex(m_kind->findData(int(profile->kind)));
    m_rackType->setCurrentIndex(qMax(0, m_rackType->findData(QVariant::fromValue<Id>(profile->rackTypeId))));
    m_base->setValue(profile->baseUtilisation * 100.0);
    m_amplitude->setValue(profile->amplitude * 100.0);
    const bool custom = profile->kind == LoadProfileKind::Custom;
    m_base->setEnabled(!custom);
    m_amplitude->setEnabled(profile->kind == LoadProfileKind::Inference);
    if (custom && !profile->hourly.isEmpty()) {
        const double mean =
            std::accumulate(profile->hourly.cbegin(), profile->hourly.cend(), 0.0) / profile->hourly.size();
        m_status->setText(tr("Custom: %1 hourly values, mean utilisation %2 %")
                              .arg(profile->hourly.size())
                              .arg(tabutil::number(mean * 100.0, 1)));
    }
}

void LoadProfileEditor::edit(const std::function<void(LoadProfile &)> &change)
{
    for (const LoadProfile &p : m_document->scenario().loadProfiles) {
        if (p.id != currentProfileId())
            continue;
        LoadProfile edited = p;
        change(edited);
        if (edited.kind == LoadProfileKind::Custom && edited.hourly.size() != HoursPerYear) {
            m_status->setText(tr("A custom profile needs hourly values: use Import CSV…"));
            refreshFields();
            return;
        }
        if (!(edited == p))
            m_document->undoStack()->push(
                new SetLoadProfileCommand(m_document, m_document->currentScenarioId(), edited));
        return;
    }
}

void LoadProfileEditor::addProfile()
{
    LoadProfile p; // training, flat 85 % (METHOD §1)
    p.name = tr("Load profile %1").arg(m_document->scenario().loadProfiles.size() + 1);
    auto *cmd = new AddLoadProfileCommand(m_document, m_document->currentScenarioId(), p);
    const Id id = cmd->itemId();
    m_document->undoStack()->push(cmd);
    m_profile->setCurrentIndex(m_profile->findData(QVariant::fromValue<Id>(id)));
}

void LoadProfileEditor::removeProfile()
{
    if (currentProfileId() != NoId)
        m_document->undoStack()->push(
            new RemoveLoadProfileCommand(m_document, m_document->currentScenarioId(), currentProfileId()));
}

bool LoadProfileEditor::importCsv(const QString &requestedPath)
{
    QString path = requestedPath;
    if (path.isEmpty())
        path = QFileDialog::getOpenFileName(this, tr("Import hourly load profile"), QString(),
                                            tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return false;
    const storage::LoadProfileCsvResult result = storage::readLoadProfileCsv(path);
    if (!result) {
        m_status->setText(tr("Not imported: %1").arg(result.error));
        return false;
    }
    LoadProfile p;
    p.name = QFileInfo(path).completeBaseName();
    p.kind = LoadProfileKind::Custom;
    p.hourly = *result.hourly;
    auto *cmd = new AddLoadProfileCommand(m_document, m_document->currentScenarioId(), p);
    const Id id = cmd->itemId();
    m_document->undoStack()->push(cmd);
    m_profile->setCurrentIndex(m_profile->findData(QVariant::fromValue<Id>(id)));
    return true;
}

} // namespace fjord::ui
