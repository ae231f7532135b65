#pragma once

#include <QStringList>
#include <QTableView>

class QItemSelectionModel;

namespace Annals {

/// The year table: one row per year, the columns the charts show, on the shared selection.
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

private:
    void applyVisibility();

    QStringList m_visibleColumns;
    int m_firstYear = 0;
    int m_lastYear = -1;
};

} // namespace Annals
