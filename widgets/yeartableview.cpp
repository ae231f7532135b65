#include "yeartableview.h"

#include "yearselection.h"
#include "yeartableheader.h"
#include "yeartableroles.h"
#include "yeartablesortproxy.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSet>

#include <algorithm>

namespace Annals {

YearTableView::YearTableView(QWidget *parent)
    : QTableView(parent)
    , m_sorted(new YearTableSortProxy(this))
    , m_header(new YearTableHeader(this))
{
    setHorizontalHeader(m_header);
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // years in order at first
    horizontalHeader()->setSortIndicatorClearable(true);
    setSortingEnabled(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    // One run of years: the charts draw the selection as one band.
    setSelectionMode(QAbstractItemView::ContiguousSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setMinimumSectionSize(60);
    verticalHeader()->setDefaultSectionSize(verticalHeader()->minimumSectionSize() + 2);
}

void YearTableView::setSharedModel(QAbstractItemModel *model, QItemSelectionModel *selection)
{
    if (m_shared)
        disconnect(m_shared, nullptr, this, nullptr);
    m_sorted->setSourceModel(model);
    QTableView::setModel(m_sorted);
    m_shared = selection;
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &YearTableView::pushSelection);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            &YearTableView::pushSelection);
    if (selection) {
        connect(selection, &QItemSelectionModel::selectionChanged, this,
                &YearTableView::pullSelection);
        connect(selection, &QItemSelectionModel::currentChanged, this,
                &YearTableView::pullSelection);
    }
    connect(model, &QAbstractItemModel::modelReset, this, &YearTableView::applyVisibility);
    connect(model, &QAbstractItemModel::columnsInserted, this, &YearTableView::applyVisibility);
    connect(m_sorted, &QAbstractItemModel::layoutChanged, this, [this] {
        applyVisibility();
        if (currentIndex().isValid())
            scrollTo(currentIndex(), QAbstractItemView::EnsureVisible);
    });
    applyVisibility();
    pullSelection();
}

QModelIndex YearTableView::indexOfYear(int year, int column) const
{
    if (!m_sorted->sourceModel())
        return {};
    const int row = YearSelection::rowOfYear(m_sorted->sourceModel(), year);
    return row < 0 ? QModelIndex()
                   : m_sorted->mapFromSource(m_sorted->sourceModel()->index(row, column));
}

namespace {

// Whole rows, one range per run of consecutive rows. Mapping a selection cell by cell through
// the sort proxy (mapSelectionFromSource) cost a third of a second per click with hundreds
// of keyword columns: years are rows, so rows are all there is to map.
QItemSelection wholeRows(const QAbstractItemModel *model, QList<int> rows)
{
    QItemSelection selection;
    const int lastColumn = model->columnCount() - 1;
    if (lastColumn < 0)
        return selection;
    std::sort(rows.begin(), rows.end());
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) <= rows.at(j) + 1)
            ++j;
        selection.append(QItemSelectionRange(model->index(rows.at(i), 0),
                                             model->index(rows.at(j), lastColumn)));
        i = j + 1;
    }
    return selection;
}

} // namespace

void YearTableView::pullSelection()
{
    if (m_syncing || !m_shared || !selectionModel())
        return;
    m_syncing = true;
    const QModelIndex current = m_sorted->mapFromSource(m_shared->currentIndex());
    selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    QList<int> rows;
    for (int row : YearSelection::selectedRows(m_shared)) {
        const QModelIndex mapped = m_sorted->mapFromSource(m_sorted->sourceModel()->index(row, 0));
        if (mapped.isValid())
            rows.append(mapped.row());
    }
    selectionModel()->select(wholeRows(m_sorted, rows), QItemSelectionModel::ClearAndSelect);
    if (current.isValid())
        scrollTo(current, QAbstractItemView::EnsureVisible);
    m_syncing = false;
}

void YearTableView::pushSelection()
{
    if (m_syncing || !m_shared)
        return;
    m_syncing = true;
    m_shared->setCurrentIndex(m_sorted->mapToSource(selectionModel()->currentIndex()),
                              QItemSelectionModel::NoUpdate);
    QList<int> rows;
    for (int row : YearSelection::selectedRows(selectionModel())) {
        const QModelIndex mapped = m_sorted->mapToSource(m_sorted->index(row, 0));
        if (mapped.isValid())
            rows.append(mapped.row());
    }
    m_shared->select(wholeRows(m_sorted->sourceModel(), rows),
                     QItemSelectionModel::ClearAndSelect);
    m_syncing = false;
}

void YearTableView::setVisibleColumns(const QStringList &columnIds)
{
    if (columnIds == m_visibleColumns)
        return;
    m_visibleColumns = columnIds;
    m_header->setShownIds(QSet<QString>(columnIds.cbegin(), columnIds.cend()));
    applyColumns(false);
}

void YearTableView::setYearRange(int first, int last)
{
    if (first == m_firstYear && last == m_lastYear)
        return;
    m_firstYear = first;
    m_lastYear = last;
    applyRows();
}

QStringList YearTableView::shownColumnIds() const
{
    QStringList ids;
    if (!model())
        return ids;
    for (int visual = 0; visual < horizontalHeader()->count(); ++visual) {
        const int column = horizontalHeader()->logicalIndex(visual);
        if (!isColumnHidden(column))
            ids.append(model()->headerData(column, Qt::Horizontal, YearTableRoles::ColumnId)
                           .toString());
    }
    return ids;
}

void YearTableView::applyVisibility()
{
    applyColumns(true);
    applyRows();
}

void YearTableView::applyColumns(bool resizeAll)
{
    if (!model())
        return;
    // Sized to their contents when they appear: sizing hundreds of keyword columns on every
    // change of the view took a quarter of a range change.
    for (int column = 0; column < model()->columnCount(); ++column) {
        const QString id = model()->headerData(column, Qt::Horizontal, YearTableRoles::ColumnId)
                               .toString();
        const bool hidden = !m_header->shows(id);
        const bool appears = !hidden && isColumnHidden(column);
        setColumnHidden(column, hidden);
        if (!hidden && (appears || resizeAll))
            resizeColumnToContents(column);
    }
}

void YearTableView::applyRows()
{
    if (!model())
        return;
    for (int row = 0; row < model()->rowCount(); ++row) {
        const int year = YearSelection::yearOfRow(model(), row);
        setRowHidden(row, m_lastYear >= m_firstYear && (year < m_firstYear || year > m_lastYear));
    }
}

} // namespace Annals
