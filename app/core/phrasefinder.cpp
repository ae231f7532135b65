#include "phrasefinder.h"

#include "keywordcontext.h"
#include "phrasedocument_p.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <numeric>

namespace Annals {

using PhraseGrams::Closed;
using PhraseGrams::Document;

namespace {

constexpr int shardBits = 6;
constexpr int shardCount = 1 << shardBits;

struct Candidate
{
    std::uint64_t hash = 0;
    int count = 0;
    int first = 0;
    int length = 0;
    int otherYears = 0; ///< later years (new) or earlier years (dropped) that use it
    std::uint64_t documents = 0; ///< bit d: document d has it (when there are at most 64)
};

struct Marked
{
    std::uint64_t hash;
    int otherYears;
    std::uint64_t documents;
};

// What one shard of the hash space says about the documents: per document, the n-grams
// seen there first and those seen there last.
struct ShardResult
{
    std::vector<std::vector<Marked>> fresh;
    std::vector<std::vector<Marked>> last;
};

bool ranksBefore(const Candidate &a, const Candidate &b)
{
    if (a.otherYears != b.otherYears)
        return a.otherYears > b.otherYears;
    if (a.count != b.count)
        return a.count > b.count;
    return a.first < b.first;
}

} // namespace

struct PhraseIndex
{
    PhraseOptions options;
    std::vector<Document> documents; // by year, then path
    QList<int> years;
    std::vector<std::vector<Candidate>> fresh;   // per document, ranked
    std::vector<std::vector<Candidate>> dropped; // per document (the one before Y), ranked
};

PhraseFinder::PhraseFinder() = default;
PhraseFinder::~PhraseFinder() = default;
PhraseFinder::PhraseFinder(PhraseFinder &&) noexcept = default;
PhraseFinder &PhraseFinder::operator=(PhraseFinder &&) noexcept = default;

void PhraseFinder::build(const QList<ReportText> &reports, const PhraseOptions &options,
                         const Progress &progress, const std::atomic_bool *cancel)
{
    auto index = std::make_unique<PhraseIndex>();
    index->options = options;
    for (const ReportText &report : reports) {
        Document document;
        document.year = report.year;
        document.path = report.path;
        document.text = report.text;
        index->documents.push_back(std::move(document));
    }
    std::stable_sort(index->documents.begin(), index->documents.end(),
                     [](const Document &a, const Document &b) {
                         return a.year != b.year ? a.year < b.year : a.path < b.path;
                     });
    std::vector<Document> &documents = index->documents;
    for (const Document &document : documents) {
        if (index->years.isEmpty() || index->years.last() != document.year)
            index->years.append(document.year);
    }
    const int total = int(documents.size()) + 2;
    const auto cancelled = [cancel] { return cancel && cancel->load(); };

    // Our own pool: build() may itself run on a thread of the global pool.
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    std::atomic_int done = 0;
    QtConcurrent::blockingMap(&pool, documents, [&](Document &document) {
        if (cancelled())
            return;
        PhraseGrams::analyse(document, options.maxHanCharacters, options.maxWords);
        const int finished = ++done;
        if (progress)
            progress(finished, total);
    });
    if (cancelled())
        return;

    // Which years use each n-gram: the hash space is cut into shards, each merged alone.
    const int documentCount = int(documents.size());
    const int lastYear = index->years.isEmpty() ? 0 : index->years.last();
    std::vector<ShardResult> shards(shardCount);
    std::vector<int> shardIds(shardCount);
    std::iota(shardIds.begin(), shardIds.end(), 0);
    QtConcurrent::blockingMap(&pool, shardIds, [&](int shard) {
        ShardResult &result = shards[size_t(shard)];
        result.fresh.resize(size_t(documentCount));
        result.last.resize(size_t(documentCount));
        const std::uint64_t low = std::uint64_t(shard) << (64 - shardBits);
        const std::uint64_t high = low + (std::uint64_t(1) << (64 - shardBits)) - 1;
        std::vector<std::pair<std::uint64_t, int>> entries;
        for (int d = 0; d < documentCount; ++d) {
            const std::vector<std::uint64_t> &hashes = documents[size_t(d)].hashes;
            auto it = std::lower_bound(hashes.begin(), hashes.end(), low);
            for (; it != hashes.end() && *it <= high; ++it)
                entries.emplace_back(*it, d);
        }
        std::sort(entries.begin(), entries.end());
        for (size_t i = 0; i < entries.size();) {
            size_t j = i;
            int years = 0;
            int previousYear = -1;
            for (; j < entries.size() && entries[j].first == entries[i].first; ++j) {
                const int year = documents[size_t(entries[j].second)].year;
                if (year != previousYear)
                    ++years;
                previousYear = year;
            }
            const int firstYear = documents[size_t(entries[i].second)].year;
            std::uint64_t mask = 0;
            for (size_t k = i; k < j && documentCount <= 64; ++k)
                mask |= std::uint64_t(1) << entries[k].second;
            for (size_t k = i; k < j; ++k) {
                const int d = entries[k].second;
                if (documents[size_t(d)].year != firstYear)
                    break;
                result.fresh[size_t(d)].push_back(Marked{entries[i].first, years - 1, mask});
            }
            if (previousYear != lastYear) {
                for (size_t k = j; k-- > i;) {
                    const int d = entries[k].second;
                    if (documents[size_t(d)].year != previousYear)
                        break;
                    result.last[size_t(d)].push_back(Marked{entries[i].first, years - 1, mask});
                }
            }
            i = j;
        }
    });
    if (progress)
        progress(total - 1, total);
    if (cancelled())
        return;

    // The closed n-grams of each document that are new there, or last seen there.
    index->fresh.resize(size_t(documentCount));
    index->dropped.resize(size_t(documentCount));
    std::vector<int> documentIds = std::vector<int>(size_t(documentCount));
    std::iota(documentIds.begin(), documentIds.end(), 0);
    QtConcurrent::blockingMap(&pool, documentIds, [&](int d) {
        const std::vector<Closed> &closed = documents[size_t(d)].closed;
        for (const bool fresh : {true, false}) {
            std::vector<Candidate> &out = fresh ? index->fresh[size_t(d)]
                                                : index->dropped[size_t(d)];
            auto it = closed.begin();
            for (const ShardResult &shard : shards) {
                const std::vector<Marked> &marked = fresh ? shard.fresh[size_t(d)]
                                                          : shard.last[size_t(d)];
                for (const Marked &m : marked) {
                    it = std::lower_bound(it, closed.end(), m.hash,
                                          [](const Closed &c, std::uint64_t h) {
                                              return c.hash < h;
                                          });
                    if (it == closed.end())
                        break;
                    if (it->hash == m.hash)
                        out.push_back(Candidate{m.hash, it->count, it->first, it->length,
                                                m.otherYears, m.documents});
                }
            }
            std::sort(out.begin(), out.end(), ranksBefore);
        }
    });
    if (progress)
        progress(total, total);
    if (cancelled())
        return;
    m_index = std::move(index);
}

QList<int> PhraseFinder::years() const
{
    return m_index ? m_index->years : QList<int>();
}

bool PhraseFinder::isEmpty() const
{
    return !m_index || m_index->documents.empty();
}

QList<PhraseRow> PhraseFinder::newPhrases(int year, const StopList &stopList, int top) const
{
    return rows(year, PhraseRow::Status::New, stopList, top);
}

QList<PhraseRow> PhraseFinder::droppedPhrases(int year, const StopList &stopList,
                                              int top) const
{
    return rows(year, PhraseRow::Status::Dropped, stopList, top);
}

QList<PhraseRow> PhraseFinder::rows(int year, PhraseRow::Status status,
                                    const StopList &stopList, int top) const
{
    QList<PhraseRow> result;
    if (!m_index)
        return result;
    const std::vector<Document> &documents = m_index->documents;
    const bool fresh = status == PhraseRow::Status::New;
    int sourceYear = year;
    if (!fresh) {
        const qsizetype at = m_index->years.indexOf(year);
        if (at <= 0)
            return result;
        sourceYear = m_index->years.at(at - 1);
    }

    // The candidates of the report(s) of that year, merged by rank.
    std::vector<std::pair<Candidate, int>> ranked;
    for (size_t d = 0; d < documents.size(); ++d) {
        if (documents[d].year != sourceYear)
            continue;
        for (const Candidate &c : fresh ? m_index->fresh[d] : m_index->dropped[d])
            ranked.emplace_back(c, int(d));
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return ranksBefore(a.first, b.first);
    });

