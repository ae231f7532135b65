#include "keywordcontext.h"
#include "phrasefinder.h"
#include "reporttextreader.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace Annals;

namespace {

const QString corpusDir = QStringLiteral(ANNALS_SHARED_DIR "/corpus");

struct Text
{
    int year;
    QString text;
};

QList<ReportText> reports(const QList<Text> &texts)
{
    QList<ReportText> result;
    for (const Text &text : texts) {
        ReportText report;
        report.year = text.year;
        report.path = QStringLiteral("r-%1.txt").arg(text.year);
        report.fileName = report.path;
        report.text = text.text;
        report.language = ReportTextReader::detectLanguage(text.text);
        result.append(report);
    }
    return result;
}

// "phrase:count" for each row, in rank order.
QStringList summary(const QList<PhraseRow> &rows)
{
    QStringList result;
    for (const PhraseRow &row : rows)
        result.append(QStringLiteral("%1:%2").arg(row.phrase).arg(row.count));
    return result;
}

} // namespace

class tst_PhraseFinder : public QObject
{
    Q_OBJECT

private slots:
    void newPhrases_data();
    void newPhrases();
    void rowDetails();
    void droppedPhrases();
    void moreThan64Reports();
    void stopList_data();
    void stopList();
    void countsAgreeWithNormalisation();
    void realCorpus_data();
    void realCorpus();
};

void tst_PhraseFinder::newPhrases_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("punctuation stops a phrase")
        << QStringLiteral("旧的文字。") << QStringLiteral("甲乙，丙丁。甲乙、丙丁。")
        << QStringList{QStringLiteral("甲乙:2"), QStringLiteral("丙丁:2")};
    QTest::newRow("maximal merge")
        << QStringLiteral("发展。推进。人工。智能。")
        << QStringLiteral("发展人工智能。推进人工智能。")
        << QStringList{QStringLiteral("人工智能:2"), QStringLiteral("发展人工智能:1"),
                       QStringLiteral("推进人工智能:1")};
    QTest::newRow("inside-only phrase not listed")
        << QStringLiteral("新的。词语。") << QStringLiteral("新的词语。新的词语！")
        << QStringList{QStringLiteral("新的词语:2")};
    QTest::newRow("shorter phrase that also stands alone")
        << QStringLiteral("制造。") << QStringLiteral("智能制造。智能。")
        << QStringList{QStringLiteral("智能:2"), QStringLiteral("智能制造:1")};
    QTest::newRow("line breaks and spaces are removed")
        << QStringLiteral("旧文。") << QStringLiteral("十四\n五，十 四五。")
        << QStringList{QStringLiteral("十四五:2")};
    QTest::newRow("one character is no phrase")
        << QStringLiteral("旧文。") << QStringLiteral("甲，乙，甲。")
        << QStringList();
    QTest::newRow("English words")
        << QStringLiteral("The economy grows.")
        << QStringLiteral("The Digital economy grows. The digital economy leads.")
        << QStringList{QStringLiteral("the digital economy:2"),
                       QStringLiteral("the digital economy grows:1"),
                       QStringLiteral("the digital economy leads:1")};
    QTest::newRow("acronyms keep their case")
        << QStringLiteral("发展。网络。") << QStringLiteral("发展5G网络。")
        << QStringList{QStringLiteral("5G:1")};
    QTest::newRow("English: numbers break a phrase, hyphens join")
        << QStringLiteral("We build roads.")
        << QStringLiteral("Build high-speed rail in 2021, rail.")
        << QStringList{QStringLiteral("rail:2"), QStringLiteral("build high-speed rail in:1")};
}

void tst_PhraseFinder::newPhrases()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QStringList, expected);
    PhraseFinder finder;
    finder.build(reports({{2020, before}, {2021, after}}));
    QCOMPARE(finder.years(), (QList<int>{2020, 2021}));
    QStringList found = summary(finder.newPhrases(2021, StopList()));
    QCOMPARE(found, expected);
}

void tst_PhraseFinder::rowDetails()
{
    PhraseFinder finder;
    finder.build(reports({{2019, QStringLiteral("规划。")},
                          {2021, QStringLiteral("开局之年。编制十四五\n规划，落实十四五。")},
                          {2022, QStringLiteral("实施十四五规划。")},
                          {2023, QStringLiteral("无关。")},
                          {2024, QStringLiteral("十四五收官。")}}));
    const QList<PhraseRow> rows = finder.newPhrases(2021, StopList(), 1);
    QCOMPARE(rows.size(), 1);
    const PhraseRow &row = rows.first();
    QCOMPARE(row.phrase, QStringLiteral("十四五"));
    QCOMPARE(row.status, PhraseRow::Status::New);
    QCOMPARE(row.year, 2021);
    QCOMPARE(row.count, 2);
    QCOMPARE(row.years, (QList<int>{2022, 2024}));
    QCOMPARE(row.firstSentence, QStringLiteral("编制十四五规划，落实十四五。"));
    QCOMPARE(row.reportPath, QStringLiteral("r-2021.txt"));
    QCOMPARE(row.offset, 7);
    QCOMPARE(row.length, 3);
}

