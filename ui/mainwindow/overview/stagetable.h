#pragma once

#include <QTableWidget>

namespace fjord {
class ProjectDocument;
}

namespace fjord::ui {

// The Overview's table of the scenario's stages (cumulative: the campus as built through each stage):
// energisation, racks, GPUs, IT capacity, expected peak, design demand, grid capacity and headroom,
// PUE and capex. The current stage is bold. Three-line headers keep it within 800 px (a laptop).
class OverviewStageTable : public QTableWidget {
    Q_OBJECT
public:
    enum Column {
        Name,
        Energisation,
        Racks,
        Gpus,
        ItMw,
        PeakMw,
        DesignMw,
        GridMw,
        Headroom,
        Pue,
        Capex,
        ColumnCount
    };

    explicit OverviewStageTable(QWidget *parent = nullptr);

    void refresh(const ProjectDocument &document);
};

} // namespace fjord::ui
