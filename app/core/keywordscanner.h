#pragma once

#include "keywordhit.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <cstdint>
#include <vector>

namespace Annals {

class KeywordMatcher;

/*!
 * \brief Runs a KeywordMatcher over a UTF-8 stream fed in chunks of any size.
 *
 * Each chunk is normalised (whitespace and zero-width characters removed, see KeywordPattern)
 * into a buffer of at most its own size, then read by the automaton. Memory therefore depends
 * on the chunk size, not on the length of the stream: a chunk may end anywhere (inside a
 * character, a keyword or a run of whitespace) and at most two bytes are carried over.
 *
 * Besides the keyword counts it counts the normalisation bases over the normalised text:
 * Han characters (U+4E00-U+9FFF), ASCII letters and words (runs of ASCII letters/digits).
 *
 * Hit positions are only computed when setRecordHits(true) is set, so that counting does not
 * pay for them.
 */
class KeywordScanner
{
public:
    /// \a matcher must outlive the scanner.
    explicit KeywordScanner(const KeywordMatcher &matcher);

    /// Forgets everything fed so far, for the next text.
    void reset();
    void feed(QByteArrayView utf8);
    /// Ends the text: a keyword at the very end is complete.
    void finish();

    /// Occurrences of each term of the matcher, in its order (complete after finish()).
    QList<qint64> termCounts() const;
    qint64 hanCharacters() const { return m_han; }
    qint64 latinLetters() const { return m_letters; }
    qint64 words() const { return m_words; }

    /// Records every hit with its byte offsets in the stream (off by default).
    void setRecordHits(bool record);
    /// The recorded hits, in the order found (by end), offsets in bytes of the stream.
    const QList<KeywordHit> &hits() const { return m_hits; }

private:
    static constexpr int streams = 4;

    struct Hit
    {
        std::uint32_t state;
        qsizetype end; // index of the last byte in m_normalized
    };
    struct PendingHit
    {
        std::uint32_t pattern;
        qint64 normalizedEnd;
    };

    void process(QByteArrayView utf8, bool last);
    qsizetype normalize(const uchar *data, qsizetype size, bool last);
    void countBaseUnits(const uchar *data, qsizetype size);
    void scanCounting(bool last);
    template <typename Entry, bool Premultiplied>
    void scanInterleaved(const Entry *next, std::uint32_t checkFrom, qsizetype offset);
    void scanRecording(bool last);
    void checkHits(const std::vector<Hit> &hits, bool last);
    void checkHit(std::uint32_t pattern, qsizetype end, bool last);
    void countHit(std::uint32_t pattern, qint64 normalizedEnd);
    void resolvePendingHits(bool last);

    const KeywordMatcher *m_matcher;
    std::uint32_t m_state = 0;

    // Normalisation
    QByteArray m_normalized;          // the current chunk, normalised
    std::vector<qint64> m_rawOffsets; // stream offset of each normalised byte (hits only)
    QByteArray m_tail;                // bytes the normaliser could not decide yet
    qint64 m_rawBase = 0;             // stream offset of the chunk being normalised
    qint64 m_normalizedBase = 0;      // normalised offset of m_normalized[0]
    bool m_lastWasWord = false;       // the last normalised byte was a letter/digit
    bool m_pendingRun = false;        // removed characters reached the end of the chunk
    bool m_pendingRunSawSpace = false;
    qint64 m_pendingRunStart = 0;

    // Counting: visits per state, from which keyword counts follow. Hits that need a check
    // are collected per stream.
    std::vector<qint64> m_visits;
    std::vector<std::uint32_t> m_chunkVisits;
    std::vector<Hit> m_checked[streams];
    std::vector<qint64> m_checkedCounts;   // per pattern, hits counted one by one
    std::vector<qint64> m_groupCounts;
    std::vector<std::vector<qint64>> m_groupRecentStarts; // counted group starts still near
    std::vector<PendingHit> m_pendingHits; // English matches waiting for the next character

    std::uint8_t m_previousByte = 0;
    qint64 m_han = 0;
    qint64 m_letters = 0;
    qint64 m_words = 0;

    bool m_recordHits = false;
    std::vector<qint64> m_ring; // stream offsets of recent normalised bytes, for hit starts
    qint64 m_ringMask = 0;
    QList<KeywordHit> m_hits;
};

} // namespace Annals
