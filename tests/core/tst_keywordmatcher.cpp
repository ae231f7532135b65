#include "keywordmatcher.h"
#include "keywordscanner.h"

#include <QtTest>

#include <random>

using namespace Annals;

namespace {

// "WORD" is a keyword, "NAME=A|B" a group.
QList<KeywordTerm> termsFrom(const QStringList &specs)
{
    QList<KeywordTerm> terms;
    for (const QString &spec : specs) {
        KeywordTerm term;
        const qsizetype equals = spec.indexOf(QLatin1Char('='));
        if (equals > 0) {
            term.term = spec.left(equals);
            term.members = spec.mid(equals + 1).split(QLatin1Char('|'));
        } else {
            term.term = spec;
        }
        terms.append(term);
    }
    return terms;
}

QList<qint64> countsInChunks(const KeywordMatcher &matcher, const QByteArray &utf8, int chunk)
{
    KeywordScanner scanner(matcher);
    for (qsizetype at = 0; at < utf8.size(); at += chunk) {
        const qsizetype length = std::min<qsizetype>(chunk, utf8.size() - at);
        scanner.feed(QByteArrayView(utf8).sliced(at, length));
    }
    scanner.finish();
    return scanner.termCounts();
}

// The counting rule written the slow, obvious way: normalise the whole text, then look at
// every position.
QList<qint64> referenceCounts(const QList<KeywordTerm> &terms, const QString &text)
{
    const QByteArray normalized = KeywordPattern::normalize(text);
    auto isWord = [&](qsizetype i) {
        return i >= 0 && i < normalized.size() && KeywordPattern::isWordByte(uchar(normalized[i]));
    };
    auto startsOf = [&](const QString &spec) {
        const KeywordPattern pattern = KeywordPattern::parse(spec).value();
        const QByteArray needle = pattern.normalized();
        QList<qsizetype> starts;
        for (qsizetype i = 0; i + needle.size() <= normalized.size(); ++i) {
            if (normalized.mid(i, needle.size()) != needle)
                continue;
            if (pattern.kind() == KeywordPattern::Kind::Word) {
                if (KeywordPattern::isWordByte(uchar(needle[0])) && isWord(i - 1))
                    continue;
                if (pattern.needsEndBoundary() && isWord(i + needle.size()))
                    continue;
            }
            starts.append(i);
        }
        return starts;
    };
    QList<qint64> counts;
    for (const KeywordTerm &term : terms) {
        if (!term.isGroup()) {
            counts.append(startsOf(term.term).size());
            continue;
        }
        QSet<qsizetype> starts;
        for (const QString &member : term.members) {
            for (qsizetype start : startsOf(member))
                starts.insert(start);
        }
        counts.append(starts.size());
    }
    return counts;
}

} // namespace

class TestKeywordMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goldenCounts_data();
    void goldenCounts();
    void sameCountsInAnyChunking_data();
    void sameCountsInAnyChunking();
    void agreesWithReferenceOnRandomTexts();
    void hitsMapToOriginalText_data();
    void hitsMapToOriginalText();
    void countsBaseUnits();
    void refusesBadVocabularies_data();
    void refusesBadVocabularies();
    void removesEveryUnicodeSpace();
};

void TestKeywordMatcher::goldenCounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("terms");
    QTest::addColumn<QList<qint64>>("counts");

    QTest::newRow("split across a line break") << u"推动科\n技创新，科技\r\n部"_qs
        << QStringList{u"科技"_qs, u"科技创新"_qs, u"科技部"_qs} << QList<qint64>{2, 1, 1};
    QTest::newRow("overlapping compounds") << u"科技创新和科技，科技科技"_qs
        << QStringList{u"科技"_qs, u"科技创新"_qs, u"技科"_qs} << QList<qint64>{4, 1, 1};
    QTest::newRow("U+3000 and zero-width") << u"科\u3000技 科\u200B技 科\uFEFF技 科\u2060技"_qs
        << QStringList{u"科技"_qs} << QList<qint64>{4};
    QTest::newRow("group: one start counts once") << u"科技创新，科技"_qs
        << QStringList{u"G=科技|科技创新"_qs, u"科技"_qs} << QList<qint64>{2, 2};
    QTest::newRow("group: different starts all count") << u"芯片集成电路芯片；科技术"_qs
        << QStringList{u"chips=芯片|集成电路"_qs, u"T=科技|技术"_qs} << QList<qint64>{3, 2};
    QTest::newRow("group member also a keyword") << u"芯片和集成电路"_qs
        << QStringList{u"芯片"_qs, u"集成电路"_qs, u"芯片/集成电路=芯片|集成电路"_qs}
        << QList<qint64>{1, 1, 2};
    QTest::newRow("AI not inside said") << u"He said AI is key; AI-driven, AIs, MAIL, (ai)"_qs
        << QStringList{u"AI"_qs} << QList<qint64>{3};
    QTest::newRow("prefix") << u"Technology, technologies, biotechnology; TECHNOLOGICAL"_qs
        << QStringList{u"technolog*"_qs} << QList<qint64>{3};
    QTest::newRow("phrase across a line break")
        << u"artificial\n  intelligence and Artificial Intelligence, artificialintelligence"_qs
        << QStringList{u"artificial intelligence"_qs} << QList<qint64>{2};
    QTest::newRow("English inside Chinese") << u"发展AI芯片和5G网络，15G不算"_qs
        << QStringList{u"AI"_qs, u"5G"_qs} << QList<qint64>{1, 1};
    QTest::newRow("English word after a space in Chinese") << u"他说 AI 很重要"_qs
        << QStringList{u"AI"_qs} << QList<qint64>{1};
    QTest::newRow("Chinese keyword with Latin letters") << u"5G网络和5g\n网络"_qs
        << QStringList{u"5G网络"_qs} << QList<qint64>{2};
    QTest::newRow("zero-width joins a word") << u"A\u200BI, AI\u200Bx"_qs
        << QStringList{u"AI"_qs} << QList<qint64>{1};
    QTest::newRow("word at the ends") << u"AI"_qs << QStringList{u"AI"_qs}
        << QList<qint64>{1};
    QTest::newRow("same keyword twice in other case") << u"AI and ai"_qs
        << QStringList{u"AI"_qs, u"ai"_qs} << QList<qint64>{2, 2};
    QTest::newRow("single character") << u"稳中求进，稳定，稳"_qs
        << QStringList{u"稳"_qs, u"稳定"_qs} << QList<qint64>{3, 1};
    QTest::newRow("empty text") << QString() << QStringList{u"科技"_qs, u"AI"_qs}
        << QList<qint64>{0, 0};
    QTest::newRow("keyword with a plus") << u"“人工智能+”行动，人工智能"_qs
        << QStringList{u"人工智能+"_qs, u"人工智能"_qs} << QList<qint64>{1, 2};
}

