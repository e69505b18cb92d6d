#pragma once

#include <QWidget>

#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace fjord {
class ProjectDocument;
struct CostCatalogue;
} // namespace fjord

namespace fjord::ui {

// The project's unit-cost catalogue (METHOD §8): currency and its rate per EUR, unit costs, soft
// costs, contingency, maintenance, staff, discount rate, horizon and the source note. Every edit
// is one undoable command.
class CostCatalogueEditor : public QWidget {
    Q_OBJECT
public:
    explicit CostCatalogueEditor(ProjectDocument *document, QWidget *parent = nullptr);

private:
    void refresh();
    void edit(const std::function<void(CostCatalogue &)> &change);

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
    QList<QDoubleSpinBox *> m_moneyBoxes;
};

} // namespace fjord::ui
