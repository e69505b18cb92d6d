#pragma once

#include "model/sample/sitetemplates.h"

#include <QDialog>

class QButtonGroup;

namespace fjord::ui {

// File > New asks where the campus is: a site template (Nordic/NO4, Central Europe, or blank with
// every site figure "not set"), so a new project starts from real figures, not zeros.
class NewProjectDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewProjectDialog(QWidget *parent = nullptr);
    SiteTemplate siteTemplate() const;

    // Runs the dialog; false when cancelled.
    static bool choose(QWidget *parent, SiteTemplate *out);

private:
    QButtonGroup *m_group;
};

} // namespace fjord::ui
