#include "projectpayload.h"

#include <functional>

namespace AnnalsFuzz {

namespace {

// Thrown inside parse() only, where the first value that does not fit the layout ends it.
struct Stop
{};

// A count larger than this is not followed item by item: the archive refuses it anyway.
constexpr std::uint64_t maxFollowedItems = 100000;

} // namespace

class ProjectPayload::Reader
{
public:
    Reader(const QByteArray &payload, ProjectPayload &result) : m_data(payload), m_out(result) {}

    void archiveHeader()
    {
        // "22 serialization::archive 18 ": a text of 22 bytes, then the library version.
        text();
        number(NumberKind::Version);
    }

    void project()
    {
        number(NumberKind::Version);
        dataset();
        list([this] { reportTextRef(); });
        list([this] { annotation(); });
        viewState();
    }

    bool atEnd()
    {
        skipSpace();
        return m_pos == m_data.size();
    }

private:
    void skipSpace()
    {
        while (m_pos < m_data.size()
               && (m_data[m_pos] == ' ' || m_data[m_pos] == '\n' || m_data[m_pos] == '\t'
                   || m_data[m_pos] == '\r')) {
            ++m_pos;
        }
    }

    // One number token; returns its value when it is a plain unsigned decimal.
    std::optional<std::uint64_t> number(NumberKind kind)
    {
        skipSpace();
        const qsizetype begin = m_pos;
        while (m_pos < m_data.size() && m_data[m_pos] != ' ' && m_data[m_pos] != '\n')
            ++m_pos;
        if (m_pos == begin)
            throw Stop{};
        m_out.m_numbers.push_back({{begin, m_pos}, kind});
        std::uint64_t value = 0;
        for (qsizetype i = begin; i < m_pos; ++i) {
            const char c = m_data[i];
            if (c < '0' || c > '9' || value > (UINT64_MAX - 9) / 10)
                return std::nullopt;
            value = value * 10 + std::uint64_t(c - '0');
        }
        return value;
    }

    void text()
    {
        const auto length = number(NumberKind::Count);
        const Range lengthRange = m_out.m_numbers.back().range;
        // One separating space, then exactly length bytes.
        if (!length || m_pos >= m_data.size()
            || *length > std::uint64_t(m_data.size() - m_pos - 1)) {
            throw Stop{};
        }
        ++m_pos;
        const Range content{m_pos, m_pos + qsizetype(*length)};
        m_pos = content.end;
        m_out.m_texts.push_back({lengthRange, content});
    }

    void list(const std::function<void()> &item, bool isHash = false)
    {
        const auto count = number(NumberKind::Count);
        if (!count || *count > maxFollowedItems)
            throw Stop{};
        // Items are appended after nested collections, so the slot is reserved first.
        const std::size_t slot = m_out.m_collections.size();
        m_out.m_collections.push_back({qsizetype(m_out.m_numbers.size() - 1), {}, isHash});
        std::vector<Range> items;
        for (std::uint64_t i = 0; i < *count; ++i) {
            skipSpace();
            const qsizetype begin = m_pos;
            item();
            items.push_back({begin, m_pos});
        }
        m_out.m_collections[slot].items = std::move(items);
    }

    void texts() { list([this] { text(); }); }

    void optionalDouble()
    {
        if (number(NumberKind::Flag).value_or(0) == 1)
            number(NumberKind::DoubleBits);
    }

    void dataset()
    {
        number(NumberKind::Version);
        // DatasetInfo
        number(NumberKind::Version);
        for (int i = 0; i < 6; ++i)
            text();
        texts();
        list([this] { // Source
            number(NumberKind::Version);
            for (int i = 0; i < 5; ++i)
                text();
        });
        list([this] { series(); });
        keywordCounts();
    }

    void series()
    {
        number(NumberKind::Version);
        for (int i = 0; i < 4; ++i)
            text();
        number(NumberKind::Enum);
        text();
        list([this] { // Observation
            number(NumberKind::Version);
            number(NumberKind::Integer);
            optionalDouble();
            number(NumberKind::Enum);
            for (int i = 0; i < 3; ++i)
                text();
            texts();
        });
    }

    void keywordCounts()
    {
        number(NumberKind::Version);
        text();
        text();
        list([this] { // KeywordTerm
            number(NumberKind::Version);
            text();
            text();
            texts();
            text();
        });
        list([this] { // DocumentCounts
            const auto version = number(NumberKind::Version);
            number(NumberKind::Integer);
            for (int i = 0; i < 3; ++i)
                text();
            number(NumberKind::Integer);
            list(
                [this] {
                    text();
                    number(NumberKind::Integer);
                },
                true);
            if (version.value_or(0) >= 2)
                texts();
        });
    }

    void reportTextRef()
    {
        number(NumberKind::Version);
        text();
        text();
        number(NumberKind::Integer);
        for (int i = 0; i < 3; ++i)
            text();
        number(NumberKind::Integer);
        text();
    }

    void annotation()
    {
        number(NumberKind::Version);
        number(NumberKind::Integer);
        number(NumberKind::Integer);
        for (int i = 0; i < 3; ++i)
            text();
    }

    void viewState()
    {
        number(NumberKind::Version);
        for (int i = 0; i < 3; ++i)
            number(NumberKind::Integer);
        texts();
        number(NumberKind::Enum);
        texts();
        texts();
        number(NumberKind::Flag);
        text();
        text();
    }

    const QByteArray &m_data;
    ProjectPayload &m_out;
    qsizetype m_pos = 0;
};

ProjectPayload ProjectPayload::parse(const QByteArray &payload)
{
    ProjectPayload result;
    Reader reader(payload, result);
    try {
        reader.archiveHeader();
        reader.project();
        result.m_complete = reader.atEnd();
    } catch (const Stop &) {
        // What was read so far stays usable for mutations.
    }
    return result;
}

} // namespace AnnalsFuzz
