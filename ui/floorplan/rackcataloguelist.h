#pragma once

#include "model/ids.h"

#include <QListWidget>

namespace fjord {
class ProjectDocument;
}

namespace fjord::ui {

// The project's rack types as a list; the current item is the type the drawing tools use, and an
// item dragged onto the plan places a rack of that type (MIME RackTypeMimeType: the type id).
class RackCatalogueList : public QListWidget {
    Q_OBJECT
public:
    explicit RackCatalogueList(ProjectDocument *document, QWidget *parent = nullptr);
    Id currentTypeId() const;
    void reload();

signals:
    void currentTypeChanged(fjord::Id rackTypeId);

protected:
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    QStringList mimeTypes() const override;

private:
    ProjectDocument *m_document;
};

} // namespace fjord::ui
