#pragma once

// Private to projectserializer.cpp (see boundedtextiarchive_p.h).

#include <QLatin1String>
#include <QString>

#include <cstdint>
#include <vector>

namespace Annals {

// The field being read, e.g. dataset.series[2].kind: names and indexes on a stack that costs
// no allocation per field or item (a million items are read in well under a second); the
// text is made only for an error message.
class FieldPath
{
public:
    FieldPath() { m_parts.reserve(16); }

    void push(const char *name) { m_parts.push_back({name, 0}); }
    void pushIndex(std::uint64_t index) { m_parts.push_back({nullptr, index}); }
    void pop() { m_parts.pop_back(); }

    QString toString() const
    {
        QString text;
        for (const Part &part : m_parts) {
            if (!part.name) {
                text += QLatin1Char('[') + QString::number(part.index) + QLatin1Char(']');
                continue;
            }
            if (!text.isEmpty())
                text += QLatin1Char('.');
            text += QLatin1String(part.name);
        }
        return text;
    }

private:
    struct Part
    {
        const char *name; // nullptr for an index
        std::uint64_t index;
    };
    std::vector<Part> m_parts;
};

} // namespace Annals
