#include "sampledataset.h"
#include "yearchart.h"
#include "yearselection.h"
#include "yeartablemodel.h"

#include <QItemSelectionModel>
#include <QtTest>

using namespace Annals;

namespace {

const QString budget = QStringLiteral("figure/central_st_expenditure/budget");
const QString actual = QStringLiteral("figure/central_st_expenditure/actual");
const QString keyword = QStringLiteral("keyword/科技/count");

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
    void tooltipNamesValueUnitVintageAndSource();
    void yearRangeLimitsTheAxis();
    void arrowKeysStepThroughYears();
    void hugeValuesKeepTheAxesDrawable_data();
    void hugeValuesKeepTheAxesDrawable();

private:
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

QTEST_MAIN(TestYearChart)
#include "tst_yearchart.moc"
