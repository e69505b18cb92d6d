#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace fjord {
class ProjectDocument;
}

namespace fjord::ui {

// The site's other weather years, for the risk study's discrete input climate.weather_year: a list
// (1, 2, ... as the input numbers them; 0 is the site climate above), "Add EPW year…" and "Remove".
// Each change is one undoable command; the site climate itself is not touched.
class WeatherYearsPanel : public QWidget {
    Q_OBJECT
public:
    explicit WeatherYearsPanel(ProjectDocument *document, QWidget *parent = nullptr);

    // Reads the EPW file and appends it as another year. On failure the message names the file and
    // line, the project is unchanged and it returns false.
    bool addYear(const QString &path);
    void removeSelected();

private:
    void refresh();

    ProjectDocument *m_document;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_status;
};

} // namespace fjord::ui