void TestKeywordMatcher::goldenCounts()
{
    QFETCH(QString, text);
    QFETCH(QStringList, terms);
    QFETCH(QList<qint64>, counts);
    const Result<KeywordMatcher> matcher = KeywordMatcher::create(termsFrom(terms));
    QVERIFY2(matcher.ok(), qPrintable(matcher ? QString() : matcher.error().toString()));
    QCOMPARE(matcher.value().count(text), counts);
    QCOMPARE(referenceCounts(termsFrom(terms), text), counts);
}

void TestKeywordMatcher::sameCountsInAnyChunking_data()
{
    goldenCounts_data();
}

void TestKeywordMatcher::sameCountsInAnyChunking()
{
    QFETCH(QString, text);
    QFETCH(QStringList, terms);
    QFETCH(QList<qint64>, counts);
    const KeywordMatcher matcher = KeywordMatcher::create(termsFrom(terms)).value();
    const QByteArray utf8 = text.toUtf8();
    for (int chunk = 1; chunk <= 9; ++chunk)
        QCOMPARE(countsInChunks(matcher, utf8, chunk), counts);
}

void TestKeywordMatcher::agreesWithReferenceOnRandomTexts()
{
    // Texts from a small alphabet, so that keywords, spaces and zero-width characters meet
    // in every combination, fed whole and in chunks of every small size. Long texts also
    // take the interleaved path of the scanner.
    const QStringList alphabet = {u"科"_qs, u"技"_qs, u"创"_qs, u"新"_qs, u"a"_qs,  u"I"_qs,
                                  u"i"_qs,  u"5"_qs,  u"g"_qs,  u" "_qs,  u"\n"_qs, u"\u3000"_qs,
                                  u"\u200B"_qs, u"。"_qs, u"-"_qs, u"A"_qs};
    const QList<KeywordTerm> terms = termsFrom(
        {u"科技"_qs, u"科技创新"_qs, u"技创"_qs, u"AI"_qs, u"ai*"_qs, u"a i"_qs, u"5g"_qs,
         u"i 5"_qs, u"G=科技|技创|科技创新"_qs, u"W=AI|ai*|5g"_qs, u"科 a"_qs, u"新a"_qs});
    const KeywordMatcher matcher = KeywordMatcher::create(terms).value();
    std::mt19937 random(20240305);
    for (int round = 0; round < 300; ++round) {
        const int length = round < 280 ? int(random() % 60) : 20000 + int(random() % 5000);
        QString text;
        for (int i = 0; i < length; ++i)
            text += alphabet.at(qsizetype(random() % alphabet.size()));
        const QList<qint64> expected = referenceCounts(terms, text);
        QCOMPARE(matcher.count(text), expected);
        const QByteArray utf8 = text.toUtf8();
        QCOMPARE(countsInChunks(matcher, utf8, 1 + int(random() % 7)), expected);
        QList<qint64> fromHits(terms.size(), 0);
        for (const KeywordHit &hit : matcher.hits(text))
            ++fromHits[hit.term];
        QCOMPARE(fromHits, expected);
    }
}

