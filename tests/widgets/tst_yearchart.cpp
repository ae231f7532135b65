#include "observationflag.h"
#include "sampledataset.h"
#include "yearchart.h"
#include "yearselection.h"
#include "yeartablemodel.h"
#include "yeartableroles.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QItemSelectionModel>
#include <QBarSeries>
#include <QBarSet>
#include <QLegend>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QScreen>
#include <QStandardItemModel>
#include <QValueAxis>
#include <QToolTip>
#include <QLegendMarker>
#include <QXYSeries>
#include <QtTest>

using namespace Annals;

namespace {

const QString budget = QStringLiteral("figure/central_st_expenditure/budget");
const QString actual = QStringLiteral("figure/central_st_expenditure/actual");
const QString keyword = QStringLiteral("keyword/科技/count");
const QString reported = QStringLiteral("reported/central_st_expenditure/budget");

} // namespace

class TestYearChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void clickingABarSelectsItsYear();
    void draggingBrushesARange();
    void followsTheSharedSelection();
    void splitsLinesAtMissingYears();
    void laterRunsAreDrawnLikeTheFirst_data();
    void laterRunsAreDrawnLikeTheFirst();
    void tooltipNamesValueUnitVintageAndSource();
    void yearRangeLimitsTheAxis();
    void arrowKeysStepThroughYears();
    void releasingPastTheEdgeClampsToTheEdgeYear();
    void positionsAreWhereQtChartsDraws_data();
    void positionsAreWhereQtChartsDraws();
    void tooltipStaysWhileThePointerRests();
    void selectedPointGrowsAndStaysVisible_data();
    void selectedPointGrowsAndStaysVisible();
    void followsThePalette_data();
    void followsThePalette();
    void logAxisHasSeveralLabels();
    void missingYearsLeaveNoStubs_data();
    void missingYearsLeaveNoStubs();
    void layoutChangesLeaveNoFragments_data();
    void layoutChangesLeaveNoFragments();
    void annotationLabelsStayInsideThePlotApart();
    void planLabelsKeepToTheirBandsAndBreaksOffThem_data();
    void planLabelsKeepToTheirBandsAndBreaksOffThem();
    void hugeValuesKeepTheAxesDrawable_data();
    void hugeValuesKeepTheAxesDrawable();
    void rangeChangeMovesTheAxesOnly();
    void selectionMovesTheHighlightOnly();

private:
    QChartView *view() const;
    QChart *qchart() const;
    void drag(const QPoint &from, const QPoint &to);

    YearTableModel *m_model = nullptr;
    QItemSelectionModel *m_selection = nullptr;
    YearChart *m_chart = nullptr;
};

void TestYearChart::init()
{
    m_model = new YearTableModel(this);
    m_model->setDataset(SampleDataset::make());
    m_selection = new QItemSelectionModel(m_model, this);
    m_chart = new YearChart;
    m_chart->setModel(m_model, m_selection);
    m_chart->setYearRange(2018, 2024);
    m_chart->setPlots({PlotSpec{budget, PlotStyle::Bars, PlotAxis::Primary, Qt::blue,
                                QStringLiteral("Budget"), false},
                       PlotSpec{actual, PlotStyle::Bars, PlotAxis::Primary, Qt::darkBlue,
                                QStringLiteral("Actual"), false},
                       PlotSpec{keyword, PlotStyle::Line, PlotAxis::Secondary, Qt::red,
                                QStringLiteral("科技"), false}});
    m_chart->resize(800, 500);
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart));
}

void TestYearChart::cleanup()
{
    delete m_chart;
    delete m_selection;
    delete m_model;
}

void TestYearChart::clickingABarSelectsItsYear()
{
    // Half-way up the 2024 budget bar.
    const QPoint bar = m_chart->positionOf(2024, 370.8 / 2);
    QTest::mouseClick(m_chart->plotWidget(), Qt::LeftButton, {}, bar);
    QCOMPARE(YearSelection::selectedRows(m_selection), QList<int>{m_model->rowOfYear(2024)});
    QCOMPARE(m_selection->currentIndex().row(), m_model->rowOfYear(2024));
    QCOMPARE(m_chart->highlightedYears(), QList<int>{2024});
}

