#include "extractreader.h"
#include "observationflag.h"

#include <QtTest>

using namespace Annals;

class TestExtractReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheDocumentedExample();
    void readsGoldenFilesOfEveryVersion_data();
    void readsGoldenFilesOfEveryVersion();
    void readsTargetsAndPeriods();
    void refusesInvalidFiles_data();
    void refusesInvalidFiles();
    void refusesMissingFileAndFolder();
};

void TestExtractReader::readsTheDocumentedExample()
{
    const QString path = QStringLiteral(ANNALS_TEST_DATA_DIR "/../../resources/example-extract.json");
    const Result<Dataset> result = ExtractReader::readFile(path);
    QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().toString()));
    const Dataset &dataset = result.value();
    QCOMPARE(dataset.info.title, QStringLiteral("Example: China's R&D spending 2023–2024"));
    QCOMPARE(dataset.info.caveats.size(), 1);
    QCOMPARE(dataset.sources.size(), 3);
    QCOMPARE(dataset.series.size(), 3);

    const Series *total = dataset.findSeries(QStringLiteral("rd_expenditure_total"));
    QVERIFY(total);
    QCOMPARE(total->nameZh, QStringLiteral("全国研究与试验发展(R&D)经费"));
    QCOMPARE(total->kind, SeriesKind::Amount);
    QCOMPARE(total->observations.size(), 2);
    const Observation &first = total->observations.first();
    QCOMPARE(first.year, 2023);
    QCOMPARE(*first.value, 3335.71);
    QCOMPARE(first.vintage, Vintage::Actual);
    QCOMPARE(first.reportedGrowthPct, QStringLiteral("8.4"));
    QCOMPARE(first.flags, QStringList{ObservationFlag::totalRdNotBasicResearch()});
    QCOMPARE(dataset.source(first.sourceId)->publisher,
             QStringLiteral("National Bureau of Statistics of China"));

    const Series *intensity = dataset.findSeries(QStringLiteral("rd_intensity_pct_gdp"));
    QCOMPARE(intensity->kind, SeriesKind::Percent);
    const Series *budget = dataset.findSeries(QStringLiteral("central_st_expenditure"));
    QCOMPARE(budget->observations.first().reportedGrowthPct, QStringLiteral("10"));
    QCOMPARE(*budget->observations.first().reportedGrowthValue(), 10.0);
}

void TestExtractReader::readsGoldenFilesOfEveryVersion_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("targets");
    QTest::addColumn<int>("periods");
    QTest::newRow("version 1") << "v1-golden.json" << 0 << 0;
    QTest::newRow("version 1, sections named like version 2's are not read")
        << "v1-with-unknown-sections.json" << 0 << 0;
    QTest::newRow("version 2") << "v2-golden.json" << 8 << 4;
}

void TestExtractReader::readsGoldenFilesOfEveryVersion()
{
    QFETCH(QString, file);
    QFETCH(int, targets);
    QFETCH(int, periods);
    const QString path = QFINDTESTDATA(QStringLiteral("../data/extract/") + file);
    QVERIFY(!path.isEmpty());
    const Result<Dataset> result = ExtractReader::readFile(path);
    QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().toString()));
    // The figures of every version read the same.
    QCOMPARE(result.value().series.size(), 3);
    QCOMPARE(result.value().sources.size(), 3);
    QCOMPARE(result.value().targets.size(), targets);
    QCOMPARE(result.value().periods.size(), periods);
}

void TestExtractReader::readsTargetsAndPeriods()
{
    const Result<Dataset> result = ExtractReader::readFile(
        QFINDTESTDATA(QStringLiteral("../data/extract/v2-golden.json")));
    QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().toString()));
    const Dataset &dataset = result.value();
    QCOMPARE(dataset.targetIndicators.size(), 5);
    const TargetIndicator *jobs = dataset.targetIndicator(QStringLiteral("new_urban_jobs_mn"));
    QVERIFY(jobs);
    QCOMPARE(jobs->unit, QStringLiteral("million persons"));
    QCOMPARE(jobs->kind, SeriesKind::Count);
    QCOMPARE(dataset.targetIndicator(QStringLiteral("surveyed_unemployment_pct"))->displayName(),
             QStringLiteral("城镇调查失业率"));

    const Target &about = dataset.targets.at(1);
    QCOMPARE(about.indicatorId, QStringLiteral("gdp_growth"));
    QCOMPARE(about.year, 2015);
    QCOMPARE(about.kind, TargetKind::About);
    QCOMPARE(about.low, std::optional<double>(7));
    QCOMPARE(about.high, std::optional<double>(7));
    QCOMPARE(about.phrase, QStringLiteral("国内生产总值增长7%左右"));
    QCOMPARE(about.source, QStringLiteral("shared/corpus/gwr-2015-zh.txt"));
    QCOMPARE(about.note, QStringLiteral("approx (左右): low=high=value."));
    QCOMPARE(about.outcomes.size(), 2);
    QCOMPARE(about.outcome(OutcomeVintage::FirstRelease)->value, 6.9);
    QCOMPARE(about.outcome(OutcomeVintage::Revised)->value, 7.0);
    QCOMPARE(about.outcome(OutcomeVintage::Revised)->note, QStringLiteral("rounded to 1 decimal"));
    QVERIFY(!about.outcome(OutcomeVintage::Final));

    QCOMPARE(dataset.targets.at(4).kind, TargetKind::AtLeast);
    QCOMPARE(dataset.targets.at(4).high, std::nullopt);
    QCOMPARE(dataset.targets.at(5).kind, TargetKind::AtMost);
    QCOMPARE(dataset.targets.at(5).low, std::nullopt);
    QCOMPARE(dataset.targets.at(3).kind, TargetKind::None);
    QVERIFY(dataset.targets.at(6).outcomes.isEmpty());

    const Period *plan = dataset.periodOf(2015);
    QVERIFY(plan);
    QCOMPARE(plan->plan, 12);
    QCOMPARE(plan->displayName(), QStringLiteral("12th Five-Year Plan (第十二个五年规划)"));
    QCOMPARE(plan->rdIntensityTargetPct, std::optional<double>(2.2));
    QCOMPARE(dataset.periodOf(2016)->plan, 13);
    QCOMPARE(dataset.periodOf(2025)->rdIntensityTargetPct, std::nullopt);
    QVERIFY(!dataset.periodOf(2005));
}

