// YearChartCanvas: what the mouse and the keyboard do. A click selects a year, a drag
// brushes a range, Left and Right step through the years, hovering shows a tooltip; every
// selection goes to the shared QItemSelectionModel, so all views follow.

#include "yearchartcanvas.h"

#include "yearselection.h"

#include <QAbstractItemModel>
#include <QItemSelectionModel>
#include <QChart>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QToolTip>

#include <algorithm>

namespace Annals {

void YearChartCanvas::selectYears(int first, int last, int current)
{
    if (!m_model || !m_selection)
        return;
    const int firstRow = YearSelection::rowOfYear(m_model, first);
    const int lastRow = YearSelection::rowOfYear(m_model, last);
    const int currentRow = YearSelection::rowOfYear(m_model, current);
    if (firstRow < 0 || lastRow < 0 || currentRow < 0)
        return;
    YearSelection::selectRows(m_selection, firstRow, lastRow, currentRow);
}

void YearChartCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QChartView::mousePressEvent(event);
        return;
    }
    m_pressYear = yearAt(event->position().toPoint());
    if (m_pressYear) {
        m_overlay->showBrush(*m_pressYear, *m_pressYear);
        event->accept();
    }
}

void YearChartCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const std::optional<int> year = yearAt(event->position().toPoint());
    if (m_pressYear && (event->buttons() & Qt::LeftButton)) {
        // Past the plot's edge the brush stops at the edge year.
        if (const std::optional<int> reached = yearAtClamped(event->position().toPoint()))
            m_overlay->showBrush(*m_pressYear, *reached);
        event->accept();
        return;
    }
    if (year != m_hoverYear) {
        m_hoverYear = year;
        if (year) {
            m_overlay->showHover(*year);
            showTooltip(event->globalPosition().toPoint());
        } else {
            m_overlay->hideHover();
            QToolTip::hideText();
        }
    }
    QChartView::mouseMoveEvent(event);
}

void YearChartCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressYear) {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    m_overlay->hideBrush();
    const int start = *m_pressYear;
    const int end = yearAtClamped(event->position().toPoint()).value_or(start);
    m_pressYear.reset();
    selectYears(start, end, end);
    event->accept();
}

void YearChartCanvas::keyPressEvent(QKeyEvent *event)
{
    const int step = event->key() == Qt::Key_Left ? -1 : event->key() == Qt::Key_Right ? 1 : 0;
    if (step == 0 || !m_model || !m_selection) {
        QChartView::keyPressEvent(event);
        return;
    }
    const int current = m_selection->currentIndex().isValid()
                            ? YearSelection::yearOfRow(m_model,
                                                       m_selection->currentIndex().row())
                            : m_lastYear;
    const int year = std::clamp(current + step, m_firstYear, m_lastYear);
    selectYears(year, year, year);
    event->accept();
}

void YearChartCanvas::showTooltip(const QPoint &globalPosition)
{
    if (!m_hoverYear)
        return;
    // The tip stays while the pointer rests in the year's column: it goes when the pointer
    // leaves that column (the rect), not after a timeout.
    constexpr int restingMsecs = 24 * 60 * 60 * 1000;
    const QRectF plot = m_chart->plotArea();
    const QRectF column(QPointF(m_overlay->xOf(*m_hoverYear - 0.5), plot.top()),
                        QPointF(m_overlay->xOf(*m_hoverYear + 0.5), plot.bottom()));
    const QRect inViewport = mapFromScene(m_chart->mapToScene(column)).boundingRect();
    QToolTip::showText(globalPosition, tooltipFor(*m_hoverYear), viewport(), inViewport,
                       restingMsecs);
}

bool YearChartCanvas::viewportEvent(QEvent *event)
{
    // The scene answers a tooltip event by hiding any tip when no chart item has one of its
    // own: over a year, the year's tip is ours to keep showing.
    if (event->type() == QEvent::ToolTip && m_hoverYear && !m_pressYear) {
        showTooltip(static_cast<QHelpEvent *>(event)->globalPos());
        return true;
    }
    return QChartView::viewportEvent(event);
}

void YearChartCanvas::leaveEvent(QEvent *event)
{
    m_hoverYear.reset();
    m_overlay->hideHover();
    QToolTip::hideText();
    QChartView::leaveEvent(event);
}

} // namespace Annals
