#include "csvtable.h"
#include "datafile.h"
#include "datasetloader.h"
#include "rangestatistics.h"

#include <QFile>
#include <QtTest>

#include <cmath>

using namespace Annals;

namespace {

using Reason = RangeStatistics::Reason;
using Reasons = QList<Reason>;

const QString sharedFigures = QStringLiteral(ANNALS_SHARED_DIR "/data/figures.csv");

// The figure an analyst would take from figures.csv by hand, following its README: the first
// row with a value for the indicator, year and vintage that is not marked "do not chart"; for
// NBS figures the final communiqué, not the PRELIMINARY release.
std::optional<double> figureByHand(const CsvTable &table, const QString &indicator, int year,
                                   const QString &vintage)
{
    const int indicatorColumn = table.columnIndex(QStringLiteral("indicator"));
    const int yearColumn = table.columnIndex(QStringLiteral("year"));
    const int valueColumn = table.columnIndex(QStringLiteral("value"));
    const int vintageColumn = table.columnIndex(QStringLiteral("vintage"));
    const int noteColumn = table.columnIndex(QStringLiteral("note"));
    for (const CsvTable::Record &record : table.records) {
        const QStringList &f = record.fields;
        const QString &note = f.at(noteColumn);
        if (f.at(indicatorColumn) == indicator && f.at(yearColumn).toInt() == year
            && f.at(vintageColumn) == vintage && !f.at(valueColumn).isEmpty()
            && !note.contains(QLatin1String("do not chart"), Qt::CaseInsensitive)
            && !note.startsWith(QLatin1String("PRELIMINARY")))
            return f.at(valueColumn).toDouble();
    }
    return std::nullopt;
}

Series series(const QList<std::pair<int, double>> &values, const QList<int> &breaks = {})
{
    Series s;
    s.id = QStringLiteral("test");
    s.unit = QStringLiteral("billion yuan");
    s.breaks = breaks;
    for (const auto &[year, value] : values) {
        Observation observation;
        observation.year = year;
        observation.value = value;
        s.observations.append(observation);
    }
    return s;
}

bool near(std::optional<double> actual, double expected)
{
    return actual && std::abs(*actual - expected) < 1e-9 * std::max(1.0, std::abs(expected));
}

} // namespace

class TestRangeStatistics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void computesFromTheSharedFigures_data();
    void computesFromTheSharedFigures();
    void computesRulesOnSmallSeries_data();
    void computesRulesOnSmallSeries();
    void refusesGrowthAcrossTheEmbeddedBreaks_data();
    void refusesGrowthAcrossTheEmbeddedBreaks();
    void refusesGrowthAcrossAGapAtAnEndpoint();
    void averagesTheYearlyGrowth_data();
    void averagesTheYearlyGrowth();
    void keepsTheEndpointFlags();
    void computesTheExecutionRate();
    void listsTheChartedVintages();

private:
    Dataset m_dataset;
    CsvTable m_figures;
    bool m_haveFigures = false;
};

void TestRangeStatistics::initTestCase()
{
    const Result<Dataset> dataset = DatasetLoader::loadEmbedded();
    QVERIFY(dataset.ok());
    m_dataset = dataset.value();
    if (!QFile::exists(sharedFigures))
        return;
    const Result<QByteArray> bytes = readDataFile(sharedFigures);
    QVERIFY(bytes.ok());
    const Result<CsvTable> table = parseCsv(QString::fromUtf8(bytes.value()), sharedFigures);
    QVERIFY(table.ok());
    m_figures = table.value();
    m_haveFigures = true;
}

void TestRangeStatistics::computesFromTheSharedFigures_data()
{
    QTest::addColumn<QString>("indicator");
    QTest::addColumn<QString>("vintage");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");

    QTest::newRow("R&D spending 2015-2020 (13th plan)")
        << "rd_expenditure_total" << "actual" << 2015 << 2020;
    QTest::newRow("R&D spending 2012-2024") << "rd_expenditure_total" << "actual" << 2012 << 2024;
    QTest::newRow("basic research 2016-2023")
        << "basic_research_expenditure" << "actual" << 2016 << 2023;
    QTest::newRow("central S&T budget 2019-2026")
        << "central_st_expenditure" << "budget" << 2019 << 2026;
    QTest::newRow("central S&T budget 2008-2013, before the break")
        << "central_st_expenditure" << "budget" << 2008 << 2013;
    QTest::newRow("R&D intensity 2019-2023, between census breaks")
        << "rd_intensity_pct_gdp" << "actual" << 2019 << 2023;
    QTest::newRow("R&D spending 2012-2015 (12th plan from its first figure)")
        << "rd_expenditure_total" << "actual" << 2012 << 2015;
    QTest::newRow("basic research 2021-2024") << "basic_research_expenditure" << "actual" << 2021
                                              << 2024;
}

