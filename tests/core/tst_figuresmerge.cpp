// FiguresMerge::add: what "Add Figures" does to the project's series, sources and caveats.
// Datasets are written in a compact notation: "series:source@year" entries, so that each row
// reads as what goes in and what comes out.

#include "figuresmerge.h"
#include "projectvalidator.h"

#include <QtTest>

using namespace Annals;

namespace {

// "gdp:nbs@2023 gdp:nbs@2024 rd:most@2024" → series gdp (two observations citing source nbs)
// and rd, in billion yuan ("rd%:…": in % of GDP); every cited source exists, titled
// \a sourceTitle.
Dataset dataset(const QString &spec, const QString &sourceTitle)
{
    Dataset result;
    for (const QString &entry : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList parts = entry.split(QRegularExpression(QStringLiteral("[:@]")));
        Q_ASSERT(parts.size() == 3);
        const bool percent = parts[0].endsWith(QLatin1Char('%'));
        const QString id = percent ? parts[0].chopped(1) : parts[0];
        if (!result.findSeries(id)) {
            result.series.append({id, id, QString(),
                                  percent ? QStringLiteral("% of GDP")
                                          : QStringLiteral("billion yuan"),
                                  percent ? SeriesKind::Percent : SeriesKind::Amount, QString(),
                                  {}, {}});
        }
        if (!result.source(parts[1]))
            result.sources.append({parts[1], sourceTitle, QString(), QString(), QString()});
        Observation observation;
        observation.year = parts[2].toInt();
        observation.value = 1.0;
        observation.sourceId = parts[1];
        for (Series &series : result.series) {
            if (series.id == id)
                series.observations.append(observation);
        }
    }
    return result;
}

// The merged dataset in the same notation, each source id followed by its title's first word.
QString describe(const Dataset &dataset)
{
    QStringList entries;
    for (const Series &series : dataset.series) {
        for (const Observation &observation : series.observations) {
            const Source *source = dataset.source(observation.sourceId);
            entries.append(QStringLiteral("%1:%2(%3)@%4")
                               .arg(series.id, observation.sourceId,
                                    source ? source->title : QStringLiteral("MISSING"))
                               .arg(observation.year));
        }
    }
    return entries.join(QLatin1Char(' '));
}

} // namespace

class TestFiguresMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void add_data();
    void add();
    void keepsTheProjectsMetadataAndAttributesCaveats();
    void unusedSourcesOfReplacedFiguresAreDropped();
    void seriesInAnotherUnitIsNamedAfterItsDataset();
};

void TestFiguresMerge::add_data()
{
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("imported");
    QTest::addColumn<QString>("merged");
    QTest::addColumn<QStringList>("added");
    QTest::addColumn<QStringList>("updated");
    QTest::addColumn<int>("renamed");

    QTest::newRow("new series are appended")
        << "gdp:nbs@2023"
        << "gerd:oecd@2022"
        << "gdp:nbs(old)@2023 gerd:oecd(new)@2022" << QStringList{"gerd"} << QStringList()
        << 0;
    QTest::newRow("a series with the same id gains the imported years where it was")
        << "gdp:nbs@2023 rd:most@2023 st:mof@2023"
        << "st:mof2@2024 gdp:nbs2@2024"
        << "gdp:nbs(old)@2023 gdp:nbs2(new)@2024 rd:most(old)@2023 st:mof(old)@2023 "
           "st:mof2(new)@2024"
        << QStringList() << QStringList{"st", "gdp"} << 0;
    QTest::newRow("an imported year replaces the project's figure for it")
        << "gdp:nbs@2022 gdp:nbs@2023 gdp:nbs@2024"
        << "gdp:rev@2023"
        << "gdp:nbs(old)@2022 gdp:rev(new)@2023 gdp:nbs(old)@2024" << QStringList()
        << QStringList{"gdp"} << 0;
    QTest::newRow("a series with the same id in another unit is added beside it")
        << "gdp:nbs@2023"
        << "gdp%:wb@2023"
        << "gdp:nbs(old)@2023 gdp-2:wb(new)@2023" << QStringList{"gdp-2"} << QStringList()
        << 0;
    QTest::newRow("a source id the project still cites for another document is renamed")
        << "gdp:s1@2023 rd:s1@2023"
        << "gerd:s1@2022"
        << "gdp:s1(old)@2023 rd:s1(old)@2023 gerd:s1-2(new)@2022" << QStringList{"gerd"}
        << QStringList() << 1;
    QTest::newRow("the new id avoids ids both datasets use")
        << "gdp:s1@2023 rd:s1-2@2023"
        << "gerd:s1@2022 gerd:s1-3@2021"
        << "gdp:s1(old)@2023 rd:s1-2(old)@2023 gerd:s1-4(new)@2022 gerd:s1-3(new)@2021"
        << QStringList{"gerd"} << QStringList() << 1;
    QTest::newRow("a source only the replaced figures cited is replaced, not renamed")
        << "gdp:s1@2023 rd:s2@2023"
        << "gdp:s1@2023"
        << "gdp:s1(new)@2023 rd:s2(old)@2023" << QStringList() << QStringList{"gdp"} << 0;
}