void tst_PhraseFinder::droppedPhrases()
{
    PhraseFinder finder;
    finder.build(reports({{2018, QStringLiteral("旧词一。共同。")},
                          {2019, QStringLiteral("旧词一，旧词二。共同。")},
                          {2021, QStringLiteral("共同。")},
                          {2022, QStringLiteral("共同。旧词二。")}}));
    const QList<PhraseRow> rows = finder.droppedPhrases(2021, StopList());
    QCOMPARE(summary(rows), QStringList{QStringLiteral("旧词一:1")});
    QCOMPARE(rows.first().years, (QList<int>{2018, 2019}));
    QCOMPARE(rows.first().status, PhraseRow::Status::Dropped);
    QCOMPARE(rows.first().reportPath, QStringLiteral("r-2019.txt"));
    QVERIFY(finder.droppedPhrases(2018, StopList()).isEmpty());
    QVERIFY(finder.droppedPhrases(2022, StopList()).isEmpty());
}

void tst_PhraseFinder::moreThan64Reports()
{
    // Past 64 reports the years of a phrase are looked up rather than kept as bits.
    QList<Text> texts;
    for (int year = 1940; year < 2020; ++year) {
        const bool holds = year == 2000 || year == 2005 || year == 2019;
        texts.append({year, holds ? QStringLiteral("共同。新词。") : QStringLiteral("共同。")});
    }
    PhraseFinder finder;
    finder.build(reports(texts));
    QCOMPARE(finder.years().size(), 80);
    const QList<PhraseRow> rows = finder.newPhrases(2000, StopList());
    QCOMPARE(summary(rows), QStringList{QStringLiteral("新词:1")});
    QCOMPARE(rows.first().years, (QList<int>{2005, 2019}));
}

void tst_PhraseFinder::stopList_data()
{
    QTest::addColumn<QString>("stopList");
    QTest::addColumn<QStringList>("expected");
    const QStringList all{QStringLiteral("二十届二中全会:1"), QStringLiteral("表示衷心感谢:1"),
                          QStringLiteral("十四五规划:1")};
    QTest::newRow("none") << QString() << all;
    QTest::newRow("default") << StopList::defaultText()
                             << QStringList{QStringLiteral("十四五规划:1")};
    QTest::newRow("literal") << QStringLiteral("规划") << all.mid(0, 2);
    QTest::newRow("comment and pattern")
        << QStringLiteral("# plenary sessions\n/届.中全会/\n") << all.mid(1);
}

void tst_PhraseFinder::stopList()
{
    QFETCH(QString, stopList);
    QFETCH(QStringList, expected);
    PhraseFinder finder;
    finder.build(reports({{2020, QStringLiteral("旧文。")},
                          {2021, QStringLiteral("二十届二中全会。表示衷心感谢！十四五规划。")}}));
    QString error;
    const StopList list = StopList::fromText(stopList, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(summary(finder.newPhrases(2021, list)), expected);

    // The default leaves out pieces that start or end with a particle, not real phrases.
    const StopList defaults = StopList::defaultList();
    QVERIFY(defaults.excludes(QStringLiteral("规划的")));
    QVERIFY(defaults.excludes(QStringLiteral("的安")));
    QVERIFY(!defaults.excludes(QStringLiteral("以人民为中心")));
    QVERIFY(!defaults.excludes(QStringLiteral("和平发展")));
    QVERIFY(!defaults.excludes(QStringLiteral("digital economy")));
}

void tst_PhraseFinder::countsAgreeWithNormalisation()
{
    // 十四五 broken by a line break and by a zero-width space still counts, as for keywords.
    PhraseFinder finder;
    finder.build(reports({{2020, QStringLiteral("旧文。")},
                          {2021, QStringLiteral("十四\n五，十\u200B四五，十四五。")}}));
    QCOMPARE(summary(finder.newPhrases(2021, StopList())),
             QStringList{QStringLiteral("十四五:3")});
}

void tst_PhraseFinder::realCorpus_data()
{
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<int>("year");
    QTest::newRow("十四五") << QStringLiteral("十四五") << 2021;
    QTest::newRow("一带一路") << QStringLiteral("一带一路") << 2015;
    QTest::newRow("人工智能") << QStringLiteral("人工智能") << 2017;
}

void tst_PhraseFinder::realCorpus()
{
    if (!QFileInfo(corpusDir).isDir())
        QSKIP("../shared/corpus is not there");
    QFETCH(QString, phrase);
    QFETCH(int, year);
    static PhraseFinder finder;
    static QList<ReportText> texts;
    if (finder.isEmpty()) {
        for (const QString &path : ReportTextReader::listReportFiles(corpusDir)) {
            Result<ReportText> report = ReportTextReader::read(path);
            QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
            texts.append(report.value());
        }
        QCOMPARE(texts.size(), 52);
        finder.build(texts);
    }
    const QList<PhraseRow> top = finder.newPhrases(year, StopList::defaultList(), 50);
    QStringList phrases;
    for (const PhraseRow &row : top)
        phrases.append(row.phrase);
    QVERIFY2(phrases.contains(phrase), qPrintable(phrases.join(QLatin1Char(' '))));
    // Checked on the texts themselves: no earlier report has it, the report of the year does.
    for (const ReportText &text : std::as_const(texts)) {
        const bool holds = KeywordContext::displayText(text.text).contains(phrase);
        if (text.year < year)
            QVERIFY2(!holds, qPrintable(text.fileName));
        else if (text.year == year)
            QVERIFY(holds);
    }
}

QTEST_GUILESS_MAIN(tst_PhraseFinder)
#include "tst_phrasefinder.moc"
