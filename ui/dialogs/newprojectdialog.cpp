#include "ui/dialogs/newprojectdialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace fjord::ui {

NewProjectDialog::NewProjectDialog(QWidget *parent) : QDialog(parent), m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("newProjectDialog"));
    setWindowTitle(tr("New Project"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Where is the campus? The template sets the site, climate, grid "
                                    "mix and price and the unit costs; every figure stays editable."),
                                 this));
    struct Choice {
        SiteTemplate value;
        const char *name;
        QString text;
    };
    const Choice choices[] = {
        {SiteTemplate::Nordic, "templateNordic",
         tr("Nordic (NO4, Nord-Norge): built-in Narvik climate year, hydro grid 15 g/kWh, 31 EUR/MWh")},
        {SiteTemplate::CentralEurope, "templateCentralEurope",
         tr("Central Europe (DE): German grid 380 g/kWh, 150 EUR/MWh; import a weather file (EPW) "
            "for the climate")},
        {SiteTemplate::Blank, "templateBlank",
         tr("Blank: no site, climate, grid or cost figures; each shows as \"not set\" and is listed "
            "under Problems until you set it")},
    };
    for (const Choice &c : choices) {
        auto *button = new QRadioButton(c.text, this);
        button->setObjectName(QLatin1String(c.name));
        m_group->addButton(button, int(c.value));
        layout->addWidget(button);
    }
    m_group->button(int(SiteTemplate::Nordic))->setChecked(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("newProjectButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

SiteTemplate NewProjectDialog::siteTemplate() const
{
    return SiteTemplate(m_group->checkedId());
}

bool NewProjectDialog::choose(QWidget *parent, SiteTemplate *out)
{
    NewProjectDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *out = dialog.siteTemplate();
    return true;
}

} // namespace fjord::ui
