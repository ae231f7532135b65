#include "observationflag.h"
#include "sampledataset.h"
#include "yeartablemodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Annals;


class TestYearTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTester();
    void editsSignalExactlyWhatChanged_data();
    void editsSignalExactlyWhatChanged();
    void headersChangeWithWhatTheyShow_data();
    void headersChangeWithWhatTheyShow();
    void keywordHeadersSayWhenItWasSeen_data();
    void keywordHeadersSayWhenItWasSeen();
    void hasOneRowPerYearIncludingGaps();
    void hasColumnsForEveryVintageGrowthAndKeyword();
    void cells_data();
    void cells();
    void chartsTheFirstChartableFigureAndListsTheOthers();
    void explainsComputedGrowth();
    void computesNoGrowthAcrossASeriesBreak();
    void keywordChangeComparesWithTheYearBefore();
    void valuesReadAloneAgreeWithTheCells_data();
    void valuesReadAloneAgreeWithTheCells();
    void keywordRatesStayWithinOneLanguage();
    void keywordsWithoutHanAreReadWhereTheirHitsAre_data();
    void keywordsWithoutHanAreReadWhereTheirHitsAre();
    void plainTextHasCLocaleNumbers_data();
    void plainTextHasCLocaleNumbers();
};

void TestYearTableModel::passesTheModelTester()
{
    YearTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDataset(SampleDataset::make());
    model.setDataset(Dataset());
    model.setDataset(SampleDataset::make());
}

// An edit of the data is a new Dataset; views keep their selection when the model tells them
// what changed instead of resetting.
void TestYearTableModel::editsSignalExactlyWhatChanged_data()
{
    QTest::addColumn<Dataset>("after");
    QTest::addColumn<bool>("reset");
    QTest::addColumn<QStringList>("removed"); // column ids, as signalled
    QTest::addColumn<QStringList>("inserted");

    const Dataset before = SampleDataset::make();
    Dataset edited = before;
    edited.series[0].observations[0].value = 1234.5;
    QTest::newRow("a value edited") << edited << false << QStringList() << QStringList();

    Dataset added = before;
    added.keywords.vocabulary.append({QStringLiteral("创新"), QStringLiteral("innovation"), {}, {}});
    QTest::newRow("a keyword added")
        << added << false << QStringList()
        << QStringList{QStringLiteral("keyword/创新/count"), QStringLiteral("keyword/创新/per10k"),
                       QStringLiteral("keyword/创新/change")};

    Dataset withSeries = before;
    withSeries.series.append(withSeries.series.first());
    withSeries.series.last().id = QStringLiteral("local_st_expenditure");
    QTest::newRow("a series added before the keywords")
        << withSeries << false << QStringList()
        << QStringList{QStringLiteral("figure/local_st_expenditure/budget"),
                       QStringLiteral("figure/local_st_expenditure/actual"),
                       QStringLiteral("reported/local_st_expenditure/budget"),
                       QStringLiteral("growth/local_st_expenditure/budget/actual"),
                       QStringLiteral("growth/local_st_expenditure/budget/budget")};

    Dataset removed = before;
    removed.keywords.vocabulary.clear();
    for (DocumentCounts &document : removed.keywords.documents)
        document.counts.clear();
    QTest::newRow("a keyword removed")
        << removed << false
        << QStringList{QStringLiteral("keyword/科技/count"), QStringLiteral("keyword/科技/per10k"),
                       QStringLiteral("keyword/科技/change")}
        << QStringList();

    Dataset longer = before;
    longer.series[0].observations.append(longer.series[0].observations.last());
    longer.series[0].observations.last().year = 2030;
    // Columns go at the end, then others come at the front: what was read in between moved.
    Dataset reshaped = before;
    reshaped.keywords.vocabulary.clear();
    for (DocumentCounts &document : reshaped.keywords.documents)
        document.counts.clear();
    Series other = reshaped.series.first();
    other.id = QStringLiteral("local_st_expenditure");
    for (Observation &observation : other.observations) {
        if (observation.value)
            *observation.value += 1000;
    }
    reshaped.series.prepend(other);
    QTest::newRow("a keyword removed and a series added in front")
        << reshaped << false
        << QStringList{QStringLiteral("keyword/科技/count"), QStringLiteral("keyword/科技/per10k"),
                       QStringLiteral("keyword/科技/change")}
        << QStringList{QStringLiteral("figure/local_st_expenditure/budget"),
                       QStringLiteral("figure/local_st_expenditure/actual"),
                       QStringLiteral("reported/local_st_expenditure/budget"),
                       QStringLiteral("growth/local_st_expenditure/budget/actual"),
                       QStringLiteral("growth/local_st_expenditure/budget/budget")};

    QTest::newRow("more years") << longer << true << QStringList() << QStringList();
}

