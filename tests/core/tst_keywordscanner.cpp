// KeywordScanner fed in chunks, with and without recorded hits, against one whole feed.
// The rows are the findings of tests/fuzz/fuzz_report_text.cpp (reproducers in
// tests/fuzz/corpus/report-text/regression-*); the sanitizer build (packaging/dev.sh
// sanitize) turns a write past a buffer into a failure here.

#include "keywordmatcher.h"
#include "keywordscanner.h"

#include <QFile>
#include <QtTest>

#include <algorithm>

using namespace Annals;

namespace {

const QString corpusDir = QStringLiteral(ANNALS_TEST_DATA_DIR "/../fuzz/corpus/report-text");

// Part of the vocabulary of the fuzz target: groups, an English prefix term and a term
// with a sign in it.
KeywordMatcher matcher()
{
    const QList<KeywordTerm> terms = {
        {QStringLiteral("科技"), {}, {}, {}},
        {QStringLiteral("科技创新"), {}, {}, {}},
        {QStringLiteral("AI"), {}, {}, {}},
        {QStringLiteral("technolog*"), {}, {}, {}},
        {QStringLiteral("artificial intelligence"), {}, {}, {}},
        {QStringLiteral("chips"), {}, {QStringLiteral("芯片"), QStringLiteral("chip*")}, {}},
        {QStringLiteral("ai"), {},
         {QStringLiteral("AI"), QStringLiteral("人工智能"),
          QStringLiteral("artificial intelligence")}, {}},
        {QStringLiteral("R&D"), {}, {}, {}},
    };
    Result<KeywordMatcher> created = KeywordMatcher::create(terms);
    if (!created)
        qFatal("%s", qPrintable(created.error().toString()));
    return std::move(created).value();
}

struct Scan
{
    QList<qint64> counts;
    QList<KeywordHit> hits; // byte offsets, sorted
    qint64 han = 0;
    qint64 letters = 0;
    qint64 words = 0;
};

Scan scan(const KeywordMatcher &m, const QByteArray &utf8, const QList<int> &chunks, bool hits)
{
    KeywordScanner scanner(m);
    scanner.setRecordHits(hits);
    qsizetype at = 0;
    for (int i = 0; at < utf8.size(); ++i) {
        const qsizetype length = std::min<qsizetype>(chunks.at(i % chunks.size()),
                                                     utf8.size() - at);
        scanner.feed(QByteArrayView(utf8).sliced(at, length));
        at += length;
    }
    scanner.finish();
    Scan result{scanner.termCounts(), scanner.hits(), scanner.hanCharacters(),
                scanner.latinLetters(), scanner.words()};
    std::sort(result.hits.begin(), result.hits.end(), [](const auto &a, const auto &b) {
        return std::tie(a.offset, a.length, a.term) < std::tie(b.offset, b.length, b.term);
    });
    return result;
}

} // namespace

class TestKeywordScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chunksGiveTheWholeResult_data();
    void chunksGiveTheWholeResult();
    void fuzzReproducersInEveryChunkSize_data();
    void fuzzReproducersInEveryChunkSize();
};

