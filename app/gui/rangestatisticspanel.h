#pragma once

#include "rangestatistics.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace Annals {

/*!
 * The "Range Statistics" panel: for the brushed range, one line per shown series and vintage
 * with first and last value, change, CAGR, average annual growth, the caveats of the two
 * endpoints and why a value is missing; above it, a plan chooser and, when the range is a
 * plan's, the plan's R&D-intensity target against the outcome. It only shows what
 * RangeStatisticsController computed.
 */
class RangeStatisticsPanel : public QWidget
{
    Q_OBJECT

public:
    /// One line: a series' statistics with what is needed to write them.
    struct Line
    {
        QString seriesName; ///< short: in the interface's language (Series::localName())
        QString toolTip;    ///< the bilingual name
        QString unit;
        SeriesKind kind = SeriesKind::Amount;
        RangeStatistics statistics;
    };

    enum Column {
        FirstColumn,
        LastColumn,
        ChangeColumn,
        CagrColumn,
        AverageColumn,
        ColumnCount
    };
    /// The table rows of each line: RowsPerLine from its NameRow.
    enum LineRow { NameRow, FiguresRow, NoteRow, RowsPerLine };

    explicit RangeStatisticsPanel(QWidget *parent = nullptr);

    /// Shows \a lines for \a fromYear–\a toYear.
    void setLines(int fromYear, int toYear, const QList<Line> &lines);
    /// No statistics, and \a message saying why (e.g. "brush a range").
    void setMessage(const QString &message);

    /// The plans offered by the chooser: their numbers and labels, in order.
    void setPlans(const QList<std::pair<int, QString>> &plans);
    /// Shows \a plan as chosen (0: none, the chooser's prompt).
    void setCurrentPlan(int plan);
    int currentPlan() const;
    /// The plan's target against the outcome, or empty to hide the line.
    void setPlanTarget(const QString &text);
    QString planTarget() const;
    QComboBox *planBox() const { return m_planBox; }

    /*!
     * Each line takes three table rows (LineRow): the series name across the whole width, the
     * figures, then the note across the whole width (why a value is missing, execution rates),
     * hidden when there is none; so the panel stays legible in a narrow dock.
     */
    QTableWidget *table() const { return m_table; }
    QString headline() const;

Q_SIGNALS:
    /// The analyst chose \a plan (its number) in the chooser.
    void planChosen(int plan);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void relayout();

    QComboBox *m_planBox = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_planTarget = nullptr;
    QTableWidget *m_table = nullptr;
    QList<int> m_naturalWidths;
    QList<int> m_minimumWidths; ///< the longest word of each column
};

} // namespace Annals
