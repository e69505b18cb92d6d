#include "ui/report/reportexportdialog.h"

#include "model/document/projectdocument.h"
#include "model/plural.h"
#include "ui/report/reportjob.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace fjord::ui {

namespace {

QString suffixOf(ReportFormat f)
{
    switch (f) {
    case ReportFormat::Pdf:
        return QStringLiteral(".pdf");
    case ReportFormat::Html:
        return QStringLiteral(".html");
    case ReportFormat::Csv:
        return QString(); // a folder
    }
    return {};
}

// The path with the suffix of the format: "r.pdf" -> "r.html", "r.pdf" -> "r" (a folder for CSV).
QString withFormat(const QString &path, ReportFormat f)
{
    QString base = path;
    for (const QString &s : {QStringLiteral(".pdf"), QStringLiteral(".html")})
        if (base.endsWith(s, Qt::CaseInsensitive))
            base.chop(s.size());
    return base + suffixOf(f);
}

} // namespace

ReportExportDialog::ReportExportDialog(ProjectDocument *document, QWidget *parent)
    : QDialog(parent), m_document(document)
{
    setWindowTitle(tr("Export investor report"));
    setObjectName(QStringLiteral("reportExportDialog"));

    m_scenarios = new QListWidget;
    m_scenarios->setObjectName(QStringLiteral("reportScenarios"));
    m_scenarios->setToolTip(tr("The first checked scenario is reported in full; each other checked one is "
                               "compared with it (KPI deltas per stage and the layout diff)."));
    // the current scenario first: it is the one reported in full
    QList<const Scenario *> order{&document->scenario()};
    for (const Scenario &s : document->project().scenarios)
        if (s.id != document->currentScenarioId())
            order << &s;
    for (const Scenario *s : order) {
        auto *item = new QListWidgetItem(s->name, m_scenarios);
        item->setData(Qt::UserRole, QVariant::fromValue<Id>(s->id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(s->id == document->currentScenarioId() ? Qt::Checked : Qt::Unchecked);
    }
    m_scenarios->setMaximumHeight(24 * int(std::min<qsizetype>(order.size() + 1, 6)));

    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("reportFormat"));
    m_format->addItem(tr("PDF document"), int(ReportFormat::Pdf));
    m_format->addItem(tr("HTML page (one file)"), int(ReportFormat::Html));
    m_format->addItem(tr("CSV tables (a folder)"), int(ReportFormat::Csv));
    m_pageSize = new QComboBox;
    m_pageSize->setObjectName(QStringLiteral("reportPageSize"));
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("Letter"), int(QPageSize::Letter));
    if (QLocale::system().measurementSystem() == QLocale::ImperialUSSystem)
        m_pageSize->setCurrentIndex(1);

    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("reportPath"));
    const QFileInfo project(document->filePath());
    const QString name =
        tr("%1 - %2 - investor report.pdf").arg(document->project().name, document->scenario().name);
    m_path->setText(project.fileName().isEmpty() ? QDir::home().filePath(name)
                                                 : project.dir().filePath(name));
    m_browse = new QPushButton(tr("Browse…"));
    m_browse->setObjectName(QStringLiteral("reportBrowse"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setVisible(false);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    m_status->setText(tr("The first checked scenario is reported in full; each other checked one gets a "
                         "comparison with it (KPI deltas per stage and the layout diff)."));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_export = m_buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("reportExport"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("reportCancel"));

    auto *form = new QFormLayout;
    form->addRow(tr("Scenarios"), m_scenarios);
    form->addRow(tr("Format"), m_format);
    form->addRow(tr("Page size"), m_pageSize);
    form->addRow(tr("Save to"), pathRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ReportExportDialog::formatChanged);
    connect(m_browse, &QPushButton::clicked, this, &ReportExportDialog::browse);
    connect(m_export, &QPushButton::clicked, this, &ReportExportDialog::exportNow);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReportExportDialog::reject);
    connect(m_scenarios, &QListWidget::itemChanged, this,
            [this] { m_export->setEnabled(!checkedScenarios().isEmpty() && !m_job); });
    resize(520, sizeHint().height());
}

ReportExportDialog::~ReportExportDialog() = default;

QList<Id> ReportExportDialog::checkedScenarios() const
{
    QList<Id> ids;
    for (int i = 0; i < m_scenarios->count(); ++i)
        if (m_scenarios->item(i)->checkState() == Qt::Checked)
            ids << m_scenarios->item(i)->data(Qt::UserRole).value<Id>();
    return ids;
}

ReportFormat ReportExportDialog::format() const
{
    return ReportFormat(m_format->currentData().toInt());
}

void ReportExportDialog::formatChanged()
{
    m_pageSize->setEnabled(format() == ReportFormat::Pdf);
    m_path->setText(withFormat(m_path->text(), format()));
}

void ReportExportDialog::browse()
{
    const QString path =
        format() == ReportFormat::Csv
            ? QFileDialog::getExistingDirectory(this, tr("Folder for the report's tables"), m_path->text())
            : QFileDialog::getSaveFileName(this, tr("Export investor report"), m_path->text(),
                                           format() == ReportFormat::Pdf ? tr("PDF documents (*.pdf)")
                                                                         : tr("HTML pages (*.html)"));
    if (!path.isEmpty())
        m_path->setText(format() == ReportFormat::Csv ? path : withFormat(path, format()));
}

void ReportExportDialog::setRunning(bool running)
{
    m_scenarios->setEnabled(!running);
    m_format->setEnabled(!running);
    m_pageSize->setEnabled(!running && format() == ReportFormat::Pdf);
    m_path->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_export->setEnabled(!running);
    m_progress->setVisible(running || m_progress->value() > 0);
}

void ReportExportDialog::exportNow()
{
    const QList<Id> scenarios = checkedScenarios();
    if (scenarios.isEmpty() || m_path->text().trimmed().isEmpty() || m_job)
        return;
    ReportOptions options;
    options.scenarios = scenarios;
    options.format = format();
    options.pageSize = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    options.projectFile = m_document->filePath();
    m_job = std::make_unique<ReportJob>(m_document->project(), options, m_path->text().trimmed());
    connect(m_job.get(), &ReportJob::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_job.get(), &ReportJob::finished, this, &ReportExportDialog::jobFinished);
    m_progress->setValue(0);
    m_status->setText(plural(scenarios.size() - 1, tr("Writing the report with %n comparison…"),
                             tr("Writing the report with %n comparisons…")));
    setRunning(true);
    m_job->start();
}

void ReportExportDialog::jobFinished()
{
    m_outcome = m_job->outcome();
    m_job.reset();
    setRunning(false);
    if (m_outcome.cancelled) {
        m_status->setText(tr("Cancelled: nothing was written."));
        QDialog::reject();
        return;
    }
    if (!m_outcome.error.isEmpty()) {
        m_status->setText(m_outcome.error);
        if (m_closeWhenDone)
            QDialog::reject();
        return;
    }
    m_progress->setValue(100);
    accept();
}

void ReportExportDialog::reject()
{
    if (m_job) { // the job removes what it started to write, then finishes
        m_closeWhenDone = true;
        m_status->setText(tr("Cancelling…"));
        m_job->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace fjord::ui
