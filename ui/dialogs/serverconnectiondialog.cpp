#include "ui/dialogs/serverconnectiondialog.h"
#include "model/plural.h"

#include "model/storage/serverstore.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace fjord::ui {

namespace {
const char *UrlKey = "teamServer/url";
const char *ProjectKey = "teamServer/project";
} // namespace

ServerConnectionDialog::ServerConnectionDialog(Mode mode, QWidget *parent) : QDialog(parent), m_mode(mode)
{
    setObjectName(QStringLiteral("serverConnectionDialog"));
    setWindowTitle(mode == Mode::Open ? tr("Open from Server") : tr("Save to Server"));
    QSettings settings;
    m_url = new QLineEdit(settings.value(QLatin1String(UrlKey)).toString(), this);
    m_url->setObjectName(QStringLiteral("serverUrlEdit"));
    m_url->setPlaceholderText(QStringLiteral("postgresql://alice@db.example/fjordplan"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("serverPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: from ~/.pgpass or the service file"));
    m_project = new QComboBox(this);
    m_project->setObjectName(QStringLiteral("serverProjectCombo"));
    m_project->setEditable(true);
    m_project->setEditText(settings.value(QLatin1String(ProjectKey)).toString());
    auto *list = new QPushButton(tr("List"), this);
    list->setObjectName(QStringLiteral("serverListButton"));
    connect(list, &QPushButton::clicked, this, &ServerConnectionDialog::listProjects);
    auto *projectRow = new QHBoxLayout;
    projectRow->addWidget(m_project, 1);
    projectRow->addWidget(list);
    m_comment = new QLineEdit(this);
    m_comment->setObjectName(QStringLiteral("serverCommentEdit"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("serverMessage"));
    m_message->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Server:"), m_url);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Project key:"), projectRow);
    if (mode == Mode::Save)
        form->addRow(tr("Comment:"), m_comment);
    else
        m_comment->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::Open ? tr("Open") : tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

std::optional<storage::ServerLocation> ServerConnectionDialog::location()
{
    QString url = m_url->text().trimmed();
    const QString key = m_project->currentText().section(QLatin1Char(' '), 0, 0).trimmed();
    url += (url.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) +
           QStringLiteral("project=") + key;
    storage::ServerLocationParse parsed = storage::parseServerUrl(url);
    if (!parsed.location) {
        m_message->setText(parsed.error);
        return std::nullopt;
    }
    if (!m_password->text().isEmpty())
        parsed.location->password = m_password->text();
    return parsed.location;
}

QString ServerConnectionDialog::comment() const
{
    return m_comment->text().trimmed();
}

void ServerConnectionDialog::accept()
{
    const auto chosen = location();
    if (!chosen)
        return;
    // Remembered without the password (displayUrl never contains it) and without the project.
    QSettings settings;
    storage::ServerLocation remembered = *chosen;
    remembered.project.clear();
    settings.setValue(QLatin1String(UrlKey), remembered.displayUrl());
    settings.setValue(QLatin1String(ProjectKey), chosen->project);
    QDialog::accept();
}

void ServerConnectionDialog::listProjects()
{
    storage::ServerLocationParse parsed = storage::parseServerUrl(m_url->text().trimmed(), false);
    if (!parsed.location) {
        m_message->setText(parsed.error);
        return;
    }
    parsed.location->password = m_password->text();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const storage::ServerListResult list = storage::listServerProjects(*parsed.location);
    QApplication::restoreOverrideCursor();
    if (!list.error.isEmpty()) {
        m_message->setText(list.error);
        return;
    }
    const QString typed = m_project->currentText();
    m_project->clear();
    for (const storage::ServerProjectInfo &p : list.projects)
        m_project->addItem(QStringLiteral("%1 — %2 (revision %3, %4)")
                               .arg(p.key, p.name)
                               .arg(p.latest.revision)
                               .arg(p.latest.savedBy));
    m_project->setEditText(typed);
    m_message->setText(
        plural(int(list.projects.size()), tr("%n project on the server."), tr("%n projects on the server.")));
}

} // namespace fjord::ui
