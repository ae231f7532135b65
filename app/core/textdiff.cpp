#include "textdiff.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace Annals {

namespace {

struct Token
{
    qsizetype start;
    qsizetype length;
};

bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

std::vector<Token> tokens(QStringView text)
{
    std::vector<Token> result;
    for (qsizetype i = 0; i < text.size();) {
        qsizetype j = i + 1;
        if (isWordChar(text.at(i))) {
            // A decimal number is one token: 5 → 5.5 is a changed number, not an insertion.
            while (j < text.size()
                   && (isWordChar(text.at(j))
                       || (text.at(j) == QLatin1Char('.') && j + 1 < text.size()
                           && text.at(j - 1).isDigit() && text.at(j + 1).isDigit())))
                ++j;
        } else if (text.at(i).isHighSurrogate() && j < text.size()) {
            ++j;
        }
        result.push_back(Token{i, j - i});
        i = j;
    }
    return result;
}

// Adjacent changed tokens become one span.
void appendSpan(QList<TextDiff::Span> *spans, const Token &token)
{
    if (!spans->isEmpty() && spans->last().start + spans->last().length == token.start) {
        spans->last().length += token.length;
        return;
    }
    spans->append(TextDiff::Span{token.start, token.length});
}

} // namespace

void TextDiff::compare(QStringView before, QStringView after, QList<Span> *removed,
                       QList<Span> *added)
{
    removed->clear();
    added->clear();
    const std::vector<Token> a = tokens(before);
    const std::vector<Token> b = tokens(after);
    const auto same = [&](size_t i, size_t j) {
        return before.sliced(a[i].start, a[i].length) == after.sliced(b[j].start, b[j].length);
    };
    // Common head and tail first: reworded sentences mostly differ in a few places.
    size_t head = 0;
    while (head < a.size() && head < b.size() && same(head, head))
        ++head;
    size_t tail = 0;
    while (tail < a.size() - head && tail < b.size() - head
           && same(a.size() - 1 - tail, b.size() - 1 - tail))
        ++tail;
    const size_t n = a.size() - head - tail;
    const size_t m = b.size() - head - tail;
    // lcs[i][j]: the longest common subsequence of a[head + i..] and b[head + j..].
    std::vector<std::uint32_t> lcs((n + 1) * (m + 1), 0);
    const auto at = [&](size_t i, size_t j) -> std::uint32_t & { return lcs[i * (m + 1) + j]; };
    for (size_t i = n; i-- > 0;) {
        for (size_t j = m; j-- > 0;) {
            at(i, j) = same(head + i, head + j) ? at(i + 1, j + 1) + 1
                                                : std::max(at(i + 1, j), at(i, j + 1));
        }
    }
    size_t i = 0;
    size_t j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && same(head + i, head + j)) {
            ++i;
            ++j;
        } else if (j < m && (i == n || at(i, j + 1) >= at(i + 1, j))) {
            appendSpan(added, b[head + j]);
            ++j;
        } else {
            appendSpan(removed, a[head + i]);
            ++i;
        }
    }
}

double TextDiff::similarity(QStringView a, QStringView b)
{
    if (a.size() < 2 || b.size() < 2)
        return a == b ? 1.0 : 0.0;
    const auto pairs = [](QStringView text) {
        std::vector<std::uint32_t> result;
        result.reserve(size_t(text.size()));
        for (qsizetype i = 0; i + 1 < text.size(); ++i)
            result.push_back(std::uint32_t(text.at(i).unicode()) << 16 | text.at(i + 1).unicode());
        std::sort(result.begin(), result.end());
        return result;
    };
    const std::vector<std::uint32_t> x = pairs(a);
    const std::vector<std::uint32_t> y = pairs(b);
    size_t common = 0;
    for (size_t i = 0, j = 0; i < x.size() && j < y.size();) {
        if (x[i] == y[j]) {
            ++common;
            ++i;
            ++j;
        } else if (x[i] < y[j]) {
            ++i;
        } else {
            ++j;
        }
    }
    return 2.0 * double(common) / double(x.size() + y.size());
}

} // namespace Annals