void TestYearTableModel::editsSignalExactlyWhatChanged()
{
    QFETCH(Dataset, after);
    QFETCH(bool, reset);
    QFETCH(QStringList, removed);
    QFETCH(QStringList, inserted);
    YearTableModel model;
    model.setDataset(SampleDataset::make());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto idAt = [&model](int column) {
        return model.headerData(column, Qt::Horizontal, YearTableRoles::ColumnId).toString();
    };
    QStringList removedIds;
    connect(&model, &QAbstractItemModel::columnsAboutToBeRemoved, this,
            [&](const QModelIndex &, int first, int last) {
                for (int column = first; column <= last; ++column)
                    removedIds.append(idAt(column));
            });
    QStringList insertedIds;
    connect(&model, &QAbstractItemModel::columnsInserted, this,
            [&](const QModelIndex &, int first, int last) {
                for (int column = first; column <= last; ++column)
                    insertedIds.append(idAt(column));
            });
    // A view that reads every cell as soon as columns go or come (the details panel does).
    const auto readEverything = [&model] {
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column)
                model.index(row, column).data();
        }
    };
    connect(&model, &QAbstractItemModel::columnsRemoved, this, readEverything);
    connect(&model, &QAbstractItemModel::columnsInserted, this, readEverything);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    QPersistentModelIndex selected = model.index(2, 0);

    model.setDataset(after);

    QCOMPARE(resets.size(), reset ? 1 : 0);
    QCOMPARE(removedIds, removed);
    QCOMPARE(insertedIds, inserted);
    if (reset)
        return;
    QCOMPARE(changes.size(), 1);
    // Charts redraw their legends on a header change: a value edit leaves the headers alone.
    QCOMPARE(headers.size(), removed.isEmpty() && inserted.isEmpty() ? 0 : 1);
    QVERIFY(selected.isValid());
    QCOMPARE(selected.row(), 2);
    QCOMPARE(idAt(selected.column()), QStringLiteral("figure/central_st_expenditure/budget"));
    // No cell or header is stale: the model reads as one built afresh.
    YearTableModel fresh;
    fresh.setDataset(after);
    QCOMPARE(model.columnCount(), fresh.columnCount());
    for (int column = 0; column < model.columnCount(); ++column) {
        QCOMPARE(idAt(column),
                 fresh.headerData(column, Qt::Horizontal, YearTableRoles::ColumnId).toString());
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, column).data(), fresh.index(row, column).data());
    }
}

void TestYearTableModel::headersChangeWithWhatTheyShow_data()
{
    QTest::addColumn<Dataset>("after");
    QTest::addColumn<bool>("changed"); // headerDataChanged expected

    const Dataset before = SampleDataset::make();
    Dataset edited = before;
    edited.series[0].observations[0].value = 1234.5;
    QTest::newRow("a value edited") << edited << false;
    Dataset counted = before;
    counted.keywords.documents[1].counts[QStringLiteral("科技")] = 29;
    QTest::newRow("a keyword count changed, seen in the same years") << counted << false;

    Dataset renamed = before;
    renamed.series[0].nameEn = QStringLiteral("Central S&T spending");
    QTest::newRow("a series renamed") << renamed << true;
    Dataset renamedZh = before;
    renamedZh.series[0].nameZh = QStringLiteral("中央本级科技支出");
    QTest::newRow("a series' Chinese name changed") << renamedZh << true;
    Dataset unit = before;
    unit.series[0].unit = QStringLiteral("million yuan");
    QTest::newRow("a unit changed") << unit << true;
    Dataset broken = before;
    broken.series[0].breaks = {2023};
    QTest::newRow("a series break added") << broken << true;
    Dataset glossed = before;
    glossed.keywords.vocabulary[0].gloss = QStringLiteral("science and technology");
    QTest::newRow("a keyword gloss changed") << glossed << true;
    Dataset later = before;
    later.keywords.documents[0].counts[QStringLiteral("科技")] = 0;
    QTest::newRow("a keyword first seen later") << later << true;
}

