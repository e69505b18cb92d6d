#pragma once

#include <QObject>

class QAbstractItemView;
class QHeaderView;

namespace fjord::ui {

// Keeps a table's columns within its width, so that nobody scrolls sideways to read a figure (a 1366 px
// laptop with the docks open). Each column gets the width its header and cells ask for; spare width
// goes to the `elastic` column (a name). When the view is too narrow, the elastic column gives up width
// first (down to `minimumElasticPx`), then the others down to their header's width (cells elide); only
// what still does not fit scrolls.
class FitColumns : public QObject {
    Q_OBJECT
public:
    static FitColumns *attach(QAbstractItemView *view, int elastic = 0, int minimumElasticPx = 90);

    void fit(); // recomputes now (also done on resize and on model changes)

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FitColumns(QAbstractItemView *view, int elastic, int minimumElasticPx);
    void fitSoon();
    QHeaderView *header() const;

    QAbstractItemView *m_view;
    // Its viewport, kept: the filter sees the viewport's last events while the view is being
    // destroyed, when calling m_view->viewport() is undefined (UBSan: not a QAbstractScrollArea).
    const QObject *m_viewport;
    int m_elastic;
    int m_minimumElasticPx;
    bool m_pending = false;
};

} // namespace fjord::ui
