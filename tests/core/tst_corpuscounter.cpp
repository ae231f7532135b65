#include "corpuscounter.h"
#include "csvtable.h"
#include "keywordcountsjson.h"
#include "keywordscanner.h"

#include <QStringEncoder>
#include <QtTest>

using namespace Annals;

namespace {

const QString corpusDir = QStringLiteral(ANNALS_SHARED_DIR "/corpus");
const QString hanBase = QStringLiteral("(Han characters in report body)");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The computed single-year rows of shared/data/keyword_counts.csv: year, keyword, count.
struct ComputedRow
{
    int year;
    QString keyword;
    qint64 count;
};

QList<ComputedRow> computedRows()
{
    const QString path = QStringLiteral(ANNALS_SHARED_DIR "/data/keyword_counts.csv");
    const Result<CsvTable> table = parseCsv(QString::fromUtf8(readAll(path)), path);
    QList<ComputedRow> rows;
    if (!table)
        return rows;
    const int year = table.value().columnIndex(QStringLiteral("year"));
    const int keyword = table.value().columnIndex(QStringLiteral("keyword"));
    const int count = table.value().columnIndex(QStringLiteral("count"));
    const int countedBy = table.value().columnIndex(QStringLiteral("counted_by"));
    for (const CsvTable::Record &record : table.value().records) {
        bool isYear = false;
        const int y = record.fields.at(year).toInt(&isYear);
        if (record.fields.at(countedBy) != QLatin1String("computed") || !isYear)
            continue;
        rows.append({y, record.fields.at(keyword), record.fields.at(count).toLongLong()});
    }
    return rows;
}

// Every keyword of the computed rows; "芯片/集成电路" is the sum of two keywords that never
// overlap, so a group gives the same number.
QList<KeywordTerm> vocabularyFor(const QList<ComputedRow> &rows)
{
    QList<KeywordTerm> terms;
    QSet<QString> seen;
    for (const ComputedRow &row : rows) {
        if (row.keyword == hanBase || seen.contains(row.keyword))
            continue;
        seen.insert(row.keyword);
        KeywordTerm term;
        term.term = row.keyword;
        if (row.keyword == u"芯片/集成电路"_qs)
            term.members = {u"芯片"_qs, u"集成电路"_qs};
        terms.append(term);
    }
    return terms;
}

} // namespace

class TestCorpusCounter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matchesComputedRows_data();
    void matchesComputedRows();
    void matchesPublishedCounts_data();
    void matchesPublishedCounts();
    void embeddedCountsEqualFreshCount();
    void sameCountsInSmallChunksAndOneThread();
    void countsOtherEncodingsAlike();
    void reportsUndecodableFileAndGoesOn();
    void handsOverDocumentsInOrder();
    void cancels();
    void reportsMissingPaths();

private:
    bool m_haveCorpus = false;
    QList<ComputedRow> m_rows;
    KeywordCounts m_counts;
};

void TestCorpusCounter::initTestCase()
{
    m_haveCorpus
        = QFileInfo::exists(corpusDir)
          && QFileInfo::exists(QStringLiteral(ANNALS_SHARED_DIR "/data/keyword_counts.csv"));
    if (!m_haveCorpus)
        return;
    m_rows = computedRows();
    QVERIFY(m_rows.size() > 100);
    const Result<KeywordMatcher> matcher = KeywordMatcher::create(vocabularyFor(m_rows));
    QVERIFY(matcher.ok());
    CorpusCounter counter(matcher.value());
    m_counts = counter.count({corpusDir});
    QVERIFY(counter.errors().isEmpty());
    QCOMPARE(m_counts.documents.size(), 52);
}

void TestCorpusCounter::matchesComputedRows_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<qint64>("expected");
    for (const ComputedRow &row : std::as_const(m_rows)) {
        QTest::addRow("%d %s", row.year, qPrintable(row.keyword))
            << row.year << row.keyword << row.count;
    }
    if (m_rows.isEmpty())
        QTest::newRow("no shared folder") << 0 << QString() << qint64(0);
}

