#include "csvtable.h"
#include "datasetloader.h"
#include "figurescsvreader.h"
#include "observationflag.h"
#include "yeartablemodel.h"

#include <QtTest>

using namespace Annals;

namespace {

// One comparable line per observation: what the embedded extract must keep from figures.csv.
QStringList observationKeys(const Dataset &dataset)
{
    QStringList keys;
    for (const Series &series : dataset.series) {
        for (const Observation &observation : series.observations) {
            const Source *source = dataset.source(observation.sourceId);
            keys.append(QStringList{series.id, series.unit, QString::number(observation.year),
                                    observation.value ? QString::number(*observation.value, 'g', 12)
                                                      : QString(),
                                    vintageId(observation.vintage),
                                    observation.reportedGrowthPct,
                                    source ? source->url : QStringLiteral("<no source>"),
                                    observation.note}
                            .join(QLatin1Char('|')));
        }
    }
    keys.sort();
    return keys;
}

const Observation *find(const Dataset &dataset, const QString &series, int year, double value)
{
    for (const Observation &observation : dataset.findSeries(series)->observations) {
        if (observation.year == year && observation.value == value)
            return &observation;
    }
    return nullptr;
}

} // namespace

class TestEmbeddedDataset : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyObservationHasASourceWithAUrl();
    void keepsEveryRowOfTheSharedFigures();
    void flagsTheCaveatsOfTheDataReadme_data();
    void flagsTheCaveatsOfTheDataReadme();
    void surfacesDatasetCaveats();
    void nationalGrowthIsListedNotCharted();
    void chartsTheOfficial2022Execution();
    void spendingCovers2008To2026();
    void holdsKeywordCountsForEveryReport();
    void keepsEveryRowOfTheSharedTargets();
    void holdsTheFiveYearPlans();

private:
    Dataset m_dataset;
};

void TestEmbeddedDataset::initTestCase()
{
    const Result<Dataset> loaded = DatasetLoader::loadEmbedded();
    QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().toString()));
    m_dataset = loaded.value();
}

void TestEmbeddedDataset::everyObservationHasASourceWithAUrl()
{
    int observations = 0;
    for (const Series &series : std::as_const(m_dataset.series)) {
        QVERIFY(!series.nameEn.isEmpty());
        QVERIFY(!series.nameZh.isEmpty());
        for (const Observation &observation : series.observations) {
            const Source *source = m_dataset.source(observation.sourceId);
            QVERIFY2(source, qPrintable(series.id + QString::number(observation.year)));
            QVERIFY(source->url.startsWith(QLatin1String("http")));
            QVERIFY(!source->title.isEmpty());
            ++observations;
        }
    }
    QCOMPARE(observations, 166);
}

void TestEmbeddedDataset::keepsEveryRowOfTheSharedFigures()
{
    const QString path = QStringLiteral(ANNALS_SHARED_DIR "/data/figures.csv");
    if (!QFile::exists(path))
        QSKIP("../shared/data/figures.csv is not available");
    const Result<Dataset> shared = FiguresCsvReader::readFile(path);
    QVERIFY(shared.ok());
    QCOMPARE(observationKeys(m_dataset), observationKeys(shared.value()));
}

