#pragma once

#include "model/ids.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fjord {
class ProjectDocument;
struct LoadProfile;
} // namespace fjord

namespace fjord::ui {

// The current scenario's load profiles (METHOD §1): add (training, flat), import a custom hourly
// profile from a CSV (errors name file and line, nothing is lost), remove, and edit name, kind, the
// rack type it applies to, base utilisation and the inference amplitude. Each edit is one undo step.
class LoadProfileEditor : public QWidget {
    Q_OBJECT
public:
    explicit LoadProfileEditor(ProjectDocument *document, QWidget *parent = nullptr);

    Id currentProfileId() const;
    // Imports `path` (empty: ask for a file) as a new custom profile; false with the reason shown
    // in the editor when the file cannot be used.
    bool importCsv(const QString &path = {});

private:
    void refresh();
    void refreshFields();
    void edit(const std::function<void(LoadProfile &)> &change);
    void addProfile();
    void removeProfile();

    ProjectDocument *m_document;
    QComboBox *m_profile;
    QPushButton *m_add;
    QPushButton *m_import;
    QPushButton *m_remove;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QComboBox *m_rackType;
    QDoubleSpinBox *m_base;
    QDoubleSpinBox *m_amplitude;
    QLabel *m_status;
    QList<QWidget *> m_fields;
};

} // namespace fjord::ui
