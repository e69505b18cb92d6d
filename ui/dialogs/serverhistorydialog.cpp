#include "ui/dialogs/serverhistorydialog.h"

#include "model/storage/serverstore.h"
#include "ui/dialogs/serveractions.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fjord::ui {

namespace {
enum Column { RevisionColumn, SavedByColumn, SavedAtColumn, CommentColumn };
constexpr int RevisionRole = Qt::UserRole;
} // namespace

ServerHistoryDialog::ServerHistoryDialog(ServerActions *actions, const storage::ServerLocation &location,
                                         qint64 openRevision, QWidget *parent)
    : QDialog(parent), m_actions(actions), m_location(location), m_open(openRevision)
{
    setObjectName(QStringLiteral("serverHistoryDialog"));
    setWindowTitle(tr("Server History — %1").arg(location.project));
    auto *where =
        new QLabel(tr("Revisions of <b>%1</b> on %2, newest first.")
                       .arg(location.project.toHtmlEscaped(), location.displayUrl().toHtmlEscaped()),
                   this);
    where->setWordWrap(true);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("serverHistoryList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Revision"), tr("Saved by"), tr("Saved at"), tr("Comment")});
    m_list->header()->setStretchLastSection(true);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ServerHistoryDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &ServerHistoryDialog::openSelected);

    m_comment = new QLineEdit(this);
    m_comment->setObjectName(QStringLiteral("restoreCommentEdit"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("serverHistoryMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_openButton = buttons->addButton(tr("Open Read-Only"), QDialogButtonBox::ActionRole);
    m_openButton->setObjectName(QStringLiteral("openRevisionButton"));
    m_openButton->setToolTip(tr("Show this revision in the window; it is not saved over the latest one."));
    m_restoreButton = buttons->addButton(tr("Restore as Latest"), QDialogButtonBox::ActionRole);
    m_restoreButton->setObjectName(QStringLiteral("restoreRevisionButton"));
    m_restoreButton->setToolTip(
        tr("Save this revision again as the newest one; every revision stays in the history."));
    QPushButton *reload = buttons->addButton(tr("Refresh"), QDialogButtonBox::ResetRole);
    reload->setObjectName(QStringLiteral("refreshHistoryButton"));
    connect(m_openButton, &QPushButton::clicked, this, &ServerHistoryDialog::openSelected);
    connect(m_restoreButton, &QPushButton::clicked, this, &ServerHistoryDialog::restoreSelected);
    connect(reload, &QPushButton::clicked, this, [this] {
        m_message->clear();
        refresh();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Comment when restoring:"), m_comment);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(where);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(720, 420);
    refresh();
}

void ServerHistoryDialog::refresh()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const storage::ServerHistoryResult history = storage::serverHistory(m_location);
    QApplication::restoreOverrideCursor();
    const qint64 selected = selectedRevision();
    m_list->clear();
    m_latest = 0;
    if (!history.error.isEmpty()) {
        m_message->setText(history.error);
        updateButtons();
        return;
    }
    if (!history.revisions.isEmpty())
        m_latest = history.revisions.first().revision;
    for (const storage::ServerRevision &r : history.revisions) {
        QString number = QString::number(r.revision);
        if (r.revision == m_latest)
            number = tr("%1 (latest)").arg(r.revision);
        else if (r.revision == m_open)
            number = tr("%1 (open)").arg(r.revision);
        auto *item = new QTreeWidgetItem(
            m_list, {number, r.savedBy, QLocale().toString(r.savedAt.toLocalTime(), QLocale::ShortFormat),
                     r.comment});
        item->setData(RevisionColumn, RevisionRole, r.revision);
        item->setToolTip(SavedAtColumn, r.savedAt.toString(Qt::ISODate));
        if (r.revision == m_open) {
            QFont bold = item->font(RevisionColumn);
            bold.setBold(true);
            for (int c = RevisionColumn; c <= CommentColumn; ++c)
                item->setFont(c, bold);
        }
        if (r.revision == selected)
            m_list->setCurrentItem(item);
    }
    for (int c = RevisionColumn; c < CommentColumn; ++c)
        m_list->resizeColumnToContents(c);
    updateButtons();
}

qint64 ServerHistoryDialog::selectedRevision() const
{
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(RevisionColumn, RevisionRole).toLongLong();
}

void ServerHistoryDialog::updateButtons()
{
    const qint64 revision = selectedRevision();
    m_openButton->setEnabled(revision > 0);
    // The latest revision is already what everyone opens: restoring it would only repeat it.
    m_restoreButton->setEnabled(revision > 0 && revision != m_latest);
    m_comment->setPlaceholderText(revision > 0 ? tr("restored revision %1").arg(revision) : QString());
}

void ServerHistoryDialog::openSelected()
{
    const qint64 revision = selectedRevision();
    if (revision <= 0)
        return;
    const QString error = m_actions->openRevision(m_location, revision);
    if (!error.isEmpty()) {
        m_message->setText(error);
        return;
    }
    close();
}

void ServerHistoryDialog::restoreSelected()
{
    const qint64 revision = selectedRevision();
    if (revision <= 0 || revision == m_latest)
        return;
    const QString error =
        m_actions->restoreRevision(m_location, revision, m_latest, m_comment->text().trimmed());
    if (!error.isEmpty()) {
        m_message->setText(error);
        refresh(); // shows what the server has now (the revision saved meanwhile, if that was it)
        return;
    }
    close();
}

} // namespace fjord::ui