void TestYearChart::draggingBrushesARange()
{
    QWidget *plot = m_chart->plotWidget();
    const QPoint from = m_chart->positionOf(2019, 100);
    const QPoint to = m_chart->positionOf(2022, 100);
    QTest::mousePress(plot, Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, to, plot->mapToGlobal(to), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(plot, &move);
    QTest::mouseRelease(plot, Qt::LeftButton, {}, to);
    QList<int> expected;
    for (int year = 2019; year <= 2022; ++year)
        expected.append(m_model->rowOfYear(year));
    QCOMPARE(YearSelection::selectedRows(m_selection), expected);
    QCOMPARE(m_chart->highlightedYears(), (QList<int>{2019, 2020, 2021, 2022}));
    QCOMPARE(m_selection->currentIndex().row(), m_model->rowOfYear(2022));
}

void TestYearChart::followsTheSharedSelection()
{
    const int row = m_model->rowOfYear(2020);
    YearSelection::selectRows(m_selection, row, row, row);
    QCOMPARE(m_chart->highlightedYears(), QList<int>{2020});
    m_selection->clear();
    QVERIFY(m_chart->highlightedYears().isEmpty());
}

void TestYearChart::splitsLinesAtMissingYears()
{
    // 科技 was counted in 2018 and 2024 only: two separate pieces, never a line across.
    QCOMPARE(m_chart->segmentCount(keyword), 2);
    QCOMPARE(m_chart->legendTexts(),
             (QStringList{QStringLiteral("Budget"), QStringLiteral("Actual"),
                          QStringLiteral("科技")}));
    // One series for the line, so one legend marker, shown: QtCharts gives every series a
    // marker (with a QTextDocument), hidden or not.
    int markers = 0;
    for (QLegendMarker *marker : qchart()->legend()->markers())
        markers += marker->label() == QStringLiteral("科技");
    QCOMPARE(markers, 1);
}

void TestYearChart::laterRunsAreDrawnLikeTheFirst_data()
{
    QTest::addColumn<bool>("selected");
    QTest::addColumn<bool>("logarithmic");
    QTest::newRow("points") << false << false;
    QTest::newRow("selected points") << true << false;
    QTest::newRow("log axis") << false << true;
}

void TestYearChart::laterRunsAreDrawnLikeTheFirst()
{
    // 科技 has two one-point pieces, 2018 and 2024: QtCharts draws the first (a series), the
    // chart's later-runs item the second. Both must look the same, where their values are.
    QFETCH(bool, selected);
    QFETCH(bool, logarithmic);
    m_chart->setPlots({PlotSpec{keyword, PlotStyle::Line, PlotAxis::Primary, Qt::red,
                                QStringLiteral("科技"), false}});
    m_chart->setLogarithmic(logarithmic);
    if (selected) {
        YearSelection::selectRows(m_selection, m_model->rowOfYear(2018),
                                  m_model->rowOfYear(2024), m_model->rowOfYear(2024));
    }
    QTest::qWait(50);
    QCOMPARE(m_chart->selectedPointYears(keyword),
             selected ? (QList<int>{2018, 2024}) : QList<int>());
    const QImage image = view()->viewport()->grab().toImage();
    if (qEnvironmentVariableIsSet("ANNALS_TEST_SHOTS"))
        image.save(QStringLiteral("%1/later-runs-%2.png")
                       .arg(qEnvironmentVariable("ANNALS_TEST_SHOTS"), QTest::currentDataTag())
                       .replace(' ', '-'));
    QList<int> reds;
    for (int year : {2018, 2024}) {
        const std::optional<double> value = m_chart->plottedValue(keyword, year);
        QVERIFY(value);
        const QPoint centre = m_chart->positionOf(year, *value);
        int red = 0;
        for (int dy = -15; dy <= 15; ++dy) {
            for (int dx = -15; dx <= 15; ++dx) {
                const QColor pixel = image.pixelColor((centre + QPoint(dx, dy))
                                                      * image.devicePixelRatio());
                red += (pixel.hue() <= 10 || pixel.hue() >= 350) && pixel.saturation() > 150;
            }
        }
        reds.append(red);
    }
    const QString counts = QStringLiteral("%1 and %2 red pixels").arg(reds.at(0)).arg(reds.at(1));
    QVERIFY2(qAbs(reds.at(0) - reds.at(1)) <= reds.at(0) / 10, qPrintable(counts));
    // A point of radius 6 is about 110 pixels; a selected one, of radius 9.9, about 300.
    QVERIFY2(selected ? reds.at(1) > 220 : reds.at(1) > 70 && reds.at(1) < 160,
             qPrintable(counts));
}

void TestYearChart::tooltipNamesValueUnitVintageAndSource()
{
    const QString tip = m_chart->tooltipFor(2024);
    QVERIFY2(tip.contains(QStringLiteral("<b>2024</b>")), qPrintable(tip));
    QVERIFY(tip.contains(QStringLiteral("<b>370.8</b> billion yuan (budget)")));
    QVERIFY(tip.contains(QStringLiteral("Source: Source A")));
    QVERIFY(tip.contains(QStringLiteral("<b>361.9</b> billion yuan (actual)")));
    QVERIFY(m_chart->tooltipFor(2021).contains(QStringLiteral("no figure")));
}

void TestYearChart::yearRangeLimitsTheAxis()
{
    m_chart->setYearRange(2022, 2024);
    const QPoint leftEdge = m_chart->positionOf(2022, 10) - QPoint(10, 0);
    QCOMPARE(m_chart->yearAt(leftEdge), std::optional<int>(2022));
    QCOMPARE(m_chart->segmentCount(keyword), 1);
    QTest::mouseClick(m_chart->plotWidget(), Qt::LeftButton, {}, m_chart->positionOf(2023, 10));
    QCOMPARE(m_chart->highlightedYears(), QList<int>{2023});
}

void TestYearChart::arrowKeysStepThroughYears()
{
    QTest::mouseClick(m_chart->plotWidget(), Qt::LeftButton, {}, m_chart->positionOf(2022, 10));
    QTest::keyClick(m_chart->plotWidget()->parentWidget(), Qt::Key_Right);
    QCOMPARE(m_chart->highlightedYears(), QList<int>{2023});
    QTest::keyClick(m_chart->plotWidget()->parentWidget(), Qt::Key_Left);
    QTest::keyClick(m_chart->plotWidget()->parentWidget(), Qt::Key_Left);
    QCOMPARE(m_chart->highlightedYears(), QList<int>{2021});
}

void TestYearChart::hugeValuesKeepTheAxesDrawable_data()
{
    QTest::addColumn<bool>("logarithmic");
    QTest::addColumn<double>("value");
    // 1.5e308 on a log axis made QtCharts recurse without end (10^309 is infinite).
    QTest::newRow("log, 1.5e308") << true << 1.5e308;
    QTest::newRow("log, 1e300") << true << 1e300;
    QTest::newRow("log, infinity") << true << std::numeric_limits<double>::infinity();
    QTest::newRow("log, NaN") << true << std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("linear, 1.7e308") << false << 1.7e308;
    QTest::newRow("linear, -1.7e308") << false << -1.7e308;
    QTest::newRow("linear, infinity") << false << std::numeric_limits<double>::infinity();
}

void TestYearChart::hugeValuesKeepTheAxesDrawable()
{
    // Readers refuse such values; computed ones (growth against a tiny base) can still be
    // huge, so the chart must survive them.
    QFETCH(bool, logarithmic);
    QFETCH(double, value);
    Dataset dataset = SampleDataset::make();
    dataset.series.first().observations.first().value = value;
    m_model->setDataset(dataset);
    m_chart->setLogarithmic(logarithmic);
    QTest::qWait(50);
    QVERIFY(!m_chart->grab().isNull());
    const QPoint point = m_chart->positionOf(2024, 1);
    QVERIFY(point.x() > 0 && point.x() < m_chart->width());
}

QChartView *TestYearChart::view() const
{
    return qobject_cast<QChartView *>(m_chart->plotWidget()->parentWidget());
}

QChart *TestYearChart::qchart() const
{
    return view()->chart();
}

void TestYearChart::drag(const QPoint &from, const QPoint &to)
{
    QWidget *plot = m_chart->plotWidget();
    QTest::mousePress(plot, Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, to, plot->mapToGlobal(to), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(plot, &move);
    QTest::mouseRelease(plot, Qt::LeftButton, {}, to);
}

void TestYearChart::releasingPastTheEdgeClampsToTheEdgeYear()
{
    const QRectF plotArea = qchart()->plotArea();
    const QPoint from = m_chart->positionOf(2019, 100);
    const int right = view()->mapFromScene(qchart()->mapToScene(plotArea.topRight())).x();
    drag(from, QPoint(right + 25, from.y()));
    QCOMPARE(m_chart->highlightedYears(), (QList<int>{2019, 2020, 2021, 2022, 2023, 2024}));
    const int left = view()->mapFromScene(qchart()->mapToScene(plotArea.topLeft())).x();
    drag(m_chart->positionOf(2021, 100), QPoint(left - 25, from.y()));
    QCOMPARE(m_chart->highlightedYears(), (QList<int>{2018, 2019, 2020, 2021}));
    QCOMPARE(m_selection->currentIndex().row(), m_model->rowOfYear(2018));
}

void TestYearChart::positionsAreWhereQtChartsDraws_data()
{
    QTest::addColumn<bool>("logarithmic");
    QTest::newRow("linear") << false;
    QTest::newRow("log") << true;
}

void TestYearChart::positionsAreWhereQtChartsDraws()
{
    QFETCH(bool, logarithmic);
    m_chart->setPlots({PlotSpec{actual, PlotStyle::Points, PlotAxis::Primary, Qt::darkBlue,
                                QStringLiteral("Actual"), false},
                       PlotSpec{budget, PlotStyle::Line, PlotAxis::Primary, Qt::blue,
                                QStringLiteral("Budget"), false},
                       PlotSpec{keyword, PlotStyle::Line, PlotAxis::Secondary, Qt::red,
                                QStringLiteral("科技"), false}});
    m_chart->setLogarithmic(logarithmic);
    QCoreApplication::processEvents();
    int checked = 0;
    for (QAbstractSeries *series : qchart()->series()) {
        auto *xy = qobject_cast<QXYSeries *>(series);
        if (!xy || xy->count() == 0)
            continue;
        bool secondary = false;
        for (QAbstractAxis *axis : xy->attachedAxes())
            secondary |= axis->alignment() == Qt::AlignRight;
        for (const QPointF &point : xy->points()) {
            // Where QtCharts draws the point, in the coordinates of the widget clicked.
            const QPoint drawn = view()->mapFromScene(
                qchart()->mapToScene(qchart()->mapToPosition(point, xy)));
            const QPoint ours = m_chart->positionOf(int(point.x()), point.y(),
                                                    secondary ? PlotAxis::Secondary
                                                              : PlotAxis::Primary);
            QVERIFY2((drawn - ours).manhattanLength() <= 1,
                     qPrintable(QStringLiteral("%1 at (%2, %3), ours (%4, %5)")
                                    .arg(xy->name()).arg(drawn.x()).arg(drawn.y())
                                    .arg(ours.x()).arg(ours.y())));
            QTest::mouseClick(m_chart->plotWidget(), Qt::LeftButton, {}, drawn);
            QCOMPARE(m_chart->highlightedYears(), QList<int>{int(point.x())});
            ++checked;
        }
    }
    QVERIFY(checked >= 4);
}

void TestYearChart::tooltipStaysWhileThePointerRests()
{
    Dataset dataset = SampleDataset::make();
    dataset.series[0].observations[0].flags.append(ObservationFlag::approximate());
    m_model->setDataset(dataset);
    QCoreApplication::processEvents();
    // A real pointer move over the 2022 bar: QApplication's tooltip timer follows it.
    QTest::mouseMove(m_chart->plotWidget(), m_chart->positionOf(2022, 318.7 / 2));
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(QStringLiteral("<b>2022</b>")), qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(QStringLiteral("⚠ ")));
    QTest::qWait(2000); // past the application's tooltip wake-up, which used to hide it
    QVERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().contains(QStringLiteral("<b>2022</b>")));
    QToolTip::hideText();
}

