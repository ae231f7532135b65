#include "datafile.h"
#include "textdecoder.h"

#include <QtTest>

using namespace Annals;
using Encoding = TextDecoder::Encoding;

Q_DECLARE_METATYPE(TextDecoder::Encoding)

namespace {

// The sample all fixtures in tests/data/textdecoder were made from (with iconv).
const QString sample = QStringLiteral(
    u"政府工作报告\n——2024年3月5日在第十四届全国人民代表大会\n科技创新实现新的突破。😀¥\n");

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(ANNALS_TEST_DATA_DIR "/textdecoder/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesFixtures_data();
    void decodesFixtures();
    void streamsInSmallChunks_data();
    void streamsInSmallChunks();
    void refusesBadBytes_data();
    void refusesBadBytes();
    void streamedErrorOffsetAcrossChunks_data();
    void streamedErrorOffsetAcrossChunks();
    void parsesEncodingNames_data();
    void parsesEncodingNames();
    void findsTheFirstInvalidUtf8_data();
    void findsTheFirstInvalidUtf8();
    void findsTheFirstInvalidGb18030_data();
    void findsTheFirstInvalidGb18030();
};

void TestTextDecoder::decodesFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Encoding>("forced");
    QTest::addColumn<Encoding>("used");
    QTest::addColumn<QString>("text");

    const QString crlf = QString(sample).replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
    QTest::newRow("UTF-8") << "utf8.txt" << Encoding::Auto << Encoding::Utf8 << sample;
    QTest::newRow("UTF-8 BOM") << "utf8-bom.txt" << Encoding::Auto << Encoding::Utf8 << sample;
    QTest::newRow("UTF-16LE BOM") << "utf16le-bom.txt" << Encoding::Auto << Encoding::Utf16LE
                                  << sample;
    QTest::newRow("UTF-16BE BOM") << "utf16be-bom.txt" << Encoding::Auto << Encoding::Utf16BE
                                  << sample;
    QTest::newRow("GB18030 detected") << "gb18030.txt" << Encoding::Auto << Encoding::Gb18030
                                      << sample;
    QTest::newRow("GB18030 forced") << "gb18030.txt" << Encoding::Gb18030 << Encoding::Gb18030
                                    << sample;
    QTest::newRow("CRLF kept") << "utf8-crlf.txt" << Encoding::Auto << Encoding::Utf8 << crlf;
    QTest::newRow("empty") << "empty.txt" << Encoding::Auto << Encoding::Utf8 << QString();
    QTest::newRow("empty GB18030") << "empty.txt" << Encoding::Gb18030 << Encoding::Gb18030
                                   << QString();
}

void TestTextDecoder::decodesFixtures()
{
    QFETCH(QString, file);
    QFETCH(Encoding, forced);
    QFETCH(Encoding, used);
    QFETCH(QString, text);
    Encoding applied = Encoding::Auto;
    const Result<QString> decoded = TextDecoder::decode(fixture(file), forced, file, &applied);
    QVERIFY2(decoded.ok(), qPrintable(decoded ? QString() : decoded.error().toString()));
    QCOMPARE(decoded.value(), text);
    QCOMPARE(applied, used);
}

void TestTextDecoder::streamsInSmallChunks_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Encoding>("encoding");

    QTest::newRow("UTF-8") << "utf8-bom.txt" << Encoding::Utf8;
    QTest::newRow("UTF-16LE") << "utf16le-bom.txt" << Encoding::Utf16LE;
    QTest::newRow("UTF-16BE") << "utf16be-bom.txt" << Encoding::Utf16BE;
    QTest::newRow("GB18030") << "gb18030.txt" << Encoding::Gb18030;
}

void TestTextDecoder::streamsInSmallChunks()
{
    QFETCH(QString, file);
    QFETCH(Encoding, encoding);
    const QByteArray bytes = fixture(file);
    for (int chunk = 1; chunk <= 5; ++chunk) {
        TextDecoder decoder(encoding);
        QByteArray utf8;
        for (qsizetype at = 0; at < bytes.size(); at += chunk) {
            QByteArrayView converted;
            QVERIFY(decoder.feed(QByteArrayView(bytes).sliced(
                                     at, std::min<qsizetype>(chunk, bytes.size() - at)),
                                 &converted));
            utf8 += converted;
        }
        QByteArrayView rest;
        QVERIFY(decoder.finish(&rest));
        QString text = QString::fromUtf8(utf8);
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        QCOMPARE(text, sample);
    }
}

