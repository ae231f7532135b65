#include "yeartablesortproxy.h"

#include "yeartableroles.h"

namespace Annals {

YearTableSortProxy::YearTableSortProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

bool YearTableSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant leftValue = left.data(YearTableRoles::Value);
    const QVariant rightValue = right.data(YearTableRoles::Value);
    const bool ascending = sortOrder() == Qt::AscendingOrder;
    // The sort reverses this answer for a descending order; gaps must stay at the end anyway.
    if (leftValue.isValid() != rightValue.isValid())
        return ascending == leftValue.isValid();
    if (leftValue.isValid() && leftValue.toDouble() != rightValue.toDouble())
        return leftValue.toDouble() < rightValue.toDouble();
    return ascending == (left.row() < right.row());
}

} // namespace Annals
