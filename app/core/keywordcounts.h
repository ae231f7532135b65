#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Annals {

/// A keyword of the vocabulary, or a named group whose members count as one.
struct KeywordTerm
{
    QString term;        ///< the pattern or, for a group, its name
    QString gloss;       ///< English gloss, e.g. "science & technology"
    QStringList members; ///< non-empty for a group: the member patterns
    QString color;       ///< "#rrggbb", may be empty (then the app picks one)

    bool isGroup() const { return !members.isEmpty(); }
    bool operator==(const KeywordTerm &other) const = default;
};

/// Counts over one report text.
struct DocumentCounts
{
    int year = 0;
    QString document; ///< file name, e.g. "gwr-2024-zh.txt"
    QString sha256;   ///< of the file's bytes, hex
    QString language; ///< "zh" or "en"
    qint64 baseUnits = 0; ///< Han characters (zh) or words (en): the normalisation base
    QHash<QString, qint64> counts; ///< term -> occurrences
    QStringList notes; ///< caveats of this text, e.g. written in traditional characters

    bool operator==(const DocumentCounts &other) const = default;
};

/*!
 * \brief Keyword occurrences per report, with the vocabulary and the counting rule.
 *
 * Years may hold several documents. A keyword is counted in the documents of its own language
 * (Chinese when it holds a Han character, else English), and per-year figures sum over those
 * only, so a Chinese keyword's rate never mixes Han characters with English words.
 */
struct KeywordCounts
{
    QString rule;      ///< the counting rule, in words
    QString generator; ///< program and version that counted
    QList<KeywordTerm> vocabulary;
    QList<DocumentCounts> documents;

    QList<int> years() const;
    const KeywordTerm *term(const QString &term) const;
    /*!
     * The language of the reports \a term is read in: "zh" when it (or a member of its group)
     * holds a Han character. A term without one ("5G", "AI", "technolog*") can occur in both:
     * it is read in the language whose reports hold more of its hits ("en" on a tie), so that
     * 5G is charted from Chinese reports and technolog* from English ones, never a mix.
     */
    QString languageOf(const QString &term) const;
    /// Occurrences of \a term in \a year's documents of its language; nullopt when none of
    /// them counted it.
    std::optional<qint64> count(const QString &term, int year) const;
    /// count() when languageOf(\a term) is known: \a language. Saves a pass over the
    /// vocabulary and the documents per call, for callers that fill whole tables.
    std::optional<qint64> count(const QString &term, int year, const QString &language) const;
    /// The normalisation base of \a year in \a language (sum over those documents); 0 when none.
    qint64 baseUnits(int year, const QString &language) const;
    /// Occurrences per 10,000 Han characters (or words); nullopt when not counted.
    std::optional<double> per10k(const QString &term, int year) const;
    /// per10k() when languageOf(\a term) is known: \a language.
    std::optional<double> per10k(const QString &term, int year, const QString &language) const;
    /// count(), baseUnits() and per10k() of one year.
    struct YearRate
    {
        std::optional<qint64> count;
        qint64 baseUnits = 0;
        std::optional<double> per10k;
    };
    /// YearRate of \a term in \a language for each year from \a firstYear to \a lastYear, in
    /// one pass over the documents: what count() and per10k() give year by year, for a chart's
    /// whole line.
    QList<YearRate> yearRates(const QString &term, const QString &language, int firstYear,
                              int lastYear) const;
    /// The first and the last year with a count of \a term above zero (in its language).
    std::optional<std::pair<int, int>> yearsSeen(const QString &term) const;

    bool operator==(const KeywordCounts &other) const = default;
};

} // namespace Annals