void TestYearChart::selectedPointGrowsAndStaysVisible_data()
{
    QTest::addColumn<bool>("selectedBeforeOpening");
    QTest::newRow("selected after") << false;
    QTest::newRow("opened selected") << true;
}

void TestYearChart::selectedPointGrowsAndStaysVisible()
{
    QFETCH(bool, selectedBeforeOpening);
    const QColor orange(0xe6, 0x55, 0x0d);
    const QList<PlotSpec> plots = {
        PlotSpec{budget, PlotStyle::Bars, PlotAxis::Primary, Qt::blue, QStringLiteral("Budget"),
                 false},
        PlotSpec{reported, PlotStyle::Points, PlotAxis::Secondary, orange,
                 QStringLiteral("Growth, reported"), false},
        PlotSpec{keyword, PlotStyle::Line, PlotAxis::Secondary, Qt::red, QStringLiteral("科技"),
                 false}};
    const int row2024 = m_model->rowOfYear(2024);
    if (selectedBeforeOpening) {
        // As a project opens: the selection is there before the chart is.
        delete m_chart;
        YearSelection::selectRows(m_selection, row2024, row2024, row2024);
        m_chart = new YearChart;
        m_chart->setModel(m_model, m_selection);
        m_chart->setYearRange(2018, 2024);
        m_chart->setPlots(plots);
        m_chart->resize(800, 500);
        m_chart->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_chart));
    } else {
        m_chart->setPlots(plots);
        QCoreApplication::processEvents();
        YearSelection::selectRows(m_selection, row2024, row2024, row2024);
    }
    QCoreApplication::processEvents();
    int checked = 0;
    for (QAbstractSeries *series : qchart()->series()) {
        auto *xy = qobject_cast<QXYSeries *>(series);
        if (!xy || xy->count() == 0)
            continue;
        for (int i = 0; i < xy->count(); ++i) {
            const bool selected = int(xy->at(i).x()) == 2024;
            QCOMPARE(xy->isPointSelected(i), selected);
            const double size = xy->pointConfiguration(i)
                                    .value(QXYSeries::PointConfiguration::Size,
                                           xy->markerSize())
                                    .toDouble();
            if (selected) {
                QVERIFY2(size > xy->markerSize(), qPrintable(xy->name()));
                ++checked;
            } else {
                QCOMPARE(size, xy->markerSize());
            }
        }
    }
    QCOMPARE(checked, 1); // the growth marker; the keyword's 2024 point is a later run
    QCOMPARE(m_chart->selectedPointYears(keyword), QList<int>{2024});
    QCOMPARE(m_chart->selectedPointYears(reported), QList<int>{2024});
    // And it is drawn: the selected growth marker's colour is on screen around its centre.
    const QPoint centre = m_chart->positionOf(2024, 10, PlotAxis::Secondary);
    const QImage image = view()->viewport()->grab().toImage();
    if (qEnvironmentVariableIsSet("ANNALS_TEST_SHOTS"))
        image.save(QStringLiteral("%1/selected-%2.png").arg(qEnvironmentVariable("ANNALS_TEST_SHOTS"),
                                                            QTest::currentDataTag()).replace(' ', '-'));
    const qreal ratio = image.devicePixelRatio();
    int marked = 0;
    for (int dy = -6; dy <= 6; ++dy) {
        for (int dx = -6; dx <= 6; ++dx) {
            const QColor pixel = image.pixelColor((centre + QPoint(dx, dy)) * ratio);
            marked += qAbs(pixel.hue() - orange.hue()) <= 8 && pixel.saturation() > 150;
        }
    }
    QVERIFY2(marked >= 20, qPrintable(QString::number(marked)));
}