void TestCorpusCounter::matchesComputedRows()
{
    if (!m_haveCorpus)
        QSKIP("the shared corpus and data are not next to the checkout");
    QFETCH(int, year);
    QFETCH(QString, keyword);
    QFETCH(qint64, expected);
    if (keyword == hanBase)
        QCOMPARE(m_counts.baseUnits(year, QStringLiteral("zh")), expected);
    else
        QCOMPARE(m_counts.count(keyword, year), std::optional<qint64>(expected));
}

void TestCorpusCounter::matchesPublishedCounts_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<qint64>("published");

    QTest::newRow("2014 改革 (china.org.cn)") << 2014 << u"改革"_qs << qint64(77);
    QTest::newRow("2022 稳 (新京报)") << 2022 << u"稳"_qs << qint64(78);
    QTest::newRow("2022 就业 (新京报)") << 2022 << u"就业"_qs << qint64(34);
    QTest::newRow("2023 粮食 (Nikkei)") << 2023 << u"粮食"_qs << qint64(17);
    QTest::newRow("2023 以习近平同志为核心 (Nikkei)") << 2023 << u"以习近平同志为核心"_qs
                                                   << qint64(7);
}

void TestCorpusCounter::matchesPublishedCounts()
{
    if (!m_haveCorpus)
        QSKIP("the shared corpus and data are not next to the checkout");
    QFETCH(int, year);
    QFETCH(QString, keyword);
    QFETCH(qint64, published);
    QCOMPARE(m_counts.count(keyword, year), std::optional<qint64>(published));
}

void TestCorpusCounter::embeddedCountsEqualFreshCount()
{
    if (!m_haveCorpus)
        QSKIP("the shared corpus is not next to the checkout");
    const QByteArray embedded = readAll(QStringLiteral(":/data/keyword-counts.json"));
    QVERIFY(!embedded.isEmpty());
    const Result<KeywordCounts> stored = KeywordCountsJson::read(embedded,
                                                                 QStringLiteral("embedded"));
    QVERIFY2(stored.ok(), qPrintable(stored ? QString() : stored.error().toString()));
    QVERIFY(stored.value().vocabulary.size() >= 30);
    const Result<KeywordMatcher> matcher = KeywordMatcher::create(stored.value().vocabulary);
    QVERIFY(matcher.ok());
    CorpusCounter counter(matcher.value());
    const KeywordCounts fresh = counter.count({corpusDir});
    QVERIFY(counter.errors().isEmpty());
    QCOMPARE(fresh.documents.size(), stored.value().documents.size());
    for (qsizetype d = 0; d < fresh.documents.size(); ++d)
        QCOMPARE(fresh.documents.at(d), stored.value().documents.at(d));
    QCOMPARE(fresh.rule, stored.value().rule);
    // Regenerating gives the same bytes (resources/data/regenerate-keyword-counts.sh).
    QCOMPARE(KeywordCountsJson::write(fresh), embedded);
}

void TestCorpusCounter::sameCountsInSmallChunksAndOneThread()
{
    if (!m_haveCorpus)
        QSKIP("the shared corpus is not next to the checkout");
    const KeywordMatcher matcher = KeywordMatcher::create(m_counts.vocabulary).value();
    CorpusCounter counter(matcher);
    counter.setThreadCount(1);
    counter.setChunkSize(997);
    const KeywordCounts chunked = counter.count(
        {corpusDir + u"/gwr-2022-zh.txt"_qs, corpusDir + u"/gwr-2024-zh.txt"_qs});
    QCOMPARE(chunked.documents.size(), 2);
    for (const DocumentCounts &document : chunked.documents) {
        const auto same = std::find_if(m_counts.documents.cbegin(), m_counts.documents.cend(),
                                       [&](const DocumentCounts &d) {
                                           return d.document == document.document;
                                       });
        QVERIFY(same != m_counts.documents.cend());
        QCOMPARE(document, *same);
    }
}

