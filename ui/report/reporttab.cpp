#include "ui/report/reporttab.h"
#include "model/plural.h"

#include "model/document/projectdocument.h"
#include "ui/report/investorreport.h"
#include "ui/report/reportactions.h"
#include "ui/report/reportcanvas.h"
#include "ui/report/reportriskstudy.h"
#include "ui/widgets/refreshwhenshown.h"

#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace fjord::ui {

namespace {
constexpr int PreviewWidthPx = 760; // a page on screen
constexpr int RefreshDelayMs = 400; // after the last change of the results
} // namespace

ReportTab::ReportTab(ProjectDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document),
      m_refresh(new RefreshWhenShown(this, RefreshDelayMs, [this] { refreshNow(); }))
{
    m_info = new QLabel;
    m_export = new QPushButton(tr("Export…"));
    m_export->setToolTip(tr("Write the report as a PDF or HTML page, or its tables as CSV, with comparisons "
                            "of other scenarios (also File > Export Investor Report)"));
    connect(m_export, &QPushButton::clicked, this, [this] {
        QString written;
        if (exportReportInteractively(this, m_document, {}, &written).isEmpty() && !written.isEmpty()) {
            m_info->setText(written);
            emit statusMessage(written);
        }
    });
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_info, 1);
    bar->addWidget(m_export);

    m_pageArea = new QWidget;
    m_pageArea->setObjectName(QStringLiteral("reportPages"));
    m_pageArea->setStyleSheet(QStringLiteral("#reportPages { background: #8a939c; }"));
    m_pageLayout = new QVBoxLayout(m_pageArea);
    m_pageLayout->setSpacing(16);
    m_pageLayout->setContentsMargins(24, 24, 24, 24);
    m_pageLayout->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_pageArea);
    scroll->setWidgetResizable(true);
    scroll->setAlignment(Qt::AlignHCenter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);

    connect(document, &ProjectDocument::resultsChanged, m_refresh, &RefreshWhenShown::markStale);
    connect(document, &ProjectDocument::currentScenarioChanged, m_refresh, &RefreshWhenShown::markStale);
    m_info->setText(tr("The investor report of the current scenario, as it will print."));
}

ReportTab::~ReportTab()
{
    m_riskCancel = true;
    joinRiskWorker();
}

void ReportTab::joinRiskWorker()
{
    if (m_riskWorker.joinable())
        m_riskWorker.join();
}

void ReportTab::computeRiskBands()
{
    if (m_riskRunning)
        return; // the running study ends with a redraw, which starts the next one if still needed
    joinRiskWorker();
    m_riskRunning = true;
    m_riskWorker = std::thread([this, project = m_document->project(), id = m_document->currentScenarioId()] {
        reportRiskStudy(project, id, ReportRiskStudy::DefaultRuns, ReportRiskStudy::DefaultSeed,
                        &m_riskCancel);
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_riskRunning = false;
                joinRiskWorker();
                m_refresh->markStale(); // redrawn now if shown, else when it is next shown
            },
            Qt::QueuedConnection);
    });
}

QImage ReportTab::pageImage(int page, int widthPx) const
{
    if (page < 0 || page >= m_pages.size())
        return {};
    QPicture picture = m_pages[page]; // play() is not const (implicitly shared: no copy of the data)
    const QSizeF paper = ReportCanvas::pageSizePt(QPageSize::A4); // the preview's pages
    const double pageWidth = paper.width() * picture.logicalDpiX() / 72.0;
    const double scale = widthPx / pageWidth;
    QImage image(widthPx, int(std::round(paper.height() * picture.logicalDpiY() / 72.0 * scale)),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.scale(scale, scale);
    picture.play(&p);
    return image;
}

void ReportTab::refreshNow()
{
    m_refresh->refreshed();
    QElapsedTimer timer;
    timer.start();
    const ReportPreview preview = previewInvestorReport(
        m_document->project(), m_document->currentScenarioId(), m_document->filePath(), false);
    m_riskBandsPending = preview.riskBandsPending;
    if (m_riskBandsPending)
        computeRiskBands();
    m_pages = preview.pages;
    m_sections = preview.sections;
    while (QLayoutItem *item = m_pageLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < m_pages.size(); ++i) {
        auto *label = new QLabel;
        label->setPixmap(QPixmap::fromImage(pageImage(i, PreviewWidthPx)));
        label->setFrameShape(QFrame::Box);
        m_pageLayout->addWidget(label, 0, Qt::AlignHCenter);
    }
    m_info->setText(preview.error.isEmpty()
                        ? plural(m_pages.size(),
                                 tr("Investor report of scenario %1: %n page, drawn in %2 s. "
                                    "Export writes exactly this page (PDF, A4)."),
                                 tr("Investor report of scenario %1: %n pages, drawn in %2 s. "
                                    "Export writes exactly these pages (PDF, A4)."))
                              .arg(m_document->scenario().name)
                              .arg(QLocale().toString(timer.elapsed() / 1000.0, 'f', 1))
                        : preview.error);
}

} // namespace fjord::ui