void TestYearChart::followsThePalette_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestYearChart::followsThePalette()
{
    QFETCH(bool, dark);
    QPalette palette = m_chart->palette();
    if (dark) {
        palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        palette.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        palette.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xc4));
    } else {
        palette.setColor(QPalette::Base, QColor(0xfa, 0xfa, 0xf0));
        palette.setColor(QPalette::Text, QColor(0x20, 0x20, 0x40));
    }
    m_chart->setPalette(palette);
    QCoreApplication::processEvents();
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    // Background, title, legend and axes take the palette's colours.
    QCOMPARE(qchart()->backgroundBrush().color(), base);
    QCOMPARE(qchart()->legend()->labelColor(), text);
    for (QAbstractAxis *axis : qchart()->axes()) {
        if (axis->isVisible())
            QCOMPARE(axis->labelsColor(), text);
    }
    // On screen: an empty part of the plot (2020, half-way up) has the base colour.
    const QImage image = view()->viewport()->grab().toImage();
    if (qEnvironmentVariableIsSet("ANNALS_TEST_SHOTS"))
        image.save(QStringLiteral("%1/palette-%2.png")
                       .arg(qEnvironmentVariable("ANNALS_TEST_SHOTS"), QTest::currentDataTag()));
    const QPoint empty = m_chart->positionOf(2020, 150);
    QCOMPARE(image.pixelColor(empty * image.devicePixelRatio()), base);
    // Every series stays apart from the background and from the others.
    QList<QColor> colours;
    for (QAbstractSeries *series : qchart()->series()) {
        if (auto *bars = qobject_cast<QBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                colours.append(set->color());
        } else if (auto *xy = qobject_cast<QXYSeries *>(series); xy && xy->count() > 0) {
            colours.append(xy->color());
        }
    }
    QCOMPARE(colours.size(), 3); // two bar sets and the 科技 line (its later pieces follow it)
    for (const QColor &colour : std::as_const(colours)) {
        QVERIFY2(qAbs(colour.lightness() - base.lightness()) >= 60,
                 qPrintable(colour.name() + QStringLiteral(" on ") + base.name()));
    }
    QVERIFY(colours.at(0) != colours.at(1) && colours.at(1) != colours.at(2));
}

