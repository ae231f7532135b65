#include "reportdiff.h"

#include "keywordcontext.h"
#include "keywordmatcher.h"
#include "sentencesplitter.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace Annals {

namespace {

struct Sentence
{
    QString text;
    qsizetype offset = 0;
    qsizetype length = 0;
    std::vector<std::uint32_t> pairs; // sorted character pairs, for similarity
};

std::vector<Sentence> sentences(const QString &text)
{
    std::vector<Sentence> result;
    for (const SentenceSplitter::Span &span : SentenceSplitter::split(text)) {
        Sentence sentence;
        sentence.text = KeywordContext::displayText(QStringView(text).sliced(span.offset,
                                                                             span.length));
        if (sentence.text.isEmpty())
            continue;
        sentence.offset = span.offset;
        sentence.length = span.length;
        result.push_back(std::move(sentence));
    }
    return result;
}

void computePairs(Sentence &sentence)
{
    const QString &text = sentence.text;
    sentence.pairs.reserve(size_t(text.size()));
    for (qsizetype i = 0; i + 1 < text.size(); ++i)
        sentence.pairs.push_back(std::uint32_t(text.at(i).unicode()) << 16
                                 | text.at(i + 1).unicode());
    std::sort(sentence.pairs.begin(), sentence.pairs.end());
}

double similarity(const Sentence &a, const Sentence &b)
{
    if (a.pairs.empty() || b.pairs.empty())
        return a.text == b.text ? 1.0 : 0.0;
    size_t common = 0;
    for (size_t i = 0, j = 0; i < a.pairs.size() && j < b.pairs.size();) {
        if (a.pairs[i] == b.pairs[j]) {
            ++common;
            ++i;
            ++j;
        } else if (a.pairs[i] < b.pairs[j]) {
            ++i;
        } else {
            ++j;
        }
    }
    return 2.0 * double(common) / double(a.pairs.size() + b.pairs.size());
}

// Pairs of identical sentences, in order: a longest common subsequence.
std::vector<std::pair<int, int>> anchors(const std::vector<Sentence> &a,
                                         const std::vector<Sentence> &b)
{
    QHash<QString, int> ids;
    std::vector<int> x;
    std::vector<int> y;
    const auto id = [&ids](const QString &text) {
        auto it = ids.constFind(text);
        if (it == ids.constEnd())
            it = ids.insert(text, int(ids.size()));
        return it.value();
    };
    for (const Sentence &s : a)
        x.push_back(id(s.text));
    for (const Sentence &s : b)
        y.push_back(id(s.text));
    const size_t n = x.size();
    const size_t m = y.size();
    std::vector<std::pair<int, int>> result;
    if (n * m > 16 * 1024 * 1024 || n > 60000 || m > 60000) {
        // Too long for the table: each sentence takes its next occurrence, in order.
        QHash<int, std::vector<int>> positions;
        for (size_t j = 0; j < m; ++j)
            positions[y[j]].push_back(int(j));
        int next = 0;
        for (size_t i = 0; i < n; ++i) {
            const auto it = positions.constFind(x[i]);
            if (it == positions.constEnd())
                continue;
            const auto found = std::lower_bound(it->begin(), it->end(), next);
            if (found != it->end()) {
                result.emplace_back(int(i), *found);
                next = *found + 1;
            }
        }
        return result;
    }
    std::vector<std::uint16_t> lcs((n + 1) * (m + 1), 0);
    const auto at = [&](size_t i, size_t j) -> std::uint16_t & { return lcs[i * (m + 1) + j]; };
    for (size_t i = n; i-- > 0;) {
        for (size_t j = m; j-- > 0;) {
            at(i, j) = x[i] == y[j] ? std::uint16_t(at(i + 1, j + 1) + 1)
                                    : std::max(at(i + 1, j), at(i, j + 1));
        }
    }
    for (size_t i = 0, j = 0; i < n && j < m;) {
        if (x[i] == y[j]) {
            result.emplace_back(int(i), int(j));
            ++i;
            ++j;
        } else if (at(i + 1, j) >= at(i, j + 1)) {
            ++i;
        } else {
            ++j;
        }
    }
    return result;
}

AlignedSentence oldRow(const Sentence &s, int index, AlignedSentence::Status status)
{
    AlignedSentence row;
    row.status = status;
    row.oldIndex = index;
    row.oldText = s.text;
    row.oldOffset = s.offset;
    row.oldLength = s.length;
    return row;
}

void setNew(AlignedSentence &row, const Sentence &s, int index)
{
    row.newIndex = index;
    row.newText = s.text;
    row.newOffset = s.offset;
    row.newLength = s.length;
}

AlignedSentence newRow(const Sentence &s, int index)
{
    AlignedSentence row;
    row.status = AlignedSentence::Status::Added;
    setNew(row, s, index);
    return row;
}

// Between two anchors: pairs removed and added sentences in order, for the most similarity.
void alignGap(std::vector<Sentence> &a, int a0, int a1, std::vector<Sentence> &b, int b0,
              int b1, QList<AlignedSentence> &rows)
{
    const int n = a1 - a0;
    const int m = b1 - b0;
    if (n > 0 && m > 0) {
        for (int i = a0; i < a1; ++i) {
            if (a[size_t(i)].pairs.empty())
                computePairs(a[size_t(i)]);
        }
        for (int j = b0; j < b1; ++j) {
            if (b[size_t(j)].pairs.empty())
                computePairs(b[size_t(j)]);
        }
    }
    // Far apart in a long gap are not compared: it stays quadratic in the band only.
    const long long band = 80;
    const bool banded = (long long)n * m > 40000;
    std::vector<double> weight(size_t(n) * size_t(m), -1.0);
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < m; ++j) {
            if (banded && std::llabs((long long)i * m / std::max(n, 1) - j) > band)
                continue;
            const double s = similarity(a[size_t(a0 + i)], b[size_t(b0 + j)]);
            if (s >= ReportDiff::rewordedThreshold)
                weight[size_t(i) * size_t(m) + size_t(j)] = s;
        }
    }
    std::vector<double> best(size_t(n + 1) * size_t(m + 1), 0.0);
    const auto at = [&](int i, int j) -> double & {
        return best[size_t(i) * size_t(m + 1) + size_t(j)];
    };
    for (int i = n; i-- > 0;) {
        for (int j = m; j-- > 0;) {
            double value = std::max(at(i + 1, j), at(i, j + 1));
            const double w = weight[size_t(i) * size_t(m) + size_t(j)];
            if (w >= 0)
                value = std::max(value, w + at(i + 1, j + 1));
            at(i, j) = value;
        }
    }
    int i = 0;
    int j = 0;
    std::vector<int> pendingAdded;
    while (i < n || j < m) {
        const double w = i < n && j < m ? weight[size_t(i) * size_t(m) + size_t(j)] : -1.0;
        if (w >= 0 && at(i, j) == w + at(i + 1, j + 1)) {
            const Sentence &before = a[size_t(a0 + i)];
            const Sentence &after = b[size_t(b0 + j)];
            AlignedSentence row = oldRow(before, a0 + i, AlignedSentence::Status::Reworded);
            setNew(row, after, b0 + j);
            TextDiff::compare(row.oldText, row.newText, &row.removed, &row.added);
            row.oldNumbers = ReportDiff::numbers(row.oldText);
            row.newNumbers = ReportDiff::numbers(row.newText);
            rows.append(row);
            ++i;
            ++j;
        } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
            rows.append(oldRow(a[size_t(a0 + i)], a0 + i, AlignedSentence::Status::Removed));
            ++i;
        } else {
            rows.append(newRow(b[size_t(b0 + j)], b0 + j));
            ++j;
        }
    }
}

} // namespace

