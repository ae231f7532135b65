#include "chartcitation.h"
#include "observationflag.h"
#include "sampledataset.h"
#include "yeartablemodel.h"

#include <QtTest>

using namespace Annals;

namespace {

const QString budget = QStringLiteral("figure/central_st_expenditure/budget");
const QString reported = QStringLiteral("reported/central_st_expenditure/budget");
const QString computed = QStringLiteral("growth/central_st_expenditure/budget/actual");
const QString keyword = QStringLiteral("keyword/科技/count");

TableSelection selection(const QStringList &columns, int first = 2015, int last = 2024)
{
    return {columns, first, last};
}

} // namespace

class TestChartCitation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void computedValuesCreditBothSources();
    void textOnlyValuesCountForTablesNotCharts();
    void caveatsAreGroupedByTextWithWhereTheyApply();
    void keywordCountsCreditTheTextsCounted();
    void methodsSayWhatWasDoneAndFromWhat();
    void yearsWithoutValuesAreEmpty();
    void yearRanges_data();
    void yearRanges();

private:
    YearTableModel m_model;
};

void TestChartCitation::init()
{
    Dataset dataset = SampleDataset::make();
    Series &spending = dataset.series.first();
    spending.observations[0].sourceId = QStringLiteral("b"); // 2022 actual, the 2023 base
    spending.observations[1].flags = {ObservationFlag::growthVsPreviousActual()}; // 2023
    m_model.setDataset(dataset);
    QVERIFY(m_model.columnOf(computed) >= 0);
}

void TestChartCitation::computedValuesCreditBothSources()
{
    const ChartCitation citation(m_model, selection({computed}), true);
    QCOMPARE(citation.publishers(),
             (QStringList{QStringLiteral("Source A"), QStringLiteral("Source B")}));
    QVERIFY(citation.vintages().isEmpty()); // a computed value has none of its own
}

void TestChartCitation::textOnlyValuesCountForTablesNotCharts()
{
    // 2019's ">13" (Source B) has no number: a chart does not draw it, a table shows it.
    const ChartCitation chart(m_model, selection({reported}), true);
    QCOMPARE(chart.publishers(), QStringList{QStringLiteral("Source A")});
    const ChartCitation table(m_model, selection({reported}), false);
    QCOMPARE(table.publishers(),
             (QStringList{QStringLiteral("Source B"), QStringLiteral("Source A")}));
    QCOMPARE(table.vintages(), QStringList{QStringLiteral("budget")});
}

void TestChartCitation::caveatsAreGroupedByTextWithWhereTheyApply()
{
    ChartCitation citation(m_model, selection({budget, reported, computed}), true);
    citation.setColumnNames({{budget, QStringLiteral("Budget")},
                             {reported, QStringLiteral("Growth, reported")}});
    QCOMPARE(citation.caveats().size(), 1);
    const CaveatNote note = citation.caveats().first();
    QCOMPARE(note.text, ObservationFlag::describe(ObservationFlag::growthVsPreviousActual()));
    QCOMPARE(note.columnIds, (QStringList{budget, reported, computed}));
    QCOMPARE(note.years, QList<int>{2023});
    QCOMPARE(citation.caveatLines(),
             QStringList{QStringLiteral("Budget · Growth, reported · Central S&T · budget growth "
                                        "vs previous actual (2023): ")
                         + note.text});
    // A mark for each value drawn with a caveat.
    QCOMPARE(citation.flaggedValues().size(), 3);
    QCOMPARE(citation.flaggedValues().first(), (FlaggedValue{budget, 2023, 328.0}));
}

void TestChartCitation::keywordCountsCreditTheTextsCounted()
{
    ChartCitation citation(m_model, selection({keyword}, 2010, 2024), true);
    citation.setKeywordCounting(QStringLiteral("substring count"), QStringLiteral("annals 9"));
    QVERIFY(citation.publishers().isEmpty());
    QCOMPARE(citation.documents(), (QStringList{QStringLiteral("gwr-2018-zh.txt"),
                                                QStringLiteral("gwr-2024-zh.txt")}));
    QCOMPARE(citation.countedYears(), std::make_pair(2018, 2024));
    QCOMPARE(citation.sourceLine(),
             QStringLiteral("Source: keyword counts in the report texts of 2018–2024 "
                            "(documents: 2), counted by annals 9."));
}

void TestChartCitation::methodsSayWhatWasDoneAndFromWhat()
{
    ChartCitation citation(m_model, selection({budget, computed, keyword}, 2015, 2024), false);
    citation.setKeywordCounting(QStringLiteral("substring count"), QStringLiteral("annals 9"));
    citation.setDatasetTitle(QStringLiteral("sample"));
    const QString methods = citation.methods(QDate(2026, 12, 6));
    for (const QString &part :
         {QStringLiteral("“Central S&T · budget” (billion yuan, 2023–2024): figures as published"),
          QStringLiteral("vs previous actual” (%, 2023): computed by Annals"),
          QStringLiteral("Sources: Source A; Source B."),
          QStringLiteral("Vintages: budget."),
          QStringLiteral("Keywords were counted by annals 9 in the report texts of 2018–2024"),
          QStringLiteral("Counting rule: substring count. "),
          QStringLiteral("Caveats: "), QStringLiteral("on 2026-12-06.")})
        QVERIFY2(methods.contains(part), qPrintable(part + QStringLiteral("\n") + methods));
}

void TestChartCitation::yearsWithoutValuesAreEmpty()
{
    QVERIFY(ChartCitation(m_model, selection({budget, keyword}, 2030, 2040), true).isEmpty());
    QVERIFY(!ChartCitation(m_model, selection({budget, keyword}, 2024, 2040), true).isEmpty());
}

void TestChartCitation::yearRanges_data()
{
    QTest::addColumn<QList<int>>("years");
    QTest::addColumn<QString>("text");
    QTest::newRow("none") << QList<int>{} << QString();
    QTest::newRow("one") << QList<int>{2020} << QStringLiteral("2020");
    QTest::newRow("runs") << QList<int>{2008, 2009, 2010, 2012, 2014, 2015}
                          << QStringLiteral("2008–2010, 2012, 2014–2015");
}

void TestChartCitation::yearRanges()
{
    QFETCH(QList<int>, years);
    QFETCH(QString, text);
    QCOMPARE(ChartCitation::yearRanges(years), text);
}

QTEST_MAIN(TestChartCitation)
#include "tst_chartcitation.moc"
