#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace fjord {
class ProjectDocument;
}

namespace fjord::ui {

// The site climate: summary figures of results().climate (mean, extremes, hours above 20/25/30 °C,
// monthly means), "Import EPW…" and a switch back to the built-in Narvik year. Both go through
// one undoable set-climate command.
class ClimatePanel : public QWidget {
    Q_OBJECT
public:
    explicit ClimatePanel(ProjectDocument *document, QWidget *parent = nullptr);

    // Reads the EPW file and, if it is usable, makes it the site climate. On failure shows a message
    // box naming the file and line, leaves the project unchanged and returns false.
    bool importEpw(const QString &path);
    void useBuiltInNarvik();

private:
    void refresh();

    ProjectDocument *m_document;
    QLabel *m_name;
    QLabel *m_summary;
    QLabel *m_status;
    QTableWidget *m_monthly;
    QPushButton *m_import;
    QPushButton *m_builtIn;
};

} // namespace fjord::ui
