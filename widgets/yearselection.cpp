#include "yearselection.h"

#include "yeartableroles.h"

#include <QItemSelectionModel>

#include <algorithm>

namespace Annals {

QList<int> YearSelection::selectedRows(const QItemSelectionModel *selection)
{
    QList<int> rows;
    if (!selection)
        return rows;
    for (const QItemSelectionRange &range : selection->selection()) {
        for (int row = range.top(); row <= range.bottom(); ++row)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

void YearSelection::selectRows(QItemSelectionModel *selection, int first, int last, int current)
{
    const QAbstractItemModel *model = selection->model();
    if (!model || model->columnCount() == 0)
        return;
    const int top = std::min(first, last);
    const int bottom = std::max(first, last);
    const QItemSelection rows(model->index(top, 0),
                              model->index(bottom, model->columnCount() - 1));
    selection->setCurrentIndex(model->index(current, 0), QItemSelectionModel::NoUpdate);
    selection->select(rows, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

int YearSelection::yearOfRow(const QAbstractItemModel *model, int row)
{
    return model->headerData(row, Qt::Vertical, YearTableRoles::Year).toInt();
}

int YearSelection::rowOfYear(const QAbstractItemModel *model, int year)
{
    const int rows = model->rowCount();
    if (rows == 0)
        return -1;
    // Rows are consecutive years; fall back to a scan for models that are not.
    const int guess = year - yearOfRow(model, 0);
    if (guess >= 0 && guess < rows && yearOfRow(model, guess) == year)
        return guess;
    for (int row = 0; row < rows; ++row) {
        if (yearOfRow(model, row) == year)
            return row;
    }
    return -1;
}

} // namespace Annals
