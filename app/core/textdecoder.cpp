#include "textdecoder.h"

#include <QCoreApplication>

#include <cstring>

namespace Annals {

namespace {

const uchar *bytesOf(QByteArrayView view)
{
    return reinterpret_cast<const uchar *>(view.data());
}

// Length of the UTF-8 sequence that \a lead starts, and the range its second byte must be in
// (this excludes overlong forms, surrogates and code points above U+10FFFF); 0 if invalid.
int utf8SequenceLength(uchar lead, uchar *low, uchar *high)
{
    *low = 0x80;
    *high = 0xBF;
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead == 0xE0) {
        *low = 0xA0;
        return 3;
    }
    if (lead == 0xED) {
        *high = 0x9F;
        return 3;
    }
    if (lead >= 0xE1 && lead <= 0xEF)
        return 3;
    if (lead == 0xF0) {
        *low = 0x90;
        return 4;
    }
    if (lead >= 0xF1 && lead <= 0xF3)
        return 4;
    if (lead == 0xF4) {
        *high = 0x8F;
        return 4;
    }
    return 0;
}

// Returns the offset of the first invalid sequence, or -1; *tail receives the start of a
// sequence that is valid so far but cut off by the end of the data (size when there is none).
qsizetype scanUtf8(const uchar *data, qsizetype size, qsizetype *tail)
{
    qsizetype i = 0;
    while (i < size) {
        if (data[i] < 0x80) {
            // Reports are mostly multi-byte, but English text and numbers are long ASCII runs.
            while (i + 8 <= size) {
                quint64 word;
                std::memcpy(&word, data + i, 8);
                if (word & 0x8080808080808080ULL)
                    break;
                i += 8;
            }
            while (i < size && data[i] < 0x80)
                ++i;
            continue;
        }
        // Chinese text is mostly three-byte sequences with a lead other than E0 and ED.
        while (i + 3 <= size) {
            const uchar lead = data[i];
            if ((lead & 0xF0) != 0xE0 || lead == 0xE0 || lead == 0xED
                || ((data[i + 1] & 0xC0) != 0x80) || ((data[i + 2] & 0xC0) != 0x80))
                break;
            i += 3;
        }
        if (i >= size)
            break;
        if (data[i] < 0x80)
            continue;
        uchar low;
        uchar high;
        const int length = utf8SequenceLength(data[i], &low, &high);
        if (length == 0)
            return i;
        const qsizetype available = std::min<qsizetype>(length, size - i);
        if (available > 1 && (data[i + 1] < low || data[i + 1] > high))
            return i;
        for (qsizetype k = 2; k < available; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return i;
        }
        if (available < length) {
            *tail = i;
            return -1;
        }
        i += length;
    }
    *tail = size;
    return -1;
}

// Where \a data, which starts at a sequence boundary, ends inside a sequence: the start of that
// sequence, or data.size(). QStringDecoder keeps a cut sequence in its state without saying so,
// but finish() must know whether one is left and name its first byte, and the error search
// needs chunks that start at a boundary: that is all this tells. It reads only lengths (below
// 0x80 one byte; else four when the second byte is a digit 30-39, else two); whether the bytes
// are valid GB18030 is the decoder's to say.
qsizetype gb18030CutSequence(QByteArrayView data)
{
    const uchar *bytes = bytesOf(data);
    const qsizetype size = data.size();
    // Bytes below 0x30 are never the second to fourth byte of a sequence: one starts after the
    // last of them, so in text with line breaks or spaces only the end of the chunk is read.
    qsizetype i = size;
    while (i > 0 && bytes[i - 1] >= 0x30)
        --i;
    while (i < size) {
        if (bytes[i] < 0x80) {
            ++i;
            continue;
        }
        if (i + 1 == size)
            return i;
        const qsizetype length = (bytes[i + 1] >= 0x30 && bytes[i + 1] <= 0x39) ? 4 : 2;
        if (i + length > size)
            return i;
        i += length;
    }
    return size;
}

// The first bad sequence of \a bytes, which the decoder refused and which starts at a sequence
// boundary: the shortest prefix the decoder refuses ends inside it (a prefix that ends inside
// a valid sequence is not refused, the decoder waits for the rest), and walking the sequence
// lengths from the front finds its first byte. Only failures pay for this.
qsizetype gb18030ErrorOffset(QByteArrayView bytes)
{
    qsizetype good = 0;
    qsizetype bad = bytes.size();
    while (bad - good > 1) {
        const qsizetype middle = good + (bad - good) / 2;
        QStringDecoder decoder("GB18030");
        // decode() only converts when its result is used.
        const QString text = decoder.decode(bytes.first(middle));
        if (decoder.hasError())
            bad = middle;
        else
            good = middle;
    }
    qsizetype start = 0;
    const uchar *data = bytesOf(bytes);
    while (start < bytes.size()) {
        qsizetype length = 1;
        if (data[start] >= 0x81 && start + 1 < bytes.size())
            length = (data[start + 1] >= 0x30 && data[start + 1] <= 0x39) ? 4 : 2;
        if (start + length >= bad)
            break;
        start += length;
    }
    return start;
}

// Built in place, never assigned: with Qt 6.4 (Debian 12), a GB18030 QStringDecoder (ICU) that
// has been moved converts bad bytes to U+FFFD without hasError() ever saying so.
QStringDecoder decoderFor(TextDecoder::Encoding encoding)
{
    switch (encoding) {
    case TextDecoder::Encoding::Utf16LE:
        return QStringDecoder(QStringConverter::Utf16LE,
                              QStringConverter::Flag::ConvertInitialBom);
    case TextDecoder::Encoding::Utf16BE:
        return QStringDecoder(QStringConverter::Utf16BE,
                              QStringConverter::Flag::ConvertInitialBom);
    case TextDecoder::Encoding::Gb18030:
        return QStringDecoder("GB18030", QStringConverter::Flag::ConvertInitialBom);
    case TextDecoder::Encoding::Auto:
    case TextDecoder::Encoding::Utf8:
        break;
    }
    return QStringDecoder();
}

// Decodes all of \a bytes to UTF-8; *errorOffset gets the first bad byte, or -1. Fed in
// slices, so that finding a GB18030 error searches one slice, not the whole file.
QByteArray decodeWhole(QByteArrayView bytes, TextDecoder::Encoding encoding, qint64 *errorOffset)
{
    constexpr qsizetype slice = 1024 * 1024;
    TextDecoder decoder(encoding);
    QByteArray utf8;
    // UTF-8 is passed through; one or two bytes of GB18030 or UTF-16 give at most three.
    utf8.reserve(encoding == TextDecoder::Encoding::Utf8 ? bytes.size()
                                                         : bytes.size() + bytes.size() / 2);
    QByteArrayView converted;
    for (qsizetype at = 0; at < bytes.size(); at += slice) {
        if (!decoder.feed(bytes.sliced(at, std::min(slice, bytes.size() - at)), &converted)) {
            *errorOffset = decoder.errorOffset();
            return {};
        }
        utf8.append(converted);
    }
    if (!decoder.finish(&converted)) {
        *errorOffset = decoder.errorOffset();
        return {};
    }
    *errorOffset = -1;
    return utf8;
}

} // namespace

