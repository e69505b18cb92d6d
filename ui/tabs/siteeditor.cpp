#include "ui/tabs/siteeditor.h"

#include "model/document/commands/projectcommands.h"
#include "model/document/projectdocument.h"
#include "ui/tabs/tabutil.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QUndoStack>

namespace fjord::ui {

SiteEditor::SiteEditor(ProjectDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("siteName"));
    m_name->setPlaceholderText(tr("not set"));
    form->addRow(tr("Site"), m_name);
    m_country = new QLineEdit(this);
    m_country->setObjectName(QStringLiteral("siteCountry"));
    m_country->setPlaceholderText(tr("not set (ISO code, e.g. NO)"));
    m_country->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,2}")), m_country));
    form->addRow(tr("Country"), m_country);
    m_latitude = tabutil::quantitySpinBox(-90, 90, 4, QStringLiteral("°"), this);
    m_latitude->setObjectName(QStringLiteral("siteLatitude"));
    form->addRow(tr("Latitude"), m_latitude);
    m_longitude = tabutil::quantitySpinBox(-180, 180, 4, QStringLiteral("°"), this);
    m_longitude->setObjectName(QStringLiteral("siteLongitude"));
    form->addRow(tr("Longitude"), m_longitude);

    const auto push = [this](QUndoCommand *cmd) {
        if (cmd)
            m_document->undoStack()->push(cmd);
        else
            refresh(); // refused or unchanged: show the model's value again
    };
    connect(m_name, &QLineEdit::editingFinished, this,
            [this, push] { push(setSiteName(m_document, m_name->text())); });
    connect(m_country, &QLineEdit::editingFinished, this,
            [this, push] { push(setSiteCountry(m_document, m_country->text())); });
    connect(m_latitude, &QDoubleSpinBox::valueChanged, this,
            [this, push](double v) { push(setSiteLatitude(m_document, v)); });
    connect(m_longitude, &QDoubleSpinBox::valueChanged, this,
            [this, push](double v) { push(setSiteLongitude(m_document, v)); });
    connect(document, &ProjectDocument::changed, this, [this](const ChangeEvent &e) {
        if (e.kind == ChangeEvent::Kind::Project || e.kind == ChangeEvent::Kind::Everything)
            refresh();
    });
    refresh();
}

void SiteEditor::refresh()
{
    const Site &site = m_document->project().site;
    const QSignalBlocker b1(m_name), b2(m_country), b3(m_latitude), b4(m_longitude);
    m_name->setText(site.name);
    m_country->setText(site.country);
    m_latitude->setValue(site.latitudeDeg);
    m_longitude->setValue(site.longitudeDeg);
}

} // namespace fjord::ui
