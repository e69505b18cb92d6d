#pragma once

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;

namespace fjord {
class ProjectDocument;
struct CostCatalogue;
} // namespace fjord

namespace fjord::ui {

// The project's unit-cost catalogue (METHOD §8): currency and its rate per EUR, unit costs, soft
// costs, contingency, maintenance, staff, discount rate, horizon, the source note, and the assets over
// the horizon (METHOD §8.1, §8.3): life and price change per facility class, residual value and tax
// rate. Every edit is one undoable command.
class CostCatalogueEditor : public QWidget {
    Q_OBJECT
public:
    explicit CostCatalogueEditor(ProjectDocument *document, QWidget *parent = nullptr);

private:
    void refresh();
    void edit(const std::function<void(CostCatalogue &)> &change);
    void addAssetSettings(QFormLayout *form);

    // The life and price-change boxes of one facility asset class.
    struct AssetBoxes {
        QSpinBox *life = nullptr;
        QDoubleSpinBox *priceChange = nullptr;
    };

    ProjectDocument *m_document;
    QComboBox *m_currency;
    QDoubleSpinBox *m_perEur;
    QDoubleSpinBox *m_building;
    QDoubleSpinBox *m_electrical;
    QDoubleSpinBox *m_mechanical;
    QDoubleSpinBox *m_grid;
    QDoubleSpinBox *m_ups;
    QDoubleSpinBox *m_soft;
    QDoubleSpinBox *m_contingency;
    QDoubleSpinBox *m_maintenance;
    QDoubleSpinBox *m_staff;
    QDoubleSpinBox *m_discount;
    QSpinBox *m_horizon;
    QLineEdit *m_source;
    AssetBoxes m_buildingAsset, m_electricalAsset, m_mechanicalAsset, m_gridAsset;
    QCheckBox *m_residual;
    QDoubleSpinBox *m_tax;
    QList<QDoubleSpinBox *> m_moneyBoxes;
};

} // namespace fjord::ui