TextDecoder::TextDecoder(Encoding encoding)
    : m_encoding(encoding == Encoding::Auto ? Encoding::Utf8 : encoding)
    , m_decoder(decoderFor(m_encoding))
{}

bool TextDecoder::fail(qint64 offset)
{
    m_errorOffset = offset;
    return false;
}

bool TextDecoder::feed(QByteArrayView chunk, QByteArrayView *utf8)
{
    *utf8 = QByteArrayView();
    if (m_errorOffset >= 0)
        return false;
    bool ok = false;
    switch (m_encoding) {
    case Encoding::Auto:
    case Encoding::Utf8:
        ok = feedUtf8(chunk, utf8);
        break;
    case Encoding::Gb18030:
        ok = feedGb18030(chunk, utf8);
        break;
    case Encoding::Utf16LE:
    case Encoding::Utf16BE:
        ok = feedUtf16(chunk, utf8);
        break;
    }
    m_consumed += chunk.size();
    return ok;
}

bool TextDecoder::finish(QByteArrayView *utf8)
{
    *utf8 = QByteArrayView();
    if (m_errorOffset >= 0)
        return false;
    if (!m_carry.isEmpty())
        return fail(m_consumed - m_carry.size());
    if (!m_pendingHighSurrogate.isEmpty())
        return fail(m_consumed - 2);
    return true;
}

