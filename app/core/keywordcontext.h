#pragma once

#include "keywordmatcher.h"
#include "result.h"

#include <QList>
#include <QString>

namespace Annals {

/*!
 * \brief One keyword hit with the sentence around it (keyword in context), for the details
 * panel and the report viewer.
 *
 * Sentences end after 。！？；!?; (and '.' followed by whitespace) and at blank lines; a
 * single line break does not end one, because report texts break lines inside sentences.
 */
struct KeywordContext
{
    int term = -1;             ///< index into the matcher's terms()
    QString keyword;           ///< that term
    qsizetype offset = 0;      ///< the hit in the original text (UTF-16 units)
    qsizetype length = 0;
    qsizetype sentenceOffset = 0; ///< the sentence in the original text
    qsizetype sentenceLength = 0;
    QString sentence;          ///< the sentence for display: line breaks inside removed
    qsizetype hitStart = 0;    ///< the hit inside sentence
    qsizetype hitLength = 0;
    bool truncated = false;    ///< the sentence was longer than asked and was cut around the hit

    bool operator==(const KeywordContext &other) const = default;

    /*!
     * Hits of \a matcher's terms in \a text, by offset; at most \a maxPerTerm per term when
     * it is positive. Sentences longer than \a maxSentenceLength characters are cut to that
     * length around the hit.
     */
    static QList<KeywordContext> find(const QString &text, const KeywordMatcher &matcher,
                                      int maxPerTerm = 0, int maxSentenceLength = 300);
    /// The same for a vocabulary; fails when it does not compile.
    static Result<QList<KeywordContext>> find(const QString &text,
                                              const QList<KeywordTerm> &terms,
                                              int maxPerTerm = 0);
    /// Start and length of the sentence holding [offset, offset + length) in \a text.
    static std::pair<qsizetype, qsizetype> sentenceAround(QStringView text, qsizetype offset,
                                                          qsizetype length);
    /// \a text for display: whitespace and zero-width characters removed as by the counting
    /// rule, except that whitespace between two ASCII characters stays as one space (so that
    /// "matters. Next" keeps its space, while a line break inside Chinese words goes);
    /// \a mapping receives, per output character, its offset in \a text.
    static QString displayText(QStringView text, QList<qsizetype> *mapping = nullptr);
};

} // namespace Annals
