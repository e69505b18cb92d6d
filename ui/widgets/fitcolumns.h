#pragma once

#include <QObject>

class QAbstractItemView;
class QHeaderView;

namespace fjord::ui {

// Keeps a table's columns within its width, so that nobody scrolls sideways to read a figure (a 1366 px
// laptop with the docks open). Each column gets the width its header and cells ask for; spare width
// goes to the `elastic` column (a name). When the view is too narrow, the elastic column gives up width
// first (down to `minimumElasticPx`), then the text columns down to their header's width, then the
// figures (right-aligned cells), each group in proportion to the width each can give (cells elide);
// only what still does not fit scrolls.
class FitColumns : public QObject {
    Q_OBJECT
public:
    static FitColumns *attach(QAbstractItemView *view, int elastic = 0, int minimumElasticPx = 90);

    // `column` names the row (when the elastic one does not) and its view wraps text: after the elastic
    // column it gives up width down to `minShare` of the view (its text wraps onto more lines), then
    // the others theirs (so that figures do not elide while the name can wrap), then it its rest.
    void keepReadable(int column, double minShare = 0.25);

    void fit(); // recomputes now (also done on resize and on model changes)

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FitColumns(QAbstractItemView *view, int elastic, int minimumElasticPx);
    void fitSoon();
    QHeaderView *header() const;
    bool holdsFigures(int column) const; // its first cell is right-aligned

    QAbstractItemView *m_view;
    // Its viewport, kept: the filter sees the viewport's last events while the view is being
    // destroyed, when calling m_view->viewport() is undefined (UBSan: not a QAbstractScrollArea).
    const QObject *m_viewport;
    int m_elastic;
    int m_minimumElasticPx;
    int m_kept = -1;
    double m_keptShare = 0.25;
    bool m_pending = false;
};

} // namespace fjord::ui