bool TextDecoder::feedUtf8(QByteArrayView chunk, QByteArrayView *utf8)
{
    // UTF-8 passes through untouched (the scanner copes with sequences cut by a chunk end);
    // only validation has to look across the boundary.
    qsizetype start = 0;
    if (!m_carry.isEmpty()) {
        uchar low;
        uchar high;
        const int length = utf8SequenceLength(uchar(m_carry.at(0)), &low, &high);
        const qsizetype needed = std::min<qsizetype>(length - m_carry.size(), chunk.size());
        QByteArray joined = m_carry + chunk.first(needed).toByteArray();
        qsizetype tail = 0;
        if (scanUtf8(bytesOf(joined), joined.size(), &tail) >= 0)
            return fail(m_consumed - m_carry.size());
        start = needed;
        m_carry = tail < joined.size() ? joined : QByteArray();
    }
    qsizetype tail = 0;
    const qsizetype bad = scanUtf8(bytesOf(chunk) + start, chunk.size() - start, &tail);
    if (bad >= 0)
        return fail(m_consumed + start + bad);
    if (start + tail < chunk.size())
        m_carry = chunk.sliced(start + tail).toByteArray();
    *utf8 = chunk;
    return true;
}

bool TextDecoder::feedGb18030(QByteArrayView chunk, QByteArrayView *utf8)
{
    QByteArrayView data = chunk;
    if (!m_carry.isEmpty()) {
        m_joined = m_carry + chunk.toByteArray();
        data = m_joined;
    }
    const qint64 base = m_consumed - m_carry.size();
    // The decoder only ever sees whole sequences, so a failing chunk can be searched alone.
    const QByteArrayView complete = data.first(gb18030CutSequence(data));
    const QString text = m_decoder.decode(complete);
    if (m_decoder.hasError())
        return fail(base + gb18030ErrorOffset(complete));
    m_carry = data.sliced(complete.size()).toByteArray();
    m_output = text.toUtf8();
    *utf8 = m_output;
    return true;
}

bool TextDecoder::feedUtf16(QByteArrayView chunk, QByteArrayView *utf8)
{
    const QString decoded = m_decoder.decode(chunk);
    // Unit k of the whole input starts at byte 2k (the BOM is kept as a unit).
    const qint64 firstUnit = m_units - m_pendingHighSurrogate.size();
    m_units += decoded.size();
    QString text = m_pendingHighSurrogate + decoded;
    m_pendingHighSurrogate.clear();
    const qsizetype units = text.size();
    for (qsizetype i = 0; i < units; ++i) {
        const QChar unit = text.at(i);
        if (unit.isHighSurrogate()) {
            if (i + 1 == units) {
                m_pendingHighSurrogate = unit;
                text.chop(1);
                break;
            }
            if (!text.at(i + 1).isLowSurrogate())
                return fail(2 * (firstUnit + i));
            ++i;
        } else if (unit.isLowSurrogate()) {
            return fail(2 * (firstUnit + i));
        }
    }
    m_output = text.toUtf8();
    *utf8 = m_output;
    // An odd byte waits inside the decoder; finish() reports it through m_carry.
    m_carry = (m_consumed + chunk.size()) % 2 ? QByteArray(1, chunk.back()) : QByteArray();
    return true;
}