void TestFiguresMerge::add()
{
    QFETCH(QString, project);
    QFETCH(QString, imported);
    QFETCH(QString, merged);
    QFETCH(QStringList, added);
    QFETCH(QStringList, updated);
    QFETCH(int, renamed);

    const FiguresMerge merge = FiguresMerge::add(dataset(project, QStringLiteral("old")),
                                                 dataset(imported, QStringLiteral("new")));
    QCOMPARE(describe(merge.merged), merged);
    QCOMPARE(merge.addedSeries, added);
    QCOMPARE(merge.updatedSeries, updated);
    QCOMPARE(merge.sourcesRenamed, renamed);
    // What a merge gives can always be saved: unique ids, every cited source present.
    Project saved;
    saved.dataset = merge.merged;
    const Result<void> valid = ProjectValidator::check(saved);
    QVERIFY2(valid, qPrintable(valid ? QString() : valid.error().message));
}

void TestFiguresMerge::keepsTheProjectsMetadataAndAttributesCaveats()
{
    Dataset project = dataset(QStringLiteral("gdp:nbs@2023"), QStringLiteral("NBS"));
    project.info.title = QStringLiteral("China S&T budgets");
    project.info.caveats = {QStringLiteral("Budget figures are not outturns.")};
    project.keywords.vocabulary.append({QStringLiteral("科技"), QStringLiteral("technology"), {}, {}});
    Dataset imported = dataset(QStringLiteral("gerd:oecd@2022"), QStringLiteral("OECD"));
    imported.info.title = QStringLiteral("OECD MSTI");
    imported.info.caveats = {QStringLiteral("PPP dollars."),
                             QStringLiteral("Budget figures are not outturns.")};

    const Dataset merged = FiguresMerge::add(project, imported).merged;
    QCOMPARE(merged.info.title, project.info.title);
    QCOMPARE(merged.keywords, project.keywords);
    QCOMPARE(merged.info.caveats,
             (QStringList{QStringLiteral("Budget figures are not outturns."),
                          QStringLiteral("OECD MSTI: PPP dollars.")}));

    // Adding the same file twice changes nothing the second time.
    QCOMPARE(FiguresMerge::add(merged, imported).merged, merged);
}

void TestFiguresMerge::unusedSourcesOfReplacedFiguresAreDropped()
{
    const Dataset project = dataset(QStringLiteral("gdp:old@2023 rd:most@2023"),
                                    QStringLiteral("old"));
    const Dataset merged
        = FiguresMerge::add(project, dataset(QStringLiteral("gdp:nbs@2023"),
                                             QStringLiteral("new")))
              .merged;
    QStringList ids;
    for (const Source &source : merged.sources)
        ids.append(source.id);
    QCOMPARE(ids, (QStringList{QStringLiteral("most"), QStringLiteral("nbs")}));
}

void TestFiguresMerge::seriesInAnotherUnitIsNamedAfterItsDataset()
{
    Dataset imported = dataset(QStringLiteral("gdp%:wb@2023"), QStringLiteral("WB"));
    imported.info.title = QStringLiteral("World Bank WDI");
    imported.series[0].nameZh = QStringLiteral("国内生产总值");
    const Dataset merged
        = FiguresMerge::add(dataset(QStringLiteral("gdp:nbs@2023"), QStringLiteral("NBS")),
                            imported)
              .merged;
    QCOMPARE(merged.series.size(), 2);
    QCOMPARE(merged.series[1].nameEn, QStringLiteral("gdp (World Bank WDI)"));
    QCOMPARE(merged.series[1].nameZh, QStringLiteral("国内生产总值（World Bank WDI）"));
    QCOMPARE(merged.series[1].unit, QStringLiteral("% of GDP"));
}

QTEST_GUILESS_MAIN(TestFiguresMerge)
#include "tst_figuresmerge.moc"
