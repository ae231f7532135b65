// In-place updates of YearChart: value edits replace the points of the series they have, the
// highlight stays where it is, and a batch of setters rebuilds the chart once. (Separate from
// tst_yearchart, whose fixture is a chart of the sample dataset; these build their own.)

#include "yearchart.h"
#include "yearselection.h"
#include "yeartableroles.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QItemSelectionModel>
#include <QPointer>
#include <QStandardItemModel>
#include <QValueAxis>
#include <QXYSeries>
#include <QtTest>

using namespace Annals;

class TestYearChartUpdates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valueEditsUpdateTheSeriesInPlace();
    void valueEditsKeepTheHighlight_data();
    void valueEditsKeepTheHighlight();
    void aBatchRebuildsOnceAtItsEnd();
};

namespace {

QXYSeries *lineNamed(QChart *chart, const QString &name)
{
    for (QAbstractSeries *series : chart->series()) {
        if (series->name() == name && series->type() == QAbstractSeries::SeriesTypeLine)
            return static_cast<QXYSeries *>(series);
    }
    return nullptr;
}

// Column "x", drawn as the line "X": 10–14 over 2000–2004, in a 600×400 chart being shown.
void showOneLine(QStandardItemModel &model, QItemSelectionModel &selection, YearChart &chart)
{
    model.setHeaderData(0, Qt::Horizontal, QStringLiteral("x"), YearTableRoles::ColumnId);
    model.setHeaderData(0, Qt::Horizontal, QStringLiteral("X"));
    for (int row = 0; row < 5; ++row) {
        model.setHeaderData(row, Qt::Vertical, 2000 + row, YearTableRoles::Year);
        model.setData(model.index(row, 0), 10.0 + row, YearTableRoles::Value);
    }
    chart.setModel(&model, &selection);
    chart.setYearRange(2000, 2004);
    chart.setPlots({PlotSpec{QStringLiteral("x"), PlotStyle::Line, PlotAxis::Primary, Qt::red,
                             QString(), false}});
    chart.resize(600, 400);
    chart.show();
}

} // namespace

void TestYearChartUpdates::valueEditsUpdateTheSeriesInPlace()
{
    // A model with precise signals: dataChanged replaces the points of the series it has.
    QStandardItemModel model(5, 1);
    QItemSelectionModel selection(&model);
    YearChart chart;
    showOneLine(model, selection, chart);
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QChart *qtChart = qobject_cast<QChartView *>(chart.plotWidget()->parentWidget())->chart();
    // Guarded: a chart that rebuilt its series would leave this pointer dangling.
    const QPointer<QXYSeries> line = lineNamed(qtChart, QStringLiteral("X"));
    QVERIFY(line);
    const QList<QAbstractSeries *> before = qtChart->series();
    QCOMPARE(chart.legendTexts(), QStringList{QStringLiteral("X")});

    model.setData(model.index(2, 0), 40.0, YearTableRoles::Value);
    QTRY_VERIFY(!line || line->at(2) == QPointF(2002, 40));
    QVERIFY2(line, "the series was rebuilt instead of updated in place");
    QCOMPARE(qtChart->series(), before);
    QCOMPARE(chart.segmentCount(QStringLiteral("x")), 1);

    // A value gone splits the line; the first segment stays the series it was.
    model.setData(model.index(2, 0), QVariant(), YearTableRoles::Value);
    QTRY_COMPARE(chart.segmentCount(QStringLiteral("x")), 2);
    QVERIFY(line);
    QVERIFY(qtChart->series().contains(line.data()));
    QCOMPARE(line->points(), (QList<QPointF>{{2000, 10}, {2001, 11}}));
    QTRY_COMPARE(chart.legendTexts(), QStringList{QStringLiteral("X")});
}