void TestTextDecoder::refusesBadBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");

    QTest::newRow("neither UTF-8 nor GB18030") << fixture(QStringLiteral("invalid-gb18030.txt"))
        << Encoding::Auto
        << "f.txt:2: neither UTF-8 nor GB18030: not valid GB18030 at byte 20, not valid UTF-8 "
           "at byte 0; name the encoding if it is another one" << 2;
    QTest::newRow("GB18030 forced") << fixture(QStringLiteral("invalid-gb18030.txt"))
        << Encoding::Gb18030 << "f.txt:2: not valid GB18030 at byte 20" << 2;
    QTest::newRow("GB18030 text forced as UTF-8") << fixture(QStringLiteral("gb18030.txt"))
        << Encoding::Utf8 << "f.txt:1: not valid UTF-8 at byte 0" << 1;
    QTest::newRow("truncated UTF-8") << fixture(QStringLiteral("truncated-utf8.txt"))
        << Encoding::Utf8 << "f.txt:2: not valid UTF-8 at byte 3" << 2;
    QTest::newRow("overlong UTF-8") << QByteArray("ab\xC0\xAF") << Encoding::Utf8
        << "f.txt:1: not valid UTF-8 at byte 2" << 1;
    QTest::newRow("UTF-8 surrogate") << QByteArray("a\xED\xA0\x80") << Encoding::Utf8
        << "f.txt:1: not valid UTF-8 at byte 1" << 1;
    QTest::newRow("GB18030 four bytes out of range") << QByteArray("ab\x84\x31\xA5\x30")
        << Encoding::Gb18030 << "f.txt:1: not valid GB18030 at byte 2" << 1;
    QTest::newRow("GB18030 lone 0x80") << QByteArray("\xD6\xD0\x80") << Encoding::Gb18030
        << "f.txt:1: not valid GB18030 at byte 2" << 1;
    QTest::newRow("UTF-16LE unpaired surrogate")
        << QByteArray("\xFF\xFE" "A\0" "\x00\xD8" "B\0", 8) << Encoding::Auto
        << "f.txt: not valid UTF-16LE at byte 4" << 0;
    QTest::newRow("UTF-16BE lone low surrogate")
        << QByteArray("\xFE\xFF" "\0A" "\xDC\x00", 6) << Encoding::Auto
        << "f.txt: not valid UTF-16BE at byte 4" << 0;
    QTest::newRow("UTF-16LE odd length") << QByteArray("\xFF\xFE" "A\0" "B", 5)
        << Encoding::Auto << "f.txt: not valid UTF-16LE at byte 4" << 0;
}

void TestTextDecoder::refusesBadBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Encoding, encoding);
    QFETCH(QString, message);
    QFETCH(int, line);
    const Result<QString> decoded = TextDecoder::decode(bytes, encoding,
                                                        QStringLiteral("/some/where/f.txt"));
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().toString(), message);
    QCOMPARE(decoded.error().file, QStringLiteral("/some/where/f.txt"));
    QCOMPARE(decoded.error().line, line);
}

