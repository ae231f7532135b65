#pragma once

#include "rangestatistics.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace Annals {

/*!
 * The "Range Statistics" panel: for the brushed range, one line per shown series and vintage
 * with first and last value, change, CAGR and why a value is missing. It only shows what
 * RangeStatisticsController computed.
 */
class RangeStatisticsPanel : public QWidget
{
    Q_OBJECT

public:
    /// One line: a series' statistics with what is needed to write them.
    struct Line
    {
        QString seriesName; ///< short: the English name where there is one
        QString toolTip;    ///< the bilingual name
        QString unit;
        SeriesKind kind = SeriesKind::Amount;
        RangeStatistics statistics;
    };

    enum Column { FirstColumn, LastColumn, ChangeColumn, CagrColumn, ColumnCount };
    /// The table rows of each line: RowsPerLine from its NameRow.
    enum LineRow { NameRow, FiguresRow, NoteRow, RowsPerLine };

    explicit RangeStatisticsPanel(QWidget *parent = nullptr);

    /// Shows \a lines for \a fromYear–\a toYear.
    void setLines(int fromYear, int toYear, const QList<Line> &lines);
    /// No statistics, and \a message saying why (e.g. "brush a range").
    void setMessage(const QString &message);

    /*!
     * Each line takes three table rows (LineRow): the series name across the whole width, the
     * figures, then the note across the whole width (why a value is missing, execution rates),
     * hidden when there is none; so the panel stays legible in a narrow dock.
     */
    QTableWidget *table() const { return m_table; }
    QString headline() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void relayout();

    QLabel *m_headline = nullptr;
    QTableWidget *m_table = nullptr;
    QList<int> m_naturalWidths;
};

} // namespace Annals
