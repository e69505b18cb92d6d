#pragma once

#include "ui/settings/appsettings.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace fjord::ui {

// Edit > Preferences: the user's settings (language, theme, units, autosave, new-project defaults).
// It edits a copy; settings() is what the user chose when the dialog is accepted.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(const AppSettings &current, QWidget *parent = nullptr);

    AppSettings settings() const;

private:
    void fill(const AppSettings &s); // the fields show `s`
    QWidget *appearancePage();
    QWidget *newProjectPage();

    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_powerUnit = nullptr;
    QComboBox *m_currency = nullptr;
    QSpinBox *m_autosave = nullptr;
    QComboBox *m_continuousLoad = nullptr;
    QDoubleSpinBox *m_imbalanceWarn = nullptr;
    QDoubleSpinBox *m_imbalanceError = nullptr;
    QDoubleSpinBox *m_minAisle = nullptr;
    QDoubleSpinBox *m_priority = nullptr;
};

} // namespace fjord::ui
