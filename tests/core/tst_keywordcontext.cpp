#include "keywordcontext.h"

#include <QtTest>

using namespace Annals;

class TestKeywordContext : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sentences_data();
    void sentences();
    void findsHitsWithSentences();
    void limitsPerTerm();
    void cutsLongSentencesAroundTheHit();
    void refusesBadVocabulary();
};

void TestKeywordContext::sentences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<QString>("sentence");

    QTest::newRow("between full stops") << u"第一句。推动科技创新！第三句。"_qs << u"科技"_qs
                                        << u"推动科技创新！"_qs;
    QTest::newRow("line break inside the sentence") << u"前言。推动\n科\n技创新；后面"_qs
                                                    << u"科技"_qs << u"推动科技创新；"_qs;
    QTest::newRow("blank line ends a paragraph") << u"标题\n\n科技创新\n\n下一段"_qs
                                                 << u"科技"_qs << u"科技创新"_qs;
    QTest::newRow("English sentence") << u"First one. We said AI matters! Next?"_qs << u"AI"_qs
                                      << u"We said AI matters!"_qs;
    QTest::newRow("decimal point is no end") << u"增长5.2%，科技进步。"_qs << u"科技"_qs
                                             << u"增长5.2%，科技进步。"_qs;
    QTest::newRow("English words stay apart") << u"the artificial\nintelligence era."_qs
                                              << u"artificial intelligence"_qs
                                              << u"the artificial intelligence era."_qs;
    QTest::newRow("English punctuation keeps its space")
        << u"Chips:\n  AI, (chips) and\u200b more."_qs << u"AI"_qs
        << u"Chips: AI, (chips) and more."_qs;
    QTest::newRow("no space between Chinese and English") << u"发展 AI 和\n芯片。"_qs << u"AI"_qs
                                                        << u"发展AI和芯片。"_qs;
}

void TestKeywordContext::sentences()
{
    QFETCH(QString, text);
    QFETCH(QString, keyword);
    QFETCH(QString, sentence);
    const Result<QList<KeywordContext>> contexts
        = KeywordContext::find(text, {{keyword, {}, {}, {}}});
    QVERIFY(contexts.ok());
    QCOMPARE(contexts.value().size(), 1);
    const KeywordContext &context = contexts.value().first();
    QCOMPARE(context.sentence, sentence);
    QCOMPARE(context.keyword, keyword);
    QCOMPARE(context.sentence.mid(context.hitStart, context.hitLength).toLower(),
             KeywordContext::displayText(text.mid(context.offset, context.length)).toLower());
    QVERIFY(context.sentenceOffset <= context.offset);
    QVERIFY(context.sentenceOffset + context.sentenceLength >= context.offset + context.length);
}

void TestKeywordContext::findsHitsWithSentences()
{
    const QString text = u"科技创新。\n发展科\n技，芯片和集成电路。"_qs;
    const Result<KeywordMatcher> matcher = KeywordMatcher::create(
        {{u"科技"_qs, {}, {}, {}},
         {u"chips"_qs, {}, {u"芯片"_qs, u"集成电路"_qs}, {}}});
    QVERIFY(matcher.ok());
    const QList<KeywordContext> contexts = KeywordContext::find(text, matcher.value());
    QCOMPARE(contexts.size(), 4);
    QCOMPARE(contexts.at(0).offset, 0);
    QCOMPARE(contexts.at(0).sentence, u"科技创新。"_qs);
    QCOMPARE(contexts.at(1).offset, 8);
    QCOMPARE(text.mid(contexts.at(1).offset, contexts.at(1).length), u"科\n技"_qs);
    QCOMPARE(contexts.at(1).sentence, u"发展科技，芯片和集成电路。"_qs);
    QCOMPARE(contexts.at(1).hitStart, 2);
    QCOMPARE(contexts.at(1).hitLength, 2);
    QCOMPARE(contexts.at(2).keyword, u"chips"_qs);
    QCOMPARE(text.mid(contexts.at(2).offset, contexts.at(2).length), u"芯片"_qs);
    QCOMPARE(text.mid(contexts.at(3).offset, contexts.at(3).length), u"集成电路"_qs);
}

void TestKeywordContext::limitsPerTerm()
{
    const QString text = u"科技。科技。科技。创新。"_qs;
    const Result<KeywordMatcher> matcher = KeywordMatcher::create(
        {{u"科技"_qs, {}, {}, {}}, {u"创新"_qs, {}, {}, {}}});
    const QList<KeywordContext> contexts = KeywordContext::find(text, matcher.value(), 2);
    QCOMPARE(contexts.size(), 3);
    QCOMPARE(contexts.at(0).term, 0);
    QCOMPARE(contexts.at(1).term, 0);
    QCOMPARE(contexts.at(2).term, 1);
}

void TestKeywordContext::cutsLongSentencesAroundTheHit()
{
    const QString text = QString(500, u'文') + u"科技"_qs + QString(500, u'字') + u"。"_qs;
    const Result<KeywordMatcher> matcher = KeywordMatcher::create({{u"科技"_qs, {}, {}, {}}});
    const QList<KeywordContext> contexts = KeywordContext::find(text, matcher.value(), 0, 100);
    QCOMPARE(contexts.size(), 1);
    const KeywordContext &context = contexts.first();
    QVERIFY(context.truncated);
    QCOMPARE(context.sentenceLength, 100);
    QCOMPARE(context.sentence.mid(context.hitStart, context.hitLength), u"科技"_qs);
    QCOMPARE(context.hitStart, 49);
}

void TestKeywordContext::refusesBadVocabulary()
{
    const Result<QList<KeywordContext>> contexts
        = KeywordContext::find(u"x"_qs, QList<KeywordTerm>());
    QVERIFY(!contexts.ok());
    QCOMPARE(contexts.error().message, QStringLiteral("no keywords to count"));
}

QTEST_GUILESS_MAIN(TestKeywordContext)
#include "tst_keywordcontext.moc"
