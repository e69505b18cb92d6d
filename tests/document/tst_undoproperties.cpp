// Property test of the undo stack (issue 17, item 5): seeded random sequences of the edits the UI
// makes (the real commands, pushed on the document's QUndoStack) are undone step by step and then
// redone; at every step the whole model must equal, field by field (Project::operator==, doubles
// compared exactly), the state recorded when that step was first done.
// The seed is printed; FJORD_PROPERTY_SEED=<n> replays a run, FJORD_PROPERTY_SEQUENCES=<n> runs more.
#include "model/document/commands/addscenariocommand.h"
#include "model/document/commands/addstagecommand.h"
#include "model/document/commands/layoutchangecommand.h"
#include "model/document/commands/layoutedits.h"
#include "model/document/commands/powercommands.h"
#include "model/document/commands/projectcommands.h"
#include "model/document/commands/racktypecommands.h"
#include "model/document/commands/removescenariocommand.h"
#include "model/document/commands/removestagecommand.h"
#include "model/document/commands/renamecommand.h"
#include "model/document/commands/scenariocommands.h"
#include "model/document/commands/stagecommands.h"
#include "model/document/projectdocument.h"
#include "model/sample/narviksample.h"
#include "tests/propertyrun.h"

#include <QTest>
#include <QUndoStack>

#include <random>

using namespace fjord;
using fjord::test::propertyCount;
using fjord::test::propertySeed;

namespace {

// One random edit of the current document, as the UI would build it; false when the random
// choice found nothing to do (no command pushed).
class Editor {
public:
    Editor(ProjectDocument &doc, std::mt19937 &rng) : m_doc(doc), m_rng(rng) {}

    int pick(int n) { return n <= 0 ? 0 : std::uniform_int_distribution<int>(0, n - 1)(m_rng); }
    double uniform(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(m_rng); }

    // What the last edit was, for the failure message.
    QString last;

    bool editOnce()
    {
        const Project &p = m_doc.project();
        const Scenario &s = m_doc.scenario();
        switch (pick(14)) {
        case 0: { // rename any object of the current scenario or a rack type
            QList<Id> ids;
            for (const Hall &h : s.halls)
                ids.append(h.id);
            for (const Row &r : s.rows)
                ids.append(r.id);
            for (const Rack &r : s.racks)
                ids.append(r.id);
            for (const PowerNode &n : s.powerNodes)
                ids.append(n.id);
            for (const Stage &st : s.stages)
                ids.append(st.id);
            for (const RackType &t : p.rackTypes)
                ids.append(t.id);
            if (ids.isEmpty())
                return false;
            const Id id = ids[pick(int(ids.size()))];
            return push(makeRenameCommand(&m_doc, id, QStringLiteral("Name %1").arg(pick(1000))),
                        QStringLiteral("rename %1").arg(id));
        }
        case 1: { // a rack type's design power
            if (p.rackTypes.isEmpty())
                return false;
            const Id id = p.rackTypes[pick(int(p.rackTypes.size()))].id;
            return push(setRackTypeDesignPower(&m_doc, id, uniform(1e3, 2e5)),
                        QStringLiteral("design power of %1").arg(id));
        }
        case 2: { // a stage's grid capacity or ramp-up
            const Id id = s.stages[pick(int(s.stages.size()))].id;
            if (pick(2))
                return push(setStageGridCapacity(&m_doc, id, uniform(0, 5e8)),
                            QStringLiteral("grid capacity of %1").arg(id));
            return push(setStageRampUp(&m_doc, id, pick(MaxRampUpMonths + 1)),
                        QStringLiteral("ramp-up of %1").arg(id));
        }
        case 3: { // move a few racks (a drag: consecutive moves of one selection merge)
            const QList<Id> ids = someRacks(3);
            if (ids.isEmpty())
                return false;
            const auto [dx, dy] = layout::clampMoveIntoHalls(p, s, ids, uniform(-2, 2), uniform(-2, 2));
            return pushLayout(layout::moveObjects(p, s, ids, dx, dy), QStringLiteral("move racks"));
        }
        case 4: { // turn a rack
            const QList<Id> ids = someRacks(1);
            if (ids.isEmpty())
                return false;
            return pushLayout(layout::rotateObjects(p, s, ids, 90.0 * (1 + pick(3))),
                              QStringLiteral("rotate rack %1").arg(ids.first()));
        }
        case 5: { // delete racks, a row or a hall
            QList<Id> ids = someRacks(1 + pick(4));
            if (pick(3) == 0 && !s.rows.isEmpty())
                ids = {s.rows[pick(int(s.rows.size()))].id};
            else if (pick(8) == 0 && !s.halls.isEmpty())
                ids = {s.halls[pick(int(s.halls.size()))].id};
            if (ids.isEmpty())
                return false;
            return pushLayout(layout::deleteObjects(s, ids), QStringLiteral("delete %1").arg(ids.first()));
        }
        case 6: { // a new row in a hall
            if (s.halls.isEmpty() || p.rackTypes.isEmpty())
                return false;
            const Hall &h = s.halls[pick(int(s.halls.size()))];
            layout::RowSpec spec;
            spec.hallId = h.id;
            spec.xM = uniform(0.5, std::max(0.6, h.widthM / 2));
            spec.yM = uniform(0.5, std::max(0.6, h.depthM - 2));
            spec.count = 1 + pick(8);
            spec.rackTypeId = p.rackTypes[pick(int(p.rackTypes.size()))].id;
            spec.stageId = s.stages[pick(int(s.stages.size()))].id;
            return pushLayout(layout::addRow(p, s, spec), QStringLiteral("add row in %1").arg(h.id));
        }
        case 7: // a new stage
            return push(new AddStageCommand(&m_doc, s.id), QStringLiteral("add stage"));
        case 8: { // remove a stage (its objects move to a neighbour)
            const Id id = s.stages[pick(int(s.stages.size()))].id;
            if (!RemoveStageCommand::canRemove(p, s.id, id))
                return false;
            return push(new RemoveStageCommand(&m_doc, s.id, id), QStringLiteral("remove stage %1").arg(id));
        }
        case 9: // project and site figures
            switch (pick(3)) {
            case 0:
                return push(setProjectName(&m_doc, QStringLiteral("Campus %1").arg(pick(100))),
                            QStringLiteral("project name"));
            case 1:
                return push(setSiteLatitude(&m_doc, uniform(-89, 89)), QStringLiteral("latitude"));
            default:
                return push(setProjectDescription(&m_doc, QStringLiteral("Notes %1").arg(pick(100))),
                            QStringLiteral("description"));
            }
        case 10: // a new or duplicated scenario (becomes current)
            if (p.scenarios.size() >= 4)
                return false;
            if (pick(2))
                return push(makeNewScenarioCommand(&m_doc, QString()), QStringLiteral("new scenario"));
            return push(makeDuplicateScenarioCommand(&m_doc, s.id), QStringLiteral("duplicate scenario"));
        case 11: { // remove a scenario
            const Id id = p.scenarios[pick(int(p.scenarios.size()))].id;
            if (!RemoveScenarioCommand::canRemove(p, id))
                return false;
            return push(new RemoveScenarioCommand(&m_doc, id), QStringLiteral("remove scenario %1").arg(id));
        }
        case 12: { // remove a power node (its children and feeds go with it)
            if (s.powerNodes.isEmpty())
                return false;
            const Id id = s.powerNodes[pick(int(s.powerNodes.size()))].id;
            return push(new RemovePowerNodeCommand(&m_doc, id), QStringLiteral("remove node %1").arg(id));
        }
        default: { // switch the current scenario (not an edit; later edits go to it)
            m_doc.setCurrentScenario(p.scenarios[pick(int(p.scenarios.size()))].id);
            return false;
        }
        }
    }

private:
    QList<Id> someRacks(int n)
    {
        const Scenario &s = m_doc.scenario();
        QList<Id> ids;
        for (int i = 0; i < n && !s.racks.isEmpty(); ++i) {
            const Id id = s.racks[pick(int(s.racks.size()))].id;
            if (!ids.contains(id))
                ids.append(id);
        }
        return ids;
    }

