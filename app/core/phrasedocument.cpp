#include "phrasedocument_p.h"

#include "keywordcontext.h"

#include <algorithm>
#include <bit>

namespace Annals::PhraseGrams {

namespace {

constexpr std::uint64_t wordBit = std::uint64_t(1) << 63;

bool isHan(char16_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
}

bool isAsciiAlnum(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isJoiner(char16_t c)
{
    return c == u' ' || c == u'-' || c == u'\'';
}

std::uint64_t mix(std::uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

std::uint64_t step(std::uint64_t h, std::uint64_t key)
{
    return mix(h * 0x9E3779B97F4A7C15ULL + key + 0x632BE59BD9B4E019ULL);
}

// Hash value 0 marks an empty slot of GramTable.
std::uint64_t finish(std::uint64_t h)
{
    return h == 0 ? 1 : h;
}

std::uint64_t keyOf(const Token &token, bool firstInGram)
{
    return firstInGram ? token.firstKey : token.key;
}

void tokenize(Document &document)
{
    const QString &text = document.normalized;
    const qsizetype size = text.size();
    const char16_t *data = reinterpret_cast<const char16_t *>(text.constData());
    std::vector<Token> &tokens = document.tokens;
    tokens.clear();
    tokens.reserve(size_t(size));
    for (qsizetype i = 0; i < size;) {
        const char16_t c = data[i];
        if (isHan(c)) {
            Token token;
            token.start = i;
            token.end = i + 1;
            token.key = token.firstKey = c;
            tokens.push_back(token);
            ++i;
            continue;
        }
        if (!isAsciiAlnum(c)) {
            ++i;
            continue;
        }
        qsizetype j = i;
        bool letter = false;
        std::uint64_t h = 0xcbf29ce484222325ULL;
        while (j < size && isAsciiAlnum(data[j])) {
            char16_t lower = data[j];
            if (lower >= u'A' && lower <= u'Z')
                lower = char16_t(lower + 32);
            letter = letter || lower >= u'a';
            h = (h ^ lower) * 0x100000001b3ULL;
            ++j;
        }
        // A number alone is no phrase: it breaks a run of words as punctuation does.
        if (letter) {
            Token token;
            token.start = i;
            token.end = j;
            token.word = true;
            token.firstKey = (mix(h) | wordBit);
            token.key = token.firstKey;
            if (i > 0)
                token.key = mix(token.firstKey ^ (std::uint64_t(data[i - 1]) << 48)) | wordBit;
            tokens.push_back(token);
        }
        i = j;
    }
    // Runs: Han characters side by side, or words one joiner apart.
    for (size_t t = tokens.size(); t-- > 0;) {
        Token &token = tokens[t];
        token.segmentEnd = qsizetype(t) + 1;
        if (t + 1 < tokens.size()) {
            const Token &next = tokens[t + 1];
            const bool joined = token.word
                                    ? next.word && next.start == token.end + 1
                                          && isJoiner(data[token.end])
                                    : !next.word && next.start == token.end;
            if (joined)
                token.segmentEnd = next.segmentEnd;
        }
    }
}

struct Slot
{
    std::uint64_t hash;
    int count;
    int first;
    int length;
    bool open; // has an extension with the same count: not closed
};

// Open addressing over the n-grams of one report; the hashes are already mixed.
class GramTable
{
public:
    explicit GramTable(size_t expected)
    {
        size_t capacity = std::bit_ceil(std::max<size_t>(expected * 2, 16));
        m_slots.assign(capacity, Slot{0, 0, 0, 0, false});
        m_mask = capacity - 1;
    }
    Slot &insert(std::uint64_t hash, int first, int length)
    {
        size_t i = size_t(hash) & m_mask;
        while (m_slots[i].hash != 0 && m_slots[i].hash != hash)
            i = (i + 1) & m_mask;
        Slot &slot = m_slots[i];
        if (slot.hash == 0)
            slot = Slot{hash, 0, first, length, false};
        ++slot.count;
        return slot;
    }
    Slot *find(std::uint64_t hash)
    {
        size_t i = size_t(hash) & m_mask;
        while (m_slots[i].hash != 0) {
            if (m_slots[i].hash == hash)
                return &m_slots[i];
            i = (i + 1) & m_mask;
        }
        return nullptr;
    }
    std::vector<Slot> &entries() { return m_slots; }

private:
    std::vector<Slot> m_slots;
    size_t m_mask = 0;
};

} // namespace

std::uint64_t gramHash(const Document &document, int first, int length)
{
    std::uint64_t h = 0;
    for (int k = 0; k < length; ++k)
        h = step(h, keyOf(document.tokens[size_t(first + k)], k == 0));
    return finish(h);
}

QString phraseText(const Document &document, int first, int length)
{
    const Token &begin = document.tokens[size_t(first)];
    const Token &end = document.tokens[size_t(first + length - 1)];
    QString text = document.normalized.mid(begin.start, end.end - begin.start);
    if (!begin.word)
        return text;
    // Words are compared without case; shown lower-cased, except acronyms (GDP, 5G).
    for (int k = 0; k < length; ++k) {
        const Token &token = document.tokens[size_t(first + k)];
        const qsizetype at = token.start - begin.start;
        const QString word = text.mid(at, token.end - token.start);
        if (word.size() < 2 || word.toUpper() != word)
            text.replace(at, word.size(), word.toLower());
    }
    return text;
}

void analyse(Document &document, int maxHanCharacters, int maxWords)
{
    document.normalized = KeywordContext::displayText(document.text, &document.mapping);
    tokenize(document);
    const std::vector<Token> &tokens = document.tokens;
    const int width = std::max(maxHanCharacters, maxWords) + 1;
    const size_t count = tokens.size();

    // grams[t * width + n - 1]: the n-gram from token t, up to one token longer than a
    // phrase may be, to tell whether a phrase only ever occurs inside a longer one.
    std::vector<std::uint64_t> grams(count * size_t(width), 0);
    size_t total = 0;
    for (size_t t = 0; t < count; ++t) {
        const int limit = std::min<qsizetype>((tokens[t].word ? maxWords : maxHanCharacters) + 1,
                                              tokens[t].segmentEnd - qsizetype(t));
        std::uint64_t h = 0;
        for (int n = 1; n <= limit; ++n) {
            h = step(h, keyOf(tokens[t + size_t(n) - 1], n == 1));
            grams[t * size_t(width) + size_t(n) - 1] = finish(h);
        }
        total += size_t(std::max(limit, 0));
    }

    GramTable table(total);
    for (size_t t = 0; t < count; ++t) {
        const int minimum = tokens[t].word ? 1 : 2;
        for (int n = minimum; n <= width; ++n) {
            const std::uint64_t h = grams[t * size_t(width) + size_t(n) - 1];
            if (h == 0)
                break;
            table.insert(h, int(t), n);
        }
    }
    // An n-gram whose every occurrence has the same neighbour is part of a longer phrase.
    for (Slot &slot : table.entries()) {
        if (slot.hash == 0)
            continue;
        const bool word = tokens[size_t(slot.first)].word;
        if (slot.length < (word ? 2 : 3))
            continue;
        const size_t first = size_t(slot.first);
        const size_t part = size_t(slot.length) - 2;
        for (const size_t start : {first, first + 1}) {
            Slot *shorter = table.find(grams[start * size_t(width) + part]);
            if (shorter && shorter->count == slot.count)
                shorter->open = true;
        }
    }

    document.hashes.clear();
    document.closed.clear();
    for (const Slot &slot : table.entries()) {
        if (slot.hash == 0)
            continue;
        const bool word = tokens[size_t(slot.first)].word;
        if (slot.length > (word ? maxWords : maxHanCharacters))
            continue;
        document.hashes.push_back(slot.hash);
        if (!slot.open)
            document.closed.push_back(Closed{slot.hash, slot.count, slot.first, slot.length});
    }
    std::sort(document.hashes.begin(), document.hashes.end());
    std::sort(document.closed.begin(), document.closed.end(),
              [](const Closed &a, const Closed &b) { return a.hash < b.hash; });
}

} // namespace Annals::PhraseGrams
