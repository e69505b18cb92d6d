#pragma once

#include "model/document/changeevent.h"
#include "model/document/objectlocator.h"

#include <QWidget>

#include <functional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QUndoCommand;

namespace fjord {
class ProjectDocument;
}

namespace fjord::ui {

// The object editor of the Inspector dock (SelectionInspector shows it for what is neither on the
// plan nor in the power chain): edits the properties of the selected object with units and
// validation; every edit is an undoable command. Forms: stage, rack type, scenario, and the project
// (when nothing is selected); any other object gets its name; several objects a count by kind.
// Values follow the model after undo.
class Inspector : public QWidget {
    Q_OBJECT
public:
    explicit Inspector(ProjectDocument *document, QWidget *parent = nullptr);

    QString formTitle() const; // "Stage", "Rack type", ... (what the form edits)

private:
    void rebuild();
    void refresh();
    void clearForm();
    void buildProjectForm();
    void buildScenarioForm(Id id);
    void buildStageForm(Id id);
    void buildRackTypeForm(Id id);
    void buildNameForm(Id id);
    void buildSelectionSummary(const QList<Id> &selection);
    static QString editorTabOf(ObjectKind kind); // the tab with the full editor of `kind`, or {}

    QLineEdit *addNameEdit(Id id, const QString &label);
    void addRefresher(std::function<void()> refresher) { m_refreshers.append(std::move(refresher)); }
    // Pushes `command` if any; otherwise reports that the value was refused and restores the form.
    void push(QUndoCommand *command, const QString &refusal = {});

    ProjectDocument *m_document;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_message;
    QWidget *m_form = nullptr;
    QFormLayout *m_formLayout = nullptr;
    QList<std::function<void()>> m_refreshers;
    Id m_shownId = 0;
    bool m_shownProject = false;
};

} // namespace fjord::ui