void TestRangeStatistics::computesFromTheSharedFigures()
{
    if (!m_haveFigures)
        QSKIP("../shared/data/figures.csv is not available");
    QFETCH(QString, indicator);
    QFETCH(QString, vintage);
    QFETCH(int, from);
    QFETCH(int, to);

    const std::optional<double> first = figureByHand(m_figures, indicator, from, vintage);
    const std::optional<double> last = figureByHand(m_figures, indicator, to, vintage);
    QVERIFY(first && last);
    const int years = to - from;
    const double cagr = (std::pow(*last / *first, 1.0 / years) - 1.0) * 100.0;

    // Average annual growth: the mean of the year-on-year rates, every year by hand.
    std::optional<double> averageGrowth = 0.0;
    QList<int> missing;
    for (int year = from + 1; year <= to; ++year) {
        const std::optional<double> previous = figureByHand(m_figures, indicator, year - 1,
                                                            vintage);
        const std::optional<double> value = figureByHand(m_figures, indicator, year, vintage);
        if (!value)
            missing.append(year);
        else if (previous)
            *averageGrowth += (*value / *previous - 1.0) * 100.0 / years;
    }
    if (!missing.isEmpty())
        averageGrowth.reset();

    const Series *series = m_dataset.findSeries(indicator);
    QVERIFY(series);
    const RangeStatistics stats
        = RangeStatistics::compute(*series, *vintageFromId(vintage), from, to);
    QCOMPARE(stats.reasons, missing.isEmpty() ? Reasons() : Reasons{Reason::MissingYears});
    QCOMPARE(stats.missingYears, missing);
    QCOMPARE(stats.averageGrowthPct.has_value(), averageGrowth.has_value());
    if (averageGrowth)
        QVERIFY2(near(stats.averageGrowthPct, *averageGrowth),
                 qPrintable(QString::number(*stats.averageGrowthPct) + " vs "
                            + QString::number(*averageGrowth)));
    QCOMPARE(stats.firstYear, std::optional<int>(from));
    QCOMPARE(stats.lastYear, std::optional<int>(to));
    QCOMPARE(stats.firstValue, first);
    QCOMPARE(stats.lastValue, last);
    QCOMPARE(stats.years, years);
    QVERIFY(near(stats.change, *last - *first));
    QVERIFY(near(stats.changePct, (*last - *first) / *first * 100.0));
    QVERIFY2(near(stats.cagrPct, cagr),
             qPrintable(QString::number(stats.cagrPct.value_or(-1)) + " vs "
                        + QString::number(cagr)));
}

