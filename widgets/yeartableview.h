#pragma once

#include <QPointer>
#include <QStringList>
#include <QTableView>

class QItemSelectionModel;

namespace Annals {

class YearTableHeader;
class YearTableSortProxy;

/*!
 * The year table: one row per year, the columns the charts show, on the shared selection.
 *
 * A click on a column header sorts the rows by value (a third click restores year order).
 * Rows are sorted in a proxy; the shared selection stays on the year model, so a row is
 * always its year: the view mirrors the shared selection through the proxy both ways.
 */
class YearTableView : public QTableView
{
    Q_OBJECT

public:
    explicit YearTableView(QWidget *parent = nullptr);

    void setSharedModel(QAbstractItemModel *model, QItemSelectionModel *selection);
    /// Shows only the columns whose YearTableRoles::ColumnId is in \a columnIds.
    void setVisibleColumns(const QStringList &columnIds);
    QStringList visibleColumns() const { return m_visibleColumns; }
    /// Hides the rows of years outside \a first..\a last.
    void setYearRange(int first, int last);
    /// Column ids of the visible columns, in display order.
    QStringList shownColumnIds() const;
    /// The index of this view (sorted or not) showing \a year in \a column of the year model.
    QModelIndex indexOfYear(int year, int column = 0) const;

private:
    void applyVisibility();
    void applyColumns(bool resizeAll);
    void applyRows();
    void pullSelection();
    void pushSelection();

    YearTableSortProxy *m_sorted = nullptr;
    YearTableHeader *m_header = nullptr;
    QPointer<QItemSelectionModel> m_shared;
    bool m_syncing = false;

    QStringList m_visibleColumns;
    int m_firstYear = 0;
    int m_lastYear = -1;
};

} // namespace Annals
