#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace fjord {
class ProjectDocument;
}

namespace fjord::ui {

class BarChart;
class KeyFigureCard;
class OverviewStageTable;
class TopRisksList;

// The Overview dashboard of the current scenario: the key figures of the campus through the chosen
// stage as cards (as on the report's cover), the stages table, capacity by stage against the grid and
// the top risks. Everything from document->results() and the report's risk rules; computes nothing.
class OverviewTab : public QWidget {
    Q_OBJECT
public:
    explicit OverviewTab(ProjectDocument *document, QWidget *parent = nullptr);

    QTableWidget *stageTable() const;
    KeyFigureCard *card(const QString &objectName) const;
    BarChart *capacityChart() const { return m_chart; }
    TopRisksList *topRisks() const { return m_risks; }

private:
    void refresh();
    void refreshCards();
    void refreshChart();

    ProjectDocument *m_document;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_cardsHeading;
    QList<KeyFigureCard *> m_cards;
    OverviewStageTable *m_table;
    BarChart *m_chart;
    TopRisksList *m_risks;
};

} // namespace fjord::ui
