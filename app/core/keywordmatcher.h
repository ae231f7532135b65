#pragma once

#include "inputlimits.h"
#include "keywordcounts.h"
#include "keywordhit.h"
#include "keywordpattern.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>
#include <cstdint>
#include <vector>

namespace Annals {

/*!
 * \brief Counts every keyword of a vocabulary in one pass over a text.
 *
 * The keywords (see KeywordPattern for the rule) are compiled into one Aho-Corasick automaton
 * over the UTF-8 bytes of the normalised text, stored as a dense transition table over byte
 * equivalence classes. Normalisation happens on the fly: the automaton reads the original
 * bytes and skips whitespace and zero-width characters itself, so no normalised copy of the
 * text is made and every hit maps back to the original text.
 *
 * Overlapping matches all count: 科技 inside 科技创新 counts for both. A group (a KeywordTerm
 * with members) counts positions: a place where two members start counts once.
 *
 * A matcher is immutable once created and can be shared by threads; each thread scans with
 * its own KeywordScanner.
 */
class KeywordMatcher
{
    Q_DECLARE_TR_FUNCTIONS(Annals::KeywordMatcher)

public:
    static constexpr qsizetype maxTerms = InputLimits::maxKeywords;
    /// Characters of all keywords together.
    static constexpr qsizetype maxTotalLength = InputLimits::maxKeywordsTotalLength;

    /// Compiles \a terms; fails on an empty vocabulary, an invalid keyword, a term given
    /// twice, or more than maxTerms keywords or maxTotalLength characters.
    static Result<KeywordMatcher> create(const QList<KeywordTerm> &terms);

    const QList<KeywordTerm> &terms() const { return m_terms; }
    /// Occurrences of each term of terms(), in that order.
    QList<qint64> count(QStringView text) const;
    QList<qint64> countUtf8(QByteArrayView utf8) const;
    /// Every hit in \a text, by offset, with offsets and lengths in UTF-16 units of \a text.
    QList<KeywordHit> hits(const QString &text) const;

    /// The longest keyword, in bytes of normalised UTF-8.
    int maxPatternLength() const { return m_maxPatternLength; }
    /// States of the automaton (its table has stateCount() << classShift() entries).
    int stateCount() const { return m_stateCount; }
    int classCount() const { return m_classCount; }

private:
    friend class KeywordScanner;

    enum PatternFlag : std::uint8_t { EndBoundary = 1, InGroup = 2 };

    Error build();

    QList<KeywordTerm> m_terms;
    std::vector<KeywordPattern> m_patterns;
    std::vector<int> m_patternLength;            // bytes of normalised UTF-8
    std::vector<std::uint8_t> m_patternFlags;
    std::vector<int> m_termPattern;              // term -> pattern, -1 for a group
    std::vector<int> m_termGroup;                // term -> group, -1 for a keyword
    std::vector<int> m_groupTerm;                // group -> term
    std::vector<int> m_groupMaxLength;           // group -> longest member
    std::vector<std::vector<int>> m_patternGroups; // pattern -> groups it is a member of
    std::vector<std::vector<int>> m_patternTerms;  // pattern -> plain terms using it

    // The automaton reads normalised UTF-8 (see KeywordScanner). States are numbered
    // non-accepting first, then accepting ones whose keywords are all plain substrings, then
    // those with a keyword that needs a check per hit (word end, group member).
    std::array<std::uint16_t, 256> m_byteClass{};
    std::vector<bool> m_classIsWord;
    int m_classCount = 0;
    int m_classShift = 0;
    int m_stateCount = 0;
    std::vector<std::uint32_t> m_next;           // [state << shift | class] -> state << shift
    std::vector<std::uint16_t> m_next16;         // [state << shift | class] -> state, if < 2^16
    std::uint32_t m_acceptFrom = 0;              // (state << shift) from here on has outputs
    std::uint32_t m_checkFrom = 0;               // from here on some output needs a check
    std::vector<std::uint32_t> m_outputBegin;    // per accepting state, into m_outputs
    std::vector<std::uint32_t> m_outputs;        // pattern ids
    int m_maxPatternLength = 0;
    int m_maxDepth = 0;                          // longest keyword in automaton symbols
};

} // namespace Annals
