#include "exportlayout.h"

#include "uifonts.h"

#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <algorithm>

namespace Annals {

namespace {

QFont pixelFont(double pixelSize, bool bold = false)
{
    // Pixel sizes, not points: the layout must not depend on the device's resolution.
    QFont font = UiFonts::font();
    font.setPixelSize(std::max(1, qRound(pixelSize)));
    font.setBold(bold);
    return font;
}

} // namespace

ExportLayout::ExportLayout(const QSizeF &page, const ExportTexts &texts)
    : m_page(page)
    , m_zoom(zoomFor(page))
{
    const double z = m_zoom;
    const double margin = 14 * z;
    const double width = page.width() - 2 * margin;
    // Narrow pages get a smaller heading, so it stays one or two lines.
    const double heading = z * std::clamp(page.width() / 1200, 0.75, 1.0);
    double y = margin;
    if (!texts.title.isEmpty()) {
        Block title = layoutBlock(Kind::Title, texts.title, pixelFont(19 * heading, true),
                                  QColor(0x22, 0x22, 0x22), margin, width);
        title.rect.moveTop(y);
        y = title.rect.bottom() + 3 * heading;
        m_blocks.append(title);
    }
    if (!texts.subtitle.isEmpty()) {
        Block subtitle = layoutBlock(Kind::Subtitle, texts.subtitle, pixelFont(13 * heading),
                                     QColor(0x55, 0x55, 0x55), margin, width);
        subtitle.rect.moveTop(y);
        y = subtitle.rect.bottom();
        m_blocks.append(subtitle);
    }
    const double plotTop = m_blocks.isEmpty() ? 0 : y + 6 * z;
    m_footerStart = int(m_blocks.size());
    const bool hasFooter = !texts.notes.isEmpty() || !texts.caveats.isEmpty()
                           || !texts.credit.isEmpty();
    double footerTop = page.height();
    if (hasFooter) {
        // Shrink the footer's text until the plot keeps half the page, but not below a
        // size that still prints legibly.
        const QList<Block> header = m_blocks;
        for (double size = 11.5 * z;; size -= 0.5 * z) {
            m_blocks = header;
            footerTop = layoutFooter(texts, size, page.height() - margin);
            if (footerTop - plotTop >= page.height() * 0.5 || size <= 8 * z)
                break;
        }
        footerTop -= 6 * z;
    }
    const double side = m_blocks.isEmpty() ? 0 : margin / 2;
    m_plot = QRectF(side, plotTop, page.width() - 2 * side, std::max(0.0, footerTop - plotTop));
}

ExportLayout::~ExportLayout() = default;

double ExportLayout::zoomFor(const QSizeF &page)
{
    return std::clamp(std::min(page.width() / 1600, page.height() / 1000), 1.0, 4.0);
}

ExportLayout::Block ExportLayout::layoutBlock(Kind kind, const QString &text, const QFont &font,
                                              const QColor &color, double left,
                                              double width) const
{
    Block block;
    block.kind = kind;
    block.text = text;
    block.color = color;
    block.layout = std::make_shared<QTextLayout>(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    block.layout->setTextOption(option);
    block.layout->beginLayout();
    double height = 0;
    double widest = 0;
    for (QTextLine line = block.layout->createLine(); line.isValid();
         line = block.layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
        widest = std::max(widest, line.naturalTextWidth());
    }
    block.layout->endLayout();
    block.rect = QRectF(left, 0, std::min(widest, width), height);
    return block;
}

double ExportLayout::layoutFooter(const ExportTexts &texts, double pixelSize, double bottom)
{
    const double z = m_zoom;
    const double margin = 14 * z;
    const double width = m_page.width() - 2 * margin;
    const QFont font = pixelFont(pixelSize);
    const QColor grey(0x44, 0x44, 0x44);
    const double indent = pixelSize * 1.4;
    QList<Block> footer;
    for (const QString &note : texts.notes)
        footer.append(layoutBlock(Kind::Note, note, font, grey, margin, width));
    for (const QString &caveat : texts.caveats)
        footer.append(layoutBlock(Kind::Caveat, caveat, font, grey, margin + indent,
                                  width - indent));
    if (!texts.credit.isEmpty())
        footer.append(layoutBlock(Kind::Credit, texts.credit, font, QColor(0x77, 0x77, 0x77),
                                  margin, width));
    double height = 0;
    for (const Block &block : std::as_const(footer))
        height += block.rect.height() + pixelSize * 0.2;
    double y = bottom - height;
    const double top = y;
    for (Block &block : footer) {
        block.rect.moveTop(y);
        y += block.rect.height() + pixelSize * 0.2;
        m_blocks.append(block);
    }
    return top;
}

QRectF ExportLayout::footerRect() const
{
    QRectF rect;
    for (int i = m_footerStart; i < m_blocks.size(); ++i)
        rect = rect.united(m_blocks.at(i).rect);
    return rect;
}

QList<QRectF> ExportLayout::lineRects() const
{
    QList<QRectF> rects;
    for (const Block &block : m_blocks) {
        for (int i = 0; i < block.layout->lineCount(); ++i) {
            const QTextLine line = block.layout->lineAt(i);
            rects.append(line.naturalTextRect().translated(block.rect.topLeft()));
        }
    }
    return rects;
}

void ExportLayout::drawCaveatMark(QPainter *painter, const QPointF &center, double size)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const double h = size * 0.87;
    QPainterPath triangle;
    triangle.moveTo(center.x(), center.y() - h / 2);
    triangle.lineTo(center.x() + size / 2, center.y() + h / 2);
    triangle.lineTo(center.x() - size / 2, center.y() + h / 2);
    triangle.closeSubpath();
    painter->setPen(QPen(QColor(0x8a, 0x4b, 0x00), std::max(0.6, size / 14)));
    painter->setBrush(QColor(0xf5, 0xa6, 0x23));
    painter->drawPath(triangle);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0x22, 0x22, 0x22));
    const double bar = size * 0.11;
    painter->drawRect(QRectF(center.x() - bar / 2, center.y() - h * 0.18, bar, h * 0.38));
    painter->drawEllipse(QPointF(center.x(), center.y() + h * 0.33), bar * 0.6, bar * 0.6);
    painter->restore();
}

void ExportLayout::draw(QPainter *painter) const
{
    painter->save();
    for (const Block &block : m_blocks) {
        painter->setPen(block.color);
        block.layout->draw(painter, block.rect.topLeft());
        if (block.kind == Kind::Caveat && block.layout->lineCount() > 0) {
            const QTextLine first = block.layout->lineAt(0);
            const double size = first.height() * 0.75;
            drawCaveatMark(painter,
                           QPointF(block.rect.left() - size * 1.0,
                                   block.rect.top() + first.height() / 2),
                           size);
        }
    }
    painter->restore();
}

} // namespace Annals