void TestKeywordMatcher::hitsMapToOriginalText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("term");
    QTest::addColumn<QList<qsizetype>>("offsets");
    QTest::addColumn<QStringList>("matched");

    QTest::newRow("line break inside") << u"前言\r\n推动科\r\n技创新"_qs << u"科技"_qs
        << QList<qsizetype>{6} << QStringList{u"科\r\n技"_qs};
    QTest::newRow("after a surrogate pair") << u"😀科技，😀 科技"_qs << u"科技"_qs
        << QList<qsizetype>{2, 8} << QStringList{u"科技"_qs, u"科技"_qs};
    QTest::newRow("English word") << u"said AI.\nAI"_qs << u"ai"_qs
        << QList<qsizetype>{5, 9} << QStringList{u"AI"_qs, u"AI"_qs};
    QTest::newRow("phrase across lines") << u"x artificial\n intelligence"_qs
        << u"artificial intelligence"_qs << QList<qsizetype>{2}
        << QStringList{u"artificial\n intelligence"_qs};
    QTest::newRow("zero-width inside") << u"科\u200B技"_qs << u"科技"_qs
        << QList<qsizetype>{0} << QStringList{u"科\u200B技"_qs};
    QTest::newRow("overlaps") << u"科技科技"_qs << u"科技"_qs << QList<qsizetype>{0, 2}
        << QStringList{u"科技"_qs, u"科技"_qs};
}

void TestKeywordMatcher::hitsMapToOriginalText()
{
    QFETCH(QString, text);
    QFETCH(QString, term);
    QFETCH(QList<qsizetype>, offsets);
    QFETCH(QStringList, matched);
    const KeywordMatcher matcher = KeywordMatcher::create(termsFrom({term})).value();
    const QList<KeywordHit> hits = matcher.hits(text);
    QCOMPARE(hits.size(), offsets.size());
    for (qsizetype h = 0; h < hits.size(); ++h) {
        QCOMPARE(hits.at(h).term, 0);
        QCOMPARE(hits.at(h).offset, offsets.at(h));
        QCOMPARE(text.mid(hits.at(h).offset, hits.at(h).length), matched.at(h));
    }
}

void TestKeywordMatcher::countsBaseUnits()
{
    const KeywordMatcher matcher = KeywordMatcher::create(termsFrom({u"科技"_qs})).value();
    KeywordScanner scanner(matcher);
    // 丁 (U+4E01) and 龥 (U+9FA5) are inside U+4E00-U+9FFF; 㐀 (U+3400) and 。 are not.
    scanner.feed(u"丁龥㐀。科\n技 Hello, world 2024 a\u3000b"_qs.toUtf8());
    scanner.finish();
    QCOMPARE(scanner.hanCharacters(), 4);
    QCOMPARE(scanner.latinLetters(), 12);
    QCOMPARE(scanner.words(), 5);
    QCOMPARE(scanner.termCounts(), QList<qint64>{1});
    scanner.reset();
    scanner.finish();
    QCOMPARE(scanner.hanCharacters(), 0);
    QCOMPARE(scanner.termCounts(), QList<qint64>{0});
}

void TestKeywordMatcher::refusesBadVocabularies_data()
{
    QTest::addColumn<QStringList>("terms");
    QTest::addColumn<QString>("message");

    QTest::newRow("none") << QStringList() << "no keywords to count";
    QTest::newRow("empty keyword") << QStringList{u" "_qs} << "the keyword is empty";
    QTest::newRow("only zero-width") << QStringList{u"\u200B"_qs} << "the keyword is empty";
    QTest::newRow("inner star") << QStringList{u"te*ch"_qs}
        << "'*' is only allowed at the end of an English keyword";
    QTest::newRow("twice") << QStringList{u"科技"_qs, u"科技"_qs} << "the keyword is listed twice";
    QTest::newRow("empty group member") << QStringList{u"G=科技|"_qs}
        << "member \"\": the keyword is empty";
}

void TestKeywordMatcher::refusesBadVocabularies()
{
    QFETCH(QStringList, terms);
    QFETCH(QString, message);
    const Result<KeywordMatcher> matcher = KeywordMatcher::create(termsFrom(terms));
    QVERIFY(!matcher.ok());
    QCOMPARE(matcher.error().message, message);
}

void TestKeywordMatcher::removesEveryUnicodeSpace()
{
    // The scanner recognises removed characters from their UTF-8 bytes; that list must be
    // exactly QChar::isSpace plus the zero-width characters.
    const KeywordMatcher matcher = KeywordMatcher::create(termsFrom({u"科技"_qs})).value();
    for (char32_t u = 1; u < 0x30000; ++u) {
        if (u >= 0xD800 && u <= 0xDFFF)
            continue;
        const bool removed = KeywordPattern::isRemovedSpace(u) || KeywordPattern::isZeroWidth(u);
        const QString text = u"科"_qs + QString::fromUcs4(&u, 1) + u"技"_qs;
        const qint64 expected = removed || u == U'科' || u == U'技' ? 1 : 0;
        if (matcher.count(text).first() != expected)
            QFAIL(qPrintable(QStringLiteral("U+%1").arg(quint32(u), 4, 16, QLatin1Char('0'))));
    }
}

QTEST_GUILESS_MAIN(TestKeywordMatcher)
#include "tst_keywordmatcher.moc"
