#include "keywordcontext.h"

#include "sentencesplitter.h"

#include <algorithm>

namespace Annals {

namespace {

bool isTerminator(QStringView text, qsizetype i)
{
    return SentenceSplitter::endsSentence(text, i);
}

bool isBlankLineAt(QStringView text, qsizetype i)
{
    return SentenceSplitter::isParagraphBreak(text, i);
}

bool isAscii(QChar c)
{
    return c.unicode() < 0x80;
}

} // namespace

std::pair<qsizetype, qsizetype> KeywordContext::sentenceAround(QStringView text,
                                                               qsizetype offset,
                                                               qsizetype length)
{
    qsizetype start = offset;
    while (start > 0 && !isTerminator(text, start - 1) && !isBlankLineAt(text, start - 1))
        --start;
    qsizetype end = std::min(offset + length, text.size());
    while (end < text.size() && !isBlankLineAt(text, end)) {
        ++end;
        if (isTerminator(text, end - 1))
            break;
    }
    while (start < offset && text.at(start).isSpace())
        ++start;
    while (end > offset + length && text.at(end - 1).isSpace())
        --end;
    return {start, end - start};
}

QString KeywordContext::displayText(QStringView text, QList<qsizetype> *mapping)
{
    QString result;
    result.reserve(text.size());
    if (mapping)
        mapping->clear();
    bool pendingSpace = false;
    qsizetype spaceStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char32_t u = c.unicode();
        if (KeywordPattern::isZeroWidth(u))
            continue;
        if (KeywordPattern::isRemovedSpace(u)) {
            if (!pendingSpace)
                spaceStart = i;
            pendingSpace = true;
            continue;
        }
        if (pendingSpace && !result.isEmpty() && isAscii(result.back()) && isAscii(c)) {
            result += QLatin1Char(' ');
            if (mapping)
                mapping->append(spaceStart);
        }
        pendingSpace = false;
        result += c;
        if (mapping)
            mapping->append(i);
    }
    return result;
}

QList<KeywordContext> KeywordContext::find(const QString &text, const KeywordMatcher &matcher,
                                           int maxPerTerm, int maxSentenceLength)
{
    QList<KeywordContext> contexts;
    QList<int> perTerm(matcher.terms().size(), 0);
    const QList<KeywordHit> hits = matcher.hits(text);
    for (const KeywordHit &hit : hits) {
        if (maxPerTerm > 0 && perTerm[hit.term] >= maxPerTerm)
            continue;
        ++perTerm[hit.term];
        KeywordContext context;
        context.term = hit.term;
        context.keyword = matcher.terms().at(hit.term).term;
        context.offset = hit.offset;
        context.length = hit.length;
        std::tie(context.sentenceOffset, context.sentenceLength)
            = sentenceAround(text, hit.offset, hit.length);
        if (maxSentenceLength > 0 && context.sentenceLength > maxSentenceLength) {
            // Keep the hit and as much on either side as fits.
            const qsizetype room = std::max<qsizetype>(maxSentenceLength - hit.length, 0);
            const qsizetype sentenceEnd = context.sentenceOffset + context.sentenceLength;
            qsizetype start = std::max(context.sentenceOffset, hit.offset - room / 2);
            const qsizetype end = std::min(sentenceEnd, start + hit.length + room);
            start = std::max(context.sentenceOffset,
                             std::min(start, end - hit.length - room));
            context.sentenceOffset = start;
            context.sentenceLength = end - start;
            context.truncated = true;
        }
        QList<qsizetype> mapping;
        context.sentence = displayText(
            QStringView(text).sliced(context.sentenceOffset, context.sentenceLength), &mapping);
        const qsizetype hitBegin = hit.offset - context.sentenceOffset;
        const qsizetype hitEnd = hitBegin + hit.length;
        const auto first = std::lower_bound(mapping.cbegin(), mapping.cend(), hitBegin);
        const auto last = std::lower_bound(mapping.cbegin(), mapping.cend(), hitEnd);
        context.hitStart = first - mapping.cbegin();
        context.hitLength = last - first;
        contexts.append(context);
    }
    return contexts;
}

Result<QList<KeywordContext>> KeywordContext::find(const QString &text,
                                                   const QList<KeywordTerm> &terms,
                                                   int maxPerTerm)
{
    Result<KeywordMatcher> matcher = KeywordMatcher::create(terms);
    if (!matcher)
        return matcher.error();
    return find(text, matcher.value(), maxPerTerm);
}

} // namespace Annals
