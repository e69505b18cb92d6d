// UndoSteps tells undo and redo apart from new edits on a QUndoStack (the Layout tab says "Undone: …"
// instead of leaving the last tool message, such as "Moved by 0.60 m", standing after an undo).
#include "model/document/undosteps.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace fjord;

namespace {

// A command that only has a text; `mergeId` >= 0 merges with the one before of the same id.
class Step : public QUndoCommand {
public:
    explicit Step(const QString &text, int mergeId = -1) : m_id(mergeId) { setText(text); }
    int id() const override { return m_id; }
    bool mergeWith(const QUndoCommand *other) override
    {
        setText(text() + QStringLiteral("+") + other->text());
        return true;
    }
    void undo() override {}
    void redo() override {}

private:
    int m_id;
};

} // namespace

class TestUndoSteps : public QObject {
    Q_OBJECT
private slots:
    void undoAndRedoAreToldApartFromEdits()
    {
        QUndoStack stack;
        UndoSteps steps(&stack);
        QSignalSpy undone(&steps, &UndoSteps::undone), redone(&steps, &UndoSteps::redone);
        stack.push(new Step(QStringLiteral("Move 1 object")));
        stack.push(new Step(QStringLiteral("Rotate 2 racks")));
        QCOMPARE(undone.count() + redone.count(), 0); // edits are neither

        stack.undo();
        QCOMPARE(undone.count(), 1);
        QCOMPARE(undone.takeFirst().at(0).toString(), QStringLiteral("Rotate 2 racks"));
        stack.redo();
        QCOMPARE(redone.count(), 1);
        QCOMPARE(redone.takeFirst().at(0).toString(), QStringLiteral("Rotate 2 racks"));

        // an edit right after an undo: the same count, the index one up, yet not a redo
        stack.undo();
        undone.clear();
        stack.push(new Step(QStringLiteral("Delete 1 rack")));
        QCOMPARE(stack.count(), 2);
        QCOMPARE(redone.count(), 0);
        QCOMPARE(undone.count(), 0);

        // a merged edit, a jump of two steps and a clear are neither
        stack.push(new Step(QStringLiteral("Nudge"), 7));
        stack.push(new Step(QStringLiteral("Nudge"), 7));
        QCOMPARE(stack.count(), 3);
        stack.setIndex(1);
        stack.clear();
        QCOMPARE(undone.count() + redone.count(), 0);

        // and after all that, undo and redo are seen again
        stack.push(new Step(QStringLiteral("Draw hall")));
        stack.undo();
        stack.redo();
        QCOMPARE(undone.count(), 1);
        QCOMPARE(redone.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestUndoSteps)
#include "tst_undosteps.moc"
