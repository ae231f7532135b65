#include "keywordsfilereader.h"

#include <QtTest>

using namespace Annals;

class TestKeywordsFileReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsDeclarations();
    void addsToEarlierKeywords();
    void refusesBadFiles_data();
    void refusesBadFiles();
};

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(ANNALS_TEST_DATA_DIR "/keywords-file/") + name;
}

} // namespace

void TestKeywordsFileReader::readsDeclarations()
{
    QList<KeywordTerm> terms;
    const Result<void> read = KeywordsFileReader::read(fixture(QStringLiteral("valid.txt")),
                                                       terms);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
    QCOMPARE(terms.size(), 3);
    QCOMPARE(terms.at(0).term, QStringLiteral("科技"));
    QCOMPARE(terms.at(0).gloss, QStringLiteral("science & technology"));
    QCOMPARE(terms.at(1).term, QStringLiteral("chips"));
    QCOMPARE(terms.at(1).members, QStringList({QStringLiteral("芯片"), QStringLiteral("集成电路")}));
    QCOMPARE(terms.at(1).color, QStringLiteral("#aa3300"));
    QCOMPARE(terms.at(2).term, QStringLiteral("technolog*"));
}

void TestKeywordsFileReader::addsToEarlierKeywords()
{
    QList<KeywordTerm> terms{{QStringLiteral("创新"), {}, {}, {}}};
    QVERIFY(KeywordsFileReader::read(fixture(QStringLiteral("valid.txt")), terms).ok());
    QCOMPARE(terms.size(), 4);

    // A keyword of an earlier file counts as listed; on an error nothing is added.
    terms = {{QStringLiteral("科技"), {}, {}, {}}};
    const Result<void> read = KeywordsFileReader::read(fixture(QStringLiteral("valid.txt")),
                                                       terms);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().toString(), QStringLiteral("valid.txt:2: \"科技\" is listed twice"));
    QCOMPARE(terms.size(), 1);
}

void TestKeywordsFileReader::refusesBadFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    // Refused at line 2,001: the lines after it are never parsed.
    QTest::newRow("2,001 keywords")
        << "too-many.txt"
        << ":2001: more than 2000 keywords; Annals reads at most 2000 in one vocabulary";
    QTest::newRow("gloss of 30,000 characters")
        << "long-gloss.txt" << ":1: a gloss of 30000 characters; Annals reads glosses of at "
                               "most 200";
    QTest::newRow("listed twice") << "listed-twice.txt" << ":3: \"科技\" is listed twice";
    QTest::newRow("control characters escaped, long text cut")
        << "escape.txt"
        << ":2: \"#\\u001B[2J" + QString(75, QLatin1Char('z')) + "…\" is not a colour as #rrggbb";
    QTest::newRow("missing") << "missing.txt" << ": the file does not exist";
}

void TestKeywordsFileReader::refusesBadFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    QList<KeywordTerm> terms;
    const Result<void> read = KeywordsFileReader::read(fixture(file), terms);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().toString(), file + message);
    QVERIFY(terms.isEmpty());
}

QTEST_GUILESS_MAIN(TestKeywordsFileReader)
#include "tst_keywordsfilereader.moc"