void TestYearChart::logAxisHasSeveralLabels()
{
    m_chart->setLogarithmic(true);
    QCoreApplication::processEvents();
    QLogValueAxis *log = nullptr;
    for (QAbstractAxis *axis : qchart()->axes(Qt::Vertical))
        log = log ? log : qobject_cast<QLogValueAxis *>(axis);
    QVERIFY(log);
    // QtCharts labels every power of the base inside the range.
    const double base = log->base();
    const int first = int(std::ceil(std::log(log->min()) / std::log(base) - 1e-9));
    const int last = int(std::floor(std::log(log->max()) / std::log(base) + 1e-9));
    QVERIFY2(last - first + 1 >= 4, qPrintable(QStringLiteral("%1 labels: base %2, %3–%4")
                                                   .arg(last - first + 1)
                                                   .arg(base)
                                                   .arg(log->min())
                                                   .arg(log->max())));
    // Every value is inside the range (318.7–370.8 bn).
    QVERIFY(log->min() <= 318.7 && log->max() >= 370.8);
}

void TestYearChart::missingYearsLeaveNoStubs_data()
{
    QTest::addColumn<bool>("logarithmic");
    QTest::newRow("linear") << false;
    QTest::newRow("log") << true;
}

void TestYearChart::missingYearsLeaveNoStubs()
{
    QFETCH(bool, logarithmic);
    m_chart->setLogarithmic(logarithmic);
    QCoreApplication::processEvents();
    const QImage image = view()->viewport()->grab().toImage();
    const qreal ratio = image.devicePixelRatio();
    const QRectF plot = qchart()->plotArea();
    const int baseline = view()->mapFromScene(qchart()->mapToScene(plot.bottomLeft())).y();
    // Neither the budget nor the actual figure exists for 2019–2021: nothing blue there.
    for (int year : {2019, 2020, 2021}) {
        const int x = m_chart->positionOf(year, 1).x();
        int blue = 0;
        for (int dx = -30; dx <= 30; ++dx) {
            for (int y = baseline - 6; y <= baseline + 2; ++y) {
                const QColor pixel = image.pixelColor(QPoint(x + dx, y) * ratio);
                blue += qAbs(pixel.hue() - 240) < 20 && pixel.saturation() > 100;
            }
        }
        QVERIFY2(blue == 0, qPrintable(QStringLiteral("%1: %2 blue pixels").arg(year).arg(blue)));
    }
}