void TestRangeStatistics::computesRulesOnSmallSeries_data()
{
    using Values = QList<std::pair<int, double>>;
    QTest::addColumn<Values>("values");
    QTest::addColumn<QList<int>>("breaks");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<std::optional<int>>("firstYear");
    QTest::addColumn<std::optional<int>>("lastYear");
    QTest::addColumn<std::optional<double>>("change");
    QTest::addColumn<std::optional<double>>("cagr");
    QTest::addColumn<Reasons>("reasons");

    const Values tenPercent{{2000, 100}, {2001, 110}, {2002, 121}};
    const std::optional<double> none;
    QTest::newRow("10% a year") << tenPercent << QList<int>() << 2000 << 2002
                                << std::optional<int>(2000) << std::optional<int>(2002)
                                << std::optional<double>(21) << std::optional<double>(10)
                                << Reasons();
    QTest::newRow("range given backwards")
        << tenPercent << QList<int>() << 2002 << 2000 << std::optional<int>(2000)
        << std::optional<int>(2002) << std::optional<double>(21) << std::optional<double>(10)
        << Reasons();
    QTest::newRow("a gap inside: CAGR, but no average growth")
        << Values{{2000, 100}, {2002, 121}} << QList<int>() << 2000 << 2002
        << std::optional<int>(2000) << std::optional<int>(2002) << std::optional<double>(21)
        << std::optional<double>(10) << Reasons{Reason::MissingYears};
    QTest::newRow("gap at the start")
        << tenPercent << QList<int>() << 1999 << 2002 << std::optional<int>(2000)
        << std::optional<int>(2002) << none << none << Reasons{Reason::GapAtStart};
    QTest::newRow("gap at the end")
        << tenPercent << QList<int>() << 2000 << 2004 << std::optional<int>(2000)
        << std::optional<int>(2002) << none << none << Reasons{Reason::GapAtEnd};
    QTest::newRow("gaps at both ends")
        << tenPercent << QList<int>() << 1998 << 2004 << std::optional<int>(2000)
        << std::optional<int>(2002) << none << none
        << Reasons{Reason::GapAtStart, Reason::GapAtEnd};
    QTest::newRow("no value at all")
        << tenPercent << QList<int>() << 2010 << 2012 << std::optional<int>()
        << std::optional<int>() << none << none << Reasons{Reason::NoValue};
    QTest::newRow("break inside") << tenPercent << QList<int>{2001} << 2000 << 2002
                                  << std::optional<int>(2000) << std::optional<int>(2002)
                                  << none << none << Reasons{Reason::SeriesBreak};
    QTest::newRow("break at the first year is not inside")
        << tenPercent << QList<int>{2000} << 2000 << 2002 << std::optional<int>(2000)
        << std::optional<int>(2002) << std::optional<double>(21) << std::optional<double>(10)
        << Reasons();
    QTest::newRow("break at the last year is inside")
        << tenPercent << QList<int>{2002} << 2000 << 2002 << std::optional<int>(2000)
        << std::optional<int>(2002) << none << none << Reasons{Reason::SeriesBreak};
    QTest::newRow("break after the range") << tenPercent << QList<int>{2003} << 2000 << 2002
                                           << std::optional<int>(2000)
                                           << std::optional<int>(2002)
                                           << std::optional<double>(21)
                                           << std::optional<double>(10) << Reasons();
    QTest::newRow("a single year") << tenPercent << QList<int>() << 2001 << 2001
                                   << std::optional<int>(2001) << std::optional<int>(2001)
                                   << none << none << Reasons{Reason::SingleYear};
    QTest::newRow("from zero: change but no CAGR")
        << Values{{2000, 0}, {2002, 50}} << QList<int>() << 2000 << 2002
        << std::optional<int>(2000) << std::optional<int>(2002) << std::optional<double>(50)
        << none << Reasons{Reason::NotPositive, Reason::MissingYears};
    QTest::newRow("halving") << Values{{2000, 400}, {2002, 100}} << QList<int>() << 2000 << 2002
                             << std::optional<int>(2000) << std::optional<int>(2002)
                             << std::optional<double>(-300) << std::optional<double>(-50)
                             << Reasons{Reason::MissingYears};
}

void TestRangeStatistics::computesRulesOnSmallSeries()
{
    using Values = QList<std::pair<int, double>>;
    QFETCH(Values, values);
    QFETCH(QList<int>, breaks);
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(std::optional<int>, firstYear);
    QFETCH(std::optional<int>, lastYear);
    QFETCH(std::optional<double>, change);
    QFETCH(std::optional<double>, cagr);
    QFETCH(Reasons, reasons);

    const RangeStatistics stats
        = RangeStatistics::compute(series(values, breaks), Vintage::Actual, from, to);
    QCOMPARE(stats.reasons, reasons);
    QCOMPARE(stats.firstYear, firstYear);
    QCOMPARE(stats.lastYear, lastYear);
    QCOMPARE(stats.change.has_value(), change.has_value());
    if (change)
        QVERIFY(near(stats.change, *change));
    QCOMPARE(stats.cagrPct.has_value(), cagr.has_value());
    if (cagr)
        QVERIFY2(near(stats.cagrPct, *cagr), qPrintable(QString::number(*stats.cagrPct)));
    QCOMPARE(stats.note().isEmpty(), reasons.isEmpty());
}

