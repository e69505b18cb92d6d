#include "ui/tabs/climatepanel.h"
#include "model/plural.h"

#include "model/document/commands/analysiscommands.h"
#include "model/document/projectdocument.h"
#include "model/sample/narvikclimate.h"
#include "model/storage/epwreader.h"
#include "ui/charts/tableexport.h"
#include "ui/tabs/tabutil.h"
#include "ui/tabs/weatheryearspanel.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace fjord::ui {

ClimatePanel::ClimatePanel(ProjectDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    m_name = new QLabel(this);
    m_name->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("climateSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("climateStatus"));
    m_status->setWordWrap(true);
    m_monthly = new QTableWidget(12, 1, this);
    m_monthly->setObjectName(QStringLiteral("monthlyMeans"));
    m_monthly->setHorizontalHeaderLabels({tr("Mean dry bulb (°C)")});
    m_monthly->setVerticalHeaderLabels(tabutil::monthNames());
    m_monthly->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_monthly->horizontalHeader()->setStretchLastSection(true);
    m_monthly->verticalHeader()->setDefaultSectionSize(m_monthly->fontMetrics().height() + 4);
    m_monthly->setMinimumHeight(12 * (m_monthly->fontMetrics().height() + 4) + 30);
    TableExport::attach(m_monthly);

    m_import = new QPushButton(tr("Import EPW…"), this);
    m_import->setObjectName(QStringLiteral("importEpw"));
    m_builtIn = new QPushButton(tr("Use built-in Narvik"), this);
    m_builtIn->setObjectName(QStringLiteral("useNarvik"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_import);
    buttons->addWidget(m_builtIn);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_name);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_monthly);
    layout->addWidget(new WeatherYearsPanel(document, this));

    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import weather file"), QString(),
                                                          tr("EnergyPlus weather (*.epw);;All files (*)"));
        if (!path.isEmpty())
            importEpw(path);
    });
    connect(m_builtIn, &QPushButton::clicked, this, &ClimatePanel::useBuiltInNarvik);
    connect(document, &ProjectDocument::resultsChanged, this, &ClimatePanel::refresh);
    refresh();
}

bool ClimatePanel::importEpw(const QString &path)
{
    const storage::EpwResult result = storage::readEpw(path);
    if (!result) {
        const QString message = result.error.isEmpty() ? tr("%1: cannot be read.").arg(path) : result.error;
        m_status->setText(tr("Import failed: %1").arg(message));
        // Non-blocking, so the tab stays usable (and testable) while the message is up.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Import EPW"),
                                    tr("The weather file could not be used.\n\n%1").arg(message),
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setObjectName(QStringLiteral("epwError"));
        box->open();
        return false;
    }
    Climate climate = *result.climate;
    if (climate.source.isEmpty())
        climate.source = QFileInfo(path).fileName();
    m_document->undoStack()->push(
        new SetClimateCommand(m_document, m_document->currentScenarioId(), climate));
    m_status->setText(result.warnings.isEmpty()
                          ? tr("Imported %1.").arg(QFileInfo(path).fileName())
                          : plural(int(result.warnings.size()), tr("Imported %1 with %n repair: %2"),
                                   tr("Imported %1 with %n repairs: %2"))
                                .arg(QFileInfo(path).fileName(), result.warnings.join(QStringLiteral("; "))));
    return true;
}

void ClimatePanel::useBuiltInNarvik()
{
    m_document->undoStack()->push(
        new SetClimateCommand(m_document, m_document->currentScenarioId(), narvikClimate()));
    m_status->setText(tr("Using the built-in Narvik climate."));
}

void ClimatePanel::refresh()
{
    const ClimateSummary &c = m_document->results().climate;
    m_name->setText(tr("<b>%1</b>").arg(c.name.isEmpty() ? tr("No climate") : c.name.toHtmlEscaped()));
    using tabutil::number;
    if (c.hours == 0) {
        m_summary->setText(
            tr("The site has no weather year: import an EPW file or use the built-in Narvik year."));
    } else {
        m_summary->setText(
            tr("<table>"
               "<tr><td>Hours</td><td align=right>%1</td></tr>"
               "<tr><td>Mean dry bulb</td><td align=right>%2 °C</td></tr>"
               "<tr><td>Minimum</td><td align=right>%3 °C</td></tr>"
               "<tr><td>Maximum</td><td align=right>%4 °C</td></tr>"
               "<tr><td>Hours above 20 °C</td><td align=right>%5 h</td></tr>"
               "<tr><td>Hours above 25 °C</td><td align=right>%6 h</td></tr>"
               "<tr><td>Hours above 30 °C</td><td align=right>%7 h</td></tr></table>")
                .arg(c.hours)
                .arg(number(c.meanDryBulbC, 1), number(c.minDryBulbC, 1), number(c.maxDryBulbC, 1))
                .arg(c.hoursAbove(20.0))
                .arg(c.hoursAbove(25.0))
                .arg(c.hoursAbove(30.0)));
    }
    for (int m = 0; m < 12; ++m) {
        const QString text =
            m < c.monthlyMeanDryBulbC.size() ? number(c.monthlyMeanDryBulbC[m], 1) : QStringLiteral("–");
        auto *item = new QTableWidgetItem(text);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_monthly->setItem(m, 0, item);
    }
}

} // namespace fjord::ui
