#pragma once

#include "model/ids.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace fjord {
class ProjectDocument;
struct CoolingSystem;
struct HeatOfftake;
} // namespace fjord

namespace fjord::ui {

// Edits the current scenario's cooling systems (add, duplicate, remove, rename, which halls each
// serves, temperatures, approaches, chiller, adiabatic assist, dry-cooler fan model and design
// conditions) and heat offtakes. Every edit pushes
// one undoable command; the form follows the model.
class CoolingEditor : public QWidget {
    Q_OBJECT
public:
    explicit CoolingEditor(ProjectDocument *document, QWidget *parent = nullptr);

    Id currentSystemId() const; // the system shown (NoId when the scenario has none)

signals:
    void currentSystemChanged();

private:
    void refresh();       // lists and fields
    void refreshFields(); // fields of the selected system and offtake
    void refreshDesignAmbient(const CoolingSystem &s);
    void editSystem(const std::function<void(CoolingSystem &)> &change);
    void editOfftake(const std::function<void(HeatOfftake &)> &change);
    void addSystem();
    void duplicateSystem();
    void removeSystem();
    void hallToggled(QListWidgetItem *item);
    void addOfftake();
    void removeOfftake();
    Id currentOfftakeId() const;

    ProjectDocument *m_document;
    QComboBox *m_system;
    QPushButton *m_addSystem;
    QPushButton *m_duplicateSystem;
    QPushButton *m_removeSystem;
    QLineEdit *m_systemName;
    QListWidget *m_halls;
    QDoubleSpinBox *m_supply;
    QLabel *m_wClass;
    QDoubleSpinBox *m_range;
    QLabel *m_return;
    QDoubleSpinBox *m_dryCoolerApproach;
    QDoubleSpinBox *m_cduApproach;
    QDoubleSpinBox *m_chillerEta;
    QDoubleSpinBox *m_copCap;
    QCheckBox *m_adiabatic;
    QDoubleSpinBox *m_adiabaticOn;
    QComboBox *m_fanModel;                 // METHOD v1 fan law or v2 sized dry coolers
    QCheckBox *m_designAmbientFromClimate; // "from climate (0.4 %: 26.0 °C)"
    QDoubleSpinBox *m_designAmbient;       // the system's own design ambient
    QLabel *m_designAmbientUsed;           // which value the engine uses
    QDoubleSpinBox *m_designReturn;        // Tfwr,d the dry coolers were sized for (v2)
    QComboBox *m_offtake;
    QDoubleSpinBox *m_offtakeCapacity;
    QDoubleSpinBox *m_offtakeMinSupply;
    QDoubleSpinBox *m_offtakePrice;
    QPushButton *m_addOfftake;
    QPushButton *m_removeOfftake;
    QList<QWidget *> m_systemFields;
    QList<QWidget *> m_offtakeFields;
};

} // namespace fjord::ui
