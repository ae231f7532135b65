// The Range Statistics dock: brushing a range on a chart (real mouse events) shows, per series
// shown, first and last value, change, CAGR and average growth, and says why a value is missing
// and which endpoint carries a caveat; no growth is computed across a series break, and the
// charts draw the break as a gap with a mark. Choosing a plan (keyboard on the chooser) brushes
// its years everywhere and shows its R&D intensity target against the outcome.

#include "dashboard.h"
#include "detailspanel.h"
#include "datasetloader.h"
#include "mainwindow.h"
#include "plantarget.h"
#include "projectdocument.h"
#include "projectloader.h"
#include "rangestatisticscontroller.h"
#include "rangestatisticspanel.h"
#include "uilanguage.h"
#include "yearchart.h"
#include "yeartablemodel.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QTableWidget>
#include <QtTest>

#include <cmath>

using namespace Annals;

namespace {

// What line() returns: the series, the figures, the note.
enum LineText { SeriesText, FirstText, LastText, ChangeText, CagrText, AverageText, NoteText };

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
    void choosingAPlanBrushesItsYears_data();
    void choosingAPlanBrushesItsYears();
    void brushingAPlanShowsItsTarget();
    void averagesYearlyGrowthAndFlagsEndpoints();
    void targetFollowsTheJudgement();

private:
    using Chart = ChartCatalog::Chart;
    YearChart *chart(Chart which) const { return m_window->dashboard()->chart(which); }
    RangeStatisticsPanel *panel() const { return m_window->rangeStatistics()->panel(); }
    void drag(YearChart *target, int fromYear, int toYear, double value);
    /// Chooses \a plan in the dock's chooser with the keyboard, as the analyst would.
    void choosePlan(int plan);
    QList<int> selectedYears() const;
    /// The table line whose series text starts with \a series, as the analyst reads it: the
    /// figures, then the note shown below them.
    QStringList line(const QString &series) const;

    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<MainWindow> m_window;
};

void TestRangeStatisticsController::initTestCase()
{
    // Screenshots in Chinese on request (the assertions read the English texts).
    if (qEnvironmentVariable("ANNALS_TEST_SHOTS_LANGUAGE") == QLatin1String("zh_CN"))
        UiLanguage::install(QLocale(QLocale::Chinese, QLocale::China));
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
                          QStringLiteral("+%1%").arg(cagr, 0, 'f', 1), QStringLiteral("—"),
                          QStringLiteral("no value in 2022: average annual growth needs every "
                                         "year of the range")}));

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
    // Both final communiqué figures were revised after the 2018 census: growth is computed,
    // and the caveat is said.
    QCOMPARE(same.at(FirstText), QStringLiteral("2015: 2.07\u00a0⚑"));
    QCOMPARE(same.at(LastText), QStringLiteral("2018: 2.19\u00a0⚑"));
    QVERIFY2(same.at(NoteText).startsWith(QStringLiteral("⚑ 2015 value: Revised later")),
             qPrintable(same.at(NoteText)));

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

void TestRangeStatisticsController::choosePlan(int plan)
{
    QComboBox *box = panel()->planBox();
    const int index = box->findData(plan);
    QVERIFY(index > 0);
    box->setFocus();
    const Qt::Key key = index > box->currentIndex() ? Qt::Key_Down : Qt::Key_Up;
    while (box->currentIndex() != index) {
        const int before = box->currentIndex();
        QTest::keyClick(box, key);
        QVERIFY(box->currentIndex() != before);
    }
}

QList<int> TestRangeStatisticsController::selectedYears() const
{
    QList<int> years;
    const QModelIndexList rows = m_document->yearSelection()->selectedRows();
    for (const QModelIndex &row : rows)
        years.append(m_document->yearModel()->yearAt(row.row()));
    std::sort(years.begin(), years.end());
    return years;
}

void TestRangeStatisticsController::choosingAPlanBrushesItsYears_data()
{
    QTest::addColumn<int>("plan");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QStringList>("budget");

    const QString none = QStringLiteral("—");
    QTest::newRow("11th") << 11 << "11th FYP, 2006–2010"
                          << "R&D intensity target 2% of GDP by 2010 (“2 percent of GDP by "
                             "2010”); outcome 1.76% (final): missed, 0.24 points below."
                          << QStringList{"2008: 113.4\u00a0⚑", "2010: 163.3\u00a0⚑", none, none,
                                         none};
    QTest::newRow("12th") << 12 << "12th FYP, 2011–2015"
                          << "R&D intensity target 2.2% of GDP by 2015 (“比重达到2.2%”); "
                             "outcome 2.07% (final): missed, 0.13 points below."
                          << QStringList{"2011: 194.4\u00a0⚑", "2015: 275.7\u00a0⚑", none, none,
                                         none};
    // 271.0 (2016) to 319.651 (2020): +18.0%, CAGR (319.651 / 271)^(1/4) − 1 = 4.2%.
    QTest::newRow("13th") << 13 << "13th FYP, 2016–2020"
                          << "R&D intensity target 2.5% of GDP by 2020 (“全社会研发经费投入强度"
                             "达到2.5%”); outcome 2.4% (final): missed, 0.1 points below."
                          << QStringList{"2016: 271.0\u00a0⚑", "2020: 319.7", "+48.7 (+18.0%)",
                                         "+4.2%", none};
}

