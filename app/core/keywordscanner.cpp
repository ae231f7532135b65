#include "keywordscanner.h"

#include "bytemasks_p.h"
#include "keywordmatcher.h"
#include "removedcharacters.h"

#include <algorithm>
#include <cstring>

namespace Annals {

namespace {

bool isWordByte(uchar byte)
{
    return KeywordPattern::isWordByte(byte);
}

} // namespace

KeywordScanner::KeywordScanner(const KeywordMatcher &matcher)
    : m_matcher(&matcher)
{
    reset();
}

void KeywordScanner::reset()
{
    const KeywordMatcher &m = *m_matcher;
    m_state = 0;
    m_normalized.clear();
    m_rawOffsets.clear();
    m_tail.clear();
    m_rawBase = 0;
    m_normalizedBase = 0;
    m_lastWasWord = false;
    m_pendingRun = false;
    m_pendingRunSawSpace = false;
    m_pendingRunStart = 0;
    m_visits.assign(size_t(m.m_stateCount), 0);
    m_chunkVisits.assign(size_t(m.m_stateCount), 0);
    for (std::vector<Hit> &hits : m_checked)
        hits.clear();
    m_checkedCounts.assign(m.m_patterns.size(), 0);
    m_groupCounts.assign(m.m_groupTerm.size(), 0);
    m_groupRecentStarts.assign(m.m_groupTerm.size(), {});
    m_pendingHits.clear();
    m_previousByte = 0;
    m_han = 0;
    m_letters = 0;
    m_words = 0;
    m_hits.clear();
}

void KeywordScanner::setRecordHits(bool record)
{
    m_recordHits = record;
    qint64 size = 1;
    while (size <= m_matcher->m_maxPatternLength)
        size *= 2;
    m_ring.assign(size_t(size), 0);
    m_ringMask = size - 1;
}

QList<qint64> KeywordScanner::termCounts() const
{
    const KeywordMatcher &m = *m_matcher;
    std::vector<qint64> patternCounts = m_checkedCounts;
    const size_t states = size_t(m.m_stateCount);
    const size_t firstAccepting = m.m_acceptFrom >> m.m_classShift;
    for (size_t state = firstAccepting; state < states; ++state) {
        const qint64 visits = m_visits[state];
        if (visits == 0)
            continue;
        const size_t accepting = state - firstAccepting;
        for (std::uint32_t o = m.m_outputBegin[accepting]; o < m.m_outputBegin[accepting + 1];
             ++o) {
            const std::uint32_t pattern = m.m_outputs[o];
            if (m.m_patternFlags[pattern] == 0)
                patternCounts[pattern] += visits;
        }
    }
    QList<qint64> counts;
    counts.reserve(m.m_terms.size());
    for (size_t t = 0; t < m.m_termPattern.size(); ++t) {
        const int pattern = m.m_termPattern[t];
        counts.append(pattern >= 0 ? patternCounts[size_t(pattern)]
                                   : m_groupCounts[size_t(m.m_termGroup[t])]);
    }
    return counts;
}

void KeywordScanner::feed(QByteArrayView utf8)
{
    process(utf8, false);
}

void KeywordScanner::finish()
{
    process(QByteArrayView(), true);
}

void KeywordScanner::process(QByteArrayView utf8, bool last)
{
    QByteArray joined;
    if (!m_tail.isEmpty()) {
        // At most two bytes wait for the rest of their character; a copy of the chunk now
        // and then is cheaper than teaching every loop about them.
        joined = m_tail + utf8.toByteArray();
        utf8 = joined;
    }
    const auto *data = reinterpret_cast<const uchar *>(utf8.data());
    const qsizetype consumed = normalize(data, utf8.size(), last);
    m_tail = utf8.sliced(consumed).toByteArray();
    m_rawBase += consumed;
    countBaseUnits(reinterpret_cast<const uchar *>(m_normalized.constData()),
                   m_normalized.size());
    if (m_recordHits)
        scanRecording(last);
    else
        scanCounting(last);
    for (const std::vector<Hit> &hits : m_checked)
        checkHits(hits, last);
    for (std::vector<Hit> &hits : m_checked)
        hits.clear();
    m_normalizedBase += m_normalized.size();
    if (last) {
        m_pendingHits.clear();
        m_pendingRun = false;
    }
}

qsizetype KeywordScanner::normalize(const uchar *data, qsizetype size, bool last)
{
    // A space replaces at least one removed byte, except the one that ends a run of removed
    // characters carried over from the previous chunk: the output is at most one byte longer
    // than the input ("a", " ", "b" fed one by one give " b" for "b").
    m_normalized.resize(size + 1);
    auto *out = reinterpret_cast<uchar *>(m_normalized.data());
    const bool track = m_recordHits;
    if (track)
        m_rawOffsets.resize(size_t(size) + 1);
    qsizetype o = 0;
    qsizetype i = 0;
    bool inRun = m_pendingRun;
    bool sawSpace = m_pendingRunSawSpace;
    qint64 runStart = m_pendingRunStart;
    m_pendingRun = false;
    while (true) {
        if (inRun) {
            int length = 0;
            bool space = false;
            while (i < size
                   && (length = RemovedCharacters::length(data, i, size, last, &space)) > 0) {
                sawSpace = sawSpace || space;
                i += length;
            }
            if (i >= size || length < 0) {
                if (!last) {
                    m_pendingRun = true;
                    m_pendingRunSawSpace = sawSpace;
                    m_pendingRunStart = runStart;
                }
                break;
            }
            const bool previousWord = o > 0 ? isWordByte(out[o - 1]) : m_lastWasWord;
            if (sawSpace && previousWord && isWordByte(data[i])) {
                if (track)
                    m_rawOffsets[size_t(o)] = runStart;
                out[o++] = ' ';
            }
            inRun = false;
        }
        const qsizetype start = i;
        i = RemovedCharacters::nextSpecialByte(data, i, size);
        if (i > start) // memcpy() must not see the null pointer of an empty chunk
            std::memcpy(out + o, data + start, size_t(i - start));
        if (track) {
            for (qsizetype k = 0; k < i - start; ++k)
                m_rawOffsets[size_t(o + k)] = m_rawBase + start + k;
        }
        o += i - start;
        if (i >= size)
            break;
        if (data[i] == ' ' && i + 1 < size && isWordByte(data[i + 1]) && o > 0
            && isWordByte(out[o - 1])) {
            // The common case in English: one space between words stays as it is.
            if (track)
                m_rawOffsets[size_t(o)] = m_rawBase + i;
            out[o++] = data[i++];
            continue;
        }
        bool space = false;
        const int length = RemovedCharacters::length(data, i, size, last, &space);
        if (length < 0)
            break;
        if (length == 0) {
            if (track)
                m_rawOffsets[size_t(o)] = m_rawBase + i;
            out[o++] = data[i++];
            continue;
        }
        inRun = true;
        sawSpace = space;
        runStart = m_rawBase + i;
        i += length;
    }
    m_normalized.resize(o);
    if (track)
        m_rawOffsets.resize(size_t(o));
    if (o > 0)
        m_lastWasWord = isWordByte(out[o - 1]);
    return i;
}

void KeywordScanner::countBaseUnits(const uchar *data, qsizetype size)
{
    if (size == 0)
        return;
    // U+4E00-U+9FFF is E4 B8..BF xx or E5..E9 xx xx, so a Han character is a lead byte
    // judged together with the byte after it.
    qint64 han = 0;
    qint64 letters = 0;
    qint64 wordStarts = 0;
    auto pair = [&](uchar previous, uchar byte) {
        han += (uchar(previous - 0xE5) < 5) || (previous == 0xE4 && byte >= 0xB8);
        letters += uchar((byte | 0x20) - 'a') < 26;
        wordStarts += isWordByte(byte) && !isWordByte(previous);
    };
    pair(m_previousByte, data[0]);
    qsizetype i = 1;
#ifdef __SSE2__
    using namespace ByteMasks;
    // Per-byte counters (a true mask is -1) summed up before they can overflow.
    auto sum = [](__m128i counters) {
        const __m128i sums = _mm_sad_epu8(counters, _mm_setzero_si128());
        return qint64(_mm_cvtsi128_si64(sums)) + qint64(_mm_extract_epi16(sums, 4));
    };
    while (i + 16 <= size) {
        __m128i hanCounters = _mm_setzero_si128();
        __m128i letterCounters = _mm_setzero_si128();
        __m128i wordCounters = _mm_setzero_si128();
        for (int round = 0; round < 255 && i + 16 <= size; ++round, i += 16) {
            const __m128i current = _mm_loadu_si128(
                reinterpret_cast<const __m128i *>(data + i));
            const __m128i previous = _mm_loadu_si128(
                reinterpret_cast<const __m128i *>(data + i - 1));
            const __m128i hanLead = _mm_or_si128(
                inRange(previous, 0xE5, 0xE9),
                _mm_and_si128(equal(previous, 0xE4),
                              inRange(current, 0xB8, 0xFF)));
            const __m128i letter = inRange(_mm_or_si128(current, _mm_set1_epi8(0x20)), 'a',
                                           'z');
            const __m128i wordStart = _mm_andnot_si128(wordBytes(previous), wordBytes(current));
            hanCounters = _mm_sub_epi8(hanCounters, hanLead);
            letterCounters = _mm_sub_epi8(letterCounters, letter);
            wordCounters = _mm_sub_epi8(wordCounters, wordStart);
        }
        han += sum(hanCounters);
        letters += sum(letterCounters);
        wordStarts += sum(wordCounters);
    }
#endif
    for (; i < size; ++i)
        pair(data[i - 1], data[i]);
    m_previousByte = data[size - 1];
    m_han += han;
    m_letters += letters;
    m_words += wordStarts;
}

void KeywordScanner::scanCounting(bool last)
{
    resolvePendingHits(last);
    const KeywordMatcher &m = *m_matcher;
    // Chunks are scanned in slices so that the 32-bit visit counters cannot overflow.
    const qsizetype slice = qsizetype(1) << 30;
    const QByteArray chunk = m_normalized;
    for (qsizetype at = 0; at < chunk.size() || at == 0; at += slice) {
        if (chunk.size() > slice)
            m_normalized = chunk.mid(at, slice);
        if (!m.m_next16.empty())
            scanInterleaved<std::uint16_t, false>(m.m_next16.data(),
                                                  m.m_checkFrom >> m.m_classShift, at);
        else
            scanInterleaved<std::uint32_t, true>(m.m_next.data(), m.m_checkFrom, at);
        for (size_t state = 0; state < m_chunkVisits.size(); ++state) {
            m_visits[state] += m_chunkVisits[state];
            m_chunkVisits[state] = 0;
        }
        if (chunk.size() <= slice)
            break;
    }
    m_normalized = chunk;
}

template <typename Entry, bool Premultiplied>
void KeywordScanner::scanInterleaved(const Entry *next, const std::uint32_t checkFrom,
                                     qsizetype offset)
{
    // With Premultiplied, a state is its table offset (state << shift), which saves a shift
    // in the chain of dependent loads; otherwise it is its number, which lets 16-bit entries
    // halve the table so that it stays in the L2 cache.
    const KeywordMatcher &m = *m_matcher;
    const auto *text = reinterpret_cast<const uchar *>(m_normalized.constData());
    const qsizetype size = m_normalized.size();
    const std::uint16_t *cls = m.m_byteClass.data();
    const int shift = m.m_classShift;
    const auto at = [shift](std::uint32_t state, std::uint32_t c) {
        return Premultiplied ? state + c : (state << shift) + c;
    };
    const auto number = [shift](std::uint32_t state) {
        return Premultiplied ? state >> shift : state;
    };
    // One table of 32-bit visit counters for all streams keeps it in the L1 cache; it is
    // added to the 64-bit totals after each chunk (a chunk is far below 2^32 bytes).
    std::uint32_t *visits = m_chunkVisits.data();
    std::uint32_t initial = Premultiplied ? m_state : m_state >> shift;

    const qsizetype warmUp = m.m_maxDepth;
    if (size < streams * (warmUp + 1024)) {
        std::uint32_t state = initial;
        for (qsizetype i = 0; i < size; ++i) {
            state = next[at(state, cls[text[i]])];
            ++visits[number(state)];
            if (Q_UNLIKELY(state >= checkFrom))
                m_checked[0].push_back({number(state) << shift, offset + i});
        }
        m_state = Premultiplied ? state : state << shift;
        return;
    }

    // The automaton's latency, not its work, bounds one stream: read four parts of the chunk
    // side by side. A part's state is exact after reading the longest keyword's worth of the
    // bytes before it, because a state only remembers that many symbols.
    const qsizetype part = size / streams;
    std::uint32_t state[streams];
    state[0] = initial;
    for (int k = 1; k < streams; ++k) {
        std::uint32_t warm = 0;
        for (qsizetype i = k * part - warmUp; i < k * part; ++i)
            warm = next[at(warm, cls[text[i]])];
        state[k] = warm;
    }
    std::uint32_t s0 = state[0];
    std::uint32_t s1 = state[1];
    std::uint32_t s2 = state[2];
    std::uint32_t s3 = state[3];
    const uchar *b0 = text;
    const uchar *b1 = text + part;
    const uchar *b2 = text + 2 * part;
    const uchar *b3 = text + 3 * part;
    for (qsizetype i = 0; i < part; ++i) {
        s0 = next[at(s0, cls[b0[i]])];
        s1 = next[at(s1, cls[b1[i]])];
        s2 = next[at(s2, cls[b2[i]])];
        s3 = next[at(s3, cls[b3[i]])];
        ++visits[number(s0)];
        ++visits[number(s1)];
        ++visits[number(s2)];
        ++visits[number(s3)];
        if (Q_UNLIKELY(std::max(std::max(s0, s1), std::max(s2, s3)) >= checkFrom)) {
            if (s0 >= checkFrom)
                m_checked[0].push_back({number(s0) << shift, offset + i});
            if (s1 >= checkFrom)
                m_checked[1].push_back({number(s1) << shift, offset + part + i});
            if (s2 >= checkFrom)
                m_checked[2].push_back({number(s2) << shift, offset + 2 * part + i});
            if (s3 >= checkFrom)
                m_checked[3].push_back({number(s3) << shift, offset + 3 * part + i});
        }
    }
    for (qsizetype i = streams * part; i < size; ++i) {
        s3 = next[at(s3, cls[text[i]])];
        ++visits[number(s3)];
        if (Q_UNLIKELY(s3 >= checkFrom))
            m_checked[3].push_back({number(s3) << shift, offset + i});
    }
    m_state = Premultiplied ? s3 : s3 << shift;
}

void KeywordScanner::scanRecording(bool last)
{
    resolvePendingHits(last);
    const KeywordMatcher &m = *m_matcher;
    const auto *text = reinterpret_cast<const uchar *>(m_normalized.constData());
    const qsizetype size = m_normalized.size();
    std::uint32_t state = m_state;
    for (qsizetype i = 0; i < size; ++i) {
        state = m.m_next[state + m.m_byteClass[text[i]]];
        m_ring[size_t((m_normalizedBase + i) & m_ringMask)] = m_rawOffsets[size_t(i)];
        if (state < m.m_acceptFrom)
            continue;
        const std::uint32_t accepting = (state - m.m_acceptFrom) >> m.m_classShift;
        for (std::uint32_t o = m.m_outputBegin[accepting]; o < m.m_outputBegin[accepting + 1];
             ++o) {
            checkHit(m.m_outputs[o], i, last);
        }
    }
    m_state = state;
}

void KeywordScanner::checkHits(const std::vector<Hit> &hits, bool last)
{
    const KeywordMatcher &m = *m_matcher;
    for (const Hit &hit : hits) {
        const std::uint32_t accepting = (hit.state - m.m_acceptFrom) >> m.m_classShift;
        for (std::uint32_t o = m.m_outputBegin[accepting]; o < m.m_outputBegin[accepting + 1];
             ++o) {
            const std::uint32_t pattern = m.m_outputs[o];
            if (m.m_patternFlags[pattern] != 0)
                checkHit(pattern, hit.end, last);
        }
    }
}

void KeywordScanner::checkHit(std::uint32_t pattern, qsizetype end, bool last)
{
    const qint64 normalizedEnd = m_normalizedBase + end;
    if (m_matcher->m_patternFlags[pattern] & KeywordMatcher::EndBoundary) {
        if (end + 1 < m_normalized.size()) {
            if (isWordByte(uchar(m_normalized.at(end + 1))))
                return;
        } else if (!last) {
            m_pendingHits.push_back({pattern, normalizedEnd});
            return;
        }
    }
    countHit(pattern, normalizedEnd);
}

void KeywordScanner::resolvePendingHits(bool last)
{
    if (m_pendingHits.empty())
        return;
    if (m_normalized.isEmpty() && !last)
        return;
    const bool boundary = m_normalized.isEmpty() || !isWordByte(uchar(m_normalized.at(0)));
    const std::vector<PendingHit> pending = std::move(m_pendingHits);
    m_pendingHits.clear();
    if (!boundary)
        return;
    for (const PendingHit &hit : pending)
        countHit(hit.pattern, hit.normalizedEnd);
}

void KeywordScanner::countHit(std::uint32_t pattern, qint64 normalizedEnd)
{
    const KeywordMatcher &m = *m_matcher;
    ++m_checkedCounts[pattern];
    const qint64 start = normalizedEnd - m.m_patternLength[pattern] + 1;
    qint64 rawStart = 0;
    qint64 rawLength = 0;
    if (m_recordHits) {
        rawStart = m_ring[size_t(start & m_ringMask)];
        rawLength = m_ring[size_t(normalizedEnd & m_ringMask)] + 1 - rawStart;
        for (int term : m.m_patternTerms[pattern])
            m_hits.append({term, rawStart, rawLength});
    }
    if (!(m.m_patternFlags[pattern] & KeywordMatcher::InGroup))
        return;
    for (int group : m.m_patternGroups[pattern]) {
        // Hits come by end position; one that starts where a counted member started is the
        // same place. Starts too far back to meet a later hit are forgotten.
        std::vector<qint64> &recent = m_groupRecentStarts[size_t(group)];
        const qint64 horizon = normalizedEnd - m.m_groupMaxLength[size_t(group)] + 1;
        recent.erase(std::remove_if(recent.begin(), recent.end(),
                                    [horizon](qint64 s) { return s < horizon; }),
                     recent.end());
        if (std::find(recent.begin(), recent.end(), start) != recent.end())
            continue;
        recent.push_back(start);
        ++m_groupCounts[size_t(group)];
        if (m_recordHits)
            m_hits.append({m.m_groupTerm[size_t(group)], rawStart, rawLength});
    }
}

} // namespace Annals