    bool push(QUndoCommand *command, const QString &what)
    {
        if (!command)
            return false;
        last = what;
        m_doc.undoStack()->push(command);
        return true;
    }

    bool pushLayout(const LayoutDelta &delta, const QString &what)
    {
        if (delta.isEmpty())
            return false;
        return push(new LayoutChangeCommand(&m_doc, what, delta), what);
    }

    ProjectDocument &m_doc;
    std::mt19937 &m_rng;
};

} // namespace

class TestUndoProperties : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qInfo("seed %u (FJORD_PROPERTY_SEED=%u replays this run)", propertySeed(), propertySeed());
    }

    void undoAllAndRedoAllRestoreEveryState()
    {
        const Project start = makeNarvikSample();
        std::mt19937 rng(propertySeed());
        const int n = propertyCount("FJORD_PROPERTY_SEQUENCES", 200);
        int edits = 0;
        for (int seq = 0; seq < n; ++seq) {
            ProjectDocument doc(start);
            Editor editor(doc, rng);
            QUndoStack *stack = doc.undoStack();
            // the model after each undo step as it was first reached (merged edits share a step)
            QList<Project> states{doc.project()};
            const int length = 1 + editor.pick(25);
            for (int i = 0; i < length; ++i) {
                if (!editor.editOnce())
                    continue;
                ++edits;
                states.resize(stack->index() + 1);
                states[stack->index()] = doc.project();
            }
            const QString where = QStringLiteral("seed %1, sequence %2, last edit %3")
                                      .arg(propertySeed())
                                      .arg(seq)
                                      .arg(editor.last);
            QCOMPARE(int(states.size()), stack->count() + 1);
            for (int i = stack->index(); i > 0; --i) {
                stack->undo();
                QVERIFY2(doc.project() == states[i - 1],
                         qPrintable(where + QStringLiteral(": undo to step %1 differs").arg(i - 1)));
            }
            QVERIFY2(doc.project() == start, qPrintable(where + QStringLiteral(": undo all")));
            while (stack->canRedo()) {
                stack->redo();
                QVERIFY2(doc.project() == states[stack->index()],
                         qPrintable(where + QStringLiteral(": redo to step %1 differs").arg(stack->index())));
            }
            QVERIFY2(doc.project() == states.constLast(), qPrintable(where + QStringLiteral(": redo all")));
        }
        qInfo("%d sequences, %d edits", n, edits);
        QVERIFY(edits > n); // the sequences do edit
    }
};

QTEST_GUILESS_MAIN(TestUndoProperties)
#include "tst_undoproperties.moc"
