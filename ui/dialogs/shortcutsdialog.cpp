#include "ui/dialogs/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

#include <map>

namespace fjord::ui {

namespace {

// An action's text as a user reads it in a list: no accelerator ampersand, no trailing ellipsis.
QString plainText(const QAction *a)
{
    QString t = a->text();
    t.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    if (t.endsWith(QChar(0x2026)))
        t.chop(1);
    return t;
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));

    // Sorted by what the action does; an action reachable twice (menu and toolbar) is listed once.
    std::map<QString, QStringList> rows;
    for (const QAction *a : window->findChildren<QAction *>()) {
        if (a->shortcuts().isEmpty() || a->text().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        rows[plainText(a)] = keys;
    }
    // The floor plan's keys that act on the view or the selection without an action.
    const std::pair<QString, QString> planKeys[] = {
        {tr("Floor plan: pan (nothing selected) or move the selection"), tr("Arrow keys")},
        {tr("Floor plan: zoom in / out"), tr("+ / −")},
        {tr("Floor plan: fit the campus"), tr("Home")},
        {tr("Floor plan: cancel drawing, clear the selection"), tr("Esc")},
        {tr("Floor plan: pan"), tr("Middle mouse button drag")},
        {tr("Floor plan: zoom at the pointer"), tr("Mouse wheel")}};
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    m_table->setRowCount(int(rows.size()) + int(std::size(planKeys)));
    int row = 0;
    auto add = [&](const QString &what, const QString &keys) {
        m_table->setItem(row, 0, new QTableWidgetItem(what));
        m_table->setItem(row, 1, new QTableWidgetItem(keys));
        ++row;
    };
    for (const auto &[what, keys] : rows)
        add(what, keys.join(QStringLiteral(", ")));
    for (const auto &[what, keys] : planKeys)
        add(what, keys);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(620, 560);
}

} // namespace fjord::ui
