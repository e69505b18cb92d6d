#pragma once

#include "model/powernode.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace fjord {
class ProjectDocument;
}

namespace fjord::ui {

// The form of the selected power node: name, kind, side, rating (kVA, or A at the node's
// voltage), voltage with an explicit line-to-line / line-to-neutral choice, phases, power
// factor, losses and redundancy group. Every finished edit pushes one SetPowerNodeCommand; a
// negative rating, voltage or loss is refused with a message naming the node (never clamped to 0).
class PowerInspector : public QWidget {
    Q_OBJECT
public:
    explicit PowerInspector(ProjectDocument *document, QWidget *parent = nullptr);

    void setNode(Id nodeId); // NoId: nothing selected
    Id node() const { return m_nodeId; }
    void reload();                                // show the model's current values again
    QLabel *message() const { return m_message; } // why the last edit was refused; empty otherwise

private:
    void commit(); // builds the node from the fields and pushes the command
    void changeRatingUnit();

    ProjectDocument *m_document;
    Id m_nodeId = NoId;
    QFormLayout *m_form;
    QLabel *m_title;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QComboBox *m_side;
    QDoubleSpinBox *m_rating;
    QComboBox *m_ratingUnit;
    QDoubleSpinBox *m_voltage;
    QComboBox *m_voltageReference;
    QComboBox *m_phases;
    QDoubleSpinBox *m_powerFactor;
    QDoubleSpinBox *m_noLoad;
    QDoubleSpinBox *m_linear;
    QDoubleSpinBox *m_quadratic;
    QComboBox *m_group;
    QLabel *m_message;
    QList<QWidget *> m_fields;
};

} // namespace fjord::ui
