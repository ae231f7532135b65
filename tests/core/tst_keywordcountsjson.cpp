#include "keywordcountsjson.h"

#include <QtTest>

using namespace Annals;

class TestKeywordCountsJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void outputIsStableAndSorted();
    void readsValidFile();
    void refusesInvalidFiles_data();
    void refusesInvalidFiles();
    void writesAtomically();

private:
    static KeywordCounts sample();
};

KeywordCounts TestKeywordCountsJson::sample()
{
    KeywordCounts counts;
    counts.rule = QStringLiteral("plain \"substring\" count\nwith a line break");
    counts.generator = QStringLiteral("annals 0.1.0 count");
    counts.vocabulary = {
        {QStringLiteral("科技"), QStringLiteral("science & technology"), {}, {}},
        {QStringLiteral("chips"), QStringLiteral("chips, ICs"),
         {QStringLiteral("芯片"), QStringLiteral("集成电路")}, QStringLiteral("#aa3300")},
        {QStringLiteral("technolog*"), QString(), {}, {}},
    };
    DocumentCounts late;
    late.year = 2024;
    late.document = QStringLiteral("gwr-2024-zh.txt");
    late.sha256 = QString(64, QLatin1Char('b'));
    late.language = QStringLiteral("zh");
    late.baseUnits = 15432;
    late.counts = {{QStringLiteral("科技"), 28}, {QStringLiteral("chips"), 0},
                   {QStringLiteral("technolog*"), 0}};
    DocumentCounts early = late;
    early.year = 2012;
    early.document = QStringLiteral("gwr-2012-zh.txt");
    early.counts[QStringLiteral("科技")] = 19;
    DocumentCounts english = late;
    english.document = QStringLiteral("gwr-2024-en.txt");
    english.language = QStringLiteral("en");
    english.baseUnits = 21000;
    english.counts = {{QStringLiteral("technolog*"), 31}};
    counts.documents = {late, early, english};
    return counts;
}

void TestKeywordCountsJson::roundTrip()
{
    const KeywordCounts counts = sample();
    const QByteArray json = KeywordCountsJson::write(counts);
    const Result<KeywordCounts> read = KeywordCountsJson::read(json, QStringLiteral("x.json"));
    QVERIFY2(read.ok(), qPrintable(read ? QString() : read.error().toString()));
    QCOMPARE(read.value().rule, counts.rule);
    QCOMPARE(read.value().generator, counts.generator);
    QCOMPARE(read.value().vocabulary, counts.vocabulary);
    QCOMPARE(read.value().documents.size(), 3);
    // Documents come back sorted by year, then name.
    QCOMPARE(read.value().documents.at(0), counts.documents.at(1));
    QCOMPARE(read.value().documents.at(1), counts.documents.at(2));
    QCOMPARE(read.value().documents.at(2), counts.documents.at(0));
    QCOMPARE(KeywordCountsJson::write(read.value()), json);
}

void TestKeywordCountsJson::outputIsStableAndSorted()
{
    KeywordCounts counts = sample();
    const QByteArray first = KeywordCountsJson::write(counts);
    std::reverse(counts.documents.begin(), counts.documents.end());
    QCOMPARE(KeywordCountsJson::write(counts), first);
    QVERIFY(first.startsWith("{\n  \"format\": \"annals-keyword-counts\",\n  \"version\": 1,\n"));
    QVERIFY(first.indexOf("gwr-2012-zh.txt") < first.indexOf("gwr-2024-en.txt"));
    QVERIFY(first.indexOf("gwr-2024-en.txt") < first.indexOf("gwr-2024-zh.txt"));
    // Counts follow the vocabulary's order, not the hash's.
    const qsizetype document = first.indexOf("gwr-2024-zh.txt");
    QVERIFY(first.indexOf("\"科技\": 28", document) < first.indexOf("\"chips\": 0", document));
    QVERIFY(first.contains("\"rule\": \"plain \\\"substring\\\" count\\nwith a line break\""));
    QVERIFY(first.endsWith("}\n"));
}

void TestKeywordCountsJson::readsValidFile()
{
    const Result<KeywordCounts> read = KeywordCountsJson::readFile(
        QStringLiteral(ANNALS_TEST_DATA_DIR "/keyword-counts/valid.json"));
    QVERIFY2(read.ok(), qPrintable(read ? QString() : read.error().toString()));
    const KeywordCounts &counts = read.value();
    QCOMPARE(counts.vocabulary.size(), 2);
    QCOMPARE(counts.vocabulary.at(1).members,
             QStringList({QStringLiteral("芯片"), QStringLiteral("集成电路")}));
    QCOMPARE(counts.vocabulary.at(1).color, QStringLiteral("#aa3300"));
    QCOMPARE(counts.count(QStringLiteral("科技"), 2024), 28);
    QCOMPARE(counts.baseUnits(2023, QStringLiteral("zh")), 16299);
}

