#include "yeartableview.h"

#include "yearselection.h"
#include "yeartableroles.h"

#include <QHeaderView>
#include <QItemSelectionModel>

namespace Annals {

YearTableView::YearTableView(QWidget *parent)
    : QTableView(parent)
{
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
    QTableView::setModel(model);
    if (selection && selection != selectionModel()) {
        QItemSelectionModel *own = selectionModel();
        setSelectionModel(selection);
        if (own && own->parent() == this)
            own->deleteLater();
    }
    connect(model, &QAbstractItemModel::modelReset, this, &YearTableView::applyVisibility);
    connect(model, &QAbstractItemModel::columnsInserted, this, &YearTableView::applyVisibility);
    connect(selection, &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    scrollTo(current, QAbstractItemView::EnsureVisible);
            });
    applyVisibility();
}

void YearTableView::setVisibleColumns(const QStringList &columnIds)
{
    m_visibleColumns = columnIds;
    applyVisibility();
}

void YearTableView::setYearRange(int first, int last)
{
    m_firstYear = first;
    m_lastYear = last;
    applyVisibility();
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
    if (!model())
        return;
    for (int column = 0; column < model()->columnCount(); ++column) {
        const QString id = model()->headerData(column, Qt::Horizontal, YearTableRoles::ColumnId)
                               .toString();
        setColumnHidden(column, !m_visibleColumns.contains(id));
    }
    for (int row = 0; row < model()->rowCount(); ++row) {
        const int year = YearSelection::yearOfRow(model(), row);
        setRowHidden(row, m_lastYear >= m_firstYear && (year < m_firstYear || year > m_lastYear));
    }
    resizeColumnsToContents();
}

} // namespace Annals
