// YearChartCanvas: colours. The chart follows the widget's palette (light or dark): text,
// grid and backgrounds come from it, and series colours are kept apart from the background
// (dark ones lightened on a dark palette) with their hues unchanged, so they stay distinct.

#include "yearchartcanvas.h"

#include <QAbstractAxis>
#include <QChart>
#include <QEvent>
#include <QLegend>

namespace Annals {

namespace {

QColor mixed(const QColor &a, const QColor &b, double amountOfB)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * amountOfB,
                            a.greenF() + (b.greenF() - a.greenF()) * amountOfB,
                            a.blueF() + (b.blueF() - a.blueF()) * amountOfB);
}

} // namespace

bool YearChartCanvas::isDark() const
{
    return palette().color(QPalette::Base).lightness() < 128;
}

QColor YearChartCanvas::seriesColor(const QColor &color) const
{
    if (!color.isValid() || !isDark() || color.lightness() >= 140)
        return color;
    QColor lifted = color.toHsl();
    lifted.setHsl(lifted.hslHue(), lifted.hslSaturation(), 140 + lifted.lightness() / 4);
    return lifted;
}

QColor YearChartCanvas::emphasised(const QColor &color) const
{
    // Selected points stand out from their series towards the text colour.
    return isDark() ? seriesColor(color).lighter(140) : color.darker(150);
}

void YearChartCanvas::styleAxis(QAbstractAxis *axis) const
{
    const QPalette colours = palette();
    const QColor text = colours.color(QPalette::Text);
    const QColor base = colours.color(QPalette::Base);
    axis->setLabelsColor(text);
    axis->setTitleBrush(text);
    axis->setLinePenColor(mixed(base, text, 0.45));
    axis->setGridLineColor(mixed(base, text, 0.14));
    axis->setMinorGridLineColor(mixed(base, text, 0.07));
}

void YearChartCanvas::applyPalette()
{
    const QPalette colours = palette();
    const QColor text = colours.color(QPalette::Text);
    setBackgroundBrush(colours.color(QPalette::Window));
    m_chart->setBackgroundBrush(colours.color(QPalette::Base));
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->setTitleBrush(text);
    m_chart->legend()->setLabelColor(text);
    m_chart->legend()->setBrush(Qt::NoBrush);
    m_chart->legend()->setPen(Qt::NoPen);
    for (QAbstractAxis *axis : m_chart->axes())
        styleAxis(axis);
    m_overlay->setPalette(colours);
}

void YearChartCanvas::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        applyPalette();
        scheduleRebuild(); // series colours depend on the background
    }
}

} // namespace Annals