void TestTextDecoder::streamedErrorOffsetAcrossChunks_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<qint64>("offset");

    QTest::newRow("GB18030") << fixture(QStringLiteral("invalid-gb18030.txt"))
                             << Encoding::Gb18030 << qint64(20);
    QTest::newRow("UTF-8 bad continuation") << QByteArray("\xE4\xB8\xAD\xE6\x96\x87\xE4\xB8x")
                                            << Encoding::Utf8 << qint64(6);
    QTest::newRow("UTF-8 truncated at end") << QByteArray("\xE4\xB8\xAD\xE6\x96")
                                            << Encoding::Utf8 << qint64(3);
    QTest::newRow("UTF-16LE surrogate") << QByteArray("A\0B\0\x00\xD8\x41\x00", 8)
                                        << Encoding::Utf16LE << qint64(4);
    // Chunks of 1 to 7 bytes cut every GB18030 sequence below at every place.
    QTest::newRow("GB18030 bad first byte")
        << QByteArray("\x80\xD6\xD0") << Encoding::Gb18030 << qint64(0);
    QTest::newRow("GB18030 bad after four bytes")
        << QByteArray("\xD6\xD0\x81\x30\x81\x30\xFF\xD6\xD0") << Encoding::Gb18030 << qint64(6);
    QTest::newRow("GB18030 bad second byte")
        << QByteArray("ab\xD6\xD0\xD6\x7Fxy") << Encoding::Gb18030 << qint64(4);
    QTest::newRow("GB18030 bad third byte")
        << QByteArray("\xD6\xD0\x81\x30\x41\x30") << Encoding::Gb18030 << qint64(2);
    QTest::newRow("GB18030 bad fourth byte")
        << QByteArray("\xD6\xD0\x81\x30\x81\x41") << Encoding::Gb18030 << qint64(2);
    QTest::newRow("GB18030 cut two-byte at end")
        << QByteArray("\x94\x39\xFC\x36\xD6") << Encoding::Gb18030 << qint64(4);
    QTest::newRow("GB18030 cut four-byte at end, 2 of 4")
        << QByteArray("\xD6\xD0\x94\x39") << Encoding::Gb18030 << qint64(2);
    QTest::newRow("GB18030 cut four-byte at end, 3 of 4")
        << QByteArray("\xD6\xD0\x94\x39\xFC") << Encoding::Gb18030 << qint64(2);
    QTest::newRow("GB18030 beyond U+10FFFF")
        << QByteArray("a\xD6\xD0\xE3\x32\x9A\x36") << Encoding::Gb18030 << qint64(3);
}

void TestTextDecoder::streamedErrorOffsetAcrossChunks()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Encoding, encoding);
    QFETCH(qint64, offset);
    for (int chunk = 1; chunk <= 7; ++chunk) {
        TextDecoder decoder(encoding);
        bool ok = true;
        for (qsizetype at = 0; ok && at < bytes.size(); at += chunk) {
            QByteArrayView converted;
            ok = decoder.feed(QByteArrayView(bytes).sliced(
                                  at, std::min<qsizetype>(chunk, bytes.size() - at)),
                              &converted);
        }
        QByteArrayView rest;
        if (ok)
            ok = decoder.finish(&rest);
        QVERIFY(!ok);
        QCOMPARE(decoder.errorOffset(), offset);
    }
}

void TestTextDecoder::findsTheFirstInvalidUtf8_data()
{
    // The one strict UTF-8 validator: report texts and every data file (decodeUtf8()).
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qsizetype>("offset");

    QTest::newRow("empty") << QByteArray() << qsizetype(-1);
    QTest::newRow("ASCII") << QByteArray("plain text, 2024") << qsizetype(-1);
    QTest::newRow("every length") << QByteArray("a\xC3\xA9\xE7\xA7\x91\xF0\x9F\x98\x80")
                                  << qsizetype(-1);
    QTest::newRow("U+10FFFF") << QByteArray("\xF4\x8F\xBF\xBF") << qsizetype(-1);
    QTest::newRow("U+FFFF, not a surrogate") << QByteArray("\xEF\xBF\xBF") << qsizetype(-1);
    QTest::newRow("U+D7FF, below the surrogates") << QByteArray("\xED\x9F\xBF")
                                                  << qsizetype(-1);
    QTest::newRow("overlong two bytes") << QByteArray("ab\xC0\xAF") << qsizetype(2);
    QTest::newRow("overlong C1") << QByteArray("\xC1\xBF") << qsizetype(0);
    QTest::newRow("overlong three bytes") << QByteArray("x\xE0\x80\xAF") << qsizetype(1);
    QTest::newRow("overlong four bytes") << QByteArray("xy\xF0\x80\x80\xAF") << qsizetype(2);
    QTest::newRow("high surrogate") << QByteArray("a\xED\xA0\x80") << qsizetype(1);
    QTest::newRow("low surrogate") << QByteArray("\xE7\xA7\x91\xED\xBF\xBF") << qsizetype(3);
    QTest::newRow("above U+10FFFF") << QByteArray("a\xF4\x90\x80\x80") << qsizetype(1);
    QTest::newRow("lead F5") << QByteArray("\xF5\x80\x80\x80") << qsizetype(0);
    QTest::newRow("lead FF") << QByteArray("ab\xFF") << qsizetype(2);
    QTest::newRow("lone continuation") << QByteArray("a\x80" "b") << qsizetype(1);
    QTest::newRow("truncated at the end") << QByteArray("\xE7\xA7\x91\xE7\xA7")
                                          << qsizetype(3);
    QTest::newRow("truncated four at the end") << QByteArray("a\xF0\x9F\x98") << qsizetype(1);
    QTest::newRow("truncated before ASCII") << QByteArray("\xE7\xA7" "a") << qsizetype(0);
    QTest::newRow("after a long ASCII run")
        << QByteArray(40, 'a') + QByteArray("\xE7\xA7\x91\xC0\x80") << qsizetype(43);
}

