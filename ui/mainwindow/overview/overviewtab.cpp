#include "ui/mainwindow/overview/overviewtab.h"
#include "ui/settings/displayunits.h"

#include "model/document/projectdocument.h"
#include "model/numbertext.h"
#include "ui/charts/barchart.h"
#include "ui/mainwindow/overview/keyfigurecard.h"
#include "ui/mainwindow/overview/stagetable.h"
#include "ui/mainwindow/overview/toprisks.h"
#include "ui/tabs/moneyformat.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace fjord::ui {

namespace {

// The cards, in reading order: size and load, efficiency, money.
const QStringList CardNames = {QStringLiteral("cardItCapacity"),   QStringLiteral("cardGpus"),
                               QStringLiteral("cardDesignDemand"), QStringLiteral("cardPue"),
                               QStringLiteral("cardRef"),          QStringLiteral("cardEnergy"),
                               QStringLiteral("cardCapex"),        QStringLiteral("cardNpv"),
                               QStringLiteral("cardIrr"),          QStringLiteral("cardGpuHour")};
constexpr int CardsPerRow = 5;

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

OverviewTab::OverviewTab(ProjectDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_title(new QLabel), m_summary(new QLabel),
      m_cardsHeading(heading(QString(), nullptr)), m_table(new OverviewStageTable), m_chart(new BarChart),
      m_risks(new TopRisksList)
{
    setObjectName(QStringLiteral("overviewTab"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    auto *page = new QWidget;
    auto *cards = new QGridLayout;
    cards->setSpacing(8);
    for (int i = 0; i < CardNames.size(); ++i) {
        auto *card = new KeyFigureCard(CardNames.at(i), page);
        m_cards << card;
        cards->addWidget(card, i / CardsPerRow, i % CardsPerRow);
    }
    for (int c = 0; c < CardsPerRow; ++c)
        cards->setColumnStretch(c, 1);

    m_chart->setObjectName(QStringLiteral("overviewCapacityChart"));
    m_chart->setTitle(tr("Capacity by stage"));
    m_chart->setMinimumHeight(240);
    m_risks->setMinimumHeight(120);

    auto *risksColumn = new QVBoxLayout;
    risksColumn->addWidget(heading(tr("Top risks"), page));
    risksColumn->addWidget(m_risks, 1);
    auto *lower = new QHBoxLayout;
    lower->addWidget(m_chart, 3);
    lower->addLayout(risksColumn, 2);

    auto *caption =
        new QLabel(tr("Each stage shows the campus as built through that stage, running a "
                      "full year at steady state. NPV, IRR and cost per GPU-hour are the whole scenario's, "
                      "over the horizon."),
                   page);
    caption->setWordWrap(true);
    caption->setEnabled(false);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_cardsHeading);
    layout->addLayout(cards);
    layout->addWidget(heading(tr("Stages"), page));
    layout->addWidget(m_table);
    layout->addLayout(lower, 1);
    layout->addWidget(caption);

    // A short screen scrolls the dashboard vertically; its width always fits.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("overviewScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(page);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(document, &ProjectDocument::resultsChanged, this, &OverviewTab::refresh);
    connect(document, &ProjectDocument::currentStageChanged, this, &OverviewTab::refresh);
    refresh();
}

QTableWidget *OverviewTab::stageTable() const
{
    return m_table;
}

KeyFigureCard *OverviewTab::card(const QString &objectName) const
{
    for (KeyFigureCard *card : m_cards)
        if (card->objectName() == objectName)
            return card;
    return nullptr;
}

void OverviewTab::refresh()
{
    const Project &project = m_document->project();
    const Results &results = m_document->results();
    const QLocale locale;
    m_title->setText(project.name);

    QStringList facts;
    if (!project.description.isEmpty())
        facts << project.description;
    if (!project.site.name.isEmpty())
        facts << tr("Site: %1").arg(project.site.name);
    facts << tr("Scenario: %1").arg(m_document->scenario().name);
    if (results.climate.hours > 0)
        facts << tr("Climate: %1 (mean %2 °C, max %3 °C)")
                     .arg(results.climate.name, fixedText(results.climate.meanDryBulbC, 1, locale),
                          fixedText(results.climate.maxDryBulbC, 1, locale));
    m_summary->setText(facts.join(QStringLiteral("   ·   ")));

    refreshCards();
    m_table->refresh(*m_document);
    refreshChart();
    m_risks->refresh(*m_document);
}

void OverviewTab::refreshCards()
{
    const Results &results = m_document->results();
    const QLocale locale;
    const QString none = QStringLiteral("–");
    const QString currency = m_document->project().costs.currency;
    const int index = m_document->currentStageIndex();
    const StageResult *s = index >= 0 && index < results.stages.size() ? &results.stages.at(index) : nullptr;
    m_cardsHeading->setText(s ? tr("Campus through %1").arg(s->name) : tr("Campus (no stage yet)"));
    auto mw = [&](double w) { return s ? units::powerText(w, locale) : none; };

    card(QStringLiteral("cardItCapacity"))->setFigure(mw(s ? s->itCapacityW : 0), tr("IT capacity"));
    card(QStringLiteral("cardGpus"))->setFigure(s ? locale.toString(s->gpus) : none, tr("GPUs"));
    const bool overGrid = s && s->gridCapacityW > 0 && s->designDemandW > s->gridCapacityW;
    const QString headroom =
        s && s->gridCapacityW > 0
            ? tr("%1 % grid headroom")
                  .arg(fixedText((1.0 - s->designDemandW / s->gridCapacityW) * 100, 1, locale))
            : tr("no grid capacity");
    card(QStringLiteral("cardDesignDemand"))
        ->setFigure(mw(s ? s->designDemandW : 0), tr("Design demand, %1").arg(headroom),
                    tr("Every rack at its peak power and the cooling at the design ambient, against the "
                       "grid capacity of the stage (METHOD v2 §4)."));
    card(QStringLiteral("cardDesignDemand"))->setAlarming(overGrid);
    card(QStringLiteral("cardPue"))
        ->setFigure(s && s->annual.pue > 0 ? locale.toString(s->annual.pue, 'f', 3) : none,
                    tr("PUE, annual"));
    card(QStringLiteral("cardRef"))
        ->setFigure(s ? moneyformat::percent(s->annual.ref, locale) : none, tr("Renewable energy factor"));
    card(QStringLiteral("cardEnergy"))
        ->setFigure(s ? tr("%1 GWh").arg(locale.toString(s->annual.facilityEnergyMWh / 1000.0, 'f', 0))
                      : none,
                    tr("Electricity a year"));
    card(QStringLiteral("cardCapex"))
        ->setFigure(s ? moneyformat::compact(s->capex.total(), currency, locale) : none, tr("Capex"));

    // The investor figures are the scenario's (every stage over the horizon), whatever stage is chosen.
    const InvestorFigures &investor = results.finance.investor;
    const bool hasFinance = !results.finance.years.isEmpty();
    card(QStringLiteral("cardNpv"))
        ->setFigure(hasFinance ? moneyformat::compact(investor.npv, currency, locale) : none,
                    tr("NPV at %1 (scenario)")
                        .arg(moneyformat::percent(m_document->project().costs.discountRate, locale)),
                    tr("Free cash flow after tax over the horizon, discounted (METHOD §8.3)."));
    card(QStringLiteral("cardNpv"))->setAlarming(hasFinance && investor.npv < 0);
    card(QStringLiteral("cardIrr"))
        ->setFigure(investor.irr ? moneyformat::percent(*investor.irr, locale) : none,
                    investor.irr ? tr("IRR after tax (scenario)") : tr("IRR: none"),
                    investor.irr ? QString() : investor.irrAbsentReason);
    card(QStringLiteral("cardGpuHour"))
        ->setFigure(hasFinance ? moneyformat::compact(results.finance.levelisedPerGpuHour, currency, locale)
                               : none,
                    tr("Levelised cost per GPU-hour"));
}

void OverviewTab::refreshChart()
{
    const Results &results = m_document->results();
    QStringList stages;
    ChartSeries it{tr("IT capacity"), QColor(0x2f, 0x5d, 0x8a), {}};
    ChartSeries design{tr("Design demand"), QColor(0xe0, 0x8a, 0x00), {}};
    ChartSeries grid{tr("Grid capacity"), QColor(0x9e, 0x9e, 0x9e), {}};
    for (const StageResult &s : results.stages) {
        stages << s.name;
        it.values << units::inPowerUnit(s.itCapacityW);
        design.values << units::inPowerUnit(s.designDemandW);
        grid.values << units::inPowerUnit(s.gridCapacityW);
    }
    m_chart->setXTitle(tr("Stage (cumulative)"));
    m_chart->setData(stages, {it, design, grid}, tr("Power (%1)").arg(units::powerUnitName()));
}

} // namespace fjord::ui