void TestYearChart::layoutChangesLeaveNoFragments_data()
{
    QTest::addColumn<int>("change");
    QTest::newRow("series added") << 0;
    QTest::newRow("year range") << 1;
    QTest::newRow("log axis") << 2;
    QTest::newRow("selection moved") << 3;
}

void TestYearChart::layoutChangesLeaveNoFragments()
{
    QFETCH(int, change);
    const int row2024 = m_model->rowOfYear(2024);
    YearSelection::selectRows(m_selection, row2024, row2024, row2024);
    m_chart->setPlots(m_chart->plots()
                      + QList<PlotSpec>{PlotSpec{reported, PlotStyle::Points, PlotAxis::Secondary,
                                                 QColor(0xe6, 0x55, 0x0d), QString(), false}});
    QTest::qWait(50);
    switch (change) {
    case 0: // as adding a keyword does: one more series, the legend moves the plot
        m_chart->setPlots(m_chart->plots()
                          + QList<PlotSpec>{PlotSpec{budget, PlotStyle::Line, PlotAxis::Primary,
                                                     Qt::darkGreen, QStringLiteral("again"),
                                                     true}});
        break;
    case 1:
        m_chart->setYearRange(2020, 2024);
        break;
    case 2:
        m_chart->setLogarithmic(true);
        break;
    case 3: {
        const int row = m_model->rowOfYear(2023);
        YearSelection::selectRows(m_selection, row, row, row);
        break;
    }
    }
    // Every posted event, zero timer and deferred deletion handled, with no time for
    // anything timed (such as a hover) to repaint the view again.
    for (int round = 0; round < 10; ++round) {
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    QScreen *screen = m_chart->screen();
    const QImage shown = screen->grabWindow(m_chart->winId()).toImage();
    // What is on screen (the window's backing store) against a full repaint of the chart.
    m_chart->repaint();
    const QImage repainted = screen->grabWindow(m_chart->winId()).toImage();
    if (shown != repainted && qEnvironmentVariableIsSet("ANNALS_TEST_SHOTS")) {
        const QString dir = qEnvironmentVariable("ANNALS_TEST_SHOTS");
        shown.save(QStringLiteral("%1/fragments-%2-shown.png").arg(dir).arg(change));
        repainted.save(QStringLiteral("%1/fragments-%2-repainted.png").arg(dir).arg(change));
    }
    QVERIFY(!shown.isNull());
    QVERIFY(shown == repainted);
}

void TestYearChart::annotationLabelsStayInsideThePlotApart()
{
    const QList<YearMarker> markers = {
        {2019, 2019, QStringLiteral("Plan announced 规划发布"), QColor(), QString()},
        {2023, 2024, QStringLiteral("Fourteenth Five-Year Plan mid-term review 中期评估"),
         QColor(0x88, 0x33, 0x99), QString()},
        {2024, 2024, QStringLiteral("Two Sessions 两会"), QColor(), QString()},
        {2024, 2024, QStringLiteral("Budget law amended"), QColor(), QString()}};
    m_chart->setMarkers(markers);
    m_chart->resize(520, 340);
    QCoreApplication::processEvents();
    const QRectF plot = qchart()->mapRectToScene(qchart()->plotArea());
    QList<QRectF> placed;
    for (QGraphicsItem *item : view()->scene()->items()) {
        auto *label = dynamic_cast<QGraphicsSimpleTextItem *>(item);
        if (!label || !label->isVisible())
            continue;
        QString text = label->text();
        if (text.endsWith(QChar(0x2026))) // elided, with the whole label as its tooltip
            text.chop(1);
        if (text.isEmpty() || std::none_of(markers.cbegin(), markers.cend(),
                                           [&text](const YearMarker &marker) {
                                               return marker.label.startsWith(text);
                                           }))
            continue;
        const QRectF rect = label->sceneBoundingRect();
        QVERIFY2(plot.contains(rect), qPrintable(label->text()));
        for (const QRectF &other : std::as_const(placed))
            QVERIFY2(!other.intersects(rect), qPrintable(label->text()));
        placed.append(rect);
    }
    QCOMPARE(placed.size(), markers.size());
    if (qEnvironmentVariableIsSet("ANNALS_TEST_SHOTS"))
        view()->viewport()->grab().save(qEnvironmentVariable("ANNALS_TEST_SHOTS")
                                        + QStringLiteral("/annotation-labels.png"));
}

void TestYearChart::planLabelsKeepToTheirBandsAndBreaksOffThem_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("annotated");
    QTest::addColumn<QStringList>("drawn");

    // The plans' labels as PlanShading makes them in Chinese; a series break in 2021.
    const QStringList full{"第13个五年规划", "第14个五年规划", "break"};
    const QStringList abbreviated{"十三五", "十四五", "break"};
    QTest::newRow("wide") << QSize(900, 420) << false << full;
    QTest::newRow("narrow") << QSize(240, 420) << false << abbreviated;
    QTest::newRow("narrow and low") << QSize(240, 140) << false << abbreviated;
    // An annotation's label goes under the plans' and across the break: the break label
    // goes below it.
    QTest::newRow("narrow and low, annotated") << QSize(240, 140) << true << abbreviated;
    QTest::newRow("wide, annotated") << QSize(900, 420) << true << full;
}

