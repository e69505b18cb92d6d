#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;

namespace fjord {
class ProjectDocument;
}

namespace fjord::ui {

class BarChart;
class CostCatalogueEditor;
class LineChart;
class OpexItemsEditor;

// "Finance": the cost catalogue with the asset settings and the opex items (editable); the investor
// figures of Results::finance for the campus and per stage (NPV, IRR or why there is none, payback,
// revenue, replacements, residual value, levelised costs, tokens) and the cost figures; charts of
// revenue against opex and capex per year, cumulative free cash flow with the payback year, revenue
// per tenant class, capex per stage by category and opex per stage by kind.
class FinanceTab : public QWidget {
    Q_OBJECT
public:
    explicit FinanceTab(ProjectDocument *document, QWidget *parent = nullptr);

    CostCatalogueEditor *catalogueEditor() const { return m_catalogue; }
    OpexItemsEditor *opexEditor() const { return m_opex; }
    BarChart *capexChart() const { return m_capex; }
    BarChart *cashFlowChart() const { return m_cashFlow; }
    LineChart *cumulativeChart() const { return m_cumulative; }
    BarChart *tenantRevenueChart() const { return m_tenantRevenue; }
    BarChart *opexChart() const { return m_opexChart; }
    QLabel *kpiLabel() const { return m_kpis; }
    QLabel *investorLabel() const { return m_investor; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void showInvestorFigures();
    // Lays the figures and charts out in one column or two, whichever the width allows.
    void arrange(int columns);

    struct Cell {
        QWidget *widget;
        bool wide;  // a whole row in two columns
        bool chart; // keeps a readable height
    };

    ProjectDocument *m_document;
    CostCatalogueEditor *m_catalogue;
    OpexItemsEditor *m_opex;
    QLabel *m_investor;
    QLabel *m_kpis;
    BarChart *m_capex;
    BarChart *m_cashFlow;
    LineChart *m_cumulative;
    BarChart *m_tenantRevenue;
    BarChart *m_opexChart;
    QWidget *m_viewport = nullptr;
    QGridLayout *m_grid = nullptr;
    QList<Cell> m_cells;
    int m_columns = 0;
};

} // namespace fjord::ui