void TestTextDecoder::findsTheFirstInvalidUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qsizetype, offset);
    QCOMPARE(TextDecoder::firstInvalidUtf8(bytes), offset);
    // A data file names the same byte.
    const Result<QString> decoded = decodeUtf8(bytes, QStringLiteral("f.json"));
    QCOMPARE(decoded.ok(), offset < 0);
    if (!decoded)
        QVERIFY2(decoded.error().message.contains(QStringLiteral("at byte %1;").arg(offset)),
                 qPrintable(decoded.error().toString()));
}

void TestTextDecoder::findsTheFirstInvalidGb18030_data()
{
    // GB18030: one byte 00-7F; two bytes 81-FE + 40-7E/80-FE; four bytes 81-FE 30-39 81-FE
    // 30-39 up to U+FFFF (8431A439) and from U+10000 (90308130) to U+10FFFF (E3329A35).
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qsizetype>("offset");
    QTest::addColumn<int>("line");

    QTest::newRow("empty") << QByteArray() << qsizetype(-1) << 0;
    QTest::newRow("ASCII") << QByteArray("plain text, 2024\n") << qsizetype(-1) << 0;
    QTest::newRow("every length") << QByteArray("a\xD6\xD0\x81\x30\x81\x30\x94\x39\xFC\x36")
                                  << qsizetype(-1) << 0;
    QTest::newRow("BOM, U+FFFF and U+10FFFF")
        << QByteArray("\x84\x31\x95\x33\x84\x31\xA4\x39\xE3\x32\x9A\x35") << qsizetype(-1) << 0;
    QTest::newRow("user-defined two bytes")
        << QByteArray("\xAA\xA1\xA1\x40\xFE\xFE") << qsizetype(-1) << 0;
    QTest::newRow("0x80 at the start") << QByteArray("\x80xyz") << qsizetype(0) << 1;
    QTest::newRow("0xFF in the middle")
        << QByteArray("ab\n\xD6\xD0\xFF\xD6\xD0") << qsizetype(5) << 2;
    QTest::newRow("0x80 at the end") << QByteArray("\xD6\xD0\n\n\x80") << qsizetype(4) << 3;
    QTest::newRow("second byte 7F") << QByteArray("\xD6\xD0\xD6\x7F") << qsizetype(2) << 1;
    QTest::newRow("lead before a newline") << QByteArray("\xD6\n\xD6\xD0") << qsizetype(0) << 1;
    QTest::newRow("four bytes, bad third") << QByteArray("x\x81\x30\x20\x30") << qsizetype(1) << 1;
    QTest::newRow("four bytes, bad fourth")
        << QByteArray("x\x81\x30\x81\x41") << qsizetype(1) << 1;
    QTest::newRow("four bytes after U+FFFF")
        << QByteArray("ab\x84\x31\xA5\x30") << qsizetype(2) << 1;
    QTest::newRow("four bytes beyond U+10FFFF")
        << QByteArray("\xE3\x32\x9A\x36") << qsizetype(0) << 1;
    QTest::newRow("four bytes FE39FE39")
        << QByteArray("a\nb\xFE\x39\xFE\x39") << qsizetype(3) << 2;
    QTest::newRow("cut two bytes at the end") << QByteArray("\xD6\xD0\xD6") << qsizetype(2) << 1;
    QTest::newRow("cut four bytes at the end, 2 of 4")
        << QByteArray("\xD6\xD0\n\x94\x39") << qsizetype(3) << 2;
    QTest::newRow("cut four bytes at the end, 3 of 4")
        << QByteArray("\xD6\xD0\x94\x39\xFC") << qsizetype(2) << 1;
    QByteArray longRun;
    for (int i = 0; i < 40000; ++i)
        longRun += (i % 100 == 99) ? QByteArray("\n") : QByteArray("\xD6\xD0");
    QTest::newRow("after a long valid run") << longRun + QByteArray("\xD6\xD0\x81\x30\x81\x7F")
                                            << qsizetype(longRun.size() + 2) << 401;
    QTest::newRow("cut after a long valid run")
        << longRun + QByteArray("\x94\x39\xFC") << qsizetype(longRun.size()) << 401;
}