void TestYearTableModel::headersChangeWithWhatTheyShow()
{
    // Headers name series and units, mark breaks and say when a keyword was first and last
    // seen: a change to any of them is signalled, and nothing else is.
    QFETCH(Dataset, after);
    QFETCH(bool, changed);
    YearTableModel model;
    model.setDataset(SampleDataset::make());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    model.setDataset(after);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(headers.size(), changed ? 1 : 0);
    YearTableModel fresh;
    fresh.setDataset(after);
    QCOMPARE(model.columnCount(), fresh.columnCount());
    for (int column = 0; column < model.columnCount(); ++column) {
        for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole),
                         int(YearTableRoles::SeriesName), int(YearTableRoles::Unit),
                         int(YearTableRoles::SeriesBreaks), int(YearTableRoles::FirstSeen),
                         int(YearTableRoles::LastSeen)}) {
            QCOMPARE(model.headerData(column, Qt::Horizontal, role),
                     fresh.headerData(column, Qt::Horizontal, role));
        }
    }
}

void TestYearTableModel::keywordHeadersSayWhenItWasSeen_data()
{
    QTest::addColumn<Dataset>("dataset");
    QTest::addColumn<QVariant>("first");
    QTest::addColumn<QVariant>("last");

    const Dataset sample = SampleDataset::make(); // 科技 counted in 2018 and 2024
    QTest::newRow("counted in both reports") << sample << QVariant(2018) << QVariant(2024);
    Dataset zeroFirst = sample;
    zeroFirst.keywords.documents[0].counts[QStringLiteral("科技")] = 0;
    QTest::newRow("a count of zero is not seen") << zeroFirst << QVariant(2024) << QVariant(2024);
    Dataset absent = sample;
    absent.keywords.documents[1].counts.clear();
    QTest::newRow("absent from the later report") << absent << QVariant(2018) << QVariant(2018);
    Dataset english = sample;
    for (DocumentCounts &document : english.keywords.documents)
        document.counts.clear();
    english.keywords.documents.append({2021, QStringLiteral("gwr-2021-en.txt"), {},
                                       QStringLiteral("en"), 9000,
                                       {{QStringLiteral("科技"), 5}}, {}});
    QTest::newRow("only in a text of another language") << english << QVariant() << QVariant();
    Dataset middle = sample;
    middle.keywords.documents.append({2021, QStringLiteral("gwr-2021-zh.txt"), {},
                                      QStringLiteral("zh"), 18000,
                                      {{QStringLiteral("科技"), 3}}, {}});
    middle.keywords.documents[0].counts.clear();
    QTest::newRow("listed after a later report") << middle << QVariant(2021) << QVariant(2024);
}

void TestYearTableModel::keywordHeadersSayWhenItWasSeen()
{
    QFETCH(Dataset, dataset);
    QFETCH(QVariant, first);
    QFETCH(QVariant, last);
    YearTableModel model;
    model.setDataset(dataset);
    const int column = model.columnOf(QStringLiteral("keyword/科技/count"));
    QVERIFY(column >= 0);
    QCOMPARE(model.headerData(column, Qt::Horizontal, YearTableRoles::FirstSeen), first);
    QCOMPARE(model.headerData(column, Qt::Horizontal, YearTableRoles::LastSeen), last);
}

