#include "keywordmatcher.h"

#include "keywordchecks.h"
#include "keywordscanner.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <deque>

namespace Annals {

Result<KeywordMatcher> KeywordMatcher::create(const QList<KeywordTerm> &terms)
{
    if (terms.isEmpty())
        return Error::plain(tr("no keywords to count"));
    // The automaton grows with the keywords' total length; keep it to a size that builds in
    // a moment (the benchmark's 1,000 keywords take about 10 KB).
    qsizetype totalLength = 0;
    for (const KeywordTerm &term : terms)
        totalLength += KeywordChecks::lengthOf(term);
    if (terms.size() > maxTerms || totalLength > maxTotalLength) {
        return Error::plain(tr("%1 keywords of %2 characters in all; Annals counts at "
                               "most %3 keywords of %4 characters in all at once")
                                .arg(terms.size())
                                .arg(totalLength)
                                .arg(maxTerms)
                                .arg(maxTotalLength));
    }
    KeywordMatcher matcher;
    matcher.m_terms = terms;
    QHash<QByteArray, int> patternIds;
    QHash<QString, int> seenTerms;
    auto addPattern = [&](const QString &spec) -> Result<int> {
        Result<KeywordPattern> pattern = KeywordPattern::parse(spec);
        if (!pattern)
            return pattern.error();
        const KeywordPattern &value = pattern.value();
        const QByteArray key = value.normalized() + '\0' + char('0' + int(value.kind()))
                               + char('0' + int(value.isPrefix()));
        const auto it = patternIds.constFind(key);
        if (it != patternIds.constEnd())
            return it.value();
        const int id = int(matcher.m_patterns.size());
        patternIds.insert(key, id);
        matcher.m_patterns.push_back(value);
        return id;
    };
    for (int t = 0; t < terms.size(); ++t) {
        const KeywordTerm &term = terms.at(t);
        if (term.term.trimmed().isEmpty())
            return Error::atField(QString(), term.term, tr("the keyword is empty"));
        if (seenTerms.contains(term.term))
            return Error::atField(QString(), term.term, tr("the keyword is listed twice"));
        seenTerms.insert(term.term, t);
        if (!term.isGroup()) {
            Result<int> id = addPattern(term.term);
            if (!id)
                return Error::atField(QString(), term.term, id.error().message);
            matcher.m_termPattern.push_back(id.value());
            matcher.m_termGroup.push_back(-1);
            continue;
        }
        const int group = int(matcher.m_groupTerm.size());
        matcher.m_termPattern.push_back(-1);
        matcher.m_termGroup.push_back(group);
        matcher.m_groupTerm.push_back(t);
        std::vector<int> members;
        for (const QString &member : term.members) {
            Result<int> id = addPattern(member);
            if (!id) {
                return Error::atField(QString(), term.term,
                                      tr("member \"%1\": %2").arg(member, id.error().message));
            }
            if (std::find(members.begin(), members.end(), id.value()) == members.end())
                members.push_back(id.value());
        }
        matcher.m_patternGroups.resize(matcher.m_patterns.size());
        for (int id : members)
            matcher.m_patternGroups[size_t(id)].push_back(group);
    }
    const Error error = matcher.build();
    if (!error.message.isEmpty())
        return error;
    return matcher;
}

Error KeywordMatcher::build()
{
    const size_t patternCount = m_patterns.size();
    m_patternGroups.resize(patternCount);
    m_patternTerms.assign(patternCount, {});
    for (size_t t = 0; t < m_termPattern.size(); ++t) {
        if (m_termPattern[t] >= 0)
            m_patternTerms[size_t(m_termPattern[t])].push_back(int(t));
    }
    m_groupMaxLength.assign(m_groupTerm.size(), 0);
    for (size_t p = 0; p < patternCount; ++p) {
        const KeywordPattern &pattern = m_patterns[p];
        const int length = int(pattern.normalized().size());
        m_patternLength.push_back(length);
        m_maxPatternLength = std::max(m_maxPatternLength, length);
        std::uint8_t flags = 0;
        if (pattern.needsEndBoundary())
            flags |= EndBoundary;
        if (!m_patternGroups[p].empty())
            flags |= InGroup;
        m_patternFlags.push_back(flags);
        for (int group : m_patternGroups[p])
            m_groupMaxLength[size_t(group)] = std::max(m_groupMaxLength[size_t(group)], length);
    }

    // Byte classes: every byte that occurs in a keyword is its own class (upper-case ASCII
    // letters share the class of their lower-case letter); all other bytes fall into one of
    // two classes, letters/digits and the rest, because word starts depend on that.
    std::array<bool, 256> used{};
    for (const KeywordPattern &pattern : m_patterns) {
        for (const char byte : pattern.normalized())
            used[uchar(byte)] = true;
    }
    int classes = 0;
    std::array<int, 256> byteClass{};
    for (int byte = 0; byte < 256; ++byte) {
        if (used[size_t(byte)])
            byteClass[size_t(byte)] = classes++;
    }
    const int otherWord = classes++;
    const int otherNonWord = classes++;
    m_classIsWord.assign(size_t(classes), false);
    for (int byte = 0; byte < 256; ++byte) {
        const bool word = KeywordPattern::isWordByte(uchar(byte));
        int cls;
        if (byte >= 'A' && byte <= 'Z' && used[size_t(byte + 32)])
            cls = byteClass[size_t(byte + 32)];
        else if (used[size_t(byte)])
            cls = byteClass[size_t(byte)];
        else
            cls = word ? otherWord : otherNonWord;
        byteClass[size_t(byte)] = cls;
        m_classIsWord[size_t(cls)] = word;
    }
    m_classCount = classes;
    m_classShift = 0;
    while ((1 << m_classShift) < classes)
        ++m_classShift;
    for (int byte = 0; byte < 256; ++byte)
        m_byteClass[size_t(byte)] = std::uint16_t(byteClass[size_t(byte)]);

    // The trie over classes plus the word-start marker, then the Aho-Corasick goto function.
    const int symbols = classes + 1;
    const int marker = classes;
    std::vector<int> child(size_t(symbols), -1);
    std::vector<int> lastSymbol{-1};
    std::vector<std::vector<int>> outputs(1);
    for (size_t p = 0; p < patternCount; ++p) {
        int node = 0;
        const std::vector<int> marked = m_patterns[p].markedSymbols();
        m_maxDepth = std::max(m_maxDepth, int(marked.size()));
        for (const int symbol : marked) {
            const int s = symbol == KeywordPattern::wordStartMarker ? marker
                                                                    : byteClass[size_t(symbol)];
            int &next = child[size_t(node) * size_t(symbols) + size_t(s)];
            if (next < 0) {
                next = int(lastSymbol.size());
                lastSymbol.push_back(s);
                outputs.emplace_back();
                child.resize(child.size() + size_t(symbols), -1);
            }
            node = child[size_t(node) * size_t(symbols) + size_t(s)];
        }
        outputs[size_t(node)].push_back(int(p));
    }
    const size_t nodes = lastSymbol.size();
    std::vector<int> fail(nodes, 0);
    std::vector<int> &go = child; // completed in place into the full goto function
    std::deque<int> queue{0};
    while (!queue.empty()) {
        const int node = queue.front();
        queue.pop_front();
        if (node != 0) {
            const std::vector<int> &inherited = outputs[size_t(fail[size_t(node)])];
            outputs[size_t(node)].insert(outputs[size_t(node)].end(), inherited.begin(),
                                         inherited.end());
        }
        for (int s = 0; s < symbols; ++s) {
            int &target = go[size_t(node) * size_t(symbols) + size_t(s)];
            const int viaFail = node == 0
                                    ? 0
                                    : go[size_t(fail[size_t(node)]) * size_t(symbols)
                                         + size_t(s)];
            if (target >= 0) {
                fail[size_t(target)] = viaFail;
                queue.push_back(target);
            } else {
                target = viaFail;
            }
        }
    }

    // The automaton over the original text's classes: before a letter/digit that follows a
    // non-letter, the marker is read first. Root is split by whether the last byte read was
    // a letter/digit; every other node knows that from its last symbol.
    auto key = [](int node, bool lastWord) { return size_t(node) * 2 + (lastWord ? 1 : 0); };
    std::vector<int> index(nodes * 2, -1);
    std::vector<std::pair<int, bool>> states{{0, false}};
    index[key(0, false)] = 0;
    std::vector<std::vector<int>> transitions;
    for (size_t q = 0; q < states.size(); ++q) {
        const auto [node, lastWord] = states[q];
        std::vector<int> row(static_cast<size_t>(classes));
        for (int c = 0; c < classes; ++c) {
            const bool word = m_classIsWord[size_t(c)];
            int from = node;
            if (word && !lastWord)
                from = go[size_t(from) * size_t(symbols) + size_t(marker)];
            const int target = go[size_t(from) * size_t(symbols) + size_t(c)];
            const int last = lastSymbol[size_t(target)];
            const bool targetWord = target == 0 ? word : bool(m_classIsWord[size_t(last)]);
            int &slot = index[key(target, targetWord)];
            if (slot < 0) {
                slot = int(states.size());
                states.emplace_back(target, targetWord);
            }
            row[size_t(c)] = slot;
        }
        transitions.push_back(std::move(row));
    }

    // Accepting states go last so that one comparison tells whether to look for outputs;
    // among them, those with an output that needs a check per hit go very last.
    const size_t stateCount = states.size();
    auto rank = [&](size_t q) {
        const std::vector<int> &out = outputs[size_t(states[q].first)];
        if (out.empty())
            return 0;
        for (int p : out) {
            if (m_patternFlags[size_t(p)] != 0)
                return 2;
        }
        return 1;
    };
    std::vector<int> order;
    order.reserve(stateCount);
    size_t firstOfRank[3] = {0, 0, 0};
    for (int pass = 0; pass < 3; ++pass) {
        firstOfRank[pass] = order.size();
        for (size_t q = 0; q < stateCount; ++q) {
            if (rank(q) == pass)
                order.push_back(int(q));
        }
    }
    std::vector<int> renumbered(stateCount);
    for (size_t i = 0; i < stateCount; ++i)
        renumbered[size_t(order[i])] = int(i);
    if ((std::uint64_t(stateCount) << m_classShift) >= 0xFFFFFFFFull)
        return Error::plain(tr("the vocabulary is too large"));
    m_stateCount = int(stateCount);
    m_acceptFrom = std::uint32_t(firstOfRank[1] << m_classShift);
    m_checkFrom = std::uint32_t(firstOfRank[2] << m_classShift);
    m_next.assign(stateCount << m_classShift, 0);
    m_outputBegin.clear();
    m_outputs.clear();
    for (size_t i = 0; i < stateCount; ++i) {
        const std::vector<int> &row = transitions[size_t(order[i])];
        for (int c = 0; c < classes; ++c) {
            m_next[(i << m_classShift) + size_t(c)]
                = std::uint32_t(renumbered[size_t(row[size_t(c)])]) << m_classShift;
        }
        if (i >= firstOfRank[1]) {
            m_outputBegin.push_back(std::uint32_t(m_outputs.size()));
            for (int p : outputs[size_t(states[size_t(order[i])].first)])
                m_outputs.push_back(std::uint32_t(p));
        }
    }
    m_outputBegin.push_back(std::uint32_t(m_outputs.size()));
    m_next16.clear();
    if (stateCount <= 0x10000) {
        m_next16.reserve(m_next.size());
        for (const std::uint32_t next : m_next)
            m_next16.push_back(std::uint16_t(next >> m_classShift));
    }
    return Error();
}

QList<qint64> KeywordMatcher::count(QStringView text) const
{
    return countUtf8(text.toUtf8());
}

QList<qint64> KeywordMatcher::countUtf8(QByteArrayView utf8) const
{
    KeywordScanner scanner(*this);
    scanner.feed(utf8);
    scanner.finish();
    return scanner.termCounts();
}

QList<KeywordHit> KeywordMatcher::hits(const QString &text) const
{
    const QByteArray utf8 = text.toUtf8();
    KeywordScanner scanner(*this);
    scanner.setRecordHits(true);
    scanner.feed(utf8);
    scanner.finish();
    QList<KeywordHit> result = scanner.hits();
    std::sort(result.begin(), result.end(), [](const KeywordHit &a, const KeywordHit &b) {
        return a.offset != b.offset ? a.offset < b.offset
                                    : (a.length != b.length ? a.length < b.length
                                                            : a.term < b.term);
    });

    // Byte offsets to UTF-16 offsets, walking the text once: collect every offset, sort,
    // and convert in order.
    std::vector<std::pair<qsizetype, qsizetype *>> offsets;
    std::vector<qsizetype> ends(size_t(result.size()));
    for (qsizetype h = 0; h < result.size(); ++h) {
        KeywordHit &hit = result[h];
        ends[size_t(h)] = hit.offset + hit.length;
        offsets.emplace_back(hit.offset, &hit.offset);
        offsets.emplace_back(ends[size_t(h)], &ends[size_t(h)]);
    }
    std::sort(offsets.begin(), offsets.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    qsizetype byte = 0;
    qsizetype unit = 0;
    for (auto &[offset, target] : offsets) {
        while (byte < offset && unit < text.size()) {
            const char16_t c = text.at(unit).unicode();
            if (c < 0x80) {
                byte += 1;
            } else if (c < 0x800) {
                byte += 2;
            } else if (QChar::isHighSurrogate(c) && unit + 1 < text.size()
                       && text.at(unit + 1).isLowSurrogate()) {
                byte += 4;
                ++unit;
            } else {
                byte += 3;
            }
            ++unit;
        }
        *target = unit;
    }
    for (qsizetype h = 0; h < result.size(); ++h)
        result[h].length = ends[size_t(h)] - result[h].offset;
    return result;
}

} // namespace Annals
