#pragma once

#include "model/storage/serverlocation.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace fjord::ui {

// The team-server connection: the server URL (postgresql://user@host/database, remembered without
// any password), the password (kept only in memory, never stored: leave it empty to use ~/.pgpass
// or a libpq service file), the project key (List fetches the projects) and, when saving, a
// comment for the revision.
class ServerConnectionDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Open, Save };
    explicit ServerConnectionDialog(Mode mode, QWidget *parent = nullptr);

    // The chosen location, or nullopt with the reason shown in the dialog.
    std::optional<storage::ServerLocation> location();
    QString comment() const;

    void accept() override;

private:
    void listProjects();

    Mode m_mode;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_project = nullptr;
    QLineEdit *m_comment = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace fjord::ui
