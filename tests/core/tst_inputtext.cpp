#include "datafile.h"
#include "inputlimits.h"
#include "inputtext.h"

#include <QtTest>

using namespace Annals;

class TestInputText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void echoed_data();
    void echoed();
    void sizesAreExact();
    void dataFilesAreReadWhole_data();
    void dataFilesAreReadWhole();
    void dataFilesOverTheLimitAreRefused();
};

void TestInputText::echoed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "billion yuan" << "billion yuan";
    QTest::newRow("chinese") << "研发经费" << "研发经费";
    QTest::newRow("line breaks and tabs") << "a\nb\tc\r" << "a\\nb\\tc\\r";
    QTest::newRow("escape sequence") << "\x1b[2Jx" << "\\u001B[2Jx";
    QTest::newRow("bell and DEL") << "\a\x7f" << "\\u0007\\u007F";
    QTest::newRow("bidi override") << QString(QChar(0x202E)) + "abc" << "\\u202Eabc";
    QTest::newRow("80 characters stay") << QString(80, 'x') << QString(80, 'x');
    QTest::newRow("81 are cut") << QString(81, 'x') << QString(80, 'x') + "…";
    QTest::newRow("30,000 are cut") << QString(30000, 'x') << QString(80, 'x') + "…";
    QTest::newRow("surrogate pairs count once")
        << QString(79, 'x') + "😀😀" << QString(79, 'x') + "😀…";
}

void TestInputText::echoed()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(InputText::echoed(text), expected);
}

void TestInputText::sizesAreExact()
{
    QCOMPARE(InputText::bytes(0), QStringLiteral("0 bytes"));
    QCOMPARE(InputText::bytes(1), QStringLiteral("1 byte"));
    QCOMPARE(InputText::bytes(999), QStringLiteral("999 bytes"));
    QCOMPARE(InputText::bytes(1000), QStringLiteral("1,000 bytes"));
    QCOMPARE(InputText::byteLimit(64 * 1024 * 1024),
             QStringLiteral("67,108,864 bytes (64 MiB)"));
    QCOMPARE(tooLarge(64 * 1024 * 1024 + 1, maxDataFileBytes),
             QStringLiteral("the file is 67,108,865 bytes; Annals reads data files of at most "
                            "67,108,864 bytes (64 MiB)"));
}

void TestInputText::dataFilesAreReadWhole_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("maxBytes");
    QTest::newRow("empty") << qint64(0) << qint64(1024);
    QTest::newRow("small, report text limit") << qint64(3000) << InputLimits::maxReportTextBytes;
    QTest::newRow("at the limit") << qint64(4096) << qint64(4096);
    QTest::newRow("over a read chunk") << qint64(3 << 20) << qint64(maxDataFileBytes);
}

void TestInputText::dataFilesAreReadWhole()
{
    QFETCH(qint64, size);
    QFETCH(qint64, maxBytes);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data.txt"));
    QByteArray content(size, 'x');
    for (qint64 i = 0; i < size; i += 997)
        content[i] = char('a' + i % 26);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    const Result<QByteArray> read = readDataFile(path, maxBytes);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
    QCOMPARE(read.value(), content);
    // The buffer holds the file, not the limit: a 3,000-byte text once kept 256 MiB reserved.
    QVERIFY2(read.value().capacity() <= 2 * size + 64 * 1024,
             qPrintable(QStringLiteral("capacity %1").arg(read.value().capacity())));
}

void TestInputText::dataFilesOverTheLimitAreRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4097, ' '));
    file.close();
    const Result<QByteArray> read = readDataFile(path, 4096);
    QVERIFY(!read);
    QVERIFY2(read.error().toString().contains(QStringLiteral("4,097 bytes")),
             qPrintable(read.error().toString()));
}

QTEST_GUILESS_MAIN(TestInputText)
#include "tst_inputtext.moc"
