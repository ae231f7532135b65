#include "figurescsvreader.h"
#include "observationflag.h"

#include <QtTest>

using namespace Annals;

class TestFiguresCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheLongLayout();
    void refusesInvalidFiles_data();
    void refusesInvalidFiles();
    void readsTheSharedFigures();
};

void TestFiguresCsvReader::readsTheLongLayout()
{
    const Result<Dataset> result = FiguresCsvReader::readFile(
        QFINDTESTDATA("../data/figures-csv/valid.csv"));
    QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().toString()));
    const Dataset &dataset = result.value();
    QCOMPARE(dataset.series.size(), 3);
    QCOMPARE(dataset.sources.size(), 6);

    const Series *spending = dataset.findSeries(QStringLiteral("central_st_expenditure"));
    QCOMPARE(spending->unit, QStringLiteral("billion yuan"));
    QCOMPARE(spending->observations.size(), 3);
    QCOMPARE(*spending->observations.at(0).value, 370.8);
    QVERIFY(spending->observations.at(0).isChartable());
    // "do not chart" keeps the row, flagged.
    QCOMPARE(spending->observations.at(1).flags, QStringList{ObservationFlag::doNotChart()});
    QVERIFY(!spending->observations.at(1).isChartable());
    // A growth-only row has no value but keeps the printed growth.
    QVERIFY(!spending->observations.at(2).value);
    QCOMPARE(spending->observations.at(2).reportedGrowthPct, QStringLiteral(">13"));
    QCOMPARE(spending->chartedObservation(2024, Vintage::Budget), &spending->observations.at(0));

    const Series *intensity = dataset.findSeries(QStringLiteral("rd_intensity_pct_gdp"));
    QCOMPARE(intensity->kind, SeriesKind::Percent);
    QCOMPARE(intensity->observations.at(0).vintage, Vintage::Actual);
    QVERIFY(intensity->observations.at(0).note.contains(QLatin1Char('\n')));
    QCOMPARE(intensity->observations.at(1).vintage, Vintage::Preliminary);
    QCOMPARE(dataset.source(intensity->observations.at(1).sourceId)->title,
             QStringLiteral("en.gmw.cn"));

    const Series *fiscal = dataset.findSeries(QStringLiteral("national_fiscal_st_expenditure_nbs"));
    QCOMPARE(fiscal->observations.first().flags, QStringList{ObservationFlag::lowConfidence()});
}

void TestFiguresCsvReader::refusesInvalidFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("unbalanced quote") << "unbalanced-quote.csv"
        << "unbalanced-quote.csv:2: a quoted field is never closed";
    QTest::newRow("ragged row") << "ragged-row.csv"
        << "ragged-row.csv:2: expected 8 fields as in the header, found 5";
    QTest::newRow("missing column") << "missing-column.csv"
        << "missing-column.csv:1: missing column \"vintage\"; expected the header "
           "indicator,year,value,unit,vintage,reported_growth_pct,source_url,note";
    QTest::newRow("bad year") << "bad-year.csv"
        << "bad-year.csv:2: year: expected a year such as 2024, found \"twenty\"";
    QTest::newRow("bad value") << "bad-value.csv"
        << "bad-value.csv:2: value: expected a number with a decimal point such as 370.8, "
           "found \"1.2.3\"";
    QTest::newRow("infinite value") << "infinite-value.csv"
        << "infinite-value.csv:2: value: expected a finite number, found inf";
    QTest::newRow("NaN value") << "nan-value.csv"
        << "nan-value.csv:2: value: expected a finite number, found nan";
    QTest::newRow("negative amount") << "negative-amount.csv"
        << "negative-amount.csv:2: value: expected a non-negative amount, found -3";
    QTest::newRow("unknown unit") << "unknown-unit.csv"
        << "unknown-unit.csv:2: unit: \"furlongs\" is not a unit Annals knows; expected e.g. "
           "\"billion yuan\", \"% of GDP\" or \"count\"";
    QTest::newRow("unknown vintage") << "unknown-vintage.csv"
        << "unknown-vintage.csv:2: vintage: expected budget, actual, preliminary or revised, "
           "found \"final\"";
    QTest::newRow("unit changes") << "unit-changes.csv"
        << "unit-changes.csv:3: unit: \"million yuan\" differs from \"billion yuan\" used for "
           "gdp on line 2";
    QTest::newRow("duplicate row") << "duplicate-row.csv"
        << "duplicate-row.csv:3: duplicate of line 2 (same indicator, year, vintage, value and "
           "source)";
    QTest::newRow("text after quote") << "text-after-quote.csv"
        << "text-after-quote.csv:2: unexpected text after a closing quote";
    QTest::newRow("empty indicator") << "empty-indicator.csv"
        << "empty-indicator.csv:2: indicator: expected a series identifier, found an empty "
           "field";
    QTest::newRow("empty file") << "empty.csv"
        << "empty.csv: the file is empty; expected a header line";
    QTest::newRow("CRLF line numbers") << "crlf-negative.csv"
        << "crlf-negative.csv:3: value: expected a non-negative amount, found -1";
}

void TestFiguresCsvReader::refusesInvalidFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    const QString path = QFINDTESTDATA(QStringLiteral("../data/figures-csv-invalid/") + file);
    QVERIFY(!path.isEmpty());
    const Result<Dataset> result = FiguresCsvReader::readFile(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().toString(), message);
}

void TestFiguresCsvReader::readsTheSharedFigures()
{
    const QString path = QStringLiteral(ANNALS_SHARED_DIR "/data/figures.csv");
    if (!QFile::exists(path))
        QSKIP("../shared/data/figures.csv is not available");
    const Result<Dataset> result = FiguresCsvReader::readFile(path);
    QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().toString()));
    int observations = 0;
    for (const Series &series : result.value().series)
        observations += series.observations.size();
    QCOMPARE(observations, 166);
    QCOMPARE(result.value().series.size(), 11);
}

QTEST_GUILESS_MAIN(TestFiguresCsvReader)
#include "tst_figurescsvreader.moc"
