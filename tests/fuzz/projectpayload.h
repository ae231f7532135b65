// The layout of a project payload, for the structure-aware mutator (fuzz_project_structured).
#pragma once

#include <QByteArray>

#include <cstdint>
#include <optional>
#include <vector>

namespace AnnalsFuzz {

/*!
 * \brief Where each value of a project payload sits, read the way resources/project-format.md
 * lays it out: numbers, texts (length, one space, bytes), lists and hashes (count, items).
 *
 * Independent of the archive code it tests: it knows the record layout, not Boost. parse()
 * gives nothing when the payload does not follow the layout up to its end; what was read up
 * to the first problem is still useful, so it is kept (complete() tells which).
 */
class ProjectPayload
{
public:
    enum class NumberKind { Version, Integer, Enum, Flag, DoubleBits, Count };

    struct Range
    {
        qsizetype begin = 0;
        qsizetype end = 0;
        qsizetype size() const { return end - begin; }
    };

    struct Number
    {
        Range range;
        NumberKind kind;
    };

    struct Text
    {
        Range length;  ///< the decimal length
        Range content; ///< the bytes after the separating space
    };

    /// A list, or a hash (whose items are key and value).
    struct Collection
    {
        qsizetype count; ///< index into numbers()
        std::vector<Range> items; ///< first byte of the item up to its last byte
        bool isHash = false;
    };

    static ProjectPayload parse(const QByteArray &payload);

    bool complete() const { return m_complete; }
    const std::vector<Number> &numbers() const { return m_numbers; }
    const std::vector<Text> &texts() const { return m_texts; }
    const std::vector<Collection> &collections() const { return m_collections; }

private:
    class Reader;

    std::vector<Number> m_numbers;
    std::vector<Text> m_texts;
    std::vector<Collection> m_collections;
    bool m_complete = false;
};

} // namespace AnnalsFuzz
