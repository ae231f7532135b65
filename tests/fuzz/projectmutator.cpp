#include "projectmutator.h"

#include "projectpayload.h"

#include <QCryptographicHash>
#include <QList>

#include <bit>
#include <cmath>
#include <limits>

namespace AnnalsFuzz {

namespace {

using Kind = ProjectPayload::NumberKind;
using Range = ProjectPayload::Range;

QByteArray bitsOf(double value)
{
    return QByteArray::number(std::bit_cast<std::uint64_t>(value));
}

// Values at the edges of every integer type the archive reads, and spellings that istream
// reads differently from what a decimal parser would expect.
const QList<QByteArray> &boundaryNumbers()
{
    static const QList<QByteArray> values = {
        "0", "1", "2", "3", "4", "-1", "-2", "255", "256", "65535", "65536", "2147483647",
        "2147483648", "-2147483648", "-2147483649", "4294967295", "4294967296",
        "9223372036854775807", "9223372036854775808", "-9223372036854775808",
        "18446744073709551615", "18446744073709551616", "99999999999999999999999", "1000000",
        "999999", "1000001", "67108864", "67108865", "00", "01", "+1", "-0", "0x10", "1e3",
        "1.5", "nan", "NaN", "inf", "-inf", "infinity", "1900", "2100", "2101", "1899", "9999",
        "10000", "9007199254740992", "9007199254740993", "-", "", " ", "1 1", "\n1", "1\n",
    };
    return values;
}

// Bit patterns of doubles the validator must judge: NaN, infinities, -0, subnormals, extremes.
const QList<QByteArray> &boundaryDoubles()
{
    static const QList<QByteArray> values = {
        bitsOf(std::numeric_limits<double>::quiet_NaN()),
        bitsOf(-std::numeric_limits<double>::quiet_NaN()),
        "9221120237041090561", // a signalling NaN with payload
        bitsOf(std::numeric_limits<double>::infinity()),
        bitsOf(-std::numeric_limits<double>::infinity()),
        bitsOf(-0.0),
        bitsOf(std::numeric_limits<double>::denorm_min()),
        bitsOf(std::numeric_limits<double>::min()),
        bitsOf(std::numeric_limits<double>::max()),
        bitsOf(std::numeric_limits<double>::lowest()),
        bitsOf(-1.0),
        bitsOf(1e300),
        bitsOf(9007199254740993.0),
    };
    return values;
}

// Text contents a crafted file would try: control characters, invalid and odd UTF-8,
// Base64 edge cases (windowGeometry and windowState are Base64 texts).
const QList<QByteArray> &specialTexts()
{
    static const QList<QByteArray> values = {
        QByteArray("\0", 1), QByteArray("a\0b", 3), "\n", "\r\n", "\x1b[31m", "\t", " ", "  ",
        "\xff\xfe", "\x80", "\xc0\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe4\xb8",
        "\xef\xbb\xbf", "\xe7\xa7\x91\xe6\x8a\x80", "\xf0\x9f\x98\x80", "====", "QQ==", "QQ=",
        "Q", "AAAA", "%", "#ffffff", "#fff", "#gggggg", "zh", "en", "UTF-8", "GB18030",
        "1 1 1", "22 serialization::archive 18", "1900", "2100", "\xe2\x80\xae",
    };
    return values;
}

QByteArray replaced(QByteArray bytes, Range range, const QByteArray &with)
{
    return bytes.replace(range.begin, range.size(), with);
}

// A hash entry ("N key value") with " n" appended to its key, so that the copy is no duplicate.
QByteArray renamedKey(const QByteArray &entry, qsizetype n)
{
    const qsizetype space = entry.indexOf(' ');
    bool ok = false;
    const qsizetype length = entry.left(space).toLongLong(&ok);
    if (space < 0 || !ok || space + 1 + length > entry.size())
        return entry;
    const QByteArray key = entry.mid(space + 1, length) + ' ' + QByteArray::number(n);
    return QByteArray::number(key.size()) + ' ' + key + entry.mid(space + 1 + length);
}

} // namespace

QByteArray ProjectMutator::payloadOf(const QByteArray &file)
{
    qsizetype position = 0;
    for (int line = 0; line < 5; ++line) {
        position = file.indexOf('\n', position);
        if (position < 0)
            return file;
        ++position;
    }
    return file.mid(position);
}

QByteArray ProjectMutator::withHeader(const QByteArray &payload)
{
    return "ANNALS-PROJECT\nformat: 1\nwritten-by: Annals 0.1.0\npayload-length: "
           + QByteArray::number(payload.size()) + "\npayload-sha256: "
           + QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex() + '\n'
           + payload;
}

QByteArray ProjectMutator::mutate(const QByteArray &file, std::size_t maxSize)
{
    const QByteArray payload = payloadOf(file);
    // A few tries: a mutation may grow the file past what libFuzzer allows.
    for (int attempt = 0; attempt < 4; ++attempt) {
        const QByteArray result = withHeader(mutatePayload(payload));
        if (std::size_t(result.size()) <= maxSize)
            return result;
    }
    return withHeader(payload).left(qsizetype(maxSize));
}

QByteArray ProjectMutator::numberValue(const QByteArray &current, int kind, qsizetype bytesLeft)
{
    bool ok = false;
    const qlonglong value = current.toLongLong(&ok);
    switch (below(6)) {
    case 0:
        if (ok) // a small step: just past a limit or a valid enumerator (wrapping around)
            return QByteArray::number(qlonglong(quint64(value) + below(33) - 16));
        break;
    case 1:
        if (Kind(kind) == Kind::DoubleBits)
            return boundaryDoubles().at(qsizetype(below(std::size_t(boundaryDoubles().size()))));
        break;
    case 2:
        if (Kind(kind) == Kind::Count) // as many as there are bytes left, or just over
            return QByteArray::number(bytesLeft + qlonglong(below(5)) - 2);
        break;
    case 3:
        return QByteArray::number(quint64(m_random()) << below(40));
    default:
        break;
    }
    return boundaryNumbers().at(qsizetype(below(std::size_t(boundaryNumbers().size()))));
}

QByteArray ProjectMutator::textContent(const QByteArray &current)
{
    switch (below(6)) {
    case 0: { // long: repeated content or one byte
        const QByteArray unit = current.isEmpty() ? QByteArray("x") : current;
        QByteArray text;
        const qsizetype size = qsizetype(1) << below(17);
        while (text.size() < size)
            text += unit;
        return text;
    }
    case 1: // a special text inserted somewhere in the current one
        return QByteArray(current).insert(qsizetype(below(std::size_t(current.size()) + 1)),
                                          specialTexts().at(qsizetype(below(
                                              std::size_t(specialTexts().size())))));
    case 2:
        return specialTexts().at(qsizetype(below(std::size_t(specialTexts().size()))));
    case 3: // a byte of the current text changed
        if (!current.isEmpty()) {
            QByteArray text = current;
            text[qsizetype(below(std::size_t(text.size())))] = char(m_random());
            return text;
        }
        return QByteArray(1, char(m_random()));
    case 4:
        return current.left(qsizetype(below(std::size_t(current.size()) + 1)));
    default:
        return {};
    }
}

QByteArray ProjectMutator::mutatePayload(const QByteArray &payload)
{
    const ProjectPayload layout = ProjectPayload::parse(payload);
    const auto &numbers = layout.numbers();
    const auto &texts = layout.texts();
    std::vector<const ProjectPayload::Collection *> filled;
    for (const auto &collection : layout.collections()) {
        if (!collection.items.empty())
            filled.push_back(&collection);
    }
    // Numbers and texts of the archive header (its signature and library version) are left
    // alone: the byte-level fuzzer covers them, and a changed one ends every load at once.
    if (numbers.size() <= 3 || texts.size() <= 1)
        return mutateTokens(payload);

    switch (below(10)) {
    case 0:
    case 1:
    case 2: { // one number
        const std::size_t index = 2 + below(numbers.size() - 2);
        const Range range = numbers[index].range;
        const QByteArray current = payload.mid(range.begin, range.size());
        return replaced(payload, range,
                        numberValue(current, int(numbers[index].kind),
                                    payload.size() - range.end));
    }
    case 3:
    case 4:
    case 5: { // one text, with its length fixed or (one time in four) left as it was
        const auto &text = texts[1 + below(texts.size() - 1)];
        const QByteArray current = payload.mid(text.content.begin, text.content.size());
        const QByteArray content = textContent(current);
        QByteArray result = replaced(payload, text.content, content);
        if (below(4) != 0)
            result = replaced(result, text.length, QByteArray::number(content.size()));
        return result;
    }
    case 6: { // only a text's length: the length and the bytes disagree
        const Range length = texts[1 + below(texts.size() - 1)].length;
        const qlonglong size = payload.mid(length.begin, length.size()).toLongLong();
        const qlonglong changed = below(2) ? size + qlonglong(below(9)) - 4
                                           : qlonglong(payload.size() - length.end
                                                       + qlonglong(below(5)) - 3);
        return replaced(payload, length, QByteArray::number(changed));
    }
    case 7:
    case 8: { // one item of a list or hash duplicated (up to 64 times) or removed
        if (filled.empty())
            break;
        const auto &collection = *filled[below(filled.size())];
        const Range count = numbers[std::size_t(collection.count)].range;
        const Range item = collection.items[below(collection.items.size())];
        const qsizetype items = qsizetype(collection.items.size());
        const bool fixCount = below(8) != 0;
        QByteArray result = payload;
        qsizetype newCount = items;
        if (below(2)) {
            const qsizetype copies = below(4) ? 1 : qsizetype(1 + below(64));
            const QByteArray bytes = payload.mid(item.begin, item.size());
            QByteArray inserted;
            for (qsizetype copy = 0; copy < copies; ++copy)
                inserted += ' ' + (collection.isHash && below(2) ? renamedKey(bytes, copy)
                                                                 : bytes);
            result.insert(item.end, inserted);
            newCount += copies;
        } else {
            // With the one separator that follows it, so that the neighbours stay apart.
            const qsizetype end = item.end < result.size() ? item.end + 1 : item.end;
            result.remove(item.begin, end - item.begin);
            newCount -= 1;
        }
        if (fixCount)
            result = replaced(result, count, QByteArray::number(newCount));
        return result;
    }
    default: { // two items of one collection swapped (a hash sorted no longer)
        if (filled.empty())
            break;
        const auto &collection = *filled[below(filled.size())];
        if (collection.items.size() < 2)
            break;
        std::size_t first = below(collection.items.size());
        std::size_t second = below(collection.items.size());
        if (first == second)
            break;
        if (first > second)
            std::swap(first, second);
        const Range a = collection.items[first];
        const Range b = collection.items[second];
        QByteArray result = replaced(payload, b, payload.mid(a.begin, a.size()));
        return replaced(result, a, payload.mid(b.begin, b.size()));
    }
    }
    return mutateTokens(payload);
}

QByteArray ProjectMutator::mutateTokens(const QByteArray &payload)
{
    // Space-separated tokens: for payloads that no longer follow the layout.
    std::vector<Range> tokens;
    for (qsizetype i = 0; i < payload.size();) {
        while (i < payload.size() && payload[i] == ' ')
            ++i;
        const qsizetype begin = i;
        while (i < payload.size() && payload[i] != ' ')
            ++i;
        if (i > begin)
            tokens.push_back({begin, i});
    }
    if (tokens.empty())
        return payload + numberValue({}, int(Kind::Integer), 0);
    const Range token = tokens[below(tokens.size())];
    switch (below(3)) {
    case 0:
        return QByteArray(payload).remove(token.begin, token.size() + 1);
    case 1:
        return QByteArray(payload).insert(token.end,
                                          ' ' + payload.mid(token.begin, token.size()));
    default:
        return replaced(payload, token,
                        numberValue(payload.mid(token.begin, token.size()), int(Kind::Integer),
                                    payload.size() - token.end));
    }
}

} // namespace AnnalsFuzz
