#pragma once

#include "ui/report/investorreport.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace fjord {
class ProjectDocument;
}

namespace fjord::ui {

class ReportJob;

// File > Export Investor Report: which scenarios (the first checked is reported in full, each other
// one compared with it), the format (PDF, HTML, CSV tables), the page size and the file; then writes
// the report off the GUI thread with a progress bar and Cancel. Accepted once the report is written;
// an error is shown in the dialog, which stays open. Exporting changes nothing in the project.
class ReportExportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ReportExportDialog(ProjectDocument *document, QWidget *parent = nullptr);
    ~ReportExportDialog() override;

    const ReportOutcome &outcome() const { return m_outcome; }
    QList<Id> checkedScenarios() const;

protected:
    void reject() override; // while writing: cancels, and closes once the job has cleaned up

private:
    void formatChanged();
    void browse();
    void exportNow();
    void jobFinished();
    void setRunning(bool running);
    ReportFormat format() const;

    ProjectDocument *m_document;
    QListWidget *m_scenarios;
    QComboBox *m_format;
    QComboBox *m_pageSize;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_export;
    std::unique_ptr<ReportJob> m_job;
    ReportOutcome m_outcome;
    bool m_closeWhenDone = false;
};

} // namespace fjord::ui
