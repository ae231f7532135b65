#pragma once

// Private to projectserializer.cpp (see boundedtextiarchive_p.h).

#include <QByteArray>

#include <cstddef>
#include <streambuf>
#include <string_view>

namespace Annals {

// A read-only stream buffer over the payload without copying it. All of it sits in the get
// area, which makes in_avail() the exact number of bytes left, and lets a text be read as a
// view of the payload instead of a copy.
class MemoryBuffer : public std::streambuf
{
public:
    explicit MemoryBuffer(const QByteArray &bytes)
    {
        // Only read from: nothing writes through the get area, putback included.
        char *begin = const_cast<char *>(bytes.constData());
        setg(begin, begin, begin + bytes.size());
    }
    std::string_view rest() const { return {gptr(), std::size_t(egptr() - gptr())}; }
    qsizetype consumed() const { return gptr() - eback(); }

    // The next size bytes (the caller checked that they are there), which are then skipped.
    std::string_view take(std::size_t size)
    {
        const std::string_view bytes(gptr(), size);
        gbump(int(size)); // at most ProjectSerializer::maxFileBytes, far below INT_MAX
        return bytes;
    }
};

} // namespace Annals