void TestCorpusCounter::countsOtherEncodingsAlike()
{
    if (!m_haveCorpus)
        QSKIP("the shared corpus is not next to the checkout");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString text = QString::fromUtf8(readAll(corpusDir + u"/gwr-2023-zh.txt"_qs));
    QStringEncoder gb18030("GB18030");
    QStringEncoder utf16(QStringConverter::Utf16BE, QStringConverter::Flag::WriteBom);
    const QByteArray gbBytes = gb18030.encode(text);
    const QByteArray utf16Bytes = utf16.encode(text);
    QFile gbFile(dir.filePath(u"gwr-2023-gb.txt"_qs));
    QVERIFY(gbFile.open(QIODevice::WriteOnly) && gbFile.write(gbBytes) == gbBytes.size());
    gbFile.close();
    QFile utf16File(dir.filePath(u"gwr-2023-u16.txt"_qs));
    QVERIFY(utf16File.open(QIODevice::WriteOnly) && utf16File.write(utf16Bytes) > 0);
    utf16File.close();
    const KeywordMatcher matcher = KeywordMatcher::create(m_counts.vocabulary).value();
    CorpusCounter counter(matcher);
    counter.setChunkSize(4099);
    const KeywordCounts counts = counter.count({dir.path()});
    QVERIFY(counter.errors().isEmpty());
    QCOMPARE(counts.documents.size(), 2);
    const auto original = std::find_if(m_counts.documents.cbegin(), m_counts.documents.cend(),
                                       [](const DocumentCounts &d) { return d.year == 2023; });
    for (const DocumentCounts &document : counts.documents) {
        QCOMPARE(document.counts, original->counts);
        QCOMPARE(document.baseUnits, original->baseUnits);
        QCOMPARE(document.year, 2023);
    }
    QCOMPARE(counts.documents.at(0).sha256,
             QString::fromLatin1(QCryptographicHash::hash(gbBytes, QCryptographicHash::Sha256)
                                     .toHex()));

    counter.setHashingFiles(false);
    const KeywordCounts unhashed = counter.count({dir.path()});
    QCOMPARE(unhashed.documents.size(), 2);
    QVERIFY(unhashed.documents.at(0).sha256.isEmpty());
    QCOMPARE(unhashed.documents.at(0).counts, original->counts);
}

void TestCorpusCounter::reportsUndecodableFileAndGoesOn()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QFile::copy(QStringLiteral(ANNALS_TEST_DATA_DIR "/textdecoder/invalid-gb18030.txt"),
                        dir.filePath(u"2001-broken.txt"_qs)));
    QVERIFY(QFile::copy(QStringLiteral(ANNALS_TEST_DATA_DIR "/textdecoder/gb18030.txt"),
                        dir.filePath(u"2002-gb.txt"_qs)));
    QVERIFY(QFile::copy(QStringLiteral(ANNALS_TEST_DATA_DIR "/textdecoder/utf8.txt"),
                        dir.filePath(u"2003-utf8.txt"_qs)));
    const KeywordMatcher matcher = KeywordMatcher::create({{u"科技"_qs, {}, {}, {}}}).value();
    for (const qsizetype chunk : {qsizetype(3), qsizetype(1024 * 1024)}) {
        CorpusCounter counter(matcher);
        counter.setChunkSize(chunk);
        const KeywordCounts counts = counter.count({dir.path()});
        QCOMPARE(counter.errors().size(), 1);
        QCOMPARE(counter.errors().first().toString(),
                 u"2001-broken.txt: neither UTF-8 nor GB18030: not valid GB18030 at byte 20, "
                 "not valid UTF-8 at byte 0; name the encoding if it is another one"_qs);
        QCOMPARE(counts.documents.size(), 2);
        QCOMPARE(counts.count(u"科技"_qs, 2002), std::optional<qint64>(1));
        QCOMPARE(counts.count(u"科技"_qs, 2003), std::optional<qint64>(1));
    }
    CorpusCounter forced(matcher);
    forced.setEncoding(TextDecoder::Encoding::Utf8);
    forced.count({dir.path()});
    QCOMPARE(forced.errors().size(), 2);
    QCOMPARE(forced.errors().at(1).toString(), u"2002-gb.txt: not valid UTF-8 at byte 0"_qs);
}