void TestRangeStatistics::refusesGrowthAcrossTheEmbeddedBreaks_data()
{
    QTest::addColumn<QString>("indicator");
    QTest::addColumn<QString>("vintage");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<QList<int>>("breaks");

    // ../shared/data/README.md caveat 4b: 中央财政 totals up to 2014, 中央本级 from 2015.
    QTest::newRow("central S&T budget 2013-2016")
        << "central_st_expenditure" << "budget" << 2013 << 2016 << QList<int>{2015};
    QTest::newRow("central S&T budget 2008-2026")
        << "central_st_expenditure" << "budget" << 2008 << 2026 << QList<int>{2015};
    // Caveat 7: each economic census revised GDP and so R&D intensity.
    QTest::newRow("R&D intensity 2018-2019 (4th census)")
        << "rd_intensity_pct_gdp" << "actual" << 2018 << 2019 << QList<int>{2019};
    QTest::newRow("R&D intensity 2012-2024")
        << "rd_intensity_pct_gdp" << "actual" << 2012 << 2024 << QList<int>{2015, 2019, 2024};
}

void TestRangeStatistics::refusesGrowthAcrossTheEmbeddedBreaks()
{
    QFETCH(QString, indicator);
    QFETCH(QString, vintage);
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(QList<int>, breaks);

    const Series *series = m_dataset.findSeries(indicator);
    QVERIFY(series);
    const RangeStatistics stats
        = RangeStatistics::compute(*series, *vintageFromId(vintage), from, to);
    QCOMPARE(stats.breakYears, breaks);
    QVERIFY(stats.reasons.contains(Reason::SeriesBreak));
    QVERIFY(stats.firstValue && stats.lastValue);
    QVERIFY(!stats.cagrPct);
    QVERIFY(!stats.change);
    QVERIFY2(stats.note().contains(QStringLiteral("series break in %1").arg(breaks.first())),
             qPrintable(stats.note()));
}

void TestRangeStatistics::refusesGrowthAcrossAGapAtAnEndpoint()
{
    // No central budget figure for 2017, and 2018 only as a growth rate.
    const Series *series = m_dataset.findSeries(QStringLiteral("central_st_expenditure"));
    QVERIFY(series);
    const RangeStatistics stats = RangeStatistics::compute(*series, Vintage::Budget, 2017, 2021);
    QCOMPARE(stats.reasons, Reasons{Reason::GapAtStart});
    QCOMPARE(stats.firstYear, std::optional<int>(2019));
    QVERIFY(!stats.cagrPct);
    QCOMPARE(stats.note(), QStringLiteral("no value in 2017 (the first is from 2019): change, "
                                          "CAGR and average growth not computed"));
    QVERIFY(!stats.averageGrowthPct);
}

void TestRangeStatistics::averagesTheYearlyGrowth_data()
{
    using Values = QList<std::pair<int, double>>;
    QTest::addColumn<Values>("values");
    QTest::addColumn<QList<int>>("breaks");
    QTest::addColumn<std::optional<double>>("average");
    QTest::addColumn<Reasons>("reasons");

    const std::optional<double> none;
    QTest::newRow("10% a year") << Values{{2000, 100}, {2001, 110}, {2002, 121}} << QList<int>()
                                << std::optional<double>(10) << Reasons();
    // +20% then −10%: the mean is 5%, the CAGR (√1.08 − 1) only 3.9%.
    QTest::newRow("up then down") << Values{{2000, 100}, {2001, 120}, {2002, 108}}
                                  << QList<int>() << std::optional<double>(5) << Reasons();
    QTest::newRow("a year missing") << Values{{2000, 100}, {2002, 121}} << QList<int>() << none
                                    << Reasons{Reason::MissingYears};
    QTest::newRow("a break inside") << Values{{2000, 100}, {2001, 110}, {2002, 121}}
                                    << QList<int>{2002} << none << Reasons{Reason::SeriesBreak};
    QTest::newRow("zero in a middle year")
        << Values{{2000, 100}, {2001, 0}, {2002, 50}} << QList<int>() << none
        << Reasons{Reason::GrowthNotPositive};
}

