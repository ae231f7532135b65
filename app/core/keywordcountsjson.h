#pragma once

#include "keywordcounts.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Annals {

/*!
 * \brief Reads and writes keyword counts as JSON ("annals-keyword-counts", version 1).
 *
 * \code
 * {"format": "annals-keyword-counts", "version": 1, "generator": "annals 0.1.0 count",
 *  "rule": "...",
 *  "vocabulary": [{"term": "科技", "gloss": "science & technology"},
 *                 {"term": "chips", "gloss": "...", "members": ["芯片", "集成电路"],
 *                  "color": "#aa3300"}],
 *  "documents": [{"year": 2024, "document": "gwr-2024-zh.txt", "sha256": "...",
 *                 "language": "zh", "baseUnits": 15432, "counts": {"科技": 28}}]}
 * \endcode
 *
 * The writer fixes the key order, lists counts in vocabulary order and documents by year then
 * name, so the same counts always give the same bytes and diffs stay small.
 */
class KeywordCountsJson
{
    Q_DECLARE_TR_FUNCTIONS(Annals::KeywordCountsJson)

public:
    static constexpr const char *formatName = "annals-keyword-counts";
    static constexpr int formatVersion = 1;

    static QByteArray write(const KeywordCounts &counts);
    /// Writes atomically (SafeWriter); the Error says what failed.
    static Result<void> writeFile(const KeywordCounts &counts, const QString &path);

    /// Validates as it reads: errors carry the field path ("documents[3].counts.科技") or,
    /// for JSON syntax errors, line and column.
    static Result<KeywordCounts> read(const QByteArray &json, const QString &fileName);
    static Result<KeywordCounts> readFile(const QString &path);
};

} // namespace Annals