void TestCorpusCounter::handsOverDocumentsInOrder()
{
    if (!m_haveCorpus)
        QSKIP("the shared corpus is not next to the checkout");
    const KeywordMatcher matcher = KeywordMatcher::create(m_counts.vocabulary).value();
    QHash<QString, DocumentCounts> collected;
    for (const DocumentCounts &document : CorpusCounter(matcher).count({corpusDir}).documents)
        collected.insert(document.document, document);
    CorpusCounter counter(matcher);
    counter.setThreadCount(2);
    QStringList names;
    qint64 lastDone = 0;
    qint64 total = 0;
    counter.setProgressHandler([&](qint64 done, qint64 all) {
        QVERIFY(done >= lastDone);
        lastDone = done;
        total = all;
    });
    counter.setDocumentHandler([&](const QString &path, const DocumentCounts &document,
                                   const QList<qint64> &termCounts) {
        QCOMPARE(QFileInfo(path).fileName(), document.document);
        QCOMPARE(termCounts.size(), matcher.terms().size());
        QVERIFY(document.counts.isEmpty()); // the counts come as termCounts only
        const DocumentCounts &same = collected.value(document.document);
        QCOMPARE(document.year, same.year);
        QCOMPARE(document.baseUnits, same.baseUnits);
        QCOMPARE(document.sha256, same.sha256);
        for (qsizetype t = 0; t < termCounts.size(); ++t)
            QCOMPARE(termCounts.at(t), same.counts.value(matcher.terms().at(t).term));
        names.append(document.document);
    });
    const KeywordCounts counts = counter.count({corpusDir});
    QVERIFY(counts.documents.isEmpty()); // handed over, not kept
    QCOMPARE(names.size(), 52);
    QStringList sorted = names;
    sorted.sort();
    QCOMPARE(names, sorted);
    QVERIFY(total > 3000000);
    QCOMPARE(lastDone, total);
}

void TestCorpusCounter::cancels()
{
    if (!m_haveCorpus)
        QSKIP("the shared corpus is not next to the checkout");
    const KeywordMatcher matcher = KeywordMatcher::create(m_counts.vocabulary).value();
    CorpusCounter counter(matcher);
    std::atomic<bool> cancel{false};
    counter.setCancelFlag(&cancel);
    counter.setThreadCount(1);
    counter.setChunkSize(4096);
    int handed = 0;
    counter.setDocumentHandler([&](const QString &, const DocumentCounts &,
                                   const QList<qint64> &) {
        if (++handed == 3)
            cancel = true;
    });
    counter.count({corpusDir});
    QVERIFY(counter.wasCanceled());
    QVERIFY(handed >= 3 && handed < 10);
    QVERIFY(counter.errors().isEmpty());
}

void TestCorpusCounter::reportsMissingPaths()
{
    QTemporaryDir empty;
    QList<Error> errors;
    const QStringList files = CorpusCounter::expandPaths(
        {QStringLiteral("/no/such/file.txt"), empty.path(),
         QStringLiteral(ANNALS_TEST_DATA_DIR "/textdecoder/utf8.txt"),
         QStringLiteral(ANNALS_TEST_DATA_DIR "/textdecoder/utf8.txt")},
        &errors);
    QCOMPARE(files.size(), 1);
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.at(0).message, QStringLiteral("no such file or folder"));
    QCOMPARE(errors.at(1).message, QStringLiteral("the folder holds no .txt files"));
}

QTEST_GUILESS_MAIN(TestCorpusCounter)
#include "tst_corpuscounter.moc"
