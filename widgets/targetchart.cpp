#include "targetchart.h"

#include "uifonts.h"
#include "yearselection.h"

#include <QEvent>
#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <functional>
#include <limits>
#include <cmath>

namespace Annals {

namespace {

constexpr double leftMargin = 56;
constexpr double rightMargin = 16;
constexpr double topMargin = 46; // title and legend
constexpr double bottomMargin = 28;

// A step of 1, 2 or 5 times a power of ten giving about \a count ticks over \a span.
double niceStep(double span, int count)
{
    if (span <= 0)
        return 1;
    const double raw = span / count;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 5.0}) {
        if (raw <= factor * power)
            return factor * power;
    }
    return 10 * power;
}

QColor faded(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

} // namespace

TargetChart::TargetChart(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setFont(UiFonts::font());
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void TargetChart::setYearSelection(QAbstractItemModel *model, QItemSelectionModel *selection)
{
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_model = model;
    m_selection = selection;
    if (m_selection) {
        // Only the highlight moves: a repaint of this widget, nothing rebuilt.
        connect(m_selection, &QItemSelectionModel::selectionChanged, this,
                qOverload<>(&QWidget::update));
    }
    update();
}

void TargetChart::setMarks(const QList<TargetMark> &marks)
{
    m_marks = marks;
    updateRanges();
    update();
}

void TargetChart::setTitle(const QString &title)
{
    m_title = title;
    update();
}

void TargetChart::setUnit(const QString &unit)
{
    m_unit = unit;
    update();
}

void TargetChart::updateRanges()
{
    if (m_marks.isEmpty()) {
        m_firstYear = m_lastYear = 0;
        m_minValue = 0;
        m_maxValue = 1;
        return;
    }
    m_firstYear = m_marks.first().year;
    m_lastYear = m_firstYear;
    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    for (const TargetMark &mark : std::as_const(m_marks)) {
        m_firstYear = std::min(m_firstYear, mark.year);
        m_lastYear = std::max(m_lastYear, mark.year);
        for (const std::optional<double> &value : {mark.low, mark.high, mark.outcome}) {
            if (!value)
                continue;
            low = std::min(low, *value);
            high = std::max(high, *value);
        }
        if (mark.shape == TargetMark::Shape::About && mark.low) {
            low = std::min(low, *mark.low - mark.tolerance);
            high = std::max(high, *mark.low + mark.tolerance);
        }
    }
    if (low > high) {
        low = 0;
        high = 1;
    }
    // Room above and below, and 0 in view when the values are all on one side close to it.
    const double pad = std::max((high - low) * 0.08, 0.1);
    m_minValue = low - pad;
    m_maxValue = high + pad;
    if (m_minValue > 0 && m_minValue < (high - low))
        m_minValue = 0;
}

QRectF TargetChart::plotArea() const
{
    return QRectF(leftMargin, topMargin, std::max(1.0, width() - leftMargin - rightMargin),
                  std::max(1.0, height() - topMargin - bottomMargin));
}

QPointF TargetChart::positionOf(double year, double value) const
{
    const QRectF plot = plotArea();
    const double years = std::max(1, m_lastYear - m_firstYear + 1);
    const double x = plot.left() + (year - m_firstYear + 0.5) / years * plot.width();
    const double span = m_maxValue - m_minValue;
    const double y = plot.bottom() - (value - m_minValue) / (span > 0 ? span : 1) * plot.height();
    return QPointF(x, y);
}

std::optional<int> TargetChart::yearAt(const QPoint &position) const
{
    const QRectF plot = plotArea();
    if (m_marks.isEmpty() || !plot.adjusted(0, -4, 0, 4).contains(position))
        return std::nullopt;
    const double years = std::max(1, m_lastYear - m_firstYear + 1);
    const int year = m_firstYear + int(std::floor((position.x() - plot.left()) / plot.width()
                                                  * years));
    for (const TargetMark &mark : m_marks) {
        if (mark.year == year)
            return year;
    }
    return std::nullopt;
}

QList<int> TargetChart::highlightedYears() const
{
    QList<int> years;
    if (!m_model || !m_selection)
        return years;
    for (int row : YearSelection::selectedRows(m_selection))
        years.append(YearSelection::yearOfRow(m_model, row));
    return years;
}

QSize TargetChart::sizeHint() const
{
    return QSize(640, 300);
}

QSize TargetChart::minimumSizeHint() const
{
    return QSize(240, 60);
}

void TargetChart::drawAxes(QPainter &painter, const QRectF &plot) const
{
    const QColor text = palette().color(QPalette::WindowText);
    const QColor grid = faded(text, 40);
    QFont small = UiFonts::font(8);
    painter.setFont(small);
    const QFontMetricsF metrics(small);

    const double step = niceStep(m_maxValue - m_minValue, 5);
    for (double value = std::ceil(m_minValue / step) * step; value <= m_maxValue + 1e-9;
         value += step) {
        const double y = positionOf(m_firstYear, value).y();
        painter.setPen(QPen(std::abs(value) < 1e-9 ? faded(text, 110) : grid, 1));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(text);
        const QString label = QString::number(std::abs(value) < 1e-9 ? 0 : value, 'g', 6);
        painter.drawText(QRectF(0, y - 8, plot.left() - 6, 16), Qt::AlignRight | Qt::AlignVCenter,
                         label);
    }
    const int years = m_lastYear - m_firstYear + 1;
    const int every = years > 30 ? 5 : years > 12 ? 2 : 1;
    for (int year = m_firstYear; year <= m_lastYear; ++year) {
        if (year % every != 0)
            continue;
        const double x = positionOf(year, m_minValue).x();
        painter.setPen(grid);
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4));
        painter.setPen(text);
        const QString label = QString::number(year);
        const double w = metrics.horizontalAdvance(label);
        painter.drawText(QPointF(x - w / 2, plot.bottom() + 6 + metrics.ascent()), label);
    }
    painter.setPen(faded(text, 140));
    painter.drawRect(plot);
    if (!m_unit.isEmpty()) {
        painter.save();
        painter.translate(12, plot.center().y());
        painter.rotate(-90);
        const double w = metrics.horizontalAdvance(m_unit);
        painter.drawText(QPointF(-w / 2, metrics.ascent() / 2), m_unit);
        painter.restore();
    }
}

