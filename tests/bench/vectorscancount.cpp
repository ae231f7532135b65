// annals-vectorscan-count: `annals count --format csv` with Vectorscan (Hyperscan) as the
// matching engine, for keyword-bench.sh. It answers one question: would a mature
// multi-literal matcher count the same keywords faster than Annals' own automaton?
//
// To compare like with like it does the work of `annals count` around the engine, with the
// same core code where that is not the engine: the same keywords file reader and keyword
// normalisation (KeywordPattern), the same file list and order (CorpusCounter::expandPaths),
// the same normalisation of the text (whitespace and zero-width characters removed, one space
// between two ASCII words; built on RemovedCharacters, as KeywordScanner is), the same year,
// base units and per_10k, and the same CSV shape, so that the two outputs can be compared
// byte for byte. Keywords are Vectorscan literals (hs_compile_lit_multi, caseless as Annals'
// byte classes are); the word boundaries of English keywords are checked on each match.
//
// What it leaves out (each makes it a little cheaper than annals count, none is the engine):
// files are read whole (not in 1 MiB chunks), only UTF-8 is accepted (no GB18030 fallback;
// a file that is not UTF-8 is an error), no traditional-script note, no groups (--group or
// NAME=A|B lines are refused), no progress messages.
//
// Usage: annals-vectorscan-count --keywords FILE [--threads N] [-o FILE] TEXTS_OR_DIRS...
// With -o the CSV is written as annals count writes it (SafeWriter), else to standard output.

#include "bytemasks_p.h"
#include "corpuscounter.h"
#include "keywordpattern.h"
#include "keywordsfilereader.h"
#include "removedcharacters.h"
#include "reporttextreader.h"
#include "safewriter.h"
#include "textdecoder.h"

#include <hs.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <charconv>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace Annals {

