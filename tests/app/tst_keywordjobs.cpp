// The window's import (KeywordJobs) and annals count (CorpusCounter) count a report the same
// way: the same counts, and the same note on a report in traditional characters, which
// both judge on the first ChineseScript::sampleBytes bytes of the text in UTF-8.

#include "chinesescript.h"
#include "corpuscounter.h"
#include "keywordjobs.h"
#include "keywordmatcher.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Annals;

class TestKeywordJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importCountsLikeAnnalsCount_data();
    void importCountsLikeAnnalsCount();
};

void TestKeywordJobs::importCountsLikeAnnalsCount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("traditional");

    // 的 is in neither list of ChineseScript; 們 is traditional (3 bytes in UTF-8).
    const QString neutral(1500, u'的');
    const QString traditional(30, u'們');
    QTest::newRow("simplified") << neutral + QString(30, u'们') << false;
    QTest::newRow("traditional at the start") << traditional + neutral << true;
    // 4,500 bytes, then the traditional characters: inside the first 4,096 UTF-16 units,
    // which the window's import used to check, but past the 4,096 bytes annals count checks.
    QTest::newRow("traditional past the sample") << neutral + traditional << false;
}

void TestKeywordJobs::importCountsLikeAnnalsCount()
{
    QFETCH(QString, text);
    QFETCH(bool, traditional);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gwr-1956-zh.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("一九五六年\n").toUtf8() + text.toUtf8());
    file.close();
    const QList<KeywordTerm> terms{{QStringLiteral("的"), {}, {}, {}},
                                   {QStringLiteral("們"), {}, {}, {}}};

    const Result<KeywordMatcher> matcher = KeywordMatcher::create(terms);
    QVERIFY(matcher.ok());
    CorpusCounter counter(matcher.value());
    const KeywordCounts counted = counter.count({path});
    QVERIFY(counter.errors().isEmpty());
    QCOMPARE(counted.documents.size(), 1);
    const DocumentCounts &byCli = counted.documents.first();

    const std::atomic<bool> cancel{false};
    const TextImportResult imported = KeywordJobs::importTexts(
        {{path, 0, QString(), TextDecoder::Encoding::Auto}}, terms, false, cancel,
        [](int, int) {});
    QVERIFY(imported.errors.isEmpty());
    QCOMPARE(imported.documents.size(), 1);
    const DocumentCounts &byGui = imported.documents.first();

    QCOMPARE(byGui.notes.contains(ChineseScript::traditionalNote()), traditional);
    QCOMPARE(byGui.notes, byCli.notes);
    QCOMPARE(byGui.counts, byCli.counts);
    QCOMPARE(byGui.baseUnits, byCli.baseUnits);
    QCOMPARE(byGui.language, byCli.language);
    QCOMPARE(byGui.year, byCli.year);
}

QTEST_GUILESS_MAIN(TestKeywordJobs)
#include "tst_keywordjobs.moc"
