#pragma once

// Private to projectserializer.cpp, the only translation unit of annals_core that sees Boost.
// Do not include it anywhere else: Boost must not leak into the rest of the code base.

#include "fieldpath_p.h"
#include "inputlimits.h"
#include "memorybuffer_p.h"

#include <QCoreApplication>
#include <QString>

#include <boost/archive/text_iarchive.hpp>
#include <boost/serialization/nvp.hpp>

#include <cstdint>
#include <istream>
#include <string>
#include <string_view>

namespace Annals {

/*
 * A Boost text input archive for untrusted bytes (RECIPE.md §8 and §11).
 *
 * Boost reads a length and allocates it before it looks at any data: a 436-byte text archive
 * announcing a 4 GB string made a release build reach 11.7 GB. This archive refuses every string
 * length and item count that could not fit into the bytes left (or exceeds an absolute cap)
 * before anything is allocated, and bounds what the items of a whole project may cost in
 * memory. It also remembers which field it is reading, so that an error can name it
 * ("dataset.series[2].observations[0].year").
 *
 * It reads from a MemoryBuffer holding the whole payload: bytesLeft() relies on in_avail()
 * being exact, and texts are decoded straight from the buffer.
 */
class BoundedTextIArchive : public boost::archive::text_iarchive_impl<BoundedTextIArchive>
{
    using Base = boost::archive::text_iarchive_impl<BoundedTextIArchive>;
    friend class boost::archive::detail::interface_iarchive<BoundedTextIArchive>;
    friend class boost::archive::basic_text_iarchive<BoundedTextIArchive>;
    friend class boost::archive::load_access;

public:
    // Thrown for input the archive refuses; caught in projectserializer.cpp, never further.
    struct Failure
    {
        QString message;
    };

    // stream reads from buffer; path names the field being read, and is left as it was when
    // reading failed.
    BoundedTextIArchive(MemoryBuffer &buffer, std::istream &stream, std::uint64_t cap,
                        FieldPath &path)
        : Base(stream, boost::archive::no_header), m_buffer(buffer), m_cap(cap), m_path(path)
    {
        // Boost reads its header in init(), which calls our load(std::string &): that needs
        // the members above, so the base class must not run it from its constructor.
        init();
    }

    std::uint64_t bytesLeft() const
    {
        const std::streamsize left = is.rdbuf()->in_avail();
        return left > 0 ? std::uint64_t(left) : 0;
    }

    // Items a whole project may hold, and the memory they may take (see InputLimits).
    static constexpr std::uint64_t maxItems = InputLimits::maxProjectItems;
    static constexpr std::uint64_t maxItemBytes = InputLimits::maxProjectItemBytes;
    // What a text costs beyond its characters: the allocation's header and the allocator's.
    static constexpr std::uint64_t textOverheadBytes = 32;

    // Every item takes at least one byte, so a count larger than the bytes left is a lie.
    // itemBytes: what one item takes in memory, its texts' characters aside.
    void checkCount(std::uint64_t count, std::uint64_t itemBytes)
    {
        if (count > m_cap || count > bytesLeft()) {
            fail(QCoreApplication::translate("Annals::ProjectSerializer",
                                             "a list of %1 items is announced, but only %2 "
                                             "bytes of data remain")
                     .arg(count)
                     .arg(bytesLeft()));
        }
        m_items += count;
        if (m_items > maxItems) {
            fail(QCoreApplication::translate("Annals::ProjectSerializer",
                                             "the project holds more than %1 items; Annals "
                                             "opens projects of at most %1")
                     .arg(maxItems));
        }
        chargeMemory(count * itemBytes); // count <= m_cap: no overflow
    }

    // Counts bytes against maxItemBytes.
    void chargeMemory(std::uint64_t bytes)
    {
        m_itemBytes += bytes;
        if (m_itemBytes > maxItemBytes) {
            fail(QCoreApplication::translate("Annals::ProjectSerializer",
                                             "the project's items need more than %1 MiB of "
                                             "memory; Annals opens projects whose items need "
                                             "at most %1 MiB")
                     .arg(maxItemBytes / (1024 * 1024)));
        }
    }

    // A text's length and bytes, as a view of the payload valid while it is being loaded.
    std::string_view loadText()
    {
        std::uint64_t size = 0;
        *this >> size;
        // The length is followed by one separating space, then the bytes.
        if (size > m_cap || size >= bytesLeft()) {
            fail(QCoreApplication::translate("Annals::ProjectSerializer",
                                             "a text of %1 bytes is announced, but only %2 "
                                             "bytes of data remain")
                     .arg(size)
                     .arg(bytesLeft() > 0 ? bytesLeft() - 1 : 0));
        }
        is.get();
        if (size > 0)
            chargeMemory(textOverheadBytes);
        return m_buffer.take(std::size_t(size));
    }

    [[noreturn]] void fail(const QString &message) { throw Failure{message}; }

    [[noreturn]] void failAt(const char *field, const QString &message)
    {
        m_path.push(field);
        fail(message);
    }

    void enterIndex(std::uint64_t index) { m_path.pushIndex(index); }

    void leave() { m_path.pop(); }

protected:
    using Base::load;
    using Base::load_override;

    // Replaces Boost's load(std::string &), which resizes to whatever length the file claims.
    void load(std::string &text) { text = loadText(); }

    // Records the field name; on an exception the path stays as it was, naming the field.
    template<class T>
    void load_override(const boost::serialization::nvp<T> &field)
    {
        m_path.push(field.name());
        load_override(field.value());
        m_path.pop();
    }

private:
    MemoryBuffer &m_buffer;
    std::uint64_t m_cap;
    std::uint64_t m_items = 0;
    std::uint64_t m_itemBytes = 0;
    FieldPath &m_path;
};

} // namespace Annals
