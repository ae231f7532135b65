#pragma once

#include <QString>

namespace Annals {

/// Where a figure was seen: a document or web page.
struct Source
{
    QString id;        ///< unique within a dataset
    QString title;     ///< human-readable, e.g. "NBS: 2023 R&D communiqué"
    QString publisher; ///< may be empty
    QString url;       ///< may be empty for offline documents
    QString date;      ///< free text (ISO date preferred); may be empty

    bool operator==(const Source &other) const = default;
};

} // namespace Annals