Result<QString> TextDecoder::decode(QByteArrayView bytes, Encoding encoding,
                                    const QString &fileName, Encoding *used)
{
    qsizetype badUtf8 = -1;
    if (encoding == Encoding::Auto) {
        int bomLength = 0;
        if (const std::optional<Encoding> bom = encodingFromBom(bytes, &bomLength)) {
            encoding = *bom;
        } else {
            badUtf8 = firstInvalidUtf8(bytes);
            encoding = badUtf8 < 0 ? Encoding::Utf8 : Encoding::Gb18030;
        }
    }
    qint64 bad = -1;
    const QByteArray utf8 = decodeWhole(bytes, encoding, &bad);
    if (bad >= 0) {
        const int line = int(bytes.first(bad).count('\n') + 1);
        if (badUtf8 >= 0) {
            Error error = undecodableError(fileName, bad, badUtf8);
            error.line = line;
            return error;
        }
        if (used)
            *used = encoding;
        Error error = invalidBytesError(fileName, encoding, bad);
        if (encoding == Encoding::Utf8 || encoding == Encoding::Gb18030)
            error.line = line;
        return error;
    }
    if (used)
        *used = encoding;
    QString text = QString::fromUtf8(utf8);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

std::optional<TextDecoder::Encoding> TextDecoder::encodingFromBom(QByteArrayView head,
                                                                   int *bomLength)
{
    *bomLength = 0;
    if (head.startsWith("\xEF\xBB\xBF")) {
        *bomLength = 3;
        return Encoding::Utf8;
    }
    if (head.startsWith("\xFF\xFE")) {
        *bomLength = 2;
        return Encoding::Utf16LE;
    }
    if (head.startsWith("\xFE\xFF")) {
        *bomLength = 2;
        return Encoding::Utf16BE;
    }
    // GB18030's own BOM (U+FEFF encoded as 84 31 95 33).
    if (head.startsWith("\x84\x31\x95\x33")) {
        *bomLength = 4;
        return Encoding::Gb18030;
    }
    return std::nullopt;
}

std::optional<TextDecoder::Encoding> TextDecoder::encodingFromName(QStringView name)
{
    QString key = name.toString().toLower();
    key.remove(QLatin1Char('-'));
    key.remove(QLatin1Char('_'));
    if (key == QLatin1String("auto"))
        return Encoding::Auto;
    if (key == QLatin1String("utf8"))
        return Encoding::Utf8;
    if (key == QLatin1String("utf16le"))
        return Encoding::Utf16LE;
    if (key == QLatin1String("utf16be"))
        return Encoding::Utf16BE;
    if (key == QLatin1String("gb18030") || key == QLatin1String("gbk")
        || key == QLatin1String("gb2312") || key == QLatin1String("cp936"))
        return Encoding::Gb18030;
    return std::nullopt;
}

QString TextDecoder::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Auto:
        return QStringLiteral("auto");
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case Encoding::Gb18030:
        return QStringLiteral("GB18030");
    }
    return QString();
}

qsizetype TextDecoder::firstInvalidUtf8(QByteArrayView bytes)
{
    qsizetype tail = 0;
    const qsizetype bad = scanUtf8(bytesOf(bytes), bytes.size(), &tail);
    if (bad >= 0)
        return bad;
    return tail < bytes.size() ? tail : -1;
}

qsizetype TextDecoder::firstInvalidGb18030(QByteArrayView bytes)
{
    qint64 bad = -1;
    (void)decodeWhole(bytes, Encoding::Gb18030, &bad);
    return bad;
}

Error TextDecoder::invalidBytesError(const QString &fileName, Encoding encoding, qint64 offset)
{
    return Error::inFile(fileName,
                         tr("not valid %1 at byte %2").arg(encodingName(encoding)).arg(offset));
}

Error TextDecoder::undecodableError(const QString &fileName, qint64 gb18030Offset,
                                    qint64 utf8Offset)
{
    return Error::inFile(fileName,
                         tr("neither UTF-8 nor GB18030: not valid GB18030 at byte %1, not valid "
                            "UTF-8 at byte %2; name the encoding if it is another one")
                             .arg(gb18030Offset)
                             .arg(utf8Offset));
}

} // namespace Annals