    for (const auto &[candidate, d] : ranked) {
        if (top > 0 && result.size() >= top)
            break;
        const Document &document = documents[size_t(d)];
        const QString phrase = PhraseGrams::phraseText(document, candidate.first,
                                                       candidate.length);
        if (stopList.excludes(phrase))
            continue;
        PhraseRow row;
        row.year = year;
        row.phrase = phrase;
        row.status = status;
        row.count = candidate.count;
        row.reportPath = document.path;
        // Which documents hold it: known from the index up to 64 documents, else looked up.
        const bool masked = documents.size() <= 64;
        for (size_t o = 0; o < documents.size(); ++o) {
            const Document &other = documents[o];
            const bool wanted = fresh ? other.year > sourceYear : other.year <= sourceYear;
            if (!wanted || (!row.years.isEmpty() && row.years.last() == other.year))
                continue;
            const bool holds = masked ? (candidate.documents >> o & 1) != 0
                                      : std::binary_search(other.hashes.begin(),
                                                           other.hashes.end(), candidate.hash);
            if (holds)
                row.years.append(other.year);
        }
        const PhraseGrams::Token &begin = document.tokens[size_t(candidate.first)];
        const PhraseGrams::Token &end
            = document.tokens[size_t(candidate.first + candidate.length - 1)];
        row.offset = document.mapping.at(begin.start);
        row.length = document.mapping.at(end.end - 1) + 1 - row.offset;
        const auto [sentenceStart, sentenceLength]
            = KeywordContext::sentenceAround(document.text, row.offset, row.length);
        row.firstSentence = KeywordContext::displayText(
            QStringView(document.text).sliced(sentenceStart, sentenceLength));
        result.append(row);
    }
    return result;
}

} // namespace Annals