void TestKeywordScanner::chunksGiveTheWholeResult_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("chunks");
    QTest::addColumn<QList<qint64>>("counts");

    // A run of removed characters that a chunk ends in, closed by a one-byte chunk: the
    // space it becomes made the output one byte longer than that chunk (fuzz_report_text,
    // heap-buffer-overflow in KeywordScanner::normalize()).
    QTest::newRow("space run closed by a one-byte chunk")
        << QStringLiteral("AI x") << QList<int>{2, 1, 1} << QList<qint64>{0, 0, 1, 0, 0, 0, 1, 0};
    QTest::newRow("long run over one-byte chunks")
        << QStringLiteral("technology \n\t\u3000 AI chips") << QList<int>{1}
        << QList<qint64>{0, 0, 1, 1, 0, 1, 1, 0};
    QTest::newRow("inner space of a term across chunks")
        << QStringLiteral("artificial \r\nintelligence 人工智能") << QList<int>{10, 1, 1, 1, 3}
        << QList<qint64>{0, 0, 0, 0, 1, 0, 2, 0};
    QTest::newRow("zero-width characters between chunks")
        << QStringLiteral("科\u200b技创\u2060新 芯\ufeff片") << QList<int>{4, 1, 2}
        << QList<qint64>{1, 1, 0, 0, 0, 1, 0, 0};
    // One-byte chunks take the byte-at-a-time path of normalize(); whole lines the 16-byte
    // one, which copies a single space between two words along with them.
    const QString sentence = QStringLiteral(
        "AI chips AI technology said AI artificial intelligence chip AI AI x AI");
    QTest::newRow("single spaces inside and at the edges of 16-byte blocks")
        << sentence + QLatin1Char(' ') + sentence + QStringLiteral("  ") + sentence
        << QList<int>{1} << QList<qint64>{0, 0, 18, 3, 3, 6, 21, 0};
    QTest::newRow("single spaces, 17-byte chunks")
        << QStringLiteral(" x ") + sentence + QStringLiteral(". ") + sentence << QList<int>{17}
        << QList<qint64>{0, 0, 12, 2, 2, 4, 14, 0};
    // Chinese punctuation starts with the lead bytes of removed characters (。 E3 80 82,
    // ， EF BC 8C, — E2 80 94): it stays, while U+3000, U+FEFF, U+00A0 and U+2028 go.
    const QString chinese = QStringLiteral(
        "科\u3000技，科技。科\ufeff技、人工\u00a0智能“科技”科\u2028技，科—技。");
    QTest::newRow("removed and kept characters at the edges of 16-byte blocks")
        << chinese + QStringLiteral("，") + chinese + QStringLiteral("。。") + chinese
        << QList<int>{1} << QList<qint64>{15, 0, 0, 0, 0, 0, 3, 0};
    // A space between a word byte and a sign goes (R &D is R&D), whatever the byte after.
    QTest::newRow("spaces next to signs at the edges of 16-byte blocks")
        << QStringLiteral("R &D, AI R& D. R & D;  R &D chips R &D x R &D") << QList<int>{1}
        << QList<qint64>{0, 0, 1, 0, 0, 1, 1, 6};
}

void TestKeywordScanner::chunksGiveTheWholeResult()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, chunks);
    QFETCH(QList<qint64>, counts);
    const KeywordMatcher m = matcher();
    const QByteArray utf8 = text.toUtf8();
    QCOMPARE(m.count(text), counts);
    for (const bool hits : {false, true}) {
        const Scan whole = scan(m, utf8, {int(utf8.size()) + 1}, hits);
        const Scan chunked = scan(m, utf8, chunks, hits);
        QCOMPARE(chunked.counts, counts);
        QCOMPARE(chunked.hits, whole.hits);
        QCOMPARE(chunked.han, whole.han);
        QCOMPARE(chunked.letters, whole.letters);
        QCOMPARE(chunked.words, whole.words);
    }
}

void TestKeywordScanner::fuzzReproducersInEveryChunkSize_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("space run into the next chunk")
        << QStringLiteral("regression-scanner-run-into-next-chunk.txt");
}

void TestKeywordScanner::fuzzReproducersInEveryChunkSize()
{
    QFETCH(QString, file);
    QFile input(corpusDir + QLatin1Char('/') + file);
    QVERIFY2(input.open(QIODevice::ReadOnly), qPrintable(input.fileName()));
    const QByteArray utf8 = QString::fromUtf8(input.readAll()).toUtf8();
    const KeywordMatcher m = matcher();
    const Scan whole = scan(m, utf8, {int(utf8.size()) + 1}, true);
    QCOMPARE(whole.counts, m.count(QString::fromUtf8(utf8)));
    for (int size = 1; size <= 16; ++size) {
        for (const bool hits : {false, true}) {
            const Scan chunked = scan(m, utf8, {size}, hits);
            QCOMPARE(chunked.counts, whole.counts);
            if (hits)
                QCOMPARE(chunked.hits, whole.hits);
        }
    }
}

QTEST_GUILESS_MAIN(TestKeywordScanner)
#include "tst_keywordscanner.moc"
