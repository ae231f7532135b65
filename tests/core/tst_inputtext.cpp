#include "datafile.h"
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

QTEST_GUILESS_MAIN(TestInputText)
#include "tst_inputtext.moc"
