#include "keywordchecks.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Annals::KeywordChecks {

QString checkTerm(const QString &term)
{
    if (term.trimmed().isEmpty())
        return QCoreApplication::translate("Annals::KeywordChecks", "empty keyword");
    if (term.size() > InputLimits::maxKeywordLength) {
        return QCoreApplication::translate("Annals::KeywordChecks",
                                           "a keyword of %1 characters; Annals reads keywords "
                                           "of at most %2")
            .arg(term.size())
            .arg(InputLimits::maxKeywordLength);
    }
    return {};
}

QString checkGloss(const QString &gloss)
{
    if (gloss.size() <= InputLimits::maxGlossLength)
        return {};
    return QCoreApplication::translate("Annals::KeywordChecks",
                                       "a gloss of %1 characters; Annals reads glosses of at "
                                       "most %2")
        .arg(gloss.size())
        .arg(InputLimits::maxGlossLength);
}

QString checkColor(const QString &color)
{
    static const QRegularExpression pattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (color.isEmpty() || pattern.match(color).hasMatch())
        return {};
    return QCoreApplication::translate("Annals::KeywordChecks", "expected a colour as #rrggbb");
}

QString checkCount(qint64 count)
{
    if (count >= 0 && count <= InputLimits::maxCount)
        return {};
    return QCoreApplication::translate("Annals::KeywordChecks",
                                       "expected a whole number from 0 to 2^53, found %1")
        .arg(count);
}

QString checkLanguage(const QString &language)
{
    if (language == QLatin1String("zh") || language == QLatin1String("en"))
        return {};
    return QCoreApplication::translate("Annals::KeywordChecks", "expected \"zh\" or \"en\"");
}

QString checkSha256(const QString &sha256)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    if (sha256.isEmpty() || pattern.match(sha256).hasMatch())
        return {};
    return QCoreApplication::translate("Annals::KeywordChecks",
                                       "expected 64 lower-case hex digits");
}

QString notInVocabulary()
{
    return QCoreApplication::translate("Annals::KeywordChecks", "not in the vocabulary");
}

QString tooManyKeywords()
{
    return QCoreApplication::translate("Annals::KeywordChecks",
                                       "more than %1 keywords; Annals reads at most %1 in one "
                                       "vocabulary")
        .arg(InputLimits::maxKeywords);
}

qsizetype lengthOf(const KeywordTerm &term)
{
    qsizetype length = term.term.size();
    for (const QString &member : term.members)
        length += member.size();
    return length;
}

QString tooLongTogether()
{
    return QCoreApplication::translate("Annals::KeywordChecks",
                                       "the keywords are more than %1 characters together; "
                                       "Annals reads at most %1")
        .arg(InputLimits::maxKeywordsTotalLength);
}

} // namespace Annals::KeywordChecks
