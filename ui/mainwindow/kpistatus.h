#pragma once

#include <QWidget>

class QLabel;

namespace fjord {
class ProjectDocument;
}

namespace fjord::ui {

// The status bar's live KPIs of the current stage (campus as built through it): IT capacity MW,
// facility peak MW, annual PUE, racks, GPUs and the number of problems. Updates with the results.
class KpiStatus : public QWidget {
    Q_OBJECT
public:
    explicit KpiStatus(ProjectDocument *document, QWidget *parent = nullptr);
    QString text() const; // all figures in one line, as shown (for tests and the clipboard)

private:
    void refresh();

    ProjectDocument *m_document;
    QList<QLabel *> m_labels;
};

} // namespace fjord::ui