void TestYearTableModel::hasOneRowPerYearIncludingGaps()
{
    YearTableModel model;
    model.setDataset(SampleDataset::make());
    QCOMPARE(model.firstYear(), 2018);
    QCOMPARE(model.lastYear(), 2024);
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.headerData(3, Qt::Vertical, YearTableRoles::Year).toInt(), 2021);
    QCOMPARE(model.rowOfYear(2021), 3);
    QCOMPARE(model.rowOfYear(2030), -1);
}

void TestYearTableModel::hasColumnsForEveryVintageGrowthAndKeyword()
{
    YearTableModel model;
    model.setDataset(SampleDataset::make());
    QStringList ids;
    for (int column = 0; column < model.columnCount(); ++column)
        ids.append(model.headerData(column, Qt::Horizontal, YearTableRoles::ColumnId).toString());
    const QStringList expected = {
        QStringLiteral("figure/central_st_expenditure/budget"),
        QStringLiteral("figure/central_st_expenditure/actual"),
        QStringLiteral("reported/central_st_expenditure/budget"),
        QStringLiteral("growth/central_st_expenditure/budget/actual"),
        QStringLiteral("growth/central_st_expenditure/budget/budget"),
        QStringLiteral("keyword/科技/count"),
        QStringLiteral("keyword/科技/per10k"),
        QStringLiteral("keyword/科技/change"),
    };
    QCOMPARE(ids, expected);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(),
             QStringLiteral("Central S&T\nbudget"));
    QCOMPARE(model.headerData(5, Qt::Horizontal, YearTableRoles::FirstSeen).toInt(), 2018);
    QCOMPARE(model.headerData(5, Qt::Horizontal, YearTableRoles::LastSeen).toInt(), 2024);
}

void TestYearTableModel::cells_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<int>("year");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("text");

    QTest::newRow("budget") << "figure/central_st_expenditure/budget" << 2024
                            << QVariant(370.8) << "370.8";
    QTest::newRow("gap year has no value") << "figure/central_st_expenditure/budget" << 2021
                                           << QVariant() << "";
    QTest::newRow("actual") << "figure/central_st_expenditure/actual" << 2022
                            << QVariant(318.7) << "318.7";
    QTest::newRow("reported growth") << "reported/central_st_expenditure/budget" << 2024
                                     << QVariant(10.0) << "10";
    QTest::newRow("growth printed as text") << "reported/central_st_expenditure/budget" << 2019
                                            << QVariant() << ">13";
    QTest::newRow("budget vs previous actual")
        << "growth/central_st_expenditure/budget/actual" << 2023
        << QVariant((328.0 / 318.7 - 1) * 100) << "2.9";
    QTest::newRow("budget vs previous budget")
        << "growth/central_st_expenditure/budget/budget" << 2024
        << QVariant((370.8 / 328.0 - 1) * 100) << "13.0";
    QTest::newRow("no base year") << "growth/central_st_expenditure/budget/actual" << 2024
                                  << QVariant() << "";
    QTest::newRow("keyword count") << "keyword/科技/count" << 2024 << QVariant(28.0) << "28";
    QTest::newRow("keyword per 10k") << "keyword/科技/per10k" << 2024 << QVariant(17.5)
                                     << "17.50";
    QTest::newRow("keyword year without report") << "keyword/科技/count" << 2020 << QVariant()
                                                 << "";
    QTest::newRow("change needs the year before") << "keyword/科技/change" << 2024 << QVariant()
                                                  << "";
}

void TestYearTableModel::cells()
{
    QFETCH(QString, column);
    QFETCH(int, year);
    QFETCH(QVariant, value);
    QFETCH(QString, text);
    YearTableModel model;
    model.setDataset(SampleDataset::make());
    const QModelIndex index = model.index(model.rowOfYear(year), model.columnOf(column));
    QVERIFY(index.isValid());
    QCOMPARE(index.data(YearTableRoles::Value).isValid(), value.isValid());
    if (value.isValid())
        QVERIFY(qFuzzyCompare(index.data(YearTableRoles::Value).toDouble(), value.toDouble()));
    QCOMPARE(index.data(Qt::DisplayRole).toString(), text);
    QCOMPARE(index.data(YearTableRoles::PlainText).toString(), text); // C locale here
    QCOMPARE(index.data(YearTableRoles::Year).toInt(), year);
}