void TestExtractReader::refusesInvalidFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");

    QTest::newRow("syntax error") << "syntax-error.json"
        << "syntax-error.json:6:1: not valid JSON: unterminated array";
    QTest::newRow("not an object") << "not-an-object.json"
        << "not-an-object.json: expected a JSON object at the top level";
    QTest::newRow("wrong format") << "wrong-format.json"
        << "wrong-format.json: format: expected \"annals-extract\", found \"something-else\"";
    QTest::newRow("newer version") << "newer-version.json"
        << "newer-version.json: version: this file uses extract format version 3, written by "
           "a newer Annals; this version reads up to version 2";
    QTest::newRow("missing title") << "missing-title.json"
        << "missing-title.json: dataset.title: this required field is missing";
    QTest::newRow("year as string") << "year-as-string.json"
        << "year-as-string.json: series[0].observations[0].year: expected a number, found a "
           "string";
    QTest::newRow("fractional year") << "fractional-year.json"
        << "fractional-year.json: series[0].observations[0].year: expected a whole number, "
           "found 2023.5";
    QTest::newRow("year out of range") << "year-out-of-range.json"
        << "year-out-of-range.json: series[0].observations[1].year: year 1850 is outside "
           "1900–2100";
    QTest::newRow("unknown vintage") << "unknown-vintage.json"
        << "unknown-vintage.json: series[1].observations[0].vintage: expected budget, actual, "
           "preliminary or revised, found \"final\"";
    QTest::newRow("unknown unit") << "unknown-unit.json"
        << "unknown-unit.json: series[1].unit: \"bananas\" is not a unit Annals knows; "
           "expected e.g. \"billion yuan\", \"% of GDP\" or \"count\"";
    QTest::newRow("kind does not fit unit") << "kind-mismatch.json"
        << "kind-mismatch.json: series[0].kind: \"percent\" does not fit the unit \"billion "
           "yuan\"";
    QTest::newRow("negative amount") << "negative-amount.json"
        << "negative-amount.json: series[0].observations[1].value: expected a non-negative "
           "amount, found -5";
    QTest::newRow("unknown source") << "unknown-source.json"
        << "unknown-source.json: series[2].observations[0].source: \"nowhere\" is not the id "
           "of any entry in \"sources\"";
    QTest::newRow("duplicate series") << "duplicate-series.json"
        << "duplicate-series.json: series[2].id: \"rd_expenditure_total\" is used by an "
           "earlier series; ids must be unique";
    QTest::newRow("duplicate source") << "duplicate-source.json"
        << "duplicate-source.json: sources[1].id: \"nbs-2023\" is used by an earlier source; "
           "ids must be unique";
    QTest::newRow("duplicate observation") << "duplicate-observation.json"
        << "duplicate-observation.json: series[1].observations[2]: repeats an earlier "
           "observation (same year, vintage, value and source)";
    QTest::newRow("neither value nor growth") << "no-value-no-growth.json"
        << "no-value-no-growth.json: series[1].observations[1]: expected a \"value\" or a "
           "\"reportedGrowthPct\"; found neither";
    QTest::newRow("no name") << "name-missing-both.json"
        << "name-missing-both.json: series[0].name: expected an \"en\" or a \"zh\" name";
    QTest::newRow("flags not strings") << "flags-not-strings.json"
        << "flags-not-strings.json: series[0].observations[0].flags[0]: expected a string, "
           "found a number";
    QTest::newRow("observations not a list") << "observations-not-list.json"
        << "observations-not-list.json: series[0].observations: expected a list, found an "
           "object";
    QTest::newRow("NaN") << "nan-value.json"
        << "nan-value.json:61:15: not valid JSON: illegal number";
    QTest::newRow("invalid UTF-8") << "invalid-utf8.json"
        << "invalid-utf8.json:42:13: not valid UTF-8 at byte 1267; save the file as UTF-8";
    QTest::newRow("empty file") << "empty.json"
        << "empty.json:1:1: not valid JSON: illegal value";

    // Format 2: targets and periods.
    QTest::newRow("about without high") << "target-about-without-high.json"
        << "target-about-without-high.json: targets.entries[1].high: a target of kind "
           "\"about\" needs \"low\" and \"high\", equal";
    QTest::newRow("unknown target kind") << "target-unknown-kind.json"
        << "target-unknown-kind.json: targets.entries[1].kind: expected about, point, "
           "at-least, at-most, range or none, found \"roughly\"";
    QTest::newRow("unknown indicator") << "target-unknown-indicator.json"
        << "target-unknown-indicator.json: targets.entries[2].indicator: \"gnp\" is not the "
           "id of any target indicator";
    QTest::newRow("range reversed") << "target-range-reversed.json"
        << "target-range-reversed.json: targets.entries[2].high: a range needs low below "
           "high; found 7 and 6.5";
    QTest::newRow("target twice") << "target-twice.json"
        << "target-twice.json: targets.entries[2].year: a second target for \"gdp_growth\" "
           "in 2015; expected one per indicator and year";
    QTest::newRow("none with a number") << "target-none-with-number.json"
        << "target-none-with-number.json: targets.entries[3].low: a target of kind \"none\" "
           "has no number";
    QTest::newRow("at least with high") << "target-at-least-with-high.json"
        << "target-at-least-with-high.json: targets.entries[4].high: a target of kind "
           "\"at-least\" has \"low\" only";
    QTest::newRow("target year out of range") << "target-year-out-of-range.json"
        << "target-year-out-of-range.json: targets.entries[0].year: year 1850 is outside "
           "1900–2100";
    QTest::newRow("outcome twice") << "outcome-twice.json"
        << "outcome-twice.json: targets.entries[1].outcomes[1].vintage: a second "
           "\"first_release\" outcome; expected at most one per vintage";
    QTest::newRow("unknown outcome vintage") << "outcome-unknown-vintage.json"
        << "outcome-unknown-vintage.json: targets.entries[1].outcomes[1].vintage: expected "
           "first_release, final or revised, found \"preliminary\"";
    QTest::newRow("outcome without value") << "outcome-without-value.json"
        << "outcome-without-value.json: targets.entries[1].outcomes[1].value: this required "
           "field is missing";
    QTest::newRow("too many outcomes") << "outcomes-too-many.json"
        << "outcomes-too-many.json: targets.entries[1].outcomes: 4 entries; Annals reads at "
           "most 3";
    QTest::newRow("indicator unit unknown") << "indicator-unknown-unit.json"
        << "indicator-unknown-unit.json: targets.indicators[1].unit: \"jobs\" is not a unit "
           "Annals knows; expected e.g. \"billion yuan\", \"% of GDP\" or \"count\"";
    QTest::newRow("indicator twice") << "indicator-twice.json"
        << "indicator-twice.json: targets.indicators[2].id: \"gdp_growth\" is used by an "
           "earlier indicator; ids must be unique";
    QTest::newRow("periods overlap") << "period-overlap.json"
        << "period-overlap.json: periods[2].start: 2015–2020 overlaps plan 12 (2011–2015); a "
           "year belongs to one period at most";
    QTest::newRow("period ends before it starts") << "period-end-before-start.json"
        << "period-end-before-start.json: periods[0].end: 2005 is before the start year 2006";
    QTest::newRow("plan twice") << "period-plan-twice.json"
        << "period-plan-twice.json: periods[1].plan: plan 11 is listed twice";
    QTest::newRow("periods not a list") << "periods-not-list.json"
        << "periods-not-list.json: periods: expected a list, found an object";
}

void TestExtractReader::refusesInvalidFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    const QString path = QFINDTESTDATA(QStringLiteral("../data/extract-invalid/") + file);
    QVERIFY(!path.isEmpty());
    const Result<Dataset> result = ExtractReader::readFile(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().toString(), message);
}

void TestExtractReader::refusesMissingFileAndFolder()
{
    const Result<Dataset> missing = ExtractReader::readFile(QStringLiteral("/nonexistent/x.json"));
    QCOMPARE(missing.error().toString(), QStringLiteral("x.json: the file does not exist"));
    const Result<Dataset> folder = ExtractReader::readFile(QStringLiteral(ANNALS_TEST_DATA_DIR));
    QCOMPARE(folder.error().toString(), QStringLiteral("data: this is a folder; expected a file"));
}

QTEST_GUILESS_MAIN(TestExtractReader)
#include "tst_extractreader.moc"
