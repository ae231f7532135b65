#include "corpuscounter.h"

#include "chinesescript.h"
#include "datafile.h"

#include "keywordscanner.h"
#include "reporttextreader.h"
#include "sha256.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

#ifndef ANNALS_VERSION
#define ANNALS_VERSION "unknown"
#endif

namespace Annals {

namespace {

Error fileError(const QString &path, const QString &message)
{
    Error error;
    error.file = path;
    error.message = message;
    return error;
}

constexpr qsizetype yearHeadBytes = ChineseScript::sampleBytes; // also the script's sample

} // namespace

CorpusCounter::CorpusCounter(KeywordMatcher matcher)
    : m_matcher(std::move(matcher))
{}

QString CorpusCounter::countingRule()
{
    return QStringLiteral(
        "Keywords with a Han character: plain substring count; other keywords: whole words, "
        "ASCII case-insensitive, a trailing * matches any word ending. Counted on the text "
        "after removing whitespace (incl. U+3000 and line breaks) and zero-width characters "
        "(U+200B, U+200C, U+200D, U+2060, U+FEFF); whitespace between two ASCII letters or "
        "digits becomes one space. Overlapping matches all count (科技 also inside 科技创新); "
        "a group counts each start position once. Base: Han characters U+4E00-U+9FFF (zh) "
        "or words (en).");
}

QString CorpusCounter::generator()
{
    return QStringLiteral("annals %1 count").arg(QLatin1String(ANNALS_VERSION));
}

QStringList CorpusCounter::expandPaths(const QStringList &paths, QList<Error> *errors)
{
    QStringList files;
    QSet<QString> seen;
    auto add = [&](const QString &file) {
        const QString key = QFileInfo(file).absoluteFilePath();
        if (!seen.contains(key)) {
            seen.insert(key);
            files.append(file);
        }
    };
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            errors->append(fileError(path, tr("no such file or folder")));
        } else if (info.isDir()) {
            const QStringList inside = ReportTextReader::listReportFiles(path);
            if (inside.isEmpty())
                errors->append(fileError(path, tr("the folder holds no .txt files")));
            for (const QString &file : inside)
                add(file);
        } else {
            add(path);
        }
    }
    return files;
}

Result<DocumentCounts> CorpusCounter::countFile(const QString &path, KeywordScanner &scanner,
                                                QByteArray &buffer,
                                                QList<qint64> *termCounts) const
{
    // The same checks as every reader: nothing that blocks (a FIFO), never ends (a device) or
    // is larger than a report text may be is opened.
    if (Result<void> usable = checkInputFile(path, ReportTextReader::maxFileBytes); !usable)
        return usable.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(path, tr("cannot be read: %1").arg(file.errorString()));
    if (buffer.size() != m_chunkSize)
        buffer.resize(m_chunkSize);

    TextDecoder::Encoding encoding = m_encoding;
    bool mayFallBack = false;
    if (encoding == TextDecoder::Encoding::Auto) {
        int bomLength = 0;
        const std::optional<TextDecoder::Encoding> bom
            = TextDecoder::encodingFromBom(file.peek(4), &bomLength);
        encoding = bom.value_or(TextDecoder::Encoding::Utf8);
        mayFallBack = !bom; // strict UTF-8 first, GB18030 if that fails
    }
    qint64 utf8ErrorOffset = -1;
    qint64 reported = 0; // bytes of this file added to the progress
    while (true) {
        if (!file.seek(0))
            return fileError(path, tr("cannot be read: %1").arg(file.errorString()));
        scanner.reset();
        Sha256 sha;
        QByteArray head;
        TextDecoder decoder(encoding);
        qint64 position = 0;
        bool ok = true;
        while (ok) {
            if (m_cancel && m_cancel->load())
                return fileError(path, tr("canceled"));
            const qint64 got = file.read(buffer.data(), buffer.size());
            if (got < 0)
                return fileError(path, tr("cannot be read: %1").arg(file.errorString()));
            if (got == 0)
                break;
            if (position + got > ReportTextReader::maxFileBytes) {
                return fileError(path, tr("the file grew beyond the %1 MiB limit while it "
                                          "was read")
                                           .arg(ReportTextReader::maxFileBytes / (1024 * 1024)));
            }
            const QByteArrayView chunk(buffer.constData(), got);
            if (m_hashingFiles)
                sha.addData(chunk);
            QByteArrayView utf8;
            ok = decoder.feed(chunk, &utf8);
            if (!ok)
                break;
            if (head.size() < yearHeadBytes)
                head += utf8.first(std::min(utf8.size(), yearHeadBytes - head.size()));
            scanner.feed(utf8);
            position += got;
            if (position > reported) {
                m_doneBytes += position - reported;
                reported = position;
            }
        }
        if (ok && position == 0) {
            // Counted, it would replace the counts of its year with zeros.
            return fileError(path, tr("the file is empty"));
        }
        QByteArrayView rest;
        if (ok)
            ok = decoder.finish(&rest);
        if (!ok) {
            if (mayFallBack) {
                utf8ErrorOffset = decoder.errorOffset();
                encoding = TextDecoder::Encoding::Gb18030;
                mayFallBack = false;
                continue;
            }
            if (utf8ErrorOffset >= 0)
                return TextDecoder::undecodableError(path, decoder.errorOffset(), utf8ErrorOffset);
            return TextDecoder::invalidBytesError(path, encoding, decoder.errorOffset());
        }
        scanner.finish();

        DocumentCounts document;
        document.document = QFileInfo(path).fileName();
        document.year = ReportTextReader::yearFromFileName(document.document);
        if (document.year == 0)
            document.year = ReportTextReader::yearFromText(QString::fromUtf8(head));
        if (m_hashingFiles)
            document.sha256 = QString::fromLatin1(sha.result().toHex());
        document.language = ReportTextReader::languageFor(scanner.hanCharacters(),
                                                          scanner.latinLetters());
        document.baseUnits = document.language == QLatin1String("zh") ? scanner.hanCharacters()
                                                                       : scanner.words();
        if (document.language == QLatin1String("zh")
            && ChineseScript::reportLooksTraditional(head))
            document.notes.append(ChineseScript::traditionalNote());
        const QList<qint64> counts = scanner.termCounts();
        if (termCounts) {
            *termCounts = counts;
            return document;
        }
        const QList<KeywordTerm> &terms = m_matcher.terms();
        document.counts.reserve(terms.size());
        for (qsizetype t = 0; t < terms.size(); ++t)
            document.counts.insert(terms.at(t).term, counts.at(t));
        return document;
    }
}