void TestYearTableModel::plainTextHasCLocaleNumbers_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("plain");
    QTest::addColumn<QStringList>("publishers");
    QTest::newRow("amount") << "figure/central_st_expenditure/budget" << 2024 << "370,8"
                            << "370.8" << QStringList{"Source A"};
    QTest::newRow("computed") << "growth/central_st_expenditure/budget/actual" << 2023 << "2,9"
                              << "2.9" << QStringList{"Source A"};
    QTest::newRow("text") << "reported/central_st_expenditure/budget" << 2019 << ">13" << ">13"
                          << QStringList{"Source B"};
    QTest::newRow("keyword: the texts counted") << "keyword/科技/per10k" << 2024 << "17,50"
                                                << "17.50" << QStringList{"gwr-2024-zh.txt"};
}

void TestYearTableModel::plainTextHasCLocaleNumbers()
{
    QFETCH(QString, column);
    QFETCH(int, year);
    QFETCH(QString, display);
    QFETCH(QString, plain);
    QFETCH(QStringList, publishers);
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    YearTableModel model;
    model.setDataset(SampleDataset::make());
    const QModelIndex index = model.index(model.rowOfYear(year), model.columnOf(column));
    const QString shown = index.data(Qt::DisplayRole).toString();
    const QString text = index.data(YearTableRoles::PlainText).toString();
    const QStringList by = index.data(YearTableRoles::Publishers).toStringList();
    QLocale::setDefault(before);
    QCOMPARE(shown, display);
    QCOMPARE(text, plain);
    QCOMPARE(by, publishers);
}

void TestYearTableModel::chartsTheFirstChartableFigureAndListsTheOthers()
{
    YearTableModel model;
    model.setDataset(SampleDataset::make());
    const QModelIndex budget2024 = model.index(model.rowOfYear(2024),
                                               model.columnOf(QStringLiteral(
                                                   "figure/central_st_expenditure/budget")));
    QCOMPARE(budget2024.data(YearTableRoles::SourceTitle).toString(), QStringLiteral("Source A"));
    QCOMPARE(budget2024.data(YearTableRoles::SourceUrl).toString(),
             QStringLiteral("https://a.example/"));
    QCOMPARE(budget2024.data(YearTableRoles::Vintage).toString(), QStringLiteral("budget"));
    QCOMPARE(budget2024.data(YearTableRoles::Unit).toString(), QStringLiteral("billion yuan"));
    const QVariantList others = budget2024.data(YearTableRoles::Alternatives).toList();
    QCOMPARE(others.size(), 1);
    const QVariantMap discrepant = others.first().toMap();
    QCOMPARE(discrepant.value(QStringLiteral("text")).toString(), QStringLiteral("379.8"));
    QCOMPARE(discrepant.value(QStringLiteral("flagTexts")).toStringList(),
             QStringList{ObservationFlag::describe(ObservationFlag::doNotChart())});
}

void TestYearTableModel::explainsComputedGrowth()
{
    YearTableModel model;
    model.setDataset(SampleDataset::make());
    const QModelIndex growth = model.index(
        model.rowOfYear(2023),
        model.columnOf(QStringLiteral("growth/central_st_expenditure/budget/actual")));
    QCOMPARE(growth.data(YearTableRoles::Note).toString(),
             QStringLiteral("Computed by Annals: 328 (2023 budget) against 318.7 (2022 actual)."));
    QCOMPARE(growth.data(YearTableRoles::ReportedGrowth).toString(), QStringLiteral("2"));
    QCOMPARE(growth.data(YearTableRoles::Vintage).toString(), QStringLiteral("computed"));
}

