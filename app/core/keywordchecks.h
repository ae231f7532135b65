#pragma once

#include "inputlimits.h"
#include "keywordcounts.h"

#include <QString>

namespace Annals {

/*!
 * Rules on vocabularies and keyword counts, applied by the keyword counts reader, keyword
 * declarations (`--keywords` files, `--group`, the picker) and the project loader; each
 * returns an empty string when fine, else the message. Limits come from InputLimits.
 */
namespace KeywordChecks {

/// A keyword, group name or member: not empty, at most InputLimits::maxKeywordLength.
QString checkTerm(const QString &term);
/// At most InputLimits::maxGlossLength characters.
QString checkGloss(const QString &gloss);
/// Empty (the app picks one) or "#rrggbb".
QString checkColor(const QString &color);
/// A count or normalisation base: 0 to InputLimits::maxCount.
QString checkCount(qint64 count);
/// "zh" or "en".
QString checkLanguage(const QString &language);
/// Empty or 64 lower-case hex digits.
QString checkSha256(const QString &sha256);
/// The message for a count of a term the vocabulary does not hold.
QString notInVocabulary();
/// The message for a vocabulary that holds more than InputLimits::maxKeywords keywords.
QString tooManyKeywords();
/// Characters a term adds to a vocabulary's total (a group's name and members).
qsizetype lengthOf(const KeywordTerm &term);
/// The message for keywords longer than InputLimits::maxKeywordsTotalLength together.
QString tooLongTogether();

} // namespace KeywordChecks

} // namespace Annals