void TestTextDecoder::findsTheFirstInvalidGb18030()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qsizetype, offset);
    QFETCH(int, line);
    QCOMPARE(TextDecoder::firstInvalidGb18030(bytes), offset);
    // Decoding names the same byte and its line.
    const Result<QString> decoded = TextDecoder::decode(bytes, Encoding::Gb18030,
                                                        QStringLiteral("f.txt"));
    QCOMPARE(decoded.ok(), offset < 0);
    if (!decoded) {
        QCOMPARE(decoded.error().toString(),
                 QStringLiteral("f.txt:%1: not valid GB18030 at byte %2").arg(line).arg(offset));
    }
    // Detection names it too when the bytes are not UTF-8 either.
    const qsizetype badUtf8 = TextDecoder::firstInvalidUtf8(bytes);
    const Result<QString> detected = TextDecoder::decode(bytes, Encoding::Auto,
                                                         QStringLiteral("f.txt"));
    if (offset >= 0 && badUtf8 >= 0) {
        QVERIFY(!detected);
        QCOMPARE(detected.error().toString(),
                 QStringLiteral("f.txt:%1: neither UTF-8 nor GB18030: not valid GB18030 at byte "
                                "%2, not valid UTF-8 at byte %3; name the encoding if it is "
                                "another one")
                     .arg(line)
                     .arg(offset)
                     .arg(badUtf8));
    }
    // A stream in chunks of a prime size (sequences cut at many places) fails at that byte.
    TextDecoder decoder(Encoding::Gb18030);
    bool ok = true;
    for (qsizetype at = 0; ok && at < bytes.size(); at += 4093) {
        QByteArrayView converted;
        ok = decoder.feed(QByteArrayView(bytes).sliced(at, std::min<qsizetype>(4093,
                                                                               bytes.size() - at)),
                          &converted);
    }
    QByteArrayView rest;
    if (ok)
        ok = decoder.finish(&rest);
    QCOMPARE(ok, offset < 0);
    QCOMPARE(decoder.errorOffset(), qint64(offset));
}

void TestTextDecoder::parsesEncodingNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("known");
    QTest::addColumn<Encoding>("encoding");

    QTest::newRow("utf-8") << "utf-8" << true << Encoding::Utf8;
    QTest::newRow("UTF8") << "UTF8" << true << Encoding::Utf8;
    QTest::newRow("utf_16le") << "utf_16le" << true << Encoding::Utf16LE;
    QTest::newRow("UTF-16BE") << "UTF-16BE" << true << Encoding::Utf16BE;
    QTest::newRow("GBK") << "GBK" << true << Encoding::Gb18030;
    QTest::newRow("gb2312") << "gb2312" << true << Encoding::Gb18030;
    QTest::newRow("auto") << "auto" << true << Encoding::Auto;
    QTest::newRow("latin1") << "latin1" << false << Encoding::Auto;
}

void TestTextDecoder::parsesEncodingNames()
{
    QFETCH(QString, name);
    QFETCH(bool, known);
    QFETCH(Encoding, encoding);
    const std::optional<Encoding> parsed = TextDecoder::encodingFromName(name);
    QCOMPARE(parsed.has_value(), known);
    if (known)
        QCOMPARE(*parsed, encoding);
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
