#include "rangestatisticspanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QResizeEvent>
#include <QLocale>
#include <QTableWidget>
#include <QTextBoundaryFinder>
#include <QVBoxLayout>

#include <algorithm>

namespace Annals {

namespace {

// Percentages of GDP need two decimals to tell 2.40 from 2.41; amounts do with one.
int decimalsFor(SeriesKind kind)
{
    return kind == SeriesKind::Percent ? 2 : 1;
}

QString signedNumber(double value, int decimals)
{
    const QString text = QLocale().toString(value, 'f', decimals);
    return value > 0 ? QStringLiteral("+") + text : text;
}

// The widest piece of \a text between two places where a line may break (Unicode rules:
// spaces, and between most Chinese characters; never at a no-break space).
int widestUnbreakable(const QFontMetrics &metrics, const QString &text)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Line, text);
    int widest = 0;
    qsizetype start = 0;
    while (finder.toNextBoundary() != -1) {
        // QTextBoundaryFinder misses the break after "2011: " that the layout makes.
        const qsizetype end = finder.position();
        for (const QString &word : text.mid(start, end - start).split(u' ', Qt::SkipEmptyParts))
            widest = std::max(widest, metrics.horizontalAdvance(word));
        start = end;
    }
    return widest;
}

QTableWidgetItem *item(const QString &text, const QString &toolTip = QString())
{
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    cell->setToolTip(toolTip.isEmpty() ? text : toolTip);
    return cell;
}

} // namespace