namespace {

bool isWordByte(uchar byte)
{
    return KeywordPattern::isWordByte(byte);
}

struct Pattern
{
    int length = 0; // bytes of the normalised keyword
    bool startBoundary = false;
    bool endBoundary = false;
};

struct Engine
{
    hs_database_t *database = nullptr;
    std::vector<Pattern> patterns; // one per term, id = term index
};

// The normalisation of KeywordScanner::normalize() for a whole text (no chunk edges).
QByteArray normalize(const QByteArray &text)
{
    const auto *data = reinterpret_cast<const uchar *>(text.constData());
    const qsizetype size = text.size();
    QByteArray normalized(size, Qt::Uninitialized);
    auto *out = reinterpret_cast<uchar *>(normalized.data());
    qsizetype o = 0;
    qsizetype i = 0;
    while (i < size) {
        const qsizetype start = i;
        i = RemovedCharacters::nextSpecialByte(data, i, size);
        if (i > start)
            std::memcpy(out + o, data + start, size_t(i - start));
        o += i - start;
        if (i >= size)
            break;
        if (data[i] == ' ' && i + 1 < size && isWordByte(data[i + 1]) && o > 0
            && isWordByte(out[o - 1])) {
            out[o++] = data[i++];
            continue;
        }
        bool space = false;
        int length = RemovedCharacters::length(data, i, size, true, &space);
        if (length == 0) {
            out[o++] = data[i++];
            continue;
        }
        bool sawSpace = space;
        i += length;
        while (i < size && (length = RemovedCharacters::length(data, i, size, true, &space)) > 0) {
            sawSpace = sawSpace || space;
            i += length;
        }
        if (i < size && sawSpace && o > 0 && isWordByte(out[o - 1]) && isWordByte(data[i]))
            out[o++] = ' ';
    }
    normalized.truncate(o);
    return normalized;
}

struct BaseUnits
{
    qint64 han = 0;
    qint64 letters = 0;
    qint64 words = 0;
};

// KeywordScanner::countBaseUnits() over a whole normalised text: Han characters
// (U+4E00-U+9FFF, told by the lead byte and the one after it), ASCII letters, word starts.
// The same SSE2 loop, so that neither tool pays more for this part.
BaseUnits countBaseUnits(const QByteArray &text)
{
    BaseUnits units;
    const auto *data = reinterpret_cast<const uchar *>(text.constData());
    const qsizetype size = text.size();
    if (size == 0)
        return units;
    auto pair = [&](uchar previous, uchar byte) {
        units.han += (uchar(previous - 0xE5) < 5) || (previous == 0xE4 && byte >= 0xB8);
        units.letters += uchar((byte | 0x20) - 'a') < 26;
        units.words += isWordByte(byte) && !isWordByte(previous);
    };
    pair(0, data[0]);
    qsizetype i = 1;
#ifdef __SSE2__
    using namespace ByteMasks;
    auto sum = [](__m128i counters) {
        const __m128i sums = _mm_sad_epu8(counters, _mm_setzero_si128());
        return qint64(_mm_cvtsi128_si64(sums)) + qint64(_mm_extract_epi16(sums, 4));
    };
    while (i + 16 <= size) {
        __m128i hanCounters = _mm_setzero_si128();
        __m128i letterCounters = _mm_setzero_si128();
        __m128i wordCounters = _mm_setzero_si128();
        for (int round = 0; round < 255 && i + 16 <= size; ++round, i += 16) {
            const __m128i current = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
            const __m128i previous = _mm_loadu_si128(
                reinterpret_cast<const __m128i *>(data + i - 1));
            const __m128i hanLead = _mm_or_si128(inRange(previous, 0xE5, 0xE9),
                                                 _mm_and_si128(equal(previous, 0xE4),
                                                               inRange(current, 0xB8, 0xFF)));
            const __m128i letter = inRange(_mm_or_si128(current, _mm_set1_epi8(0x20)), 'a', 'z');
            const __m128i wordStart = _mm_andnot_si128(wordBytes(previous), wordBytes(current));
            hanCounters = _mm_sub_epi8(hanCounters, hanLead);
            letterCounters = _mm_sub_epi8(letterCounters, letter);
            wordCounters = _mm_sub_epi8(wordCounters, wordStart);
        }
        units.han += sum(hanCounters);
        units.letters += sum(letterCounters);
        units.words += sum(wordCounters);
    }
#endif
    for (; i < size; ++i)
        pair(data[i - 1], data[i]);
    return units;
}

struct ScanContext
{
    const std::vector<Pattern> *patterns;
    const uchar *text;
    qsizetype size;
    qint64 *counts;
};

int onMatch(unsigned int id, unsigned long long, unsigned long long to, unsigned int,
            void *context)
{
    auto *scan = static_cast<ScanContext *>(context);
    const Pattern &pattern = (*scan->patterns)[id];
    const qsizetype end = qsizetype(to); // one past the match
    if (pattern.startBoundary) {
        const qsizetype start = end - pattern.length;
        if (start > 0 && isWordByte(scan->text[start - 1]))
            return 0;
    }
    if (pattern.endBoundary && end < scan->size && isWordByte(scan->text[end]))
        return 0;
    ++scan->counts[id];
    return 0;
}

QByteArray csvField(const QString &field)
{
    QByteArray bytes = field.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n')
        || bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

// As annals count: per 10,000 base units, two decimals, rounded half up exactly.
char *writePer10k(char *out, qint64 count, qint64 base)
{
    if (base <= 0)
        return out;
    const qint64 hundredths = (count * 2000000 + base) / (2 * base);
    out = std::to_chars(out, out + 24, hundredths / 100).ptr;
    *out++ = '.';
    *out++ = char('0' + hundredths % 100 / 10);
    *out++ = char('0' + hundredths % 10);
    return out;
}

struct Counted
{
    QByteArray rows;  // the CSV rows of one file
    QByteArray error; // or why it could not be counted
};

// Counts one file; \a scratch is the calling thread's Vectorscan scratch space.
Counted countFile(const QString &path, const Engine &engine, const QList<QByteArray> &terms,
                  hs_scratch_t *scratch)
{
    Counted result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = (path + QStringLiteral(": ") + file.errorString()).toUtf8();
        return result;
    }
    const QByteArray bytes = file.readAll();
    if (TextDecoder::firstInvalidUtf8(bytes) >= 0) {
        result.error = (path + QStringLiteral(": not UTF-8")).toUtf8();
        return result;
    }
    const QByteArray text = normalize(bytes);

    std::vector<qint64> counts(size_t(terms.size()), 0);
    ScanContext context{&engine.patterns, reinterpret_cast<const uchar *>(text.constData()),
                        text.size(), counts.data()};
    if (hs_scan(engine.database, text.constData(), unsigned(text.size()), 0, scratch, onMatch,
                &context)
        != HS_SUCCESS) {
        result.error = (path + QStringLiteral(": hs_scan failed")).toUtf8();
        return result;
    }

    const QString name = QFileInfo(path).fileName();
    int year = ReportTextReader::yearFromFileName(name);
    if (year == 0)
        year = ReportTextReader::yearFromText(
            QString::fromUtf8(bytes.first(std::min<qsizetype>(bytes.size(), 4096))));
    const BaseUnits units = countBaseUnits(text);
    const qint64 base = ReportTextReader::languageFor(units.han, units.letters)
                                == QLatin1String("zh")
                            ? units.han
                            : units.words;

    const QByteArray prefix = QByteArray::number(year) + ',' + csvField(name) + ',';
    QByteArray &rows = result.rows;
    for (qsizetype t = 0; t < terms.size(); ++t) {
        const qsizetype start = rows.size();
        rows.resize(start + prefix.size() + terms.at(t).size() + 64);
        char *out = rows.data() + start;
        std::memcpy(out, prefix.constData(), size_t(prefix.size()));
        out += prefix.size();
        std::memcpy(out, terms.at(t).constData(), size_t(terms.at(t).size()));
        out += terms.at(t).size();
        *out++ = ',';
        out = std::to_chars(out, out + 24, counts[size_t(t)]).ptr;
        *out++ = ',';
        out = writePer10k(out, counts[size_t(t)], base);
        *out++ = '\r';
        *out++ = '\n';
        rows.resize(out - rows.constData());
    }
    return result;
}

int fail(const QByteArray &message)
{
    std::fprintf(stderr, "annals-vectorscan-count: %s\n", message.constData());
    return 1;
}

int run(const QStringList &arguments)
{
    QStringList keywordFiles;
    QStringList inputs;
    QString outputPath;
    int threads = 0;
    for (qsizetype a = 1; a < arguments.size(); ++a) {
        const QString &argument = arguments.at(a);
        if (argument == QLatin1String("--keywords") && a + 1 < arguments.size())
            keywordFiles.append(arguments.at(++a));
        else if (argument == QLatin1String("--threads") && a + 1 < arguments.size())
            threads = arguments.at(++a).toInt();
        else if (argument == QLatin1String("-o") && a + 1 < arguments.size())
            outputPath = arguments.at(++a);
        else if (argument.startsWith(QLatin1Char('-')))
            return fail("usage: annals-vectorscan-count --keywords FILE [--threads N] "
                        "[-o FILE] TEXTS_OR_DIRS...");
        else
            inputs.append(argument);
    }
    QList<KeywordTerm> terms;
    for (const QString &path : keywordFiles) {
        if (Result<void> read = KeywordsFileReader::read(path, terms); !read)
            return fail(read.error().toString().toUtf8());
    }
    if (terms.isEmpty() || inputs.isEmpty())
        return fail("no keywords or no texts");

    Engine engine;
    std::vector<QByteArray> literals;
    QList<QByteArray> quotedTerms;
    for (const KeywordTerm &term : terms) {
        if (term.isGroup())
            return fail("groups are not supported: " + term.term.toUtf8());
        Result<KeywordPattern> parsed = KeywordPattern::parse(term.term);
        if (!parsed)
            return fail(parsed.error().toString().toUtf8());
        const KeywordPattern &pattern = parsed.value();
        const QByteArray &bytes = pattern.normalized();
        Pattern info;
        info.length = int(bytes.size());
        info.startBoundary = pattern.kind() == KeywordPattern::Kind::Word
                             && isWordByte(uchar(bytes.front()));
        info.endBoundary = pattern.needsEndBoundary();
        engine.patterns.push_back(info);
        literals.push_back(bytes);
        quotedTerms.append(csvField(term.term));
    }
    std::vector<const char *> expressions;
    std::vector<size_t> lengths;
    std::vector<unsigned> flags;
    std::vector<unsigned> ids;
    for (size_t p = 0; p < literals.size(); ++p) {
        expressions.push_back(literals[p].constData());
        lengths.push_back(size_t(literals[p].size()));
        flags.push_back(HS_FLAG_CASELESS);
        ids.push_back(unsigned(p));
    }
    hs_compile_error_t *compileError = nullptr;
    if (hs_compile_lit_multi(expressions.data(), flags.data(), ids.data(), lengths.data(),
                             unsigned(expressions.size()), HS_MODE_BLOCK, nullptr,
                             &engine.database, &compileError)
        != HS_SUCCESS) {
        const QByteArray message = QByteArray("hs_compile_lit_multi: ") + compileError->message;
        hs_free_compile_error(compileError);
        return fail(message);
    }
    hs_scratch_t *prototype = nullptr;
    if (hs_alloc_scratch(engine.database, &prototype) != HS_SUCCESS)
        return fail("hs_alloc_scratch failed");

    QList<Error> missing;
    const QStringList files = CorpusCounter::expandPaths(inputs, &missing);
    if (!missing.isEmpty())
        return fail(missing.first().toString().toUtf8());
    SafeWriter output(outputPath, files + keywordFiles);
    if (!outputPath.isEmpty()) {
        if (Result<void> opened = output.open(); !opened)
            return fail(opened.error().toString().toUtf8());
    }
    const auto write = [&](const QByteArray &bytes) {
        if (outputPath.isEmpty())
            std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        else
            output.write(bytes);
    };

    // As CorpusCounter: files in parallel, one per thread at a time, handed over in input
    // order, workers at most a window ahead of the output.
    const qsizetype fileCount = files.size();
    const int threadCount = int(
        std::clamp<qsizetype>(threads > 0 ? threads : QThread::idealThreadCount(), 1, fileCount));
    const qsizetype window = 2 * threadCount;
    std::mutex mutex;
    std::condition_variable changed;
    qsizetype nextIndex = 0;
    qsizetype delivered = 0;
    std::map<qsizetype, Counted> ready;
    auto worker = [&] {
        hs_scratch_t *scratch = nullptr;
        hs_clone_scratch(prototype, &scratch);
        while (true) {
            qsizetype index = 0;
            {
                std::unique_lock<std::mutex> lock(mutex);
                changed.wait(lock, [&] {
                    return nextIndex >= fileCount || nextIndex < delivered + window;
                });
                if (nextIndex >= fileCount)
                    break;
                index = nextIndex++;
            }
            Counted counted = countFile(files.at(index), engine, quotedTerms, scratch);
            {
                std::lock_guard<std::mutex> lock(mutex);
                ready.emplace(index, std::move(counted));
            }
            changed.notify_all();
        }
        hs_free_scratch(scratch);
    };
    std::vector<std::thread> pool;
    for (int t = 0; t < threadCount; ++t)
        pool.emplace_back(worker);

    write("year,document,keyword,count,per_10k\r\n");
    bool errors = false;
    std::unique_lock<std::mutex> lock(mutex);
    while (delivered < fileCount) {
        changed.wait(lock, [&] { return ready.count(delivered) > 0; });
        Counted counted = std::move(ready.at(delivered));
        ready.erase(delivered);
        ++delivered;
        lock.unlock();
        changed.notify_all();
        if (!counted.error.isEmpty()) {
            errors = true;
            std::fprintf(stderr, "annals-vectorscan-count: %s\n", counted.error.constData());
        } else {
            write(counted.rows);
        }
        lock.lock();
    }
    lock.unlock();
    for (std::thread &thread : pool)
        thread.join();
    hs_free_scratch(prototype);
    hs_free_database(engine.database);
    if (!outputPath.isEmpty()) {
        if (Result<void> committed = output.commit(); !committed)
            return fail(committed.error().toString().toUtf8());
    }
    return errors || std::fflush(stdout) != 0 ? 1 : 0;
}

} // namespace

} // namespace Annals

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return Annals::run(QCoreApplication::arguments());
}
