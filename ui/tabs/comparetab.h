#pragma once

#include "model/ids.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QTableWidget;

namespace fjord {
class ProjectDocument;
}

namespace fjord::ui {

class RefreshWhenShown;

class FloorPlanScene;
class FloorPlanView;

// The Compare tab: two scenarios (layout variants) side by side, their floor plans through the same
// stage and their KPIs with the difference B − A, coloured where lower or higher is better. Each side
// is a read-only copy of the project on its own scenario, refreshed while the tab is shown.
class CompareTab : public QWidget {
    Q_OBJECT
public:
    explicit CompareTab(ProjectDocument *document, QWidget *parent = nullptr);
    ~CompareTab() override;

    enum Column { Kpi, ValueA, ValueB, Delta, DeltaPct, ColumnCount };
    QComboBox *scenarioA() const { return m_scenarioA; }
    QComboBox *scenarioB() const { return m_scenarioB; }
    QComboBox *stage() const { return m_stage; }
    QTableWidget *table() const { return m_table; }
    FloorPlanScene *sceneA() const;
    FloorPlanScene *sceneB() const;
    FloorPlanView *viewA() const;
    FloorPlanView *viewB() const;
    void refreshNow();

private:
    struct Side;
    void fillScenarioBoxes();
    void fillTable();
    void applyStage();

    ProjectDocument *m_document;
    RefreshWhenShown *m_refresh;
    bool m_syncing = false; // one plan is following the other
    QComboBox *m_scenarioA;
    QComboBox *m_scenarioB;
    QComboBox *m_stage;
    QTableWidget *m_table;
    QLabel *m_captionA;
    QLabel *m_captionB;
    QLabel *m_hint;
    std::unique_ptr<Side> m_a, m_b;
};

} // namespace fjord::ui
