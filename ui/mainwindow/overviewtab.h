#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace fjord {
class ProjectDocument;
}

namespace fjord::ui {

// A read-only summary of the project and of each stage of the current scenario (cumulative:
// the campus as built through that stage), from document->results(). Computes nothing itself.
class OverviewTab : public QWidget {
    Q_OBJECT
public:
    explicit OverviewTab(ProjectDocument *document, QWidget *parent = nullptr);

    QTableWidget *stageTable() const { return m_table; }

private:
    void refresh();

    ProjectDocument *m_document;
    QLabel *m_title;
    QLabel *m_summary;
    QTableWidget *m_table;
};

} // namespace fjord::ui