void TestRangeStatistics::averagesTheYearlyGrowth()
{
    using Values = QList<std::pair<int, double>>;
    QFETCH(Values, values);
    QFETCH(QList<int>, breaks);
    QFETCH(std::optional<double>, average);
    QFETCH(Reasons, reasons);

    const RangeStatistics stats
        = RangeStatistics::compute(series(values, breaks), Vintage::Actual, 2000, 2002);
    QCOMPARE(stats.reasons, reasons);
    QCOMPARE(stats.averageGrowthPct.has_value(), average.has_value());
    if (average)
        QVERIFY2(near(stats.averageGrowthPct, *average),
                 qPrintable(QString::number(*stats.averageGrowthPct)));
    QCOMPARE(stats.note().contains(QStringLiteral("average annual growth")),
             reasons.contains(Reason::MissingYears)
                 || reasons.contains(Reason::GrowthNotPositive));
}

void TestRangeStatistics::keepsTheEndpointFlags()
{
    // Budget 2011 is a 中央财政 total (possible series break), 2015 low confidence; 2016 is
    // from a secondary source, and its growth-vs-previous-actual flag is about the growth rate.
    const Series *series = m_dataset.findSeries(QStringLiteral("central_st_expenditure"));
    QVERIFY(series);
    const RangeStatistics plan = RangeStatistics::compute(*series, Vintage::Budget, 2011, 2015);
    QCOMPARE(plan.firstFlags, QStringList{QStringLiteral("possible-series-break")});
    QCOMPARE(plan.lastFlags, QStringList{QStringLiteral("low-confidence")});
    QCOMPARE(plan.flagIds(),
             QStringLiteral("2011:possible-series-break;2015:low-confidence"));
    QVERIFY2(plan.flagNote().startsWith(QStringLiteral("2011 value: Series break")),
             qPrintable(plan.flagNote()));
    QVERIFY(plan.flagNote().contains(QStringLiteral("2015 value: Low confidence")));

    const RangeStatistics later = RangeStatistics::compute(*series, Vintage::Budget, 2016, 2016);
    QCOMPARE(later.firstFlags, QStringList{QStringLiteral("secondary-source")});
    QCOMPARE(later.flagIds(), QStringLiteral("2016:secondary-source")); // said once

    const RangeStatistics clean = RangeStatistics::compute(*series, Vintage::Budget, 2023, 2026);
    QCOMPARE(clean.flagIds(), QString());
    QCOMPARE(clean.flagNote(), QString());
}

void TestRangeStatistics::computesTheExecutionRate()
{
    const Series *series = m_dataset.findSeries(QStringLiteral("central_st_expenditure"));
    QVERIFY(series);
    const RangeStatistics stats = RangeStatistics::compute(*series, Vintage::Actual, 2008, 2024);
    QList<int> years;
    for (const RangeStatistics::ExecutionRate &rate : stats.executionRates)
        years.append(rate.year);
    // Budget and execution both charted: 2008-2010, 2021, 2024 (2022's budget is growth only).
    QCOMPARE(years, (QList<int>{2008, 2009, 2010, 2021, 2024}));
    if (!m_haveFigures)
        return;
    double sum = 0;
    for (const RangeStatistics::ExecutionRate &rate : stats.executionRates) {
        const QString id = QStringLiteral("central_st_expenditure");
        const double actual = *figureByHand(m_figures, id, rate.year, QStringLiteral("actual"));
        const double budget = *figureByHand(m_figures, id, rate.year, QStringLiteral("budget"));
        QVERIFY(near(rate.ratePct, actual / budget * 100.0));
        sum += actual / budget * 100.0;
    }
    QVERIFY(near(stats.averageExecutionPct, sum / 5));
    QVERIFY2(stats.note().contains(QStringLiteral("2024: 97.6%")), qPrintable(stats.note()));
    // Only the execution statistics carry the rate.
    QVERIFY(RangeStatistics::compute(*series, Vintage::Budget, 2008, 2024)
                .executionRates.isEmpty());
}

void TestRangeStatistics::listsTheChartedVintages()
{
    const Series *series = m_dataset.findSeries(QStringLiteral("rd_intensity_pct_gdp"));
    QVERIFY(series);
    QCOMPARE(RangeStatistics::chartedVintages(*series),
             (QList<Vintage>{Vintage::Actual, Vintage::Preliminary, Vintage::Revised}));
    const QList<RangeStatistics> all = RangeStatistics::computeAll(*series, 2014, 2014);
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(2).firstValue, std::optional<double>(2.02));
}

QTEST_GUILESS_MAIN(TestRangeStatistics)
#include "tst_rangestatistics.moc"
