#pragma once

#include "model/document/changeevent.h"
#include "model/problem.h"
#include "model/project.h"
#include "model/results.h"

#include <QObject>
#include <QString>

class QUndoStack;
class QTimer;

namespace fjord {

// The open project: the in-memory model, its undo stack, the current scenario/stage, the
// selection and the latest Results. Every edit is a QUndoCommand pushed on undoStack(); a
// command changes the model through mutableProject() and calls notifyChanged(). Results are
// recomputed (coalesced to once per event-loop turn) after each change.
class ProjectDocument : public QObject {
    Q_OBJECT
public:
    explicit ProjectDocument(Project project, QString filePath = {}, QObject *parent = nullptr);
    ~ProjectDocument() override;

    const Project &project() const { return m_project; }
    Project &mutableProject() { return m_project; } // for commands only
    QUndoStack *undoStack() const { return m_undoStack; }

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    bool isModified() const;
    void markSaved(); // sets the undo stack's clean state

    Id currentScenarioId() const { return m_scenarioId; }
    void setCurrentScenario(Id scenarioId);
    const Scenario &scenario() const;         // the current scenario
    Scenario &mutableScenario();              // for commands only
    Scenario *mutableScenario(Id scenarioId); // for commands that name their scenario

    int currentStageIndex() const { return m_stageIndex; } // campus as built through this stage
    void setCurrentStageIndex(int index);

    QList<Id> selection() const { return m_selection; }
    void setSelection(const QList<Id> &ids);

    const Results &results() const { return m_results; }
    // Validation problems of the project and current scenario, plus the engine's problems.
    QList<Problem> problems() const;
    void recomputeNow(); // synchronous, for tests and save

    // A continuous gesture (a drag) is under way: the results wait for its end instead of being
    // recomputed after every step (at campus size a recompute costs tens of ms per mouse move).
    // Nestable; the last end recomputes once if anything changed meanwhile.
    void beginGesture();
    void endGesture();
    bool inGesture() const { return m_gestures > 0; }

    // Called by commands after they change the model.
    void notifyChanged(const ChangeEvent &event);

signals:
    void changed(const fjord::ChangeEvent &event);
    void resultsChanged();
    void selectionChanged();
    void currentScenarioChanged();
    void currentStageChanged();
    void filePathChanged();
    void modifiedChanged(bool modified);

private:
    void scheduleRecompute();

    Project m_project;
    QString m_filePath;
    QUndoStack *m_undoStack = nullptr;
    QTimer *m_recomputeTimer = nullptr;
    int m_gestures = 0;
    bool m_recomputeHeld = false; // a change arrived during a gesture
    Id m_scenarioId = NoId;
    int m_stageIndex = 0;
    QList<Id> m_selection;
    Results m_results;
    QList<Problem> m_validationProblems;
};

} // namespace fjord
