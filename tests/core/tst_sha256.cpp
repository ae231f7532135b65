#include "sha256.h"

#include <QtTest>

#include <random>

using namespace Annals;

class TestSha256 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownDigests_data();
    void knownDigests();
    void matchesQtInAnyChunking();
};

void TestSha256::knownDigests_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("digest");

    QTest::newRow("empty") << QByteArray()
        << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("abc") << QByteArray("abc")
        << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("two blocks")
        << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

void TestSha256::knownDigests()
{
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, digest);
    QCOMPARE(Sha256::hash(data).toHex(), digest);
}

void TestSha256::matchesQtInAnyChunking()
{
    std::mt19937 random(7);
    for (const int size : {0, 1, 55, 56, 63, 64, 65, 119, 120, 128, 1000, 100000}) {
        QByteArray data(size, Qt::Uninitialized);
        for (char &byte : data)
            byte = char(random());
        const QByteArray expected = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
        for (const int chunk : {1, 3, 64, 100, 4096}) {
            Sha256 sha;
            for (qsizetype at = 0; at < size; at += chunk) {
                const qsizetype length = std::min<qsizetype>(chunk, size - at);
                sha.addData(QByteArrayView(data).sliced(at, length));
            }
            QCOMPARE(sha.result(), expected);
        }
    }
}

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
