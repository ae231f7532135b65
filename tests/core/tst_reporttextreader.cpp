#include "reporttextreader.h"

#include <QCryptographicHash>
#include <QtTest>

using namespace Annals;

namespace {

QString fixturePath(const QString &name)
{
    return QStringLiteral(ANNALS_TEST_DATA_DIR "/reporttextreader/") + name;
}

} // namespace

class TestReportTextReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void yearFromFileName_data();
    void yearFromFileName();
    void yearFromText_data();
    void yearFromText();
    void detectsLanguage_data();
    void detectsLanguage();
    void readsFiles_data();
    void readsFiles();
    void listsReportFilesSorted();
    void refusesMissingFile();
};

void TestReportTextReader::yearFromFileName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("year");

    QTest::newRow("corpus name") << "gwr-2024-zh.txt" << 2024;
    QTest::newRow("Chinese title") << "2024年政府工作报告.txt" << 2024;
    QTest::newRow("bare year") << "2024.txt" << 2024;
    QTest::newRow("underscores") << "report_1999_final.txt" << 1999;
    QTest::newRow("first of two") << "2019-vs-2020.txt" << 2019;
    QTest::newRow("full-width digits") << "２０２３年报告.txt" << 2023;
    QTest::newRow("five digits") << "12024.txt" << 0;
    QTest::newRow("no year") << "gwr-zh.txt" << 0;
    QTest::newRow("after 2099") << "2100.txt" << 0;
    QTest::newRow("before 1900") << "1899.txt" << 0;
    QTest::newRow("after a letter") << "v2-2019.txt" << 2019;
}

void TestReportTextReader::yearFromFileName()
{
    QFETCH(QString, name);
    QFETCH(int, year);
    QCOMPARE(ReportTextReader::yearFromFileName(name), year);
}

void TestReportTextReader::yearFromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("year");

    QTest::newRow("date line after blank lines")
        << u"政府工作报告\n\n\n\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n"_qs
        << 2024;
    QTest::newRow("bare year line") << u"2019\n政府工作报告\n"_qs << 2019;
    QTest::newRow("date wins over review year")
        << u"一、2023年工作回顾\n——2024年3月5日在会议上\n"_qs << 2024;
    QTest::newRow("full-width date") << u"——２０２２年３月５日\n"_qs << 2022;
    QTest::newRow("any year as last resort")
        << u"Report on the Work of the Government\non March 5, 2021\n"_qs << 2021;
    QTest::newRow("only the first five lines")
        << u"a\nb\nc\nd\ne\n——2024年3月5日\n"_qs << 0;
    QTest::newRow("none") << u"各位代表：\n现在，我代表国务院\n"_qs << 0;
    QTest::newRow("empty") << QString() << 0;
}

void TestReportTextReader::yearFromText()
{
    QFETCH(QString, text);
    QFETCH(int, year);
    QCOMPARE(ReportTextReader::yearFromText(text), year);
}

void TestReportTextReader::detectsLanguage_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");

    QTest::newRow("Chinese") << u"各位代表：现在，我代表国务院，向大会报告政府工作。"_qs << "zh";
    QTest::newRow("English") << u"Fellow Deputies, on behalf of the State Council"_qs << "en";
    QTest::newRow("Chinese with English terms")
        << u"发展人工智能（AI）和5G网络，推进大数据和云计算"_qs << "zh";
    QTest::newRow("English with a Chinese term")
        << u"The report mentions 科技 (science and technology) often."_qs << "en";
    QTest::newRow("empty") << QString() << "zh";
}

void TestReportTextReader::detectsLanguage()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QCOMPARE(ReportTextReader::detectLanguage(text), language);
}

void TestReportTextReader::readsFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("start");

    QTest::newRow("year in the name") << u"2019年政府工作报告.txt"_qs << 2019 << "zh" << "UTF-8"
                                      << u"政府工作报告\n\n——2019年3月5日"_qs;
    QTest::newRow("English, year in the text") << "report-en.txt" << 2021 << "en" << "UTF-8"
                                               << "Report on the Work";
    QTest::newRow("GBK, year in the text") << "untitled-gbk.txt" << 2018 << "zh" << "GB18030"
                                           << u"政府工作报告\r\n——2018年3月5日"_qs;
}

void TestReportTextReader::readsFiles()
{
    QFETCH(QString, file);
    QFETCH(int, year);
    QFETCH(QString, language);
    QFETCH(QString, encoding);
    QFETCH(QString, start);
    const Result<ReportText> report = ReportTextReader::read(fixturePath(file));
    QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().toString()));
    QCOMPARE(report.value().fileName, file);
    QCOMPARE(report.value().path, fixturePath(file));
    QCOMPARE(report.value().year, year);
    QCOMPARE(report.value().language, language);
    QCOMPARE(report.value().encoding, encoding);
    QVERIFY(report.value().text.startsWith(start));
    QFile raw(fixturePath(file));
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QCOMPARE(report.value().sha256,
             QString::fromLatin1(
                 QCryptographicHash::hash(raw.readAll(), QCryptographicHash::Sha256).toHex()));
}

void TestReportTextReader::listsReportFilesSorted()
{
    const QStringList files = ReportTextReader::listReportFiles(
        QStringLiteral(ANNALS_TEST_DATA_DIR "/reporttextreader"));
    QCOMPARE(files, QStringList({fixturePath(u"2019年政府工作报告.txt"_qs),
                                 fixturePath(QStringLiteral("report-en.txt")),
                                 fixturePath(QStringLiteral("untitled-gbk.txt"))}));
}

void TestReportTextReader::refusesMissingFile()
{
    const Result<ReportText> report
        = ReportTextReader::read(fixturePath(QStringLiteral("no.txt")));
    QVERIFY(!report.ok());
    QCOMPARE(report.error().toString(), QStringLiteral("no.txt: the file does not exist"));
}

QTEST_GUILESS_MAIN(TestReportTextReader)
#include "tst_reporttextreader.moc"