void TestRangeStatisticsController::choosingAPlanBrushesItsYears()
{
    QFETCH(int, plan);
    QFETCH(QString, label);
    QFETCH(QString, target);
    QFETCH(QStringList, budget);

    choosePlan(plan);
    if (qEnvironmentVariableIsSet("ANNALS_TEST_SHOTS")) {
        m_window->grab().save(qEnvironmentVariable("ANNALS_TEST_SHOTS")
                              + QStringLiteral("/plan-%1.png").arg(plan));
    }
    QCOMPARE(panel()->planBox()->itemText(panel()->planBox()->findData(plan)), label);
    const Period *period = PlanTarget::plan(m_document->project().dataset, plan);
    QVERIFY(period);
    QList<int> years;
    for (int year = period->firstYear; year <= period->lastYear; ++year)
        years.append(year);
    // Every view follows, as after a drag: the shared selection and the charts' highlight.
    QCOMPARE(selectedYears(), years);
    QCOMPARE(chart(Chart::Spending)->highlightedYears(), years);
    QCOMPARE(m_document->currentYear(), period->lastYear);
    QVERIFY2(panel()->headline().startsWith(QStringLiteral("%1–%2, 4 year")
                                                .arg(period->firstYear)
                                                .arg(period->lastYear)),
             qPrintable(panel()->headline()));
    QCOMPARE(panel()->currentPlan(), plan);

    // The target line the analyst reads, visible above the table.
    const QLabel *targetLine = panel()->findChild<QLabel *>(QStringLiteral("planTarget"));
    QVERIFY(targetLine && targetLine->isVisible());
    QCOMPARE(targetLine->text(), period->nameEn + QStringLiteral(": ") + target);
    // The details panel of the plan's last year says the same.
    QVERIFY2(m_window->details()->plainText().contains(target),
             qPrintable(m_window->details()->plainText()));

    const QStringList figures = line(QStringLiteral("Central S&T expenditure · budget"));
    QCOMPARE(figures.mid(FirstText, 5), budget);
}

void TestRangeStatisticsController::brushingAPlanShowsItsTarget()
{
    drag(chart(Chart::RdIntensity), 2016, 2020, 1.0);
    QCOMPARE(panel()->currentPlan(), 13);
    QVERIFY2(panel()->planTarget().contains(QStringLiteral("missed, 0.1 points below")),
             qPrintable(panel()->planTarget()));
    // One year more is not the plan: no plan, no target line.
    drag(chart(Chart::RdIntensity), 2016, 2021, 1.0);
    QCOMPARE(panel()->currentPlan(), 0);
    QCOMPARE(panel()->planTarget(), QString());
    QVERIFY(!panel()->findChild<QLabel *>(QStringLiteral("planTarget"))->isVisible());
}

void TestRangeStatisticsController::averagesYearlyGrowthAndFlagsEndpoints()
{
    // Between the 2019 and 2024 census breaks; every year has a final communiqué figure.
    drag(chart(Chart::RdIntensity), 2019, 2023, 1.0);
    const Series *series = m_document->project().dataset.findSeries(
        QStringLiteral("rd_intensity_pct_gdp"));
    QVERIFY(series);
    double average = 0;
    for (int year = 2020; year <= 2023; ++year) {
        const double previous
            = series->chartedObservation(year - 1, Vintage::Actual)->value.value();
        const double value = series->chartedObservation(year, Vintage::Actual)->value.value();
        average += (value / previous - 1) * 100 / 4;
    }
    const QStringList actual = line(QStringLiteral("R&D intensity · actual"));
    QVERIFY(!actual.isEmpty());
    QCOMPARE(actual.at(AverageText), QStringLiteral("+%1%").arg(average, 0, 'f', 1));
    // 2023's figure was revised later: said on the endpoint and below the figures.
    QCOMPARE(actual.at(LastText), QStringLiteral("2023: 2.65\u00a0⚑"));
    QVERIFY2(actual.at(NoteText).contains(QStringLiteral("2023 value: Revised later")),
             qPrintable(actual.at(NoteText)));
    const QTableWidget *table = panel()->table();
    for (int row = 0; row < table->rowCount(); row += RangeStatisticsPanel::RowsPerLine) {
        if (table->item(row, 0)->text().startsWith(QStringLiteral("R&D intensity · actual"))) {
            QVERIFY(table->item(row + RangeStatisticsPanel::FiguresRow,
                                RangeStatisticsPanel::LastColumn)
                        ->toolTip()
                        .startsWith(QStringLiteral("2023 value: Revised later")));
        }
    }
}

void TestRangeStatisticsController::targetFollowsTheJudgement()
{
    choosePlan(13);
    QVERIFY(panel()->planTarget().contains(QStringLiteral("missed")));
    // A tolerance does not turn a plain number into "about": still missed, as on the Targets tab.
    m_document->setTargetJudgement(true, 1.0);
    QVERIFY2(panel()->planTarget().contains(QStringLiteral("(final): missed")),
             qPrintable(panel()->planTarget()));
}

QTEST_MAIN(TestRangeStatisticsController)
#include "tst_rangestatisticscontroller.moc"
