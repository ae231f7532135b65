#pragma once

#include "error.h"
#include "keywordcounts.h"
#include "keywordmatcher.h"
#include "result.h"
#include "textdecoder.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Annals {

class KeywordScanner;

/*!
 * \brief Counts a vocabulary over many report files: documents in parallel, each file
 * streamed in chunks.
 *
 * Memory does not grow with the corpus: a worker holds one chunk of one file at a time, and
 * texts are not kept. With a document handler set, counted documents are handed over in
 * input order and not kept either; at most a few documents per thread wait to be handed over.
 *
 * A file that cannot be read or decoded is reported in errors(), by name and byte offset,
 * and counting goes on with the other files.
 */
class CorpusCounter
{
    Q_DECLARE_TR_FUNCTIONS(Annals::CorpusCounter)

public:
    using ProgressHandler = std::function<void(qint64 doneBytes, qint64 totalBytes)>;
    /// \a termCounts are the counts of the matcher's terms(), in that order.
    using DocumentHandler = std::function<void(const QString &path, const DocumentCounts &document,
                                               const QList<qint64> &termCounts)>;

    explicit CorpusCounter(KeywordMatcher matcher);

    /// The encoding of every file; Auto detects per file (BOM, UTF-8, else GB18030).
    void setEncoding(TextDecoder::Encoding encoding) { m_encoding = encoding; }
    /// Threads to count with; 0 (the default) uses one per core.
    void setThreadCount(int threads) { m_threadCount = threads; }
    /// Bytes read at a time from a file (default 1 MiB).
    void setChunkSize(qsizetype bytes) { m_chunkSize = std::max<qsizetype>(bytes, 1); }
    /// Called on the calling thread, now and then, with the bytes read so far.
    void setProgressHandler(ProgressHandler handler) { m_progress = std::move(handler); }
    /// Called on the calling thread for each document, in input order; the documents are then
    /// not collected into the result of count(), and their counts come as \a termCounts only
    /// (DocumentCounts::counts stays empty).
    void setDocumentHandler(DocumentHandler handler) { m_documentHandler = std::move(handler); }
    /// Whether each file's SHA-256 goes into DocumentCounts::sha256 (the default); off, it
    /// stays empty and counting is some 10 % faster (the CSV of annals count has no hash).
    void setHashingFiles(bool hashing) { m_hashingFiles = hashing; }
    /// Counting stops soon after \a flag becomes true; the flag must outlive count().
    void setCancelFlag(const std::atomic<bool> *flag) { m_cancel = flag; }

    /*!
     * Counts \a paths (files, or folders whose *.txt files are counted) and returns the
     * counts with vocabulary, rule and generator. Documents are sorted by year, then name.
     */
    KeywordCounts count(const QStringList &paths);
    /// Files that could not be counted in the last count().
    const QList<Error> &errors() const { return m_errors; }
    bool wasCanceled() const { return m_canceled; }

    /// Counts one file with \a scanner (reset first); used by count() and tests. With
    /// \a termCounts the counts go there, in the order of the matcher's terms(), instead of
    /// into DocumentCounts::counts.
    Result<DocumentCounts> countFile(const QString &path, KeywordScanner &scanner,
                                     QByteArray &buffer,
                                     QList<qint64> *termCounts = nullptr) const;

    /// Files in \a paths with folders replaced by their *.txt files; missing paths and empty
    /// folders go to \a errors.
    static QStringList expandPaths(const QStringList &paths, QList<Error> *errors);
    /// The counting rule in words, as stored with the counts.
    static QString countingRule();
    /// "annals <version> count".
    static QString generator();

private:
    KeywordMatcher m_matcher;
    TextDecoder::Encoding m_encoding = TextDecoder::Encoding::Auto;
    int m_threadCount = 0;
    bool m_hashingFiles = true;
    qsizetype m_chunkSize = 1024 * 1024;
    ProgressHandler m_progress;
    DocumentHandler m_documentHandler;
    const std::atomic<bool> *m_cancel = nullptr;
    QList<Error> m_errors;
    bool m_canceled = false;
    mutable std::atomic<qint64> m_doneBytes{0};
};

} // namespace Annals
