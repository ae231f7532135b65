#include "keywordmatcher.h"
#include "reportdiff.h"

#include <QTest>

using namespace Annals;

using Status = AlignedSentence::Status;

namespace {

// "status|old|new" per row.
QStringList summary(const QList<AlignedSentence> &rows)
{
    QStringList result;
    for (const AlignedSentence &row : rows) {
        result.append(AlignedSentence::statusName(row.status) + QLatin1Char('|') + row.oldText
                      + QLatin1Char('|') + row.newText);
    }
    return result;
}

QStringList spanTexts(const QString &text, const QList<TextDiff::Span> &spans)
{
    QStringList result;
    for (const TextDiff::Span &span : spans)
        result.append(text.mid(span.start, span.length));
    return result;
}

} // namespace

class tst_ReportDiff : public QObject
{
    Q_OBJECT

private slots:
    void align_data();
    void align();
    void changedSpans_data();
    void changedSpans();
    void numbers_data();
    void numbers();
    void keywordFilter();
    void offsetsPointIntoTheTexts();
};

void tst_ReportDiff::align_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("same") << QStringLiteral("甲乙丙。丁戊己。") << QStringLiteral("甲乙丙。丁戊己。")
                          << QStringList{QStringLiteral("same|甲乙丙。|甲乙丙。"),
                                         QStringLiteral("same|丁戊己。|丁戊己。")};
    QTest::newRow("added, removed, reworded")
        << QStringLiteral("今年经济增长目标为百分之五左右。旧的一句话。保持不变的话。")
        << QStringLiteral("今年经济增长目标为百分之六左右。保持不变的话。全新的说法！")
        << QStringList{
               QStringLiteral("reworded|今年经济增长目标为百分之五左右。|"
                              "今年经济增长目标为百分之六左右。"),
               QStringLiteral("removed|旧的一句话。|"),
               QStringLiteral("same|保持不变的话。|保持不变的话。"),
               QStringLiteral("added||全新的说法！")};
    QTest::newRow("line breaks inside a sentence do not count")
        << QStringLiteral("推进科技\n自立自强。") << QStringLiteral("推进科技自立\n自强。")
        << QStringList{QStringLiteral("same|推进科技自立自强。|推进科技自立自强。")};
    QTest::newRow("too different is removed and added")
        << QStringLiteral("完全不同的句子。") << QStringLiteral("另一回事儿呢。")
        << QStringList{QStringLiteral("removed|完全不同的句子。|"),
                       QStringLiteral("added||另一回事儿呢。")};
    QTest::newRow("blank line ends a sentence")
        << QStringLiteral("标题\n\n正文一句。") << QStringLiteral("标题\n\n正文一句。新句。")
        << QStringList{QStringLiteral("same|标题|标题"),
                       QStringLiteral("same|正文一句。|正文一句。"),
                       QStringLiteral("added||新句。")};
    QTest::newRow("English")
        << QStringLiteral("Growth was steady. We will cut taxes.")
        << QStringLiteral("Growth was strong. We will cut taxes.")
        << QStringList{QStringLiteral("reworded|Growth was steady.|Growth was strong."),
                       QStringLiteral("same|We will cut taxes.|We will cut taxes.")};
}

void tst_ReportDiff::align()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QStringList, expected);
    QCOMPARE(summary(ReportDiff::compare(before, after)), expected);
}

void tst_ReportDiff::changedSpans_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QStringList>("removed");
    QTest::addColumn<QStringList>("added");

    QTest::newRow("Chinese: characters")
        << QStringLiteral("目标为百分之五左右。") << QStringLiteral("目标为百分之六左右。")
        << QStringList{QStringLiteral("五")} << QStringList{QStringLiteral("六")};
    QTest::newRow("Chinese: insertion")
        << QStringLiteral("加快发展数字经济。") << QStringLiteral("加快发展现代数字经济。")
        << QStringList() << QStringList{QStringLiteral("现代")};
    QTest::newRow("English: whole words")
        << QStringLiteral("Growth was steady.") << QStringLiteral("Growth was strong.")
        << QStringList{QStringLiteral("steady")} << QStringList{QStringLiteral("strong")};
    QTest::newRow("numbers are words")
        << QStringLiteral("增长3%左右。") << QStringLiteral("增长4.5%左右。")
        << QStringList{QStringLiteral("3")} << QStringList{QStringLiteral("4.5")};
}

void tst_ReportDiff::changedSpans()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QStringList, removed);
    QFETCH(QStringList, added);
    QList<TextDiff::Span> removedSpans;
    QList<TextDiff::Span> addedSpans;
    TextDiff::compare(before, after, &removedSpans, &addedSpans);
    QCOMPARE(spanTexts(before, removedSpans), removed);
    QCOMPARE(spanTexts(after, addedSpans), added);
}

void tst_ReportDiff::numbers_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("targets")
        << QStringLiteral("国内生产总值增长5%左右，城镇新增就业1200万人以上，赤字率3%。")
        << QStringList{QStringLiteral("5%左右"), QStringLiteral("1200万"),
                       QStringLiteral("3%")};
    QTest::newRow("decimals and full-width")
        << QStringLiteral("安排3.2万亿元，增长１０％。")
        << QStringList{QStringLiteral("3.2万亿"), QStringLiteral("１０％")};
    QTest::newRow("none") << QStringLiteral("没有数字。") << QStringList();
}

void tst_ReportDiff::numbers()
{
    QFETCH(QString, sentence);
    QFETCH(QStringList, expected);
    QCOMPARE(ReportDiff::numbers(sentence), expected);
}

void tst_ReportDiff::keywordFilter()
{
    const QList<AlignedSentence> rows = ReportDiff::compare(
        QStringLiteral("发展科技。其他内容。"), QStringLiteral("发展科技。另有安排。"));
    Result<KeywordMatcher> matcher = KeywordMatcher::create({KeywordTerm{
        QStringLiteral("科技"), QString(), QStringList(), QString()}});
    QVERIFY(matcher);
    QStringList kept;
    for (const AlignedSentence &row : rows) {
        if (ReportDiff::mentions(row, matcher.value()))
            kept.append(row.newText);
    }
    QCOMPARE(kept, QStringList{QStringLiteral("发展科技。")});
}

void tst_ReportDiff::offsetsPointIntoTheTexts()
{
    const QString before = QStringLiteral("第一句。\n第二\n句。");
    const QString after = QStringLiteral("  第二句。第三句。");
    const QList<AlignedSentence> rows = ReportDiff::compare(before, after);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).status, Status::Removed);
    QCOMPARE(before.mid(rows.at(0).oldOffset, rows.at(0).oldLength), QStringLiteral("第一句。"));
    QCOMPARE(rows.at(1).status, Status::Same);
    QCOMPARE(before.mid(rows.at(1).oldOffset, rows.at(1).oldLength),
             QStringLiteral("第二\n句。"));
    QCOMPARE(after.mid(rows.at(1).newOffset, rows.at(1).newLength), QStringLiteral("第二句。"));
    QCOMPARE(rows.at(2).status, Status::Added);
    QCOMPARE(rows.at(2).newIndex, 1);
}

QTEST_GUILESS_MAIN(tst_ReportDiff)
#include "tst_reportdiff.moc"