void TestKeywordCountsJson::refusesInvalidFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");

    QTest::newRow("syntax error") << "syntax-error.json"
        << "syntax-error.json:7:2: not valid JSON: object is missing after a comma";
    QTest::newRow("not an object") << "not-an-object.json"
        << "not-an-object.json: expected a JSON object at the top level";
    QTest::newRow("wrong format") << "wrong-format.json"
        << "wrong-format.json: format: expected \"annals-keyword-counts\", found "
           "\"annals-extract\"";
    QTest::newRow("newer version") << "newer-version.json"
        << "newer-version.json: version: version 2 was written by a newer Annals; this one "
           "reads up to version 1";
    QTest::newRow("vocabulary not a list") << "vocabulary-not-a-list.json"
        << "vocabulary-not-a-list.json: vocabulary: expected a list of keywords";
    QTest::newRow("term missing") << "term-missing.json"
        << "term-missing.json: vocabulary[1].term: this required field is missing";
    QTest::newRow("term twice") << "term-twice.json"
        << "term-twice.json: vocabulary[2].term: \"科技\" is listed twice";
    QTest::newRow("bad colour") << "bad-color.json"
        << "bad-color.json: vocabulary[1].color: expected a colour as #rrggbb";
    QTest::newRow("empty member") << "empty-member.json"
        << "empty-member.json: vocabulary[1].members[1]: expected a keyword";
    QTest::newRow("negative count") << "negative-count.json"
        << "negative-count.json: documents[1].counts.科技: expected a non-negative integer";
    QTest::newRow("fractional base") << "fractional-base.json"
        << "fractional-base.json: documents[0].baseUnits: expected a non-negative integer";
    QTest::newRow("count of unknown term") << "count-not-in-vocabulary.json"
        << "count-not-in-vocabulary.json: documents[0].counts.创新: not in the vocabulary";
    QTest::newRow("bad language") << "bad-language.json"
        << "bad-language.json: documents[1].language: expected \"zh\" or \"en\"";
    QTest::newRow("bad sha256") << "bad-sha256.json"
        << "bad-sha256.json: documents[0].sha256: expected 64 lower-case hex digits";
    // Issue 10: the limits and rules of every vocabulary.
    QTest::newRow("2,001 keywords") << "too-many-keywords.json"
        << "too-many-keywords.json: vocabulary[2000]: more than 2000 keywords; Annals reads at "
           "most 2000 in one vocabulary";
    QTest::newRow("gloss of 30,000 characters") << "long-gloss.json"
        << "long-gloss.json: vocabulary[0].gloss: a gloss of 30000 characters; Annals reads "
           "glosses of at most 200";
    QTest::newRow("keyword of 201 characters") << "long-term.json"
        << "long-term.json: vocabulary[0].term: a keyword of 201 characters; Annals reads "
           "keywords of at most 100";
    QTest::newRow("control characters in a key") << "escape-in-key.json"
        << "escape-in-key.json: documents[0].counts.\\u001B[2J" + QString(76, QLatin1Char('x'))
               + "…: not in the vocabulary";
    QTest::newRow("year as string") << "year-as-string.json"
        << "year-as-string.json: documents[0].year: expected a non-negative integer";
}

void TestKeywordCountsJson::refusesInvalidFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    const Result<KeywordCounts> read = KeywordCountsJson::readFile(
        QStringLiteral(ANNALS_TEST_DATA_DIR "/keyword-counts-invalid/") + file);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().toString(), message);
}

void TestKeywordCountsJson::writesAtomically()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("counts.json"));
    QVERIFY(KeywordCountsJson::writeFile(sample(), path).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), KeywordCountsJson::write(sample()));
    const Result<void> written = KeywordCountsJson::writeFile(sample(),
                                                              dir.filePath(QStringLiteral(
                                                                  "no/such/x.json")));
    QVERIFY(!written);
    const QString message = written.error().message;
    QVERIFY2(message.startsWith(QStringLiteral("the folder ")), qPrintable(message));
    QVERIFY(message.endsWith(QStringLiteral("does not exist")));
}

QTEST_GUILESS_MAIN(TestKeywordCountsJson)
#include "tst_keywordcountsjson.moc"
