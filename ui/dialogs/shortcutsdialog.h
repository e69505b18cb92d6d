#pragma once

#include <QDialog>

class QTableWidget;

namespace fjord::ui {

// Help > Keyboard Shortcuts: every action of `window` that has a key (read from the actions
// themselves, so the list cannot go stale), then the floor plan's keys that are not actions.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace fjord::ui