KeywordCounts CorpusCounter::count(const QStringList &paths)
{
    m_errors.clear();
    m_canceled = false;
    m_doneBytes = 0;
    KeywordCounts result;
    result.rule = countingRule();
    result.generator = generator();
    result.vocabulary = m_matcher.terms();

    const QStringList files = expandPaths(paths, &m_errors);
    qint64 totalBytes = 0;
    for (const QString &file : files)
        totalBytes += QFileInfo(file).size();
    const qsizetype fileCount = files.size();
    const int threads = int(std::clamp<qsizetype>(
        m_threadCount > 0 ? m_threadCount : QThread::idealThreadCount(), 1,
        std::max<qsizetype>(fileCount, 1)));
    // Workers may run this far ahead of the next document to hand over; this bounds what
    // waits in memory when one file is much larger than the others.
    const qsizetype window = 2 * threads;

    std::mutex mutex;
    std::condition_variable changed;
    qsizetype nextIndex = 0;
    qsizetype delivered = 0;
    bool stop = false;
    struct Counted
    {
        Result<DocumentCounts> document;
        QList<qint64> termCounts;
    };
    std::map<qsizetype, Counted> ready;
    auto worker = [&] {
        KeywordScanner scanner(m_matcher);
        QByteArray buffer;
        while (true) {
            qsizetype index = 0;
            {
                std::unique_lock<std::mutex> lock(mutex);
                changed.wait(lock, [&] { return stop || nextIndex < delivered + window; });
                if (stop || nextIndex >= fileCount)
                    return;
                index = nextIndex++;
            }
            QList<qint64> termCounts;
            Result<DocumentCounts> counted = countFile(
                files.at(index), scanner, buffer, m_documentHandler ? &termCounts : nullptr);
            {
                std::lock_guard<std::mutex> lock(mutex);
                ready.emplace(index, Counted{std::move(counted), std::move(termCounts)});
            }
            changed.notify_all();
        }
    };
    std::vector<std::thread> pool;
    for (int t = 0; t < threads && fileCount > 0; ++t)
        pool.emplace_back(worker);

    const auto canceled = [this] { return m_cancel && m_cancel->load(); };
    qint64 reportedBytes = -1;
    std::unique_lock<std::mutex> lock(mutex);
    while (delivered < fileCount) {
        changed.wait_for(lock, std::chrono::milliseconds(100),
                         [&] { return ready.count(delivered) > 0 || canceled(); });
        if (canceled()) {
            m_canceled = true;
            break;
        }
        for (auto it = ready.find(delivered); it != ready.end(); it = ready.find(delivered)) {
            Result<DocumentCounts> counted = std::move(it->second.document);
            const QList<qint64> termCounts = std::move(it->second.termCounts);
            ready.erase(it);
            if (canceled()) // a file cut short by the cancellation is no error
                break;
            ++delivered;
            lock.unlock();
            changed.notify_all();
            if (!counted)
                m_errors.append(counted.error());
            else if (m_documentHandler)
                m_documentHandler(files.at(delivered - 1), counted.value(), termCounts);
            else
                result.documents.append(std::move(counted).value());
            lock.lock();
        }
        const qint64 done = m_doneBytes;
        if (m_progress && done != reportedBytes) {
            reportedBytes = done;
            lock.unlock();
            m_progress(done, totalBytes);
            lock.lock();
        }
    }
    stop = true;
    lock.unlock();
    changed.notify_all();
    for (std::thread &thread : pool)
        thread.join();

    std::stable_sort(result.documents.begin(), result.documents.end(),
                     [](const DocumentCounts &a, const DocumentCounts &b) {
                         return a.year != b.year ? a.year < b.year : a.document < b.document;
                     });
    return result;
}

} // namespace Annals