void TestYearTableModel::computesNoGrowthAcrossASeriesBreak()
{
    const QString againstActual = QStringLiteral("growth/central_st_expenditure/budget/actual");
    const QString againstBudget = QStringLiteral("growth/central_st_expenditure/budget/budget");
    Dataset dataset = SampleDataset::make();
    YearTableModel model;
    model.setDataset(dataset);
    QVERIFY(model.columnOf(againstActual) >= 0); // 2023 budget against 2022 execution

    // With a new basis from 2023, that growth would compare two measures: no column at all,
    // while 2024 against 2023 (both on the new basis) stays.
    dataset.series.first().breaks = {2023};
    model.setDataset(dataset);
    QCOMPARE(model.columnOf(againstActual), -1);
    const int column = model.columnOf(againstBudget);
    QVERIFY(column >= 0);
    QVERIFY(model.index(model.rowOfYear(2024), column).data(YearTableRoles::Value).isValid());

    // From 2024 on: that one goes too.
    dataset.series.first().breaks = {2024};
    model.setDataset(dataset);
    QCOMPARE(model.columnOf(againstBudget), -1);
    const int figure = model.columnOf(QStringLiteral("figure/central_st_expenditure/budget"));
    QCOMPARE(model.headerData(figure, Qt::Horizontal, YearTableRoles::SeriesBreaks).toList(),
             QVariantList{2024});
    QVERIFY(!model.headerData(model.columnOf(againstActual), Qt::Horizontal,
                              YearTableRoles::SeriesBreaks)
                 .isValid());
}

void TestYearTableModel::keywordChangeComparesWithTheYearBefore()
{
    Dataset dataset = SampleDataset::make();
    dataset.keywords.documents.append({2023, QStringLiteral("gwr-2023-zh.txt"), {},
                                       QStringLiteral("zh"), 16000,
                                       {{QStringLiteral("科技"), 14}}, {}});
    YearTableModel model;
    model.setDataset(dataset);
    const QModelIndex change = model.index(model.rowOfYear(2024),
                                           model.columnOf(QStringLiteral("keyword/科技/change")));
    QCOMPARE(change.data(YearTableRoles::Value).toDouble(), 100.0); // 17.5 against 8.75
    QCOMPARE(change.data(Qt::DisplayRole).toString(), QStringLiteral("100.0"));
    QCOMPARE(change.data(YearTableRoles::Unit).toString(), QStringLiteral("% vs previous year"));
}

void TestYearTableModel::valuesReadAloneAgreeWithTheCells_data()
{
    QTest::addColumn<QString>("columnId");
    QTest::newRow("keyword count") << QStringLiteral("keyword/科技/count");
    QTest::newRow("keyword per 10k") << QStringLiteral("keyword/科技/per10k");
    QTest::newRow("keyword change") << QStringLiteral("keyword/科技/change");
    QTest::newRow("figure") << QStringLiteral("figure/central_st_expenditure/actual");
}

void TestYearTableModel::valuesReadAloneAgreeWithTheCells()
{
    // Charts read values without the texts of their cells (YearTableModel keeps them apart):
    // the two must agree, also after an edit that keeps the columns.
    QFETCH(QString, columnId);
    Dataset dataset = SampleDataset::make();
    dataset.keywords.documents.append({2023, QStringLiteral("gwr-2023-zh.txt"), {},
                                       QStringLiteral("zh"), 16000,
                                       {{QStringLiteral("科技"), 14}}, {}});
    YearTableModel charted;
    charted.setDataset(dataset);
    const auto compareWithCells = [&columnId](const YearTableModel &model,
                                              const Dataset &expected) {
        YearTableModel tabled;
        tabled.setDataset(expected);
        const int column = model.columnOf(columnId);
        QVERIFY(column >= 0);
        QCOMPARE(tabled.columnOf(columnId), column);
        int values = 0;
        for (int row = 0; row < tabled.rowCount(); ++row) {
            const QModelIndex cell = tabled.index(row, column);
            const QString text = cell.data(Qt::DisplayRole).toString(); // the cell first
            const QVariant value = model.index(row, column).data(YearTableRoles::Value);
            QCOMPARE(value, cell.data(YearTableRoles::Value));
            QCOMPARE(value.isValid(), !text.isEmpty());
            values += value.isValid() ? 1 : 0;
        }
        QVERIFY(values >= 1);
    };
    compareWithCells(charted, dataset);
    for (DocumentCounts &document : dataset.keywords.documents) {
        if (document.year == 2023)
            document.counts[QStringLiteral("科技")] = 28;
    }
    for (Series &series : dataset.series) {
        for (Observation &observation : series.observations) {
            if (observation.value)
                *observation.value += 1.0;
        }
    }
    charted.setDataset(dataset);
    compareWithCells(charted, dataset);
}