void TargetChart::drawMark(QPainter &painter, const TargetMark &mark) const
{
    const QColor ink = palette().color(QPalette::WindowText);
    const double years = std::max(1, m_lastYear - m_firstYear + 1);
    const double yearWidth = plotArea().width() / years;
    const double half = std::clamp(yearWidth * 0.35, 3.0, 14.0);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(ink, 1.4));
    switch (mark.shape) {
    case TargetMark::Shape::None:
        break;
    case TargetMark::Shape::About: {
        const QPointF centre = positionOf(mark.year, *mark.low);
        if (mark.tolerance > 0) {
            const QPointF top = positionOf(mark.year, *mark.low + mark.tolerance);
            const QPointF bottom = positionOf(mark.year, *mark.low - mark.tolerance);
            painter.setPen(QPen(faded(ink, 120), 1));
            painter.drawLine(top, bottom);
            painter.drawLine(top - QPointF(half / 2, 0), top + QPointF(half / 2, 0));
            painter.drawLine(bottom - QPointF(half / 2, 0), bottom + QPointF(half / 2, 0));
            painter.setPen(QPen(ink, 1.4));
        }
        painter.drawEllipse(centre, 5.5, 5.5);
        break;
    }
    case TargetMark::Shape::Point: {
        const QPointF c = positionOf(mark.year, *mark.low);
        QPainterPath diamond;
        diamond.moveTo(c + QPointF(0, -6.5));
        diamond.lineTo(c + QPointF(6.5, 0));
        diamond.lineTo(c + QPointF(0, 6.5));
        diamond.lineTo(c + QPointF(-6.5, 0));
        diamond.closeSubpath();
        painter.drawPath(diamond);
        break;
    }
    case TargetMark::Shape::Floor:
    case TargetMark::Shape::Ceiling: {
        const bool floor = mark.shape == TargetMark::Shape::Floor;
        const QPointF c = positionOf(mark.year, floor ? *mark.low : *mark.high);
        painter.setPen(QPen(ink, 2));
        painter.drawLine(c - QPointF(half, 0), c + QPointF(half, 0));
        painter.setPen(QPen(ink, 1));
        // Ticks on the side that meets the target.
        const double direction = floor ? -1 : 1;
        for (double dx : {-half * 0.7, 0.0, half * 0.7})
            painter.drawLine(c + QPointF(dx, 0), c + QPointF(dx, direction * 6));
        break;
    }
    case TargetMark::Shape::Band: {
        const QPointF top = positionOf(mark.year, *mark.high);
        const QPointF bottom = positionOf(mark.year, *mark.low);
        painter.setBrush(faded(ink, 35));
        painter.setPen(QPen(ink, 1.2));
        painter.drawRect(QRectF(QPointF(top.x() - half, top.y()),
                                QPointF(bottom.x() + half, bottom.y())));
        painter.setBrush(Qt::NoBrush);
        break;
    }
    }
    if (mark.outcome) {
        painter.setPen(QPen(palette().color(QPalette::Base), 1));
        painter.setBrush(mark.outcomeColor.isValid() ? mark.outcomeColor : ink);
        painter.drawEllipse(positionOf(mark.year, *mark.outcome), 4.5, 4.5);
        painter.setBrush(Qt::NoBrush);
    }
}

