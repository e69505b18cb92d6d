#include "ui/floorplan/layoutactions.h"
#include "model/plural.h"

#include "model/document/commands/layoutalign.h"
#include "model/document/commands/layoutchangecommand.h"
#include "model/document/commands/layoutclipboard.h"
#include "model/document/commands/layoutedits.h"
#include "model/document/commands/layoutproperties.h"
#include "model/document/projectdocument.h"
#include "ui/floorplan/floorplanscene.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QUndoStack>
#include <QWidget>

#include <algorithm>

namespace fjord::ui {

namespace {
QAction *makeAction(QWidget *context, const QString &text, const QKeySequence &key, const QString &tip)
{
    auto *a = new QAction(text, context);
    a->setShortcut(key);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    a->setToolTip(key.isEmpty() ? tip
                                : tip + QStringLiteral(" (") + key.toString(QKeySequence::NativeText) + u')');
    context->addAction(a);
    return a;
}
} // namespace

LayoutActions::LayoutActions(ProjectDocument *document, FloorPlanScene *scene, QWidget *context)
    : QObject(context), m_document(document), m_scene(scene)
{
    m_rotate = makeAction(context, tr("Rotate"), QKeySequence(Qt::Key_R), tr("Turn the selection by 90°"));
    m_duplicate = makeAction(context, tr("Duplicate"), QKeySequence(Qt::CTRL | Qt::Key_D),
                             tr("Duplicate the selection"));
    m_copy = makeAction(context, tr("Copy"), QKeySequence::Copy, tr("Copy the selection"));
    m_paste = makeAction(context, tr("Paste"), QKeySequence::Paste, tr("Paste at the cursor"));
    m_delete = makeAction(context, tr("Delete"), QKeySequence::Delete, tr("Delete the selection"));
    m_selectAll = makeAction(context, tr("Select all"), QKeySequence::SelectAll, tr("Select every rack"));
    m_renumber = makeAction(context, tr("Renumber"), QKeySequence(),
                            tr("Rename rows and racks by position (H1-R03-12)"));

    connect(m_rotate, &QAction::triggered, this, [this] {
        QString error;
        pushDelta(layout::rotateObjects(m_document->project(), m_document->scenario(),
                                        m_document->selection(), 90, &error),
                  tr("Rotate"), error, false);
    });
    connect(m_duplicate, &QAction::triggered, this, [this] {
        // beside the original: offset by the selection's width (or depth for tall selections)
        const QRectF b = m_scene->boundsOf(m_document->selection());
        const bool wide = b.width() >= b.height();
        double dx = wide ? 0 : b.width() + 0.6, dy = wide ? b.height() + 1.2 : 0;
        QString error;
        LayoutDelta d = layout::duplicateObjects(m_document->project(), m_document->scenario(),
                                                 m_document->selection(), dx, dy, &error);
        if (d.isEmpty()) // no room there: on top, shifted by one grid metre
            d = layout::duplicateObjects(m_document->project(), m_document->scenario(),
                                         m_document->selection(), 0, 0, &error);
        pushDelta(d, tr("Duplicate"), error, true);
    });
    connect(m_copy, &QAction::triggered, this, &LayoutActions::copySelection);
    connect(m_paste, &QAction::triggered, this, &LayoutActions::pasteClipboard);
    connect(m_delete, &QAction::triggered, this, [this] {
        const int n = int(m_document->selection().size());
        pushDelta(layout::deleteObjects(m_document->scenario(), m_document->selection()),
                  plural(n, tr("Delete %n object"), tr("Delete %n objects")), tr("Nothing selected"), false);
    });
    connect(m_selectAll, &QAction::triggered, this, [this] {
        QList<Id> ids;
        ids.reserve(m_document->scenario().racks.size());
        for (const Rack &r : m_document->scenario().racks)
            ids.append(r.id);
        m_document->setSelection(ids);
        emit statusMessage(plural(int(ids.size()), tr("%n rack selected"), tr("%n racks selected")));
    });
    connect(m_renumber, &QAction::triggered, this, [this] {
        pushDelta(layout::renumber(m_document->scenario(), m_document->selection()), tr("Renumber"),
                  tr("Names already follow the positions"), false);
    });

    const std::pair<QString, layout::AlignEdge> edges[] = {
        {tr("Align left"), layout::AlignEdge::Left},
        {tr("Align right"), layout::AlignEdge::Right},
        {tr("Align top"), layout::AlignEdge::Top},
        {tr("Align bottom"), layout::AlignEdge::Bottom},
        {tr("Centre horizontally"), layout::AlignEdge::CentreX},
        {tr("Centre vertically"), layout::AlignEdge::CentreY}};
    for (const auto &[text, edge] : edges) {
        QAction *a = makeAction(context, text, QKeySequence(), text);
        const layout::AlignEdge e = edge;
        connect(a, &QAction::triggered, this, [this, e, t = text] {
            QString error;
            pushDelta(layout::alignRacks(m_document->project(), m_document->scenario(),
                                         m_document->selection(), e, &error),
                      t, error, false);
        });
        m_align.append(a);
    }
    for (bool horizontal : {true, false}) {
        const QString text = horizontal ? tr("Distribute horizontally") : tr("Distribute vertically");
        QAction *a = makeAction(context, text, QKeySequence(), text);
        connect(a, &QAction::triggered, this, [this, horizontal, text] {
            QString error;
            pushDelta(layout::distributeRacks(m_document->project(), m_document->scenario(),
                                              m_document->selection(), horizontal, &error),
                      text, error, false);
        });
        m_align.append(a);
    }
    connect(m_document, &ProjectDocument::selectionChanged, this, &LayoutActions::updateEnabled);
    connect(m_document, &ProjectDocument::changed, this, &LayoutActions::updateEnabled);
    connect(m_document, &ProjectDocument::currentScenarioChanged, this, &LayoutActions::updateEnabled);
    updateEnabled();
}

void LayoutActions::updateEnabled()
{
    // Only a selection on the plan (a power node chosen in the Power tab is not deleted from here).
    const Scenario &s = m_document->scenario();
    const QList<Id> selection = m_document->selection();
    const bool any = std::any_of(selection.cbegin(), selection.cend(),
                                 [&s](Id id) { return s.rack(id) || s.row(id) || s.hall(id); });
    for (QAction *a : {m_rotate, m_duplicate, m_copy, m_delete})
        a->setEnabled(any);
    m_selectAll->setEnabled(!s.racks.isEmpty());
    for (QAction *a : m_align)
        a->setEnabled(m_document->selection().size() >= 2);
}

bool LayoutActions::pushDelta(const LayoutDelta &delta, const QString &text, const QString &error,
                              bool selectInserted)
{
    if (delta.isEmpty()) {
        emit statusMessage(error.isEmpty() ? tr("Nothing to do") : error);
        return false;
    }
    const QList<Id> inserted = delta.insertedIds();
    m_document->undoStack()->push(new LayoutChangeCommand(m_document, text, delta));
    if (selectInserted)
        m_document->setSelection(inserted);
    emit statusMessage(text);
    return true;
}

bool LayoutActions::copySelection()
{
    const layout::LayoutClipboard clip =
        layout::copyObjects(m_document->project(), m_document->scenario(), m_document->selection());
    if (clip.isEmpty()) {
        emit statusMessage(tr("Nothing selected to copy"));
        return false;
    }
    auto *mime = new QMimeData;
    mime->setData(QString(layout::LayoutMimeType), layout::toPayload(clip));
    mime->setText(
        plural(int(clip.racks.size()), tr("%n rack from Fjordplan"), tr("%n racks from Fjordplan")));
    QGuiApplication::clipboard()->setMimeData(mime);
    emit statusMessage(plural(int(clip.racks.size()), tr("Copied %n rack"), tr("Copied %n racks")));
    return true;
}

bool LayoutActions::pasteClipboard()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!mime || !mime->hasFormat(QString(layout::LayoutMimeType))) {
        emit statusMessage(tr("The clipboard holds no Fjordplan layout"));
        return false;
    }
    QString error;
    const auto clip = layout::fromPayload(mime->data(QString(layout::LayoutMimeType)), &error);
    if (!clip) {
        emit statusMessage(error);
        return false;
    }
    // Centre the pasted objects on the cursor: in the hall under it for racks and rows, on the
    // site for halls. Without a cursor, one metre beside the originals.
    double dx = 1.0, dy = 1.0;
    Id target = NoId;
    if (m_cursor) {
        if (!clip->halls.isEmpty()) {
            QRectF b;
            for (const Hall &h : clip->halls)
                b = b.united(QRectF(h.xM, h.yM, h.widthM, h.depthM));
            dx = std::round(m_cursor->x() - b.center().x());
            dy = std::round(m_cursor->y() - b.center().y());
        } else if ((target = m_scene->hallAt(*m_cursor)) != NoId) {
            double cx = 0, cy = 0;
            for (const Rack &r : clip->racks) {
                cx += r.xM;
                cy += r.yM;
            }
            const int n = std::max<int>(1, int(clip->racks.size()));
            const QPointF local = m_scene->siteToHall(target, *m_cursor);
            const QPointF dLocal(std::round((local.x() - cx / n) * 10) / 10,
                                 std::round((local.y() - cy / n) * 10) / 10);
            // pasteObjects takes a site delta and turns it into the hall's frame
            const QPointF d = m_scene->hallToSite(target, dLocal) - m_scene->hallToSite(target, QPointF());
            dx = d.x();
            dy = d.y();
        }
    }
    LayoutDelta delta =
        layout::pasteObjects(m_document->project(), m_document->scenario(), *clip, dx, dy, target, &error);
    return pushDelta(delta, tr("Paste"), error, true);
}

} // namespace fjord::ui
