#pragma once

#include <QWidget>

class QDoubleSpinBox;
class QLineEdit;

namespace fjord {
class ProjectDocument;
}

namespace fjord::ui {

// The site's name, country and location (issue 11: a new project's site is editable; the NetBox
// export names the site). Each committed field is one undoable command; the form follows the model.
class SiteEditor : public QWidget {
    Q_OBJECT
public:
    explicit SiteEditor(ProjectDocument *document, QWidget *parent = nullptr);

private:
    void refresh();

    ProjectDocument *m_document;
    QLineEdit *m_name;
    QLineEdit *m_country;
    QDoubleSpinBox *m_latitude;
    QDoubleSpinBox *m_longitude;
};

} // namespace fjord::ui