QString AlignedSentence::statusName(Status status)
{
    switch (status) {
    case Status::Same:
        return QStringLiteral("same");
    case Status::Added:
        return QStringLiteral("added");
    case Status::Removed:
        return QStringLiteral("removed");
    case Status::Reworded:
        return QStringLiteral("reworded");
    }
    return QString();
}

QList<AlignedSentence> ReportDiff::compare(const QString &oldText, const QString &newText)
{
    std::vector<Sentence> a = sentences(oldText);
    std::vector<Sentence> b = sentences(newText);
    QList<AlignedSentence> rows;
    int i = 0;
    int j = 0;
    std::vector<std::pair<int, int>> pairs = anchors(a, b);
    pairs.emplace_back(int(a.size()), int(b.size()));
    for (const auto &[x, y] : pairs) {
        alignGap(a, i, x, b, j, y, rows);
        if (x < int(a.size()) && y < int(b.size())) {
            AlignedSentence row = oldRow(a[size_t(x)], x, AlignedSentence::Status::Same);
            setNew(row, b[size_t(y)], y);
            rows.append(row);
        }
        i = x + 1;
        j = y + 1;
    }
    return rows;
}

QStringList ReportDiff::numbers(QStringView sentence)
{
    static const QRegularExpression pattern(QStringLiteral(
        "[0-9０-９]+(?:[.,．][0-9０-９]+)*\\s*(?:%|％|‰|个百分点|万亿|亿|万|倍)?(?:左右|以上|以内|以下)?"));
    QStringList result;
    QRegularExpressionMatchIterator it = pattern.globalMatch(sentence);
    while (it.hasNext())
        result.append(it.next().captured().trimmed());
    return result;
}

bool ReportDiff::mentions(const AlignedSentence &row, const KeywordMatcher &matcher)
{
    return !matcher.hits(row.oldText).isEmpty() || !matcher.hits(row.newText).isEmpty();
}

} // namespace Annals
