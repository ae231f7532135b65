#pragma once

#include "project.h"
#include "textdecoder.h"

#include <QHash>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace Annals {

/// One report text to import, with what the analyst confirmed or corrected.
struct TextImportItem
{
    QString path;
    int year = 0;          ///< 0 = as detected
    QString language;      ///< empty = as detected
    TextDecoder::Encoding encoding = TextDecoder::Encoding::Auto;
};

struct TextImportResult
{
    QList<DocumentCounts> documents;
    QList<ReportTextRef> texts;
    QList<Error> errors; ///< files that could not be read; the others are imported
    bool canceled = false;
};

/// Counts of new keywords per document (by SHA-256), and the documents without a text.
struct TermCountResult
{
    QHash<QString, QHash<QString, qint64>> countsBySha;
    QStringList documentsWithoutText;
    bool canceled = false;
};

/*!
 * The long keyword work, written to run on a worker thread: each function checks \a cancel
 * between documents and reports progress as (documents done, documents in all).
 */
class KeywordJobs
{
public:
    using Progress = std::function<void(int done, int total)>;

    /// Reads, decodes and counts \a items for \a vocabulary; embeds the texts when asked.
    static TextImportResult importTexts(const QList<TextImportItem> &items,
                                        const QList<KeywordTerm> &vocabulary, bool embed,
                                        const std::atomic<bool> &cancel,
                                        const Progress &progress);
    /// Counts only \a terms in every document of \a project whose text is available.
    static TermCountResult countTerms(const QList<KeywordTerm> &terms, const Project &project,
                                      const std::atomic<bool> &cancel,
                                      const Progress &progress);
};

} // namespace Annals
