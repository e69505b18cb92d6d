#pragma once

#include <QPicture>
#include <QStringList>
#include <QWidget>

#include <atomic>
#include <thread>

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
// while the tab is shown, a moment after the results change. The Monte Carlo of the risk bands runs
// on a thread of its own; the preview shows the pages without it meanwhile and is redrawn after.
class ReportTab : public QWidget {
    Q_OBJECT
public:
    explicit ReportTab(ProjectDocument *document, QWidget *parent = nullptr);
    ~ReportTab() override; // stops the risk bands' Monte Carlo and waits for its thread

    int pageCount() const { return int(m_pages.size()); }
    QStringList sections() const { return m_sections; }
    QImage pageImage(int page, int widthPx) const; // a page rendered at a width, for tests and the view
    const QList<QPicture> &pages() const { return m_pages; }
    QPushButton *exportButton() const { return m_export; }
    bool riskBandsPending() const { return m_riskBandsPending; } // the preview waits for them
    void refreshNow();

signals:
    void statusMessage(const QString &message);

private:
    void computeRiskBands(); // off the GUI thread; draws the preview again when done
    void joinRiskWorker();

    ProjectDocument *m_document;
    RefreshWhenShown *m_refresh;
    QLabel *m_info;
    QPushButton *m_export;
    QWidget *m_pageArea;
    QVBoxLayout *m_pageLayout;
    QList<QPicture> m_pages;
    QStringList m_sections;
    bool m_riskBandsPending = false;
    std::thread m_riskWorker;
    std::atomic_bool m_riskCancel{false};
    bool m_riskRunning = false;
};

} // namespace fjord::ui
