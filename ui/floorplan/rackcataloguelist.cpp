#include "ui/floorplan/rackcataloguelist.h"

#include "model/document/projectdocument.h"
#include "ui/floorplan/floorplanscene.h"

#include <QLocale>
#include <QMimeData>

namespace fjord::ui {

RackCatalogueList::RackCatalogueList(ProjectDocument *document, QWidget *parent)
    : QListWidget(parent), m_document(document)
{
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::SingleSelection);
    connect(this, &QListWidget::currentRowChanged, this,
            [this] { emit currentTypeChanged(currentTypeId()); });
    connect(document, &ProjectDocument::changed, this, [this](const ChangeEvent &e) {
        if (e.kind == ChangeEvent::Kind::RackTypes || e.kind == ChangeEvent::Kind::Everything)
            reload();
    });
    reload();
}

void RackCatalogueList::reload()
{
    const Id current = currentTypeId();
    blockSignals(true);
    clear();
    for (const RackType &t : m_document->project().rackTypes) {
        auto *item = new QListWidgetItem(QStringLiteral("%1\n%2 kW · %3 × %4 m")
                                             .arg(t.name)
                                             .arg(QLocale().toString(t.designPowerW / 1000, 'f', 0))
                                             .arg(QLocale().toString(t.widthM, 'f', 2))
                                             .arg(QLocale().toString(t.depthM, 'f', 2)));
        item->setData(Qt::UserRole, QVariant::fromValue<qint64>(t.id));
        item->setToolTip(tr("Drag onto a hall to place one rack; used by Draw row and Place rack"));
        addItem(item);
        if (t.id == current)
            setCurrentItem(item);
    }
    if (!currentItem() && count() > 0)
        setCurrentRow(0);
    blockSignals(false);
    emit currentTypeChanged(currentTypeId());
}

Id RackCatalogueList::currentTypeId() const
{
    return currentItem() ? currentItem()->data(Qt::UserRole).toLongLong() : NoId;
}

QStringList RackCatalogueList::mimeTypes() const
{
    return {QLatin1String(RackTypeMimeType)};
}

QMimeData *RackCatalogueList::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(QLatin1String(RackTypeMimeType),
                  QByteArray::number(items.first()->data(Qt::UserRole).toLongLong()));
    return mime;
}

} // namespace fjord::ui
