#include "ui/widgets/fitcolumns.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <numeric>

namespace fjord::ui {

FitColumns *FitColumns::attach(QAbstractItemView *view, int elastic, int minimumElasticPx)
{
    return new FitColumns(view, elastic, minimumElasticPx);
}

FitColumns::FitColumns(QAbstractItemView *view, int elastic, int minimumElasticPx)
    : QObject(view), m_view(view), m_viewport(view->viewport()), m_elastic(elastic),
      m_minimumElasticPx(minimumElasticPx)
{
    header()->setSectionResizeMode(QHeaderView::Interactive);
    header()->setStretchLastSection(false);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->viewport()->installEventFilter(this);
    // Models may be replaced (setModel) or refilled: refit after the change, once per turn of the loop.
    auto watchModel = [this] {
        if (QAbstractItemModel *model = m_view->model()) {
            connect(model, &QAbstractItemModel::modelReset, this, &FitColumns::fitSoon, Qt::UniqueConnection);
            connect(model, &QAbstractItemModel::layoutChanged, this, &FitColumns::fitSoon,
                    Qt::UniqueConnection);
            connect(model, &QAbstractItemModel::rowsInserted, this, &FitColumns::fitSoon,
                    Qt::UniqueConnection);
            connect(model, &QAbstractItemModel::columnsInserted, this, &FitColumns::fitSoon,
                    Qt::UniqueConnection);
            connect(model, &QAbstractItemModel::dataChanged, this, &FitColumns::fitSoon,
                    Qt::UniqueConnection);
            connect(model, &QAbstractItemModel::headerDataChanged, this, &FitColumns::fitSoon,
                    Qt::UniqueConnection);
        }
    };
    watchModel();
    connect(header(), &QHeaderView::sectionCountChanged, this, [this, watchModel] {
        watchModel();
        fitSoon();
    });
    fitSoon();
}

void FitColumns::keepReadable(int column, double minShare)
{
    m_kept = column;
    m_keptShare = minShare;
    fitSoon();
}

bool FitColumns::holdsFigures(int column) const
{
    const QAbstractItemModel *model = m_view->model();
    if (!model || model->rowCount() == 0)
        return false;
    const QVariant alignment = model->index(0, column).data(Qt::TextAlignmentRole);
    return alignment.isValid() && (Qt::Alignment(alignment.toInt()) & Qt::AlignRight);
}

QHeaderView *FitColumns::header() const
{
    if (auto *table = qobject_cast<QTableView *>(m_view))
        return table->horizontalHeader();
    return static_cast<QTreeView *>(m_view)->header();
}

bool FitColumns::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_viewport && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        fitSoon();
    return QObject::eventFilter(watched, event);
}

void FitColumns::fitSoon()
{
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, [this] {
        m_pending = false;
        fit();
    });
}

void FitColumns::fit()
{
    QHeaderView *h = header();
    const int columns = h->count();
    if (columns == 0 || !m_view->isVisible())
        return;
    QList<int> wanted(columns, 0);
    for (int c = 0; c < columns; ++c) {
        if (h->isSectionHidden(c))
            continue;
        const int cells = m_view->sizeHintForColumn(c); // public in QAbstractItemView
        wanted[c] = std::max({cells, h->sectionSizeHint(c), h->minimumSectionSize()});
    }
    const int available = m_view->viewport()->width();
    const int total = std::accumulate(wanted.begin(), wanted.end(), 0);
    const int elastic = std::clamp(m_elastic, 0, columns - 1);
    QList<int> widths = wanted;
    if (total <= available) {
        widths[elastic] += available - total; // the spare goes to the name column
    } else {
        // The elastic column gives up its width first (its text elides); then a kept column
        // (keepReadable) down to its share, the text columns down to their header's width (cells
        // elide, headers stay readable), the kept column down to its own, and figures (right-aligned
        // cells) last: a figure is cut only when no name can wrap and no label elide any further.
        // The columns of one step give in proportion to what each can, so that no single one (the
        // first, say) is cut to its header while its neighbours keep spare width. What still does
        // not fit scrolls.
        int excess = total - available;
        const auto headerWidth = [h](int c) {
            return std::max(h->sectionSizeHint(c), h->minimumSectionSize());
        };
        const auto give = [&](const QList<int> &those, const auto &floor) {
            long long canGive = 0;
            for (int c : those)
                canGive += std::max(0, widths[c] - floor(c));
            long long owed = std::min<long long>(excess, canGive);
            for (int c : those) {
                const int own = std::max(0, widths[c] - floor(c));
                const int by = canGive > 0 ? int(owed * own / canGive) : 0; // the last owes the rest
                widths[c] -= by;
                excess -= by;
                owed -= by;
                canGive -= own;
            }
        };
        give({elastic}, [this](int) { return m_minimumElasticPx; });
        const bool kept = m_kept >= 0 && m_kept < columns && m_kept != elastic && !h->isSectionHidden(m_kept);
        QList<int> text, figures;
        for (int c = 0; c < columns; ++c)
            if (c != elastic && c != m_kept && !h->isSectionHidden(c))
                (holdsFigures(c) ? figures : text).append(c);
        if (kept)
            give({m_kept}, [&](int c) { return std::max(headerWidth(c), int(available * m_keptShare)); });
        give(text, headerWidth);
        if (kept)
            give({m_kept}, headerWidth);
        give(figures, headerWidth);
    }
    m_view->setHorizontalScrollBarPolicy(std::accumulate(widths.begin(), widths.end(), 0) > available
                                             ? Qt::ScrollBarAsNeeded
                                             : Qt::ScrollBarAlwaysOff);
    for (int c = 0; c < columns; ++c)
        if (!h->isSectionHidden(c))
            h->resizeSection(c, widths[c]);
}

} // namespace fjord::ui