void TestYearChartUpdates::valueEditsKeepTheHighlight_data()
{
    QTest::addColumn<int>("editedRow");
    QTest::newRow("the selected year's value") << 2;
    QTest::newRow("another year's value") << 0;
    QTest::newRow("a value gone, splitting the line") << -1;
}

void TestYearChartUpdates::valueEditsKeepTheHighlight()
{
    // A value edit replaces points in place and leaves the highlight alone where it stands:
    // the selected year stays drawn selected and larger, whichever point changed.
    QFETCH(int, editedRow);
    QStandardItemModel model(5, 1);
    QItemSelectionModel selection(&model);
    YearChart chart;
    showOneLine(model, selection, chart);
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    YearSelection::selectRows(&selection, 2, 2, 2);
    QCoreApplication::processEvents();
    QChart *qtChart = qobject_cast<QChartView *>(chart.plotWidget()->parentWidget())->chart();
    const auto selectedPoints = [qtChart] {
        QList<QPointF> points;
        for (QAbstractSeries *series : qtChart->series()) {
            auto *line = qobject_cast<QXYSeries *>(series);
            if (!line || line->name() != QStringLiteral("X"))
                continue;
            for (int index : line->selectedPoints()) {
                const double size = line->pointConfiguration(index)
                                        .value(QXYSeries::PointConfiguration::Size, 0.0)
                                        .toDouble();
                if (size > line->markerSize())
                    points.append(line->at(index));
            }
        }
        return points;
    };
    QCOMPARE(selectedPoints(), (QList<QPointF>{{2002, 12}}));

    if (editedRow >= 0)
        model.setData(model.index(editedRow, 0), 40.0, YearTableRoles::Value);
    else
        model.setData(model.index(1, 0), QVariant(), YearTableRoles::Value);
    const double selectedValue = editedRow == 2 ? 40.0 : 12.0;
    QTRY_COMPARE(selectedPoints(), (QList<QPointF>{{2002, selectedValue}}));
    QCOMPARE(chart.highlightedYears(), QList<int>{2002});
}

void TestYearChartUpdates::aBatchRebuildsOnceAtItsEnd()
{
    // Inside a batch, setters that rebuild (log axis, a range beyond the data, other plots)
    // leave the chart as it was; it is rebuilt once, with all of them, when the batch ends.
    QStandardItemModel model(5, 1);
    QItemSelectionModel selection(&model);
    YearChart chart;
    showOneLine(model, selection, chart);
    QChart *qtChart = qobject_cast<QChartView *>(chart.plotWidget()->parentWidget())->chart();
    QList<QPointer<QAbstractAxis>> before;
    for (QAbstractAxis *axis : qtChart->axes())
        before.append(axis);
    QCOMPARE(before.size(), 2);
    const PlotSpec blue{QStringLiteral("x"), PlotStyle::Line, PlotAxis::Primary, Qt::blue,
                        QString(), false};
    {
        const YearChart::Batch batch(&chart);
        chart.setLogarithmic(true);
        chart.setYearRange(1995, 2004);
        chart.setPlots({blue});
        for (const QPointer<QAbstractAxis> &axis : before)
            QVERIFY2(axis, "a setter rebuilt the chart inside the batch");
        QCOMPARE(qtChart->axes(Qt::Vertical).value(0)->type(), QAbstractAxis::AxisTypeValue);
    }
    for (const QPointer<QAbstractAxis> &axis : before)
        QVERIFY2(!axis, "the batch ended without a rebuild");
    QCOMPARE(qtChart->axes(Qt::Vertical).value(0)->type(), QAbstractAxis::AxisTypeLogValue);
    const auto *year = qobject_cast<QValueAxis *>(qtChart->axes(Qt::Horizontal).value(0));
    QVERIFY(year);
    QVERIFY(year->min() < 1995.5);
    QCOMPARE(chart.plots(), QList<PlotSpec>{blue});
}

QTEST_MAIN(TestYearChartUpdates)
#include "tst_yearchartupdates.moc"