void TestYearChart::planLabelsKeepToTheirBandsAndBreaksOffThem()
{
    QFETCH(QSize, size);
    QFETCH(bool, annotated);
    QFETCH(QStringList, drawn);

    Dataset dataset = SampleDataset::make();
    for (Series &series : dataset.series) {
        if (series.id == QLatin1String("central_st_expenditure"))
            series.breaks = {2021};
    }
    m_model->setDataset(dataset);
    m_chart->setModel(m_model, m_selection); // the model updates in place: breaks unseen
    m_chart->setYearRange(2011, 2025);
    const QColor blue(0x6b, 0x8e, 0xae);
    const QColor sand(0xa8, 0x95, 0x6a);
    QList<YearMarker> markers{
        {2016, 2020, QStringLiteral("第13个五年规划"), blue, QStringLiteral("十三五")},
        {2021, 2025, QStringLiteral("第14个五年规划"), sand, QStringLiteral("十四五")}};
    if (annotated)
        markers.append(
            {2019, 2019, QStringLiteral("Export controls 出口管制"), QColor(), QString()});
    m_chart->setMarkers(markers);
    m_chart->resize(size);
    QTest::qWait(50);
    if (qEnvironmentVariableIsSet("ANNALS_TEST_SHOTS"))
        view()->viewport()->grab().save(qEnvironmentVariable("ANNALS_TEST_SHOTS")
                                        + QStringLiteral("/plan-labels-%1.png")
                                              .arg(QTest::currentDataTag()));
    QCOMPARE(m_chart->breakMarks(), QList<int>{2021});
    const QList<MarkerLabel> labels = m_chart->markerLabels();
    QStringList texts;
    for (int i = 0; i < labels.size(); ++i) {
        const MarkerLabel &label = labels.at(i);
        texts.append(label.text);
        // The plans' labels in their bands (the annotation's may pass its own).
        if (!label.band.isEmpty() && label.band.width() > m_chart->width() / 10)
            QVERIFY2(label.rect.left() >= label.band.left()
                         && label.rect.right() <= label.band.right(),
                     qPrintable(label.text));
        for (int j = 0; j < i; ++j)
            QVERIFY2(!labels.at(j).rect.intersects(label.rect),
                     qPrintable(label.text + QStringLiteral(" / ") + labels.at(j).text));
    }
    for (const QString &text : std::as_const(drawn))
        QVERIFY2(texts.contains(text), qPrintable(texts.join(u'|')));
    QCOMPARE(texts.size(), drawn.size() + (annotated ? 1 : 0));
}