void TestYearTableModel::keywordRatesStayWithinOneLanguage()
{
    // An English text of 2024 next to the Chinese one: 科技's rate still uses Han characters
    // only, and "technology" its own words.
    Dataset dataset = SampleDataset::make();
    dataset.keywords.vocabulary.append({QStringLiteral("technology"), QString(), {}, {}});
    dataset.keywords.documents.append({2024, QStringLiteral("gwr-2024-en.txt"), {},
                                       QStringLiteral("en"), 40000,
                                       {{QStringLiteral("technology"), 20},
                                        {QStringLiteral("科技"), 0}},
                                       {}});
    YearTableModel model;
    model.setDataset(dataset);
    const int row = model.rowOfYear(2024);
    QCOMPARE(model.index(row, model.columnOf(QStringLiteral("keyword/科技/per10k")))
                 .data(YearTableRoles::Value).toDouble(), 17.5);
    QCOMPARE(model.index(row, model.columnOf(QStringLiteral("keyword/科技/count")))
                 .data(YearTableRoles::Value).toDouble(), 28.0);
    QCOMPARE(model.index(row, model.columnOf(QStringLiteral("keyword/technology/per10k")))
                 .data(YearTableRoles::Value).toDouble(), 5.0);
    QCOMPARE(model.index(row, model.columnOf(QStringLiteral("keyword/科技/count")))
                 .data(YearTableRoles::Note).toString(),
             QStringLiteral("28 occurrence(s) in 16,000 Han characters."));
}

void TestYearTableModel::keywordsWithoutHanAreReadWhereTheirHitsAre_data()
{
    QTest::addColumn<QString>("term");
    QTest::addColumn<int>("chineseHits"); // in the Chinese report
    QTest::addColumn<int>("englishHits"); // in the English report of the same year
    QTest::addColumn<QString>("language");
    QTest::newRow("Han keyword") << "科技" << 0 << 0 << "zh";
    QTest::newRow("5G, in Chinese reports only") << "5G" << 1 << 0 << "zh";
    QTest::newRow("English word, in English reports") << "technolog*" << 0 << 20 << "en";
    QTest::newRow("more hits in Chinese") << "AI" << 3 << 2 << "zh";
    QTest::newRow("no hits anywhere") << "quantum" << 0 << 0 << "en";
}

void TestYearTableModel::keywordsWithoutHanAreReadWhereTheirHitsAre()
{
    QFETCH(QString, term);
    QFETCH(int, chineseHits);
    QFETCH(int, englishHits);
    QFETCH(QString, language);
    KeywordCounts counts;
    counts.vocabulary = {{term, QString(), {}, {}}};
    counts.documents = {{2024, QStringLiteral("gwr-2024-zh.txt"), {}, QStringLiteral("zh"),
                         10000, {{term, chineseHits}}, {}},
                        {2024, QStringLiteral("gwr-2024-en.txt"), {}, QStringLiteral("en"),
                         5000, {{term, englishHits}}, {}}};
    QCOMPARE(counts.languageOf(term), language);
    // Counts and rates come from that language's report only.
    const bool chinese = language == QLatin1String("zh");
    QCOMPARE(counts.count(term, 2024), std::optional<qint64>(chinese ? chineseHits : englishHits));
    QCOMPARE(*counts.per10k(term, 2024), chinese ? chineseHits : englishHits * 2.0);
}

QTEST_GUILESS_MAIN(TestYearTableModel)
#include "tst_yeartablemodel.moc"
