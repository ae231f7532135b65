// The Range Statistics dock: brushing a range on a chart (real mouse events) shows, per series
// shown, first and last value, change and CAGR, and says why a value is missing; no growth is
// computed across a series break, and the charts draw the break as a gap with a mark.

#include "dashboard.h"
#include "datasetloader.h"
#include "mainwindow.h"
#include "projectdocument.h"
#include "projectloader.h"
#include "rangestatisticscontroller.h"
#include "rangestatisticspanel.h"
#include "yearchart.h"

#include <QDockWidget>
#include <QTableWidget>
#include <QtTest>

#include <cmath>

using namespace Annals;

namespace {

// What line() returns: the series, the figures, the note.
enum LineText { SeriesText, FirstText, LastText, ChangeText, CagrText, NoteText };

} // namespace

class TestRangeStatisticsController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void hintsBeforeARangeIsBrushed();
    void brushingShowsTheStatistics();
    void growthStopsAtASeriesBreak();
    void chartsDrawTheBreaks();

private:
    using Chart = ChartCatalog::Chart;
    YearChart *chart(Chart which) const { return m_window->dashboard()->chart(which); }
    RangeStatisticsPanel *panel() const { return m_window->rangeStatistics()->panel(); }
    void drag(YearChart *target, int fromYear, int toYear, double value);
    /// The table line whose series text starts with \a series, as the analyst reads it: the
    /// figures, then the note shown below them.
    QStringList line(const QString &series) const;

    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<MainWindow> m_window;
};

void TestRangeStatisticsController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AnnalsTests"));
    QLocale::setDefault(QLocale::c());
}

void TestRangeStatisticsController::init()
{
    m_document = std::make_unique<ProjectDocument>();
    const Result<Dataset> dataset = DatasetLoader::loadEmbedded();
    QVERIFY(dataset.ok());
    m_document->resetProject(ProjectLoader::newProject(dataset.value()));
    m_window = std::make_unique<MainWindow>(m_document.get());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->rangeStatistics()->dock()->raise();
}

void TestRangeStatisticsController::cleanup()
{
    m_window.reset();
    m_document.reset();
}

void TestRangeStatisticsController::drag(YearChart *target, int fromYear, int toYear,
                                         double value)
{
    QWidget *plot = target->plotWidget();
    const QPoint from = target->positionOf(fromYear, value);
    const QPoint to = target->positionOf(toYear, value);
    QTest::mousePress(plot, Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, to, plot->mapToGlobal(to), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(plot, &move);
    QTest::mouseRelease(plot, Qt::LeftButton, {}, to);
}

QStringList TestRangeStatisticsController::line(const QString &series) const
{
    using Panel = RangeStatisticsPanel;
    const QTableWidget *table = panel()->table();
    for (int row = 0; row < table->rowCount(); row += Panel::RowsPerLine) {
        const QTableWidgetItem *name = table->item(row + Panel::NameRow, 0);
        if (!name->text().startsWith(series))
            continue;
        QStringList texts{name->text()};
        for (int column = 0; column < Panel::ColumnCount; ++column)
            texts.append(table->item(row + Panel::FiguresRow, column)->text());
        const int note = row + Panel::NoteRow;
        texts.append(table->isRowHidden(note) ? QString() : table->item(note, 0)->text());
        return texts;
    }
    return {};
}

void TestRangeStatisticsController::hintsBeforeARangeIsBrushed()
{
    QVERIFY(panel()->isVisible());
    QVERIFY2(panel()->headline().startsWith(QStringLiteral("Brush a range of years")),
             qPrintable(panel()->headline()));
    QVERIFY(!panel()->table()->isVisible());
}

void TestRangeStatisticsController::brushingShowsTheStatistics()
{
    drag(chart(Chart::Spending), 2019, 2024, 100);
    QVERIFY2(panel()->headline().startsWith(QStringLiteral("2019–2024, 5 year")),
             qPrintable(panel()->headline()));
    QVERIFY(panel()->table()->isVisible());

    // Budget 354.312 (2019) to 370.8 (2024), computed here by hand.
    const double cagr = (std::pow(370.8 / 354.312, 1.0 / 5) - 1) * 100;
    QCOMPARE(line(QStringLiteral("Central S&T expenditure · budget")),
             (QStringList{QStringLiteral("Central S&T expenditure · budget"),
                          QStringLiteral("2019: 354.3"), QStringLiteral("2024: 370.8"),
                          QStringLiteral("+16.5 (+4.7%)"),
                          QStringLiteral("+%1%").arg(cagr, 0, 'f', 1), QString()}));

    // No execution figure for 2019: said, not silently moved; with the execution rates.
    const QStringList actual = line(QStringLiteral("Central S&T expenditure · actual"));
    QVERIFY(!actual.isEmpty());
    QCOMPARE(actual.at(FirstText), QStringLiteral("2021: 320.6"));
    QCOMPARE(actual.at(CagrText), QStringLiteral("—"));
    QVERIFY2(actual.at(NoteText)
                 .startsWith(QStringLiteral("no value in 2019 (the first is from 2021)")),
             qPrintable(actual.last()));
    QVERIFY2(actual.at(NoteText).contains(QStringLiteral("2024: 97.6%")),
             qPrintable(actual.last()));
}

void TestRangeStatisticsController::growthStopsAtASeriesBreak()
{
    // 2015 and 2018 final communiqués are on the same GDP basis; 2019 starts the next.
    drag(chart(Chart::RdIntensity), 2015, 2018, 1.0);
    const QStringList same = line(QStringLiteral("R&D intensity · actual"));
    QVERIFY(!same.isEmpty());
    QCOMPARE(same.at(ChangeText), QStringLiteral("+0.12 (+5.8%)"));
    QCOMPARE(same.at(NoteText), QString());

    drag(chart(Chart::RdIntensity), 2016, 2020, 1.0);
    const QStringList across = line(QStringLiteral("R&D intensity · actual"));
    QCOMPARE(across.at(FirstText), QStringLiteral("2016: 2.11"));
    QCOMPARE(across.at(LastText), QStringLiteral("2020: 2.40"));
    QCOMPARE(across.at(ChangeText), QStringLiteral("—"));
    QCOMPARE(across.at(CagrText), QStringLiteral("—"));
    QVERIFY2(across.at(NoteText)
                 .startsWith(QStringLiteral("series break in 2019")),
             qPrintable(across.last()));
}

void TestRangeStatisticsController::chartsDrawTheBreaks()
{
    YearChart *intensity = chart(Chart::RdIntensity);
    QCOMPARE(intensity->breakMarks(), (QList<int>{2015, 2019, 2024}));
    // 2012–2024 without a missing year: four runs between the three breaks.
    QCOMPARE(intensity->segmentCount(QStringLiteral("figure/rd_intensity_pct_gdp/actual")), 4);
    QVERIFY(chart(Chart::Spending)->breakMarks().contains(2015));
    if (qEnvironmentVariableIsSet("ANNALS_TEST_SHOTS")) {
        drag(chart(Chart::Spending), 2019, 2024, 100);
        m_window->grab().save(qEnvironmentVariable("ANNALS_TEST_SHOTS")
                              + QStringLiteral("/range-statistics.png"));
    }
}

QTEST_MAIN(TestRangeStatisticsController)
#include "tst_rangestatisticscontroller.moc"