void TestEmbeddedDataset::flagsTheCaveatsOfTheDataReadme_data()
{
    QTest::addColumn<QString>("series");
    QTest::addColumn<int>("year");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("flag");
    QTest::addColumn<bool>("charted");

    QTest::newRow("2024 budget 379.8 is discrepant")
        << "central_st_expenditure" << 2024 << 379.8 << ObservationFlag::doNotChart() << false;
    QTest::newRow("2024 budget growth is against 2023 execution")
        << "central_st_expenditure" << 2024 << 370.8
        << ObservationFlag::growthVsPreviousActual() << true;
    QTest::newRow("318.7 is the 2022 budget misreported as execution (caveat 4)")
        << "central_st_expenditure" << 2022 << 318.7 << ObservationFlag::doNotChart() << false;
    QTest::newRow("2022 execution of about 320 is a rounding (caveat 4)")
        << "central_st_expenditure" << 2022 << 320.0 << ObservationFlag::approximate() << true;
    QTest::newRow("2025 budget 389.1 is a digit swap (caveat 4c)")
        << "central_st_expenditure" << 2025 << 389.1 << ObservationFlag::doNotChart() << false;
    QTest::newRow("2008 central figure includes transfers (caveat 4b)")
        << "central_st_expenditure" << 2008 << 116.3 << ObservationFlag::possibleSeriesBreak()
        << true;
    QTest::newRow("2012 central figure includes transfers (caveat 6)")
        << "central_st_expenditure" << 2012 << 228.5 << ObservationFlag::possibleSeriesBreak()
        << true;
    QTest::newRow("2015 central figure is low confidence (caveat 4b)")
        << "central_st_expenditure" << 2015 << 275.7 << ObservationFlag::lowConfidence()
        << true;
    QTest::newRow("3.3 trillion is total R&D")
        << "rd_expenditure_total" << 2023 << 3335.71
        << ObservationFlag::totalRdNotBasicResearch() << true;
    QTest::newRow("2013 intensity was revised below 2%")
        << "rd_intensity_pct_gdp" << 2013 << 2.08 << ObservationFlag::revisedLater() << true;
    QTest::newRow("the exact 2020 budget is not approximate (its rounding is)")
        << "central_st_expenditure" << 2020 << 320.0 << ObservationFlag::approximate() << true;
    QTest::newRow("AI-generated summary is low confidence")
        << "national_fiscal_st_expenditure_nbs" << 2024 << 1262.92
        << ObservationFlag::lowConfidence() << true;
}

void TestEmbeddedDataset::flagsTheCaveatsOfTheDataReadme()
{
    QFETCH(QString, series);
    QFETCH(int, year);
    QFETCH(double, value);
    QFETCH(QString, flag);
    QFETCH(bool, charted);
    const Observation *observation = find(m_dataset, series, year, value);
    QVERIFY(observation);
    QVERIFY2(observation->flags.contains(flag), qPrintable(observation->flags.join(u',')));
    QCOMPARE(observation->isChartable(), charted);
}

void TestEmbeddedDataset::nationalGrowthIsListedNotCharted()
{
    // figures.csv, caveat 4a: the 2022 "7.2%" is national, not central-level spending.
    YearTableModel model;
    model.setDataset(m_dataset);
    const QModelIndex growth = model.index(
        model.rowOfYear(2022),
        model.columnOf(QStringLiteral("reported/central_st_expenditure/budget")));
    QVERIFY(!growth.data(YearTableRoles::Value).isValid());
    QCOMPARE(growth.data(Qt::DisplayRole).toString(), QStringLiteral("7.2 (?)"));
    QVERIFY(growth.data(YearTableRoles::FlagTexts).toStringList().contains(
        ObservationFlag::describe(ObservationFlag::nationalNotCentral())));
    const Observation *exact = find(m_dataset, QStringLiteral("central_st_expenditure"), 2020,
                                    319.651);
    QVERIFY(!exact->flags.contains(ObservationFlag::approximate()));
    QCOMPARE(m_dataset.source(exact->sourceId)->title,
             QStringLiteral("Centre for Contemporary Asian Studies"));
}

void TestEmbeddedDataset::chartsTheOfficial2022Execution()
{
    // Caveat 4: the official 2022 execution is 321.552 bn (100.9% of the budget).
    const Series *central = m_dataset.findSeries(QStringLiteral("central_st_expenditure"));
    QCOMPARE(central->chartedObservation(2022, Vintage::Actual)->value, 321.552);
    QCOMPARE(central->chartedObservation(2024, Vintage::Budget)->value, 370.8);
    QVERIFY(!find(m_dataset, QStringLiteral("central_st_expenditure"), 2016, 271)
                 ->flags.contains(ObservationFlag::possibleSeriesBreak()));
}

