#include "keywordcounts.h"

#include <algorithm>
#include <limits>

namespace Annals {

namespace {

// Counts are at most 2^53 from any reader, but projects may hold up to 2^63-1
// (ProjectValidator): a sum must not overflow.
qint64 saturatingAdd(qint64 a, qint64 b)
{
    qint64 sum = 0;
    if (__builtin_add_overflow(a, b, &sum))
        return std::numeric_limits<qint64>::max();
    return sum;
}

// The one definition of a rate, for per10k() and yearRates() alike.
std::optional<double> rateOf(const std::optional<qint64> &occurrences, qint64 base)
{
    if (!occurrences || base <= 0)
        return std::nullopt;
    return double(*occurrences) * 10000.0 / double(base);
}

} // namespace

QList<int> KeywordCounts::years() const
{
    QList<int> result;
    for (const DocumentCounts &document : documents) {
        if (!result.contains(document.year))
            result.append(document.year);
    }
    std::sort(result.begin(), result.end());
    return result;
}

const KeywordTerm *KeywordCounts::term(const QString &name) const
{
    for (const KeywordTerm &entry : vocabulary) {
        if (entry.term == name)
            return &entry;
    }
    return nullptr;
}

QString KeywordCounts::languageOf(const QString &name) const
{
    QStringList texts{name};
    if (const KeywordTerm *entry = term(name); entry && entry->isGroup())
        texts = entry->members;
    for (const QString &text : std::as_const(texts)) {
        for (QChar c : text) {
            if (c.script() == QChar::Script_Han)
                return QStringLiteral("zh");
        }
    }
    qint64 chineseHits = 0;
    qint64 otherHits = 0;
    for (const DocumentCounts &document : documents) {
        const auto it = document.counts.constFind(name);
        if (it == document.counts.constEnd())
            continue;
        qint64 &hits = document.language == QLatin1String("zh") ? chineseHits : otherHits;
        hits = saturatingAdd(hits, it.value());
    }
    return chineseHits > otherHits ? QStringLiteral("zh") : QStringLiteral("en");
}

std::optional<qint64> KeywordCounts::count(const QString &term, int year) const
{
    return count(term, year, languageOf(term));
}

std::optional<qint64> KeywordCounts::count(const QString &term, int year,
                                           const QString &language) const
{
    std::optional<qint64> total;
    for (const DocumentCounts &document : documents) {
        if (document.year != year || document.language != language)
            continue;
        const auto it = document.counts.constFind(term);
        if (it != document.counts.constEnd())
            total = saturatingAdd(total.value_or(0), it.value());
    }
    return total;
}

qint64 KeywordCounts::baseUnits(int year, const QString &language) const
{
    qint64 total = 0;
    for (const DocumentCounts &document : documents) {
        if (document.year == year && document.language == language)
            total = saturatingAdd(total, document.baseUnits);
    }
    return total;
}

std::optional<double> KeywordCounts::per10k(const QString &term, int year) const
{
    return per10k(term, year, languageOf(term));
}

std::optional<double> KeywordCounts::per10k(const QString &term, int year,
                                            const QString &language) const
{
    return rateOf(count(term, year, language), baseUnits(year, language));
}

QList<KeywordCounts::YearRate> KeywordCounts::yearRates(const QString &term,
                                                        const QString &language, int firstYear,
                                                        int lastYear) const
{
    // The sums of count() and baseUnits(), over the same documents in the same order.
    QList<YearRate> rates(std::max(0, lastYear - firstYear + 1));
    for (const DocumentCounts &document : documents) {
        if (document.year < firstYear || document.year > lastYear
            || document.language != language)
            continue;
        YearRate &rate = rates[document.year - firstYear];
        rate.baseUnits = saturatingAdd(rate.baseUnits, document.baseUnits);
        const auto it = document.counts.constFind(term);
        if (it != document.counts.constEnd())
            rate.count = saturatingAdd(rate.count.value_or(0), it.value());
    }
    for (YearRate &rate : rates)
        rate.per10k = rateOf(rate.count, rate.baseUnits);
    return rates;
}

std::optional<std::pair<int, int>> KeywordCounts::yearsSeen(const QString &term) const
{
    // A year's count is the sum over its documents in the term's language, and counts are
    // never negative: a year is seen when one of those documents counted the term. One pass
    // (year by year, it was a pass over every document for every year).
    const QString language = languageOf(term);
    std::optional<std::pair<int, int>> seen;
    for (const DocumentCounts &document : documents) {
        if (document.language != language || document.counts.value(term) <= 0)
            continue;
        if (!seen)
            seen = std::pair{document.year, document.year};
        seen->first = std::min(seen->first, document.year);
        seen->second = std::max(seen->second, document.year);
    }
    return seen;
}

} // namespace Annals
