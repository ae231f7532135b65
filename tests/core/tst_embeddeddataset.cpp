#include "datasetloader.h"
#include "figurescsvreader.h"
#include "observationflag.h"

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
    QCOMPARE(observations, 125);
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
    QTest::newRow("2022 execution quoted two ways (318.7)")
        << "central_st_expenditure" << 2022 << 318.7 << ObservationFlag::quotedTwoWays() << true;
    QTest::newRow("2022 execution quoted two ways (about 320)")
        << "central_st_expenditure" << 2022 << 320.0 << ObservationFlag::approximate() << true;
    QTest::newRow("2012 central figure may include transfers")
        << "central_st_expenditure" << 2012 << 228.5 << ObservationFlag::possibleSeriesBreak()
        << true;
    QTest::newRow("3.3 trillion is total R&D")
        << "rd_expenditure_total" << 2023 << 3335.71
        << ObservationFlag::totalRdNotBasicResearch() << true;
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

void TestEmbeddedDataset::surfacesDatasetCaveats()
{
    const QString all = m_dataset.info.caveats.join(QLatin1Char(' '));
    QVERIFY(all.contains(QStringLiteral("total R&D, not basic research")));
    QVERIFY(all.contains(QStringLiteral("previous year's execution")));
    QVERIFY(all.contains(QStringLiteral("must not be mixed")));
    // The preliminary R&D releases are kept as their own vintage, not mixed with finals.
    const Series *total = m_dataset.findSeries(QStringLiteral("rd_expenditure_total"));
    QCOMPARE(total->chartedObservation(2023, Vintage::Actual)->value, 3335.71);
    QCOMPARE(total->chartedObservation(2023, Vintage::Preliminary)->value, 3327.8);
}

QTEST_GUILESS_MAIN(TestEmbeddedDataset)
#include "tst_embeddeddataset.moc"
