#include "model/document/projectdocument.h"

#include "model/engine.h"
#include "model/validation.h"

#include <QTimer>
#include <QUndoStack>

namespace fjord {

ProjectDocument::ProjectDocument(Project project, QString filePath, QObject *parent)
    : QObject(parent), m_project(std::move(project)), m_filePath(std::move(filePath)),
      m_undoStack(new QUndoStack(this)), m_recomputeTimer(new QTimer(this))
{
    if (!m_project.scenarios.isEmpty())
        m_scenarioId = m_project.scenarios.first().id;
    const int stages = m_project.scenarios.isEmpty() ? 0 : int(m_project.scenarios.first().stages.size());
    m_stageIndex = qMax(0, stages - 1);
    m_recomputeTimer->setSingleShot(true);
    m_recomputeTimer->setInterval(0);
    connect(m_recomputeTimer, &QTimer::timeout, this, &ProjectDocument::recomputeNow);
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
    recomputeNow();
}

ProjectDocument::~ProjectDocument() = default;

void ProjectDocument::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    emit filePathChanged();
}

bool ProjectDocument::isModified() const
{
    return !m_undoStack->isClean();
}

void ProjectDocument::markSaved()
{
    m_undoStack->setClean();
}

void ProjectDocument::setCurrentScenario(Id scenarioId)
{
    if (scenarioId == m_scenarioId || !m_project.scenario(scenarioId))
        return;
    m_scenarioId = scenarioId;
    m_stageIndex = qBound(0, m_stageIndex, qMax(0, int(scenario().stages.size()) - 1));
    m_selection.clear();
    emit currentScenarioChanged();
    emit selectionChanged();
    recomputeNow();
}

const Scenario &ProjectDocument::scenario() const
{
    static const Scenario empty;
    const Scenario *s = m_project.scenario(m_scenarioId);
    return s ? *s : empty;
}

Scenario &ProjectDocument::mutableScenario()
{
    Scenario *s = m_project.scenario(m_scenarioId);
    Q_ASSERT(s);
    return *s;
}

Scenario *ProjectDocument::mutableScenario(Id scenarioId)
{
    return m_project.scenario(scenarioId);
}

void ProjectDocument::setCurrentStageIndex(int index)
{
    index = qBound(0, index, qMax(0, int(scenario().stages.size()) - 1));
    if (index == m_stageIndex)
        return;
    m_stageIndex = index;
    emit currentStageChanged();
}

void ProjectDocument::setSelection(const QList<Id> &ids)
{
    if (ids == m_selection)
        return;
    m_selection = ids;
    emit selectionChanged();
}

QList<Problem> ProjectDocument::problems() const
{
    return m_validationProblems + m_results.problems;
}

void ProjectDocument::notifyChanged(const ChangeEvent &event)
{
    if (event.kind == ChangeEvent::Kind::Scenarios || event.kind == ChangeEvent::Kind::Everything) {
        if (!m_project.scenario(m_scenarioId) && !m_project.scenarios.isEmpty())
            setCurrentScenario(m_project.scenarios.first().id);
    }
    emit changed(event);
    scheduleRecompute();
}

void ProjectDocument::scheduleRecompute()
{
    if (m_gestures > 0) {
        m_recomputeHeld = true;
        return;
    }
    m_recomputeTimer->start();
}

void ProjectDocument::beginGesture()
{
    ++m_gestures;
}

void ProjectDocument::endGesture()
{
    if (m_gestures == 0 || --m_gestures > 0)
        return;
    if (m_recomputeHeld) {
        m_recomputeHeld = false;
        m_recomputeTimer->start();
    }
}

void ProjectDocument::recomputeNow()
{
    m_recomputeTimer->stop();
    m_validationProblems = validateProject(m_project);
    if (const Scenario *s = m_project.scenario(m_scenarioId)) {
        m_validationProblems += validate(m_project, *s);
        m_results = evaluate(m_project, *s, m_project.site.climate);
    } else {
        m_results = Results{};
    }
    emit resultsChanged();
}

} // namespace fjord