void TestEmbeddedDataset::spendingCovers2008To2026()
{
    const Series *central = m_dataset.findSeries(QStringLiteral("central_st_expenditure"));
    QCOMPARE(central->chartedObservation(2008, Vintage::Budget)->value, 113.4);
    QCOMPARE(central->chartedObservation(2026, Vintage::Budget)->value, 426.42);
    QVERIFY(!central->chartedObservation(2017, Vintage::Budget)); // not seen in any source
}

void TestEmbeddedDataset::surfacesDatasetCaveats()
{
    const QString all = m_dataset.info.caveats.join(QLatin1Char(' '));
    QVERIFY(all.contains(QStringLiteral("total R&D, not basic research")));
    QVERIFY(all.contains(QStringLiteral("previous year's execution")));
    QVERIFY(all.contains(QStringLiteral("must not be mixed")));
    QVERIFY(all.contains(QStringLiteral("321.552 bn")));
    QVERIFY(all.contains(QStringLiteral("national general-public-budget")));
    QVERIFY(all.contains(QStringLiteral("Series break between 2013 and 2015")));
    // The preliminary R&D releases are kept as their own vintage, not mixed with finals.
    const Series *total = m_dataset.findSeries(QStringLiteral("rd_expenditure_total"));
    QCOMPARE(total->chartedObservation(2023, Vintage::Actual)->value, 3335.71);
    QCOMPARE(total->chartedObservation(2023, Vintage::Preliminary)->value, 3327.8);
}

void TestEmbeddedDataset::holdsKeywordCountsForEveryReport()
{
    const KeywordCounts &keywords = m_dataset.keywords;
    QCOMPARE(keywords.documents.size(), 52);
    QCOMPARE(keywords.years().first(), 1954);
    QCOMPARE(keywords.years().last(), 2025);
    QVERIFY(!keywords.years().contains(2020)); // the 2020 report is not in the corpus
    QVERIFY(keywords.vocabulary.size() >= 30);
    const char *required[] = {"科技", "创新", "改革", "发展", "人工智能", "集成电路", "芯片",
                              "半导体", "新质生产力", "高质量发展", "数字经济", "互联网",
                              "基础研究", "自立自强", "人才", "新能源", "量子"};
    for (const char *term : required) {
        const KeywordTerm *entry = keywords.term(QString::fromUtf8(term));
        QVERIFY2(entry, term);
        QVERIFY2(!entry->gloss.isEmpty(), term);
    }
    for (const DocumentCounts &document : keywords.documents) {
        QVERIFY(document.baseUnits > 1000);
        QCOMPARE(document.sha256.size(), 64);
        QCOMPARE(document.counts.size(), keywords.vocabulary.size());
    }
    QVERIFY(keywords.rule.contains(QStringLiteral("zero-width")));
    // The 1954 report is in traditional characters; the counts say so, and only its counts.
    for (const DocumentCounts &document : keywords.documents)
        QCOMPARE(document.notes.isEmpty(), document.year != 1954);
    // 5G has no Han character but appears in the Chinese reports: it is read there.
    QCOMPARE(keywords.languageOf(QStringLiteral("5G")), QStringLiteral("zh"));
    QCOMPARE(*keywords.count(QStringLiteral("5G"), 2021), 1);
    // The mission's example: 科技 in the 2024 report, more than in any report since 2012.
    QCOMPARE(*keywords.count(QStringLiteral("科技"), 2024), 28);
    for (int year = 2012; year < 2024; ++year) {
        if (const auto count = keywords.count(QStringLiteral("科技"), year))
            QVERIFY(*count < 28);
    }
}

