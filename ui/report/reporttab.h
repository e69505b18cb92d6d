#pragma once

#include <QPicture>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace fjord {
class ProjectDocument;
}

namespace fjord::ui {

class RefreshWhenShown;

// The Report tab: the investor report of the current scenario, page by page as it will print,
// and Export PDF…. Drawing it evaluates the scenario once more, so the preview is redrawn only
// while the tab is shown, a moment after the results change.
class ReportTab : public QWidget {
    Q_OBJECT
public:
    explicit ReportTab(ProjectDocument *document, QWidget *parent = nullptr);

    int pageCount() const { return int(m_pages.size()); }
    QStringList sections() const { return m_sections; }
    QImage pageImage(int page, int widthPx) const; // a page rendered at a width, for tests and the view
    QPushButton *exportButton() const { return m_export; }
    void refreshNow();

signals:
    void statusMessage(const QString &message);

private:
    ProjectDocument *m_document;
    RefreshWhenShown *m_refresh;
    QLabel *m_info;
    QPushButton *m_export;
    QWidget *m_pageArea;
    QVBoxLayout *m_pageLayout;
    QList<QPicture> m_pages;
    QStringList m_sections;
};

} // namespace fjord::ui
