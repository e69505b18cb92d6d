#pragma once

#include <QDialog>

class QFormLayout;
class QLineEdit;
class QPushButton;

namespace fjord::ui {

// Asks for the NetBox CSV exports to import: racks (required), power feeds and power panels
// (optional). Only collects paths; the import itself is done by the caller as one undo step.
class NetboxImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit NetboxImportDialog(QWidget *parent = nullptr);

    QString racksPath() const;
    QString powerFeedsPath() const;
    QString powerPanelsPath() const;

    QLineEdit *racksEdit() const { return m_racks; } // for tests
    QLineEdit *feedsEdit() const { return m_feeds; }
    QLineEdit *panelsEdit() const { return m_panels; }
    QPushButton *importButton() const { return m_import; }

private:
    QLineEdit *addFileRow(QFormLayout *form, const QString &label, const QString &placeholder);
    void updateImportButton();

    QLineEdit *m_racks = nullptr;
    QLineEdit *m_feeds = nullptr;
    QLineEdit *m_panels = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace fjord::ui
