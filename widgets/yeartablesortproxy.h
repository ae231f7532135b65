#pragma once

#include <QSortFilterProxyModel>

namespace Annals {

/// Sorts the rows of a year table by the numbers of a column (YearTableRoles::Value); years
/// without a number come last in either order, in year order among themselves.
class YearTableSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit YearTableSortProxy(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace Annals
