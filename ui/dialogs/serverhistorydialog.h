#pragma once

#include "model/storage/serverlocation.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace fjord::ui {

class ServerActions;

// File > Server History…: every revision of a team project (number, who, when, comment; newest
// first). The chosen revision opens read-only in the window, or is restored: saved again as the
// newest revision on top of the newest this list shows, so a restore is refused (with the usual
// message naming who saved) when someone saved after the list was read. ServerActions does the
// work; this dialog lists, asks and shows what went wrong. Not modal: the window stays usable.
class ServerHistoryDialog : public QDialog {
    Q_OBJECT
public:
    // `openRevision`: the revision the window shows (marked in the list).
    ServerHistoryDialog(ServerActions *actions, const storage::ServerLocation &location, qint64 openRevision,
                        QWidget *parent = nullptr);

    void refresh();                  // reads the history from the server again
    qint64 selectedRevision() const; // 0 when none is selected
    qint64 latestRevision() const { return m_latest; }

private:
    void updateButtons();
    void openSelected();
    void restoreSelected();

    ServerActions *m_actions = nullptr;
    storage::ServerLocation m_location;
    qint64 m_open = 0;
    qint64 m_latest = 0; // the newest revision listed: what a restore is based on
    QTreeWidget *m_list = nullptr;
    QLineEdit *m_comment = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_restoreButton = nullptr;
};

} // namespace fjord::ui
