#pragma once

#include "model/ids.h"

#include <QWidget>

class QComboBox;
class QPushButton;

namespace fjord {
class ProjectDocument;
struct ChangeEvent;
} // namespace fjord

namespace fjord::ui {

// Wires the selected racks to the power chain from the floor plan: an A-side and a B-side
// busway/PDU and the phase, applied to every selected rack as one undo step. Each rack gets its
// type's feeds per side on each chosen node.
class RackFeedAssigner : public QWidget {
    Q_OBJECT
public:
    explicit RackFeedAssigner(ProjectDocument *document, QWidget *parent = nullptr);

    QComboBox *sideA() const { return m_sideA; } // for tests
    QComboBox *sideB() const { return m_sideB; }
    QComboBox *phase() const { return m_phase; }
    QPushButton *assignButton() const { return m_assign; }

signals:
    void statusMessage(const QString &message);

private:
    void refreshNodes();
    void updateButton();
    void showCurrentFeeds();
    void assign();
    QList<Id> selectedRacks() const;

    ProjectDocument *m_document;
    QComboBox *m_sideA = nullptr;
    QComboBox *m_sideB = nullptr;
    QComboBox *m_phase = nullptr;
    QPushButton *m_assign = nullptr;
};

} // namespace fjord::ui
