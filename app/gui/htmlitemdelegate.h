#pragma once

#include <QStyledItemDelegate>

namespace Annals {

/// Paints an item's rich text (a role holding HTML), wrapped to the column's width.
class HtmlItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    HtmlItemDelegate(int htmlRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_htmlRole;
};

} // namespace Annals
