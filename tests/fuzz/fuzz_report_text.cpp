// libFuzzer target: the bytes of a report text -> TextDecoder -> keyword counting (see
// run-fuzzers.sh).
//
// The bytes are decoded with every encoding, whole and streamed in chunks (as `annals count`
// reads files), and each text that decodes is counted over a fixed vocabulary with a group
// and an English prefix term. Differential checks abort on a mismatch:
// - streaming decoding gives the same text, or fails at the same byte, as decoding at once;
// - KeywordScanner fed the UTF-8 in chunks of sizes derived from the input counts exactly
//   what KeywordMatcher::count() counts over the whole text, bases and recorded hits included;
// - hits() and KeywordContext::find() give one hit per counted occurrence, inside the text.

#include "fuzzcheck.h"
#include "keywordcontext.h"
#include "keywordmatcher.h"
#include "keywordscanner.h"
#include "textdecoder.h"

#include <QList>
#include <QSet>

#include <algorithm>

namespace {

using Annals::KeywordHit;
using Annals::KeywordMatcher;
using Annals::KeywordScanner;
using Annals::KeywordTerm;
using Annals::TextDecoder;
using AnnalsFuzz::check;
using AnnalsFuzz::SplitMix;
using Encoding = TextDecoder::Encoding;

// Han substrings that overlap (科技 in 科技创新), English words and a prefix, terms with
// inner spaces, and groups whose members are shared with plain terms.
const KeywordMatcher &matcher()
{
    static const KeywordMatcher instance = [] {
        const QList<KeywordTerm> terms = {
            {QStringLiteral("科技"), {}, {}, {}},
            {QStringLiteral("科技创新"), {}, {}, {}},
            {QStringLiteral("创新"), {}, {}, {}},
            {QStringLiteral("新质生产力"), {}, {}, {}},
            {QStringLiteral("AI"), {}, {}, {}},
            {QStringLiteral("technolog*"), {}, {}, {}},
            {QStringLiteral("artificial intelligence"), {}, {}, {}},
            {QStringLiteral("5G"), {}, {}, {}},
            {QStringLiteral("R&D"), {}, {}, {}},
            {QStringLiteral("chips"), {},
             {QStringLiteral("芯片"), QStringLiteral("集成电路"), QStringLiteral("半导体"),
              QStringLiteral("chip*")}, {}},
            {QStringLiteral("ai"), {},
             {QStringLiteral("AI"), QStringLiteral("人工智能"),
              QStringLiteral("artificial intelligence")}, {}},
        };
        Annals::Result<KeywordMatcher> created = KeywordMatcher::create(terms);
        if (!created)
            AnnalsFuzz::fail("the fixed vocabulary does not compile");
        return std::move(created).value();
    }();
    return instance;
}

// Streams \a bytes through a TextDecoder in chunks; the UTF-8 out, or the error offset.
std::pair<QByteArray, qint64> decodeInChunks(const QByteArray &bytes, Encoding encoding,
                                             SplitMix &random)
{
    TextDecoder decoder(encoding);
    QByteArray utf8;
    QByteArrayView out;
    for (qsizetype at = 0; at < bytes.size();) {
        const qsizetype length = std::min(random.chunkSize(bytes.size()), bytes.size() - at);
        if (!decoder.feed(QByteArrayView(bytes).sliced(at, length), &out))
            return {{}, decoder.errorOffset()};
        utf8 += out.toByteArray();
        at += length;
    }
    if (!decoder.finish(&out))
        return {{}, decoder.errorOffset()};
    return {utf8, -1};
}

void checkStreamingDecoder(const QByteArray &bytes, Encoding encoding,
                           const Annals::Result<QString> &whole, SplitMix &random)
{
    const auto [utf8, errorOffset] = decodeInChunks(bytes, encoding, random);
    const QString name = TextDecoder::encodingName(encoding);
    if (!whole) {
        check(errorOffset >= 0, "streaming decodes what decode() refuses:", name);
        const QString expected = TextDecoder::invalidBytesError(QString(), encoding,
                                                                errorOffset).message;
        check(whole.error().message == expected, "streaming fails elsewhere:",
              name + QStringLiteral(" whole: ") + whole.error().message
                  + QStringLiteral(", streamed: ") + expected);
        return;
    }
    check(errorOffset < 0, "streaming refuses what decode() accepts:", name);
    QString streamed = QString::fromUtf8(utf8);
    if (streamed.startsWith(QChar(0xFEFF)))
        streamed.remove(0, 1); // decode() drops the BOM, the stream passes it on
    check(streamed == whole.value(), "streaming decodes to another text:", name);
}

// Feeds \a utf8 to \a scanner in chunks of input-derived sizes.
void feedInChunks(KeywordScanner &scanner, const QByteArray &utf8, SplitMix &random)
{
    for (qsizetype at = 0; at < utf8.size();) {
        const qsizetype length = std::min(random.chunkSize(utf8.size()), utf8.size() - at);
        scanner.feed(QByteArrayView(utf8).sliced(at, length));
        at += length;
    }
    scanner.finish();
}

QList<KeywordHit> sorted(QList<KeywordHit> hits)
{
    std::sort(hits.begin(), hits.end(), [](const KeywordHit &a, const KeywordHit &b) {
        return std::tie(a.offset, a.length, a.term) < std::tie(b.offset, b.length, b.term);
    });
    return hits;
}

void checkCounting(const QString &text, SplitMix &random, int maxSentenceLength)
{
    const KeywordMatcher &m = matcher();
    const QList<qint64> counts = m.count(text);
    check(counts.size() == m.terms().size(), "one count per term");
    const QByteArray utf8 = text.toUtf8();

    KeywordScanner whole(m);
    whole.setRecordHits(true);
    whole.feed(utf8);
    whole.finish();
    check(whole.termCounts() == counts, "recording hits changes the counts");

    KeywordScanner chunked(m);
    feedInChunks(chunked, utf8, random);
    check(chunked.termCounts() == counts, "chunked counting differs from count()");
    check(chunked.hanCharacters() == whole.hanCharacters()
              && chunked.latinLetters() == whole.latinLetters()
              && chunked.words() == whole.words(),
          "chunked counting gives other bases");

    KeywordScanner chunkedHits(m);
    chunkedHits.setRecordHits(true);
    feedInChunks(chunkedHits, utf8, random);
    check(chunkedHits.termCounts() == counts, "chunked recording differs from count()");
    check(sorted(chunkedHits.hits()) == sorted(whole.hits()), "chunked hits differ");

    const QList<KeywordHit> hits = m.hits(text);
    QList<qint64> perTerm(m.terms().size(), 0);
    for (const KeywordHit &hit : hits) {
        check(hit.term >= 0 && hit.term < m.terms().size(), "hit of no term");
        check(hit.offset >= 0 && hit.length > 0 && hit.offset + hit.length <= text.size(),
              "hit outside the text");
        ++perTerm[hit.term];
    }
    check(perTerm == counts, "hits() disagrees with count()");

    const QList<Annals::KeywordContext> contexts
        = Annals::KeywordContext::find(text, m, 0, maxSentenceLength);
    check(contexts.size() == hits.size(), "a context per hit");
    for (const Annals::KeywordContext &context : contexts) {
        check(context.sentenceOffset >= 0 && context.sentenceLength >= 0
                  && context.sentenceOffset + context.sentenceLength <= text.size(),
              "sentence outside the text");
        check(context.sentenceOffset <= context.offset
                  && context.offset + context.length
                         <= context.sentenceOffset + context.sentenceLength,
              "sentence without its hit");
        check(context.hitStart >= 0 && context.hitLength >= 0
                  && context.hitStart + context.hitLength <= context.sentence.size(),
              "hit outside its sentence");
    }
    const QList<Annals::KeywordContext> firstTwo = Annals::KeywordContext::find(text, m, 2);
    check(firstTwo.size() <= 2 * m.terms().size(), "more than two contexts per term");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = AnnalsFuzz::bytesOf(data, size);
    SplitMix random(AnnalsFuzz::seedOf(bytes));
    QSet<QString> texts;
    for (const Encoding encoding : {Encoding::Auto, Encoding::Utf8, Encoding::Utf16LE,
                                    Encoding::Utf16BE, Encoding::Gb18030}) {
        Encoding used = Encoding::Auto;
        const Annals::Result<QString> text
            = TextDecoder::decode(bytes, encoding, QStringLiteral("fuzz.txt"), &used);
        check(!text || used != Encoding::Auto, "decoded without naming the encoding");
        if (encoding != Encoding::Auto)
            checkStreamingDecoder(bytes, encoding, text, random);
        if (text)
            texts.insert(text.value());
    }
    const int maxSentenceLength = 1 + int(random.next() % 400);
    for (const QString &text : std::as_const(texts))
        checkCounting(text, random, maxSentenceLength);
    return 0;
}
