#pragma once

#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace fjord::ui {

// Shown when no project is open: the recent projects, and buttons to open the Narvik sample,
// start a new project or open a file. It only emits requests; the main window acts on them.
class StartPage : public QWidget {
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);

    void refresh(); // re-reads the recent files
    QListWidget *recentList() const { return m_recent; }

signals:
    void openSampleRequested();
    void newProjectRequested();
    void openRequested(); // "Open…": ask for a file
    void openFileRequested(const QString &path);

private:
    void activate(QListWidgetItem *item);

    QListWidget *m_recent;
    QWidget *m_emptyHint;
};

} // namespace fjord::ui
