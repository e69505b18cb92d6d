#include "ui/tabs/weatheryearspanel.h"

#include "model/document/commands/analysiscommands.h"
#include "model/document/projectdocument.h"
#include "model/numbertext.h"
#include "model/storage/epwreader.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace fjord::ui {

WeatherYearsPanel::WeatherYearsPanel(ProjectDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_list(new QListWidget(this)),
      m_add(new QPushButton(tr("Add EPW year…"), this)), m_remove(new QPushButton(tr("Remove"), this)),
      m_status(new QLabel(this))
{
    m_list->setObjectName(QStringLiteral("weatherYears"));
    m_list->setMaximumHeight(110);
    m_add->setObjectName(QStringLiteral("addWeatherYear"));
    m_add->setToolTip(tr("Another year of weather for the site (an EPW file), for the risk study's "
                         "uncertain input \"Weather year\""));
    m_remove->setObjectName(QStringLiteral("removeWeatherYear"));
    m_status->setObjectName(QStringLiteral("weatherYearStatus"));
    m_status->setWordWrap(true);
    auto *title = new QLabel(tr("<b>Other weather years</b> (the risk study draws among them and the "
                                "site climate, year 0)"),
                             this);
    title->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Add a weather year"), QString(),
                                                          tr("EnergyPlus weather (*.epw);;All files (*)"));
        if (!path.isEmpty())
            addYear(path);
    });
    connect(m_remove, &QPushButton::clicked, this, &WeatherYearsPanel::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
    connect(document, &ProjectDocument::changed, this, [this](const ChangeEvent &e) {
        if (e.kind == ChangeEvent::Kind::Climate || e.kind == ChangeEvent::Kind::Everything)
            refresh();
    });
    refresh();
}

bool WeatherYearsPanel::addYear(const QString &path)
{
    const storage::EpwResult result = storage::readEpw(path);
    if (!result) {
        m_status->setText(
            tr("Not added: %1")
                .arg(result.error.isEmpty() ? tr("%1: cannot be read.").arg(path) : result.error));
        return false;
    }
    Climate year = *result.climate;
    if (year.source.isEmpty())
        year.source = QFileInfo(path).fileName();
    QList<Climate> years = m_document->project().site.weatherYears;
    years.append(year);
    auto *command = new SetWeatherYearsCommand(m_document, m_document->currentScenarioId(), years);
    command->setText(tr("Add weather year %1").arg(year.name));
    m_document->undoStack()->push(command);
    m_status->setText(tr("Added %1 as year %2.").arg(QFileInfo(path).fileName()).arg(years.size()));
    return true;
}

void WeatherYearsPanel::removeSelected()
{
    const int row = m_list->currentRow();
    QList<Climate> years = m_document->project().site.weatherYears;
    if (row < 0 || row >= years.size())
        return;
    const QString name = years.takeAt(row).name;
    auto *command = new SetWeatherYearsCommand(m_document, m_document->currentScenarioId(), years);
    command->setText(tr("Remove weather year %1").arg(name));
    m_document->undoStack()->push(command);
    m_status->setText(tr("Removed %1; the years after it move up by one.").arg(name));
}

void WeatherYearsPanel::refresh()
{
    m_list->clear();
    const QList<Climate> &years = m_document->project().site.weatherYears;
    for (int i = 0; i < years.size(); ++i) {
        const ClimateSummary s = summarise(years.at(i));
        m_list->addItem(
            tr("%1: %2 (mean %3 °C, max %4 °C)")
                .arg(i + 1)
                .arg(years.at(i).name, fixedText(s.meanDryBulbC, 1), fixedText(s.maxDryBulbC, 1)));
    }
    m_remove->setEnabled(m_list->currentRow() >= 0);
}

} // namespace fjord::ui