void TargetChart::drawLegend(QPainter &painter) const
{
    const QColor ink = palette().color(QPalette::WindowText);
    QFont titleFont = UiFonts::font(10);
    titleFont.setBold(true);
    painter.setFont(titleFont);
    painter.setPen(ink);
    painter.drawText(QRectF(8, 4, width() - 16, 18), Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(titleFont).elidedText(m_title, Qt::ElideRight,
                                                         width() - 16));
    const QFont small = UiFonts::font(8);
    painter.setFont(small);
    const QFontMetricsF metrics(small);
    double x = leftMargin;
    const double y = 32;
    const auto entry = [&](const QString &text, const std::function<void(QPointF)> &symbol) {
        symbol(QPointF(x + 6, y));
        painter.setPen(ink);
        painter.drawText(QPointF(x + 15, y + metrics.ascent() / 2 - 1), text);
        x += 15 + metrics.horizontalAdvance(text) + 12;
    };
    const auto dot = [&](const QColor &color) {
        return [&painter, color](QPointF p) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(color);
            painter.drawEllipse(p, 4.5, 4.5);
            painter.setBrush(Qt::NoBrush);
        };
    };
    entry(tr("met"), dot(QColor(0x2e, 0x7d, 0x32)));
    entry(tr("near"), dot(QColor(0xe0, 0x9a, 0x00)));
    entry(tr("missed"), dot(QColor(0xc6, 0x28, 0x28)));
    entry(tr("no target"), dot(QColor(0x9e, 0x9e, 0x9e)));
    entry(tr("target: about"), [&](QPointF p) {
        painter.setPen(QPen(ink, 1.4));
        painter.drawEllipse(p, 4.5, 4.5);
    });
    entry(tr("exact"), [&](QPointF p) {
        painter.setPen(QPen(ink, 1.4));
        painter.drawPolygon(QPolygonF({p + QPointF(0, -5), p + QPointF(5, 0), p + QPointF(0, 5),
                                       p + QPointF(-5, 0)}));
    });
    entry(tr("range"), [&](QPointF p) {
        painter.setPen(QPen(ink, 1));
        painter.setBrush(faded(ink, 35));
        painter.drawRect(QRectF(p.x() - 4, p.y() - 5, 8, 10));
        painter.setBrush(Qt::NoBrush);
    });
    entry(tr("at least"), [&](QPointF p) {
        painter.setPen(QPen(ink, 2));
        painter.drawLine(p + QPointF(-5, 2), p + QPointF(5, 2));
        painter.setPen(QPen(ink, 1));
        painter.drawLine(p + QPointF(0, 2), p + QPointF(0, -4));
    });
    entry(tr("at most"), [&](QPointF p) {
        painter.setPen(QPen(ink, 2));
        painter.drawLine(p + QPointF(-5, -2), p + QPointF(5, -2));
        painter.setPen(QPen(ink, 1));
        painter.drawLine(p + QPointF(0, -2), p + QPointF(0, 4));
    });
}

void TargetChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    painter.setRenderHint(QPainter::Antialiasing);
    drawLegend(painter);
    const QRectF plot = plotArea();
    if (m_marks.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(plot, Qt::AlignCenter, tr("No targets in this dataset"));
        return;
    }
    const double years = std::max(1, m_lastYear - m_firstYear + 1);
    const double yearWidth = plot.width() / years;
    const QColor highlight = palette().color(QPalette::Highlight);
    for (int year : highlightedYears()) {
        if (year < m_firstYear || year > m_lastYear)
            continue;
        const double x = positionOf(year, m_minValue).x() - yearWidth / 2;
        painter.fillRect(QRectF(x, plot.top(), yearWidth, plot.height()), faded(highlight, 60));
    }
    drawAxes(painter, plot);
    painter.save();
    painter.setClipRect(plot.adjusted(-1, -1, 1, 1));
    for (const TargetMark &mark : std::as_const(m_marks))
        drawMark(painter, mark);
    painter.restore();
}

void TargetChart::mousePressEvent(QMouseEvent *event)
{
    const std::optional<int> year = yearAt(event->position().toPoint());
    if (!year || !m_model || !m_selection) {
        QWidget::mousePressEvent(event);
        return;
    }
    const int row = YearSelection::rowOfYear(m_model, *year);
    if (row >= 0)
        YearSelection::selectRows(m_selection, row, row, row);
    event->accept();
}

bool TargetChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const std::optional<int> year = yearAt(help->pos());
        QString text;
        for (const TargetMark &mark : std::as_const(m_marks)) {
            if (year && mark.year == *year)
                text = mark.tooltip;
        }
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace Annals