RangeStatisticsPanel::RangeStatisticsPanel(QWidget *parent)
    : QWidget(parent)
    , m_planBox(new QComboBox(this))
    , m_headline(new QLabel(this))
    , m_planTarget(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("rangeStatisticsPanel"));
    m_planBox->setObjectName(QStringLiteral("planBox"));
    m_planBox->setToolTip(tr("Brush the years of a Five-Year Plan on every view"));
    m_planBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_planBox->setMinimumContentsLength(12);
    m_headline->setWordWrap(true);
    m_planTarget->setObjectName(QStringLiteral("planTarget"));
    m_planTarget->setWordWrap(true);
    m_planTarget->setTextFormat(Qt::PlainText);
    m_planTarget->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_planTarget->setVisible(false);
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("First"), tr("Last"), tr("Change"), tr("CAGR"), tr("Average")});
    m_table->horizontalHeaderItem(CagrColumn)
        ->setToolTip(tr("Compound annual growth rate from the first to the last year"));
    m_table->horizontalHeaderItem(AverageColumn)
        ->setToolTip(tr("Average annual growth: the mean of the year-on-year growth rates"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded); // below the longest words
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // The viewport narrows when the vertical scroll bar appears: lay out again then too.
    m_table->viewport()->installEventFilter(this);
    auto *chooser = new QHBoxLayout;
    auto *planLabel = new QLabel(tr("Choose a &plan:"));
    planLabel->setBuddy(m_planBox);
    chooser->addWidget(planLabel);
    chooser->addWidget(m_planBox, 1);
    connect(m_planBox, &QComboBox::activated, this, [this](int index) {
        const int plan = m_planBox->itemData(index).toInt();
        if (plan > 0)
            Q_EMIT planChosen(plan);
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(chooser);
    layout->addWidget(m_headline);
    layout->addWidget(m_planTarget);
    layout->addWidget(m_table, 1);
    setMessage(QString());
}

QString RangeStatisticsPanel::headline() const
{
    return m_headline->text();
}

void RangeStatisticsPanel::setPlans(const QList<std::pair<int, QString>> &plans)
{
    const QSignalBlocker blocker(m_planBox);
    const int current = currentPlan();
    m_planBox->clear();
    m_planBox->addItem(tr("—"), 0);
    for (const auto &[plan, label] : plans)
        m_planBox->addItem(label, plan);
    m_planBox->setEnabled(!plans.isEmpty());
    setCurrentPlan(current);
}

void RangeStatisticsPanel::setCurrentPlan(int plan)
{
    const QSignalBlocker blocker(m_planBox);
    m_planBox->setCurrentIndex(std::max(0, m_planBox->findData(plan)));
}

int RangeStatisticsPanel::currentPlan() const
{
    return m_planBox->currentData().toInt();
}

void RangeStatisticsPanel::setPlanTarget(const QString &text)
{
    m_planTarget->setText(text);
    m_planTarget->setVisible(!text.isEmpty());
}

QString RangeStatisticsPanel::planTarget() const
{
    return m_planTarget->text();
}

void RangeStatisticsPanel::setMessage(const QString &message)
{
    m_headline->setText(message);
    m_table->setRowCount(0);
    m_table->setVisible(false);
}

void RangeStatisticsPanel::setLines(int fromYear, int toYear, const QList<Line> &lines)
{
    m_headline->setText(tr("%1–%2, %n year(s) of growth; brush another range on a chart, or "
                           "choose a plan, to change it.",
                           nullptr, toYear - fromYear)
                            .arg(fromYear)
                            .arg(toYear));
    m_table->setVisible(true);
    m_table->clearSpans();
    m_table->setRowCount(int(lines.size()) * RowsPerLine);
    for (int index = 0; index < lines.size(); ++index) {
        const int row = index * RowsPerLine;
        const Line &line = lines.at(index);
        const RangeStatistics &stats = line.statistics;
        const int decimals = decimalsFor(line.kind);
        const QString name = tr("%1 · %2").arg(line.seriesName, vintageLabel(stats.vintage));
        // A caveat on an endpoint carries over to everything computed from it.
        const auto endpoint = [&](std::optional<int> year, std::optional<double> value,
                                  const QStringList &flags) {
            if (!year || !value)
                return QStringLiteral("—");
            QString text = tr("%1: %2").arg(*year).arg(QLocale().toString(*value, 'f', decimals));
            if (!flags.isEmpty())
                text += QStringLiteral("\u00a0⚑"); // never wrapped alone
            return text;
        };
        QString change = QStringLiteral("—");
        if (stats.change) {
            change = signedNumber(*stats.change, decimals);
            if (stats.changePct)
                change += tr(" (%1%)").arg(signedNumber(*stats.changePct, 1));
        }
        const QString cagr = stats.cagrPct ? tr("%1%").arg(signedNumber(*stats.cagrPct, 1))
                                           : QStringLiteral("—");
        const QString average = stats.averageGrowthPct
                                    ? tr("%1%").arg(signedNumber(*stats.averageGrowthPct, 1))
                                    : QStringLiteral("—");
        QTableWidgetItem *nameItem
            = item(name, line.toolTip + QStringLiteral(" — ") + line.unit);
        QFont bold = font();
        bold.setBold(true);
        nameItem->setFont(bold);
        m_table->setItem(row + NameRow, FirstColumn, nameItem);
        m_table->setSpan(row + NameRow, FirstColumn, 1, ColumnCount);
        const int figures = row + FiguresRow;
        const QString first = endpoint(stats.firstYear, stats.firstValue, stats.firstFlags);
        const QString last = endpoint(stats.lastYear, stats.lastValue, stats.lastFlags);
        m_table->setItem(figures, FirstColumn,
                         item(first, RangeStatistics::endpointFlagNote(
                                         stats.firstYear.value_or(0), stats.firstFlags)));
        m_table->setItem(figures, LastColumn,
                         item(last, RangeStatistics::endpointFlagNote(
                                        stats.lastYear.value_or(0), stats.lastFlags)));
        m_table->setItem(figures, ChangeColumn, item(change));
        m_table->setItem(figures, CagrColumn, item(cagr));
        m_table->setItem(figures, AverageColumn, item(average));
        QString note = stats.note();
        const QString flagNote = stats.flagNote();
        if (!flagNote.isEmpty())
            note += (note.isEmpty() ? QString() : QStringLiteral(" ")) + QStringLiteral("⚑ ")
                    + flagNote;
        QTableWidgetItem *noteItem = item(note);
        noteItem->setForeground(palette().color(QPalette::PlaceholderText));
        m_table->setItem(row + NoteRow, FirstColumn, noteItem);
        m_table->setSpan(row + NoteRow, FirstColumn, 1, ColumnCount);
        m_table->setRowHidden(row + NoteRow, note.isEmpty());
    }
    // Columns fit the figures only: the spanning name and note rows would widen the first.
    // A figure wraps where lines may break ("2016:" above "271.0 ⚑"; in Chinese also after
    // "：").
    const QFontMetrics metrics(m_table->font());
    const int padding = metrics.averageCharWidth() + 2 * m_table->showGrid();
    m_naturalWidths.clear();
    m_minimumWidths.clear();
    for (int column = 0; column < ColumnCount; ++column) {
        // A translation may break a long header over lines ("复合年均\n增长率").
        int width = 0;
        for (const QString &line : m_table->horizontalHeaderItem(column)->text().split(u'\n'))
            width = std::max(width, metrics.horizontalAdvance(line));
        int minimum = width;
        for (int row = FiguresRow; row < m_table->rowCount(); row += RowsPerLine) {
            const QString text = m_table->item(row, column)->text();
            width = std::max(width, metrics.horizontalAdvance(text));
            minimum = std::max(minimum, widestUnbreakable(metrics, text));
        }
        m_naturalWidths.append(width + padding);
        m_minimumWidths.append(minimum + padding);
    }
    relayout();
}

void RangeStatisticsPanel::relayout()
{
    // Never wider than the dock where it can be helped: a spanning note wider than the view
    // would be cut off, so the columns give up their extra width (their figures wrap) before
    // any goes below its longest word.
    const int available = m_table->viewport()->width();
    int natural = 0;
    int minimum = 0;
    for (int column = 0; column < m_naturalWidths.size(); ++column) {
        natural += m_naturalWidths.at(column);
        minimum += m_minimumWidths.at(column);
    }
    const double share = natural > available && natural > minimum
                             ? std::max(0.0, double(available - minimum) / (natural - minimum))
                             : 1.0;
    int total = 0;
    for (int column = 0; column < m_naturalWidths.size(); ++column) {
        const int least = m_minimumWidths.at(column);
        const int width = least + int((m_naturalWidths.at(column) - least) * share);
        m_table->setColumnWidth(column, width);
        total += width;
    }
    // QTableView sizes a row by its unspanned cells; the spanning name and note wrap over the
    // whole width, so their height is measured here (again whenever the width changes).
    const int width = std::max(60, std::min(total, available) - 8);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *cell = m_table->item(row, 0);
        if (!cell || m_table->columnSpan(row, 0) < ColumnCount) {
            m_table->resizeRowToContents(row);
            continue;
        }
        const QFontMetrics metrics(cell->font());
        const QRect text = metrics.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap,
                                                cell->text());
        m_table->setRowHeight(row, text.height() + 6);
    }
}

bool RangeStatisticsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        const auto *resize = static_cast<QResizeEvent *>(event);
        if (resize->size().width() != resize->oldSize().width())
            relayout();
    }
    return QWidget::eventFilter(watched, event);
}

void RangeStatisticsPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

} // namespace Annals
