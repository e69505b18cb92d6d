#pragma once

#include "model/ids.h"
#include "model/uncertaininput.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace fjord {
class ProjectDocument;
}

namespace fjord::ui {

// The current scenario's uncertain inputs (METHOD v2 §9) as an editable table: parameter,
// distribution, its parameters (low, mode or mean, high, sd, discrete values), unit and reasoning.
// Add (a parameter picked from the ones not yet uncertain), Remove, and "Use Narvik presets" (the
// sample's ranges with their reasoning, replacing the list). Every edit is one undo step through
// the uncertain-input commands; a value that makes the distribution invalid (low > high, sd <= 0,
// not a number) is refused with a message saying why, and the input keeps its values.
class UncertainInputsEditor : public QWidget {
    Q_OBJECT
public:
    enum Column { Parameter, Unit, Distribution, Low, Mode, High, Sd, Values, Reason, ColumnCount };

    explicit UncertainInputsEditor(ProjectDocument *document, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLabel *message() const { return m_message; }
    QLabel *reasoning() const { return m_reasoning; } // the selected input's, in full

private:
    void refresh();
    void scheduleRefresh(); // after the command that changed the model has returned
    void commitCell(int row, int column);
    void commitKind(Id inputId, int kindIndex);
    // Validates and pushes the edited input; false (with the message shown) when refused.
    bool push(const UncertainInput &edited);
    void refuse(const QString &why);
    void addInput();
    void removeSelected();
    void usePresets();
    const UncertainInput *input(Id id) const;
    void showReasoning();

    ProjectDocument *m_document;
    QTableWidget *m_table;
    QComboBox *m_parameters;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_presets;
    QLabel *m_message;
    QLabel *m_reasoning;
    bool m_filling = false;
    bool m_refreshPending = false;
};

} // namespace fjord::ui
