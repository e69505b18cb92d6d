#include "ui/dialogs/netboximportdialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace fjord::ui {

NetboxImportDialog::NetboxImportDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Import from NetBox"));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Choose CSV exports from NetBox (its bulk-import columns). Racks are placed in "
                      "halls named after their NetBox location; power panels become switchboards and "
                      "power feeds become PDUs feeding their racks. Three-phase feed voltages are "
                      "read as line-to-line, as NetBox defines them."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_racks = addFileRow(form, tr("&Racks CSV:"), tr("required"));
    m_feeds = addFileRow(form, tr("Power &feeds CSV:"), tr("optional"));
    m_panels = addFileRow(form, tr("Power &panels CSV:"), tr("optional"));
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_racks, &QLineEdit::textChanged, this, &NetboxImportDialog::updateImportButton);
    updateImportButton();
    resize(620, sizeHint().height());
}

QLineEdit *NetboxImportDialog::addFileRow(QFormLayout *form, const QString &label, const QString &placeholder)
{
    auto *row = new QHBoxLayout;
    auto *edit = new QLineEdit(this);
    edit->setPlaceholderText(placeholder);
    auto *browse = new QToolButton(this);
    browse->setText(tr("Browse…"));
    connect(browse, &QToolButton::clicked, this, [this, edit, label] {
        const QString path = QFileDialog::getOpenFileName(
            this, QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')),
            QFileInfo(edit->text()).path(), tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            edit->setText(path);
    });
    row->addWidget(edit, 1);
    row->addWidget(browse);
    form->addRow(label, row);
    return edit;
}

void NetboxImportDialog::updateImportButton()
{
    m_import->setEnabled(!m_racks->text().trimmed().isEmpty());
}

QString NetboxImportDialog::racksPath() const
{
    return m_racks->text().trimmed();
}
QString NetboxImportDialog::powerFeedsPath() const
{
    return m_feeds->text().trimmed();
}
QString NetboxImportDialog::powerPanelsPath() const
{
    return m_panels->text().trimmed();
}

} // namespace fjord::ui
