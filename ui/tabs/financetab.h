#pragma once

#include <QWidget>

class QLabel;

namespace fjord {
class ProjectDocument;
}

namespace fjord::ui {

class BarChart;
class CostCatalogueEditor;
class LineChart;
class OpexItemsEditor;

// "Finance": the cost catalogue and opex items (editable), the KPIs of Results::finance (total
// capex, present value, levelised cost per IT MWh and per GPU-hour, capex per MW IT) and charts of
// capex per stage by category, cash-out over the horizon and opex per stage by kind.
class FinanceTab : public QWidget {
    Q_OBJECT
public:
    explicit FinanceTab(ProjectDocument *document, QWidget *parent = nullptr);

    CostCatalogueEditor *catalogueEditor() const { return m_catalogue; }
    OpexItemsEditor *opexEditor() const { return m_opex; }
    BarChart *capexChart() const { return m_capex; }
    LineChart *cashChart() const { return m_cash; }
    BarChart *opexChart() const { return m_opexChart; }
    QLabel *kpiLabel() const { return m_kpis; }

private:
    void refresh();

    ProjectDocument *m_document;
    CostCatalogueEditor *m_catalogue;
    OpexItemsEditor *m_opex;
    QLabel *m_kpis;
    BarChart *m_capex;
    LineChart *m_cash;
    BarChart *m_opexChart;
};

} // namespace fjord::ui
