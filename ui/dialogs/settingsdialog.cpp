#include "ui/dialogs/settingsdialog.h"

#include "ui/app/language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace fjord::ui {

namespace {

QComboBox *combo(const QString &name, QWidget *parent)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(name);
    return c;
}

QDoubleSpinBox *number(const QString &name, const QString &suffix, double lo, double hi, int decimals,
                       const QString &toolTip, QWidget *parent)
{
    auto *s = new QDoubleSpinBox(parent);
    s->setObjectName(name);
    s->setRange(lo, hi);
    s->setDecimals(decimals);
    s->setSuffix(suffix);
    s->setToolTip(toolTip);
    return s;
}

// The combo's entry whose data is `value` (an enum stored as int, or a string).
void select(QComboBox *c, const QVariant &value)
{
    c->setCurrentIndex(std::max(0, c->findData(value)));
}

} // namespace

SettingsDialog::SettingsDialog(const AppSettings &current, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Preferences"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(appearancePage(), tr("General"));
    tabs->addTab(newProjectPage(), tr("New projects"));

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { fill(AppSettings{}); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    fill(current);
}

QWidget *SettingsDialog::appearancePage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_language = combo(QStringLiteral("languageCombo"), page);
    m_language->addItem(tr("As the system"), QString());
    // Each language compiled in, named in itself ("English", "Norsk bokmål"), as a reader looks for it.
    for (const QString &code : availableLanguages()) {
        const QLocale locale(code);
        QString name =
            locale.language() == QLocale::English ? QStringLiteral("English") : locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        m_language->addItem(name.isEmpty() ? code : name, code);
    }
    auto *restartNote = new QLabel(tr("A new language shows after Fjordplan is restarted."), page);
    restartNote->setObjectName(QStringLiteral("languageNote"));
    restartNote->setWordWrap(true);

    m_theme = combo(QStringLiteral("themeCombo"), page);
    m_theme->addItem(tr("As the system"), int(Theme::System));
    m_theme->addItem(tr("Light"), int(Theme::Light));
    m_theme->addItem(tr("Dark"), int(Theme::Dark));

    m_powerUnit = combo(QStringLiteral("powerUnitCombo"), page);
    m_powerUnit->addItem(tr("MW (megawatts)"), int(PowerUnit::MW));
    m_powerUnit->addItem(tr("kW (kilowatts)"), int(PowerUnit::kW));
    m_powerUnit->setToolTip(tr("The unit of the campus power figures: the status bar, the Overview, the "
                               "project tree, the Expansion table and the power charts of the Cooling, "
                               "Renewables, Expansion and Tenants tabs. Input fields keep their own unit."));

    m_currency = combo(QStringLiteral("currencyCombo"), page);
    m_currency->addItem(tr("Code (EUR 1.42 bn)"), int(CurrencyStyle::Code));
    m_currency->addItem(tr("Symbol (€ 1.42 bn)"), int(CurrencyStyle::Symbol));

    m_autosave = new QSpinBox(page);
    m_autosave->setObjectName(QStringLiteral("autosaveSpin"));
    m_autosave->setRange(0, MaxAutosaveMinutes);
    m_autosave->setSuffix(tr(" min"));
    m_autosave->setSpecialValueText(tr("Off"));
    m_autosave->setToolTip(tr("How often an open project's recovery copy is written, in minutes "
                              "(0: never). The project file itself changes only when you save."));

    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), restartNote);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Power shown in:"), m_powerUnit);
    form->addRow(tr("&Currency shown as:"), m_currency);
    form->addRow(tr("&Autosave every:"), m_autosave);
    return page;
}

QWidget *SettingsDialog::newProjectPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    auto *intro = new QLabel(tr("What a new project starts with; each project keeps its own values."), page);
    intro->setWordWrap(true);
    m_continuousLoad = combo(QStringLiteral("continuousLoadCombo"), page);
    m_continuousLoad->addItem(tr("IEC: 100 % of the rating"), int(ContinuousLoadRule::Iec100));
    m_continuousLoad->addItem(tr("NEC: 80 % of the rating"), int(ContinuousLoadRule::Nec80));
    m_continuousLoad->setToolTip(tr("The continuous load a breaker, busway or PDU may carry."));
    m_imbalanceWarn = number(QStringLiteral("imbalanceWarnSpin"), tr(" %"), 0, 100, 1,
                             tr("Phase imbalance above which a node gets a warning, % of its mean phase "
                                "current."),
                             page);
    m_imbalanceError = number(QStringLiteral("imbalanceErrorSpin"), tr(" %"), 0, 100, 1,
                              tr("Phase imbalance above which a node gets an error, % of its mean phase "
                                 "current; not below the warning threshold."),
                              page);
    m_minAisle = number(QStringLiteral("minAisleSpin"), tr(" m"), 0, 10, 2,
                        tr("The narrowest aisle between rows before the plan marks it, in metres."), page);
    m_priority = number(QStringLiteral("priorityCapacitySpin"), tr(" %"), 0, 100, 1,
                        tr("Share of each stage's IT capacity promised to start-ups and research "
                           "institutions, %."),
                        page);
    // The error threshold is never below the warning one.
    connect(m_imbalanceWarn, &QDoubleSpinBox::valueChanged, m_imbalanceError,
            [this](double warn) { m_imbalanceError->setMinimum(warn); });
    form->addRow(intro);
    form->addRow(tr("Continuous-load &rule:"), m_continuousLoad);
    form->addRow(tr("Phase imbalance &warning above:"), m_imbalanceWarn);
    form->addRow(tr("Phase imbalance &error above:"), m_imbalanceError);
    form->addRow(tr("&Minimum aisle width:"), m_minAisle);
    form->addRow(tr("&Priority capacity target:"), m_priority);
    return page;
}

void SettingsDialog::fill(const AppSettings &s)
{
    select(m_language, s.language);
    select(m_theme, int(s.theme));
    select(m_powerUnit, int(s.powerUnit));
    select(m_currency, int(s.currencyStyle));
    m_autosave->setValue(s.autosaveMinutes);
    const ProjectSettings &p = s.newProjectDefaults;
    select(m_continuousLoad, int(p.continuousLoad));
    m_imbalanceError->setMinimum(0);
    m_imbalanceWarn->setValue(p.imbalanceWarnPct);
    m_imbalanceError->setValue(p.imbalanceErrorPct);
    m_minAisle->setValue(p.minAisleWidthM);
    m_priority->setValue(p.priorityCapacityTarget * 100);
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s;
    s.language = m_language->currentData().toString();
    s.theme = Theme(m_theme->currentData().toInt());
    s.powerUnit = PowerUnit(m_powerUnit->currentData().toInt());
    s.currencyStyle = CurrencyStyle(m_currency->currentData().toInt());
    s.autosaveMinutes = m_autosave->value();
    ProjectSettings &p = s.newProjectDefaults;
    p.continuousLoad = ContinuousLoadRule(m_continuousLoad->currentData().toInt());
    p.imbalanceWarnPct = m_imbalanceWarn->value();
    p.imbalanceErrorPct = m_imbalanceError->value();
    p.minAisleWidthM = m_minAisle->value();
    p.priorityCapacityTarget = m_priority->value() / 100;
    return s;
}

} // namespace fjord::ui