namespace {

QValueAxis *yearAxis(QChart *chart)
{
    for (QAbstractAxis *axis : chart->axes(Qt::Horizontal)) {
        if (auto *values = qobject_cast<QValueAxis *>(axis))
            return values;
    }
    return nullptr;
}

} // namespace

void TestYearChart::rangeChangeMovesTheAxesOnly()
{
    // The series hold every year: a new range moves the axes, it makes no series.
    const QList<QAbstractSeries *> before = qchart()->series();
    const QList<QAbstractAxis *> axesBefore = qchart()->axes();
    const QStringList legend = m_chart->legendTexts();
    m_chart->setYearRange(2020, 2023);
    QCOMPARE(qchart()->series(), before);
    QCOMPARE(qchart()->axes(), axesBefore);
    QCOMPARE(m_chart->legendTexts(), legend);
    QCOMPARE(yearAxis(qchart())->min(), 2019.5);
    QCOMPARE(yearAxis(qchart())->max(), 2023.5);
    QCOMPARE(m_chart->yearAt(m_chart->positionOf(2020, 10)), std::optional<int>(2020));
    QCOMPARE(m_chart->yearAt(m_chart->positionOf(2023, 10)), std::optional<int>(2023));
}

void TestYearChart::selectionMovesTheHighlightOnly()
{
    const QList<QAbstractSeries *> before = qchart()->series();
    // The years drawn as selected points, over every segment of the keyword's line.
    const auto selectedYears = [this] { return m_chart->selectedPointYears(keyword); };
    const auto select = [this](int year) {
        const int row = m_model->rowOfYear(year);
        YearSelection::selectRows(m_selection, row, row, row);
    };
    select(2018);
    QCOMPARE(selectedYears(), QList<int>{2018});
    select(2024);
    QCOMPARE(selectedYears(), QList<int>{2024});
    QCOMPARE(qchart()->series(), before);
    QCOMPARE(m_chart->highlightedYears(), QList<int>{2024});
}

QTEST_MAIN(TestYearChart)
#include "tst_yearchart.moc"
