#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QStringList>

#include <memory>

class QPainter;
class QTextLayout;

namespace Annals {

/// The words around an exported chart.
struct ExportTexts
{
    QString title;
    QString subtitle;
    QStringList notes;   ///< footer lines: sources, vintages
    QStringList caveats; ///< footer lines drawn after a ⚠ mark
    QString credit;      ///< "Annals 0.1.0 · 2026-12-06"
};

/*!
 * \brief Places title, subtitle, plot and footer of an exported image: pure geometry in
 * logical pixels, the same for PNG, SVG and PDF.
 *
 * Text wraps at the page width (anywhere in CJK and long names), never cut. Text grows with
 * the page above 1600×1000 (zoom) so a large export reads like a small one enlarged; the
 * footer shrinks its font, down to a floor, to leave the plot at least half the page; the
 * footer always starts below the plot.
 */
class ExportLayout
{
public:
    enum class Kind { Title, Subtitle, Note, Caveat, Credit };
    struct Block
    {
        Kind kind = Kind::Note;
        QString text;
        QRectF rect; ///< page coordinates of the laid out text (lines' union)
        QColor color;
        std::shared_ptr<QTextLayout> layout; ///< lines positioned relative to rect's top left
    };

    ExportLayout(const QSizeF &page, const ExportTexts &texts);
    ~ExportLayout();

    /// 1 up to 1600×1000, then growing with the page.
    static double zoomFor(const QSizeF &page);
    double zoom() const { return m_zoom; }
    QSizeF page() const { return m_page; }
    /// Where the chart (with its legend) goes.
    QRectF plotRect() const { return m_plot; }
    /// Union of the footer's blocks; empty without a footer.
    QRectF footerRect() const;
    const QList<Block> &blocks() const { return m_blocks; }
    /// Page rectangles of every line of text drawn (what must lie inside the page).
    QList<QRectF> lineRects() const;
    /// Side of the ⚠ mark at this zoom.
    double markSize() const { return 11 * m_zoom; }

    void draw(QPainter *painter) const;
    /// A ⚠ mark (a filled triangle with "!"), drawn as paths so no font can miss it.
    static void drawCaveatMark(QPainter *painter, const QPointF &center, double size);

private:
    Block layoutBlock(Kind kind, const QString &text, const QFont &font, const QColor &color,
                      double left, double width) const;
    double layoutFooter(const ExportTexts &texts, double pixelSize, double bottom);

    QSizeF m_page;
    double m_zoom = 1;
    QRectF m_plot;
    QList<Block> m_blocks;
    int m_footerStart = 0; ///< index of the first footer block in m_blocks
};

} // namespace Annals
