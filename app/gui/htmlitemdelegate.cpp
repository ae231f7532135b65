#include "htmlitemdelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace Annals {

namespace {

constexpr int margin = 4;

void setUp(QTextDocument &document, const QStyleOptionViewItem &option, const QString &html,
           int width)
{
    document.setDefaultFont(option.font);
    document.setDocumentMargin(margin);
    document.setHtml(html);
    document.setTextWidth(std::max(width, 40));
}

} // namespace

HtmlItemDelegate::HtmlItemDelegate(int htmlRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_htmlRole(htmlRole)
{
}

void HtmlItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString html = index.data(m_htmlRole).toString();
    // Background and selection as usual, then the rich text instead of the plain one.
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    QTextDocument document;
    setUp(document, opt, html, opt.rect.width());
    painter->save();
    painter->translate(opt.rect.topLeft());
    painter->setClipRect(QRect(QPoint(0, 0), opt.rect.size()));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = opt.palette;
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize HtmlItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QTextDocument document;
    setUp(document, opt, index.data(m_htmlRole).toString(), opt.rect.width());
    return QSize(int(document.idealWidth()), int(std::ceil(document.size().height())));
}

} // namespace Annals
