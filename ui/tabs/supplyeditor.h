#pragma once

#include <QWidget>

#include <functional>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTableWidgetItem;

namespace fjord {
class ProjectDocument;
struct GridSupply;
} // namespace fjord

namespace fjord::ui {

// The current scenario's energy supply: the grid (renewable share, location-based carbon intensity,
// residual mix, price), PPAs (hydro/wind/solar) and guarantees of origin in tables. Every edit is
// one undoable command. Units at the edge: %, g CO2e/kWh, MW; the model keeps fractions, kg/kWh, W.
class SupplyEditor : public QWidget {
    Q_OBJECT
public:
    enum PpaColumn {
        PpaName,
        PpaTechColumn,
        PpaStageColumn,
        PpaCapacityMW,
        PpaSolarAreaM2,
        PpaPrice,
        PpaColumnCount
    };
    enum GooColumn { GooName, GooStage, GooMWhPerYear, GooPrice, GooColumnCount };

    explicit SupplyEditor(ProjectDocument *document, QWidget *parent = nullptr);

    QTableWidget *ppaTable() const { return m_ppas; }
    QTableWidget *guaranteeTable() const { return m_guarantees; }
    void addPpa();
    void addGuarantee();

private:
    void refresh();
    void scheduleRefresh();
    void editGrid(const std::function<void(GridSupply &)> &change);
    void ppaEdited(QTableWidgetItem *item);
    void guaranteeEdited(QTableWidgetItem *item);
    void removeSelected(QTableWidget *table, bool ppa);

    ProjectDocument *m_document;
    QLineEdit *m_gridName;
    QDoubleSpinBox *m_renewableShare;
    QDoubleSpinBox *m_carbon;
    QDoubleSpinBox *m_residual;
    QDoubleSpinBox *m_price;
    QTableWidget *m_ppas;
    QTableWidget *m_guarantees;
    QLabel *m_status;
    bool m_refreshing = false;
    bool m_refreshPending = false;
};

} // namespace fjord::ui
