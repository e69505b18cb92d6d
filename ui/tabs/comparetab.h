#pragma once

#include "model/ids.h"
#include "model/layoutdiff.h"

#include <QWidget>

#include <memory>

class QCheckBox;
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
// is a read-only copy of the project on its own scenario, refreshed while the tab is shown. The plans
// colour racks by their layout diff (B against A); clicking a rack selects it and its counterpart.
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
    QLabel *diffLegend() const { return m_diffLegend; }
    QCheckBox *showDiff() const { return m_showDiff; }
    const LayoutDiff &layoutDiff() const { return m_diff; }
    FloorPlanScene *sceneA() const;
    FloorPlanScene *sceneB() const;
    FloorPlanView *viewA() const;
    FloorPlanView *viewB() const;
    void refreshNow();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Side;
    void applyDiff();
    void selectCounterparts(Side &clicked, const QPointF &sitePos);
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
    QLabel *m_diffLegend;
    QCheckBox *m_showDiff;
    LayoutDiff m_diff;            // computed once per refresh, not per paint
    QHash<Id, Id> m_aToB, m_bToA; // matched racks
    std::unique_ptr<Side> m_a, m_b;
};

} // namespace fjord::ui
