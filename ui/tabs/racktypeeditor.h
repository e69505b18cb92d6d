#pragma once

#include "model/ids.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace fjord {
class ProjectDocument;
}

namespace fjord::ui {

// The project's rack catalogue as an editable table (issue 11): name, vendor, cooling, design
// power, GPUs, liquid share, power factor, phases, feeds per side, mass, footprint, unit cost, service
// life and price change of the IT equipment (METHOD §8.1), and the optional throughput: tokens per
// second per GPU on a named reference workload (METHOD §8.3).
// Add, duplicate and remove (refused, with the reason, while racks use the type). A cell edit is
// one undo step; a value out of range is refused with a message and the cell shows the model again.
class RackTypeEditor : public QWidget {
    Q_OBJECT
public:
    enum Column {
        Name,
        Vendor,
        Cooling,
        DesignKw,
        Gpus,
        LiquidPct,
        PowerFactor,
        ThreePhase,
        FeedsPerSide,
        MassKg,
        WidthM,
        DepthM,
        UnitCost,
        ServiceLife,
        PriceChangePct,
        TokensPerSecond,
        Workload,
        ColumnCount
    };

    explicit RackTypeEditor(ProjectDocument *document, QWidget *parent = nullptr);
    // The editor in a window of its own (not modal: the plan stays usable); one per `parent`.
    static RackTypeEditor *showWindow(ProjectDocument *document, QWidget *parent);
    QTableWidget *table() const { return m_table; }
    QLabel *status() const { return m_status; }

private:
    void refresh();
    void cellEdited(QTableWidgetItem *item);
    Id currentTypeId() const;
    void addType(bool duplicate);
    void removeType();

    ProjectDocument *m_document;
    QTableWidget *m_table;
    QLabel *m_status;
    bool m_refreshing = false;
};

} // namespace fjord::ui