void TestEmbeddedDataset::keepsEveryRowOfTheSharedTargets()
{
    const QString path = QStringLiteral(ANNALS_SHARED_DIR "/data/targets.csv");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("../shared/data/targets.csv is not available");
    const Result<CsvTable> table = parseCsv(QString::fromUtf8(file.readAll()), path);
    QVERIFY(table.ok());
    const CsvTable &csv = table.value();
    const auto column = [&](const CsvTable::Record &record, const char *name) {
        return record.fields.at(csv.columnIndex(QString::fromLatin1(name))).trimmed();
    };
    // Every row: its target (numbers and phrase) and, when it has one, its outcome.
    for (const CsvTable::Record &record : csv.records) {
        const QString where = QStringLiteral("targets.csv:%1").arg(record.line);
        const QString indicator = column(record, "indicator");
        const int year = column(record, "year").toInt();
        const Target *target = nullptr;
        for (const Target &candidate : m_dataset.targets) {
            if (candidate.indicatorId == indicator && candidate.year == year)
                target = &candidate;
        }
        QVERIFY2(target, qPrintable(where));
        QVERIFY2(m_dataset.targetIndicator(indicator), qPrintable(where));
        const QString low = column(record, "target_low");
        const QString high = column(record, "target_high");
        QCOMPARE(target->low, low.isEmpty() ? std::nullopt : std::optional(low.toDouble()));
        QCOMPARE(target->high, high.isEmpty() ? std::nullopt : std::optional(high.toDouble()));
        QCOMPARE(target->phrase, column(record, "target_phrase"));
        QCOMPARE(target->source, column(record, "target_source"));
        const QString outcome = column(record, "outcome");
        if (outcome.isEmpty())
            continue;
        const auto vintage = outcomeVintageFromId(column(record, "outcome_vintage"));
        QVERIFY2(vintage, qPrintable(where));
        const TargetOutcome *stored = target->outcome(*vintage);
        QVERIFY2(stored, qPrintable(where));
        QCOMPARE(stored->value, outcome.toDouble());
        QCOMPARE(stored->source, column(record, "outcome_source"));
    }
    // The README's coding, on rows it names.
    const auto kindOf = [&](const char *indicator, int year) {
        for (const Target &target : m_dataset.targets) {
            if (target.indicatorId == QLatin1String(indicator) && target.year == year)
                return targetKindId(target.kind);
        }
        return QString();
    };
    QCOMPARE(kindOf("gdp_growth", 2015), QStringLiteral("about"));
    QCOMPARE(kindOf("gdp_growth", 1995), QStringLiteral("range"));
    QCOMPARE(kindOf("gdp_growth", 2012), QStringLiteral("point"));
    QCOMPARE(kindOf("gdp_growth", 2020), QStringLiteral("none"));
    QCOMPARE(kindOf("new_urban_jobs_mn", 2024), QStringLiteral("at-least"));
    QCOMPARE(kindOf("cpi", 2007), QStringLiteral("at-most"));
}

void TestEmbeddedDataset::holdsTheFiveYearPlans()
{
    QCOMPARE(m_dataset.periods.size(), 15);
    QCOMPARE(m_dataset.periods.first().firstYear, 1953);
    QCOMPARE(m_dataset.periods.last().lastYear, 2030);
    const std::pair<int, double> intensityTargets[] = {{2010, 2.0}, {2015, 2.2}, {2020, 2.5}};
    for (const auto &[year, target] : intensityTargets) {
        const Period *plan = m_dataset.periodOf(year);
        QVERIFY(plan);
        QCOMPARE(plan->lastYear, year);
        QCOMPARE(plan->rdIntensityTargetPct, std::optional(target));
    }
    QCOMPARE(m_dataset.periodOf(2008)->nameEn, QStringLiteral("11th Five-Year Plan"));
    QVERIFY(!m_dataset.periodOf(1965)); // between the 2nd and the 3rd plan
}

QTEST_GUILESS_MAIN(TestEmbeddedDataset)
#include "tst_embeddeddataset.moc"
