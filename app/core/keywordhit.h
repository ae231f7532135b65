#pragma once

#include <QtGlobal>

namespace Annals {

/// Where a keyword was found: offsets into the original text (UTF-16 units of a QString, or
/// bytes for the raw hits of KeywordScanner).
struct KeywordHit
{
    int term = -1;         ///< index into the matcher's terms()
    qsizetype offset = 0;  ///< first unit of the match
    qsizetype length = 0;  ///< units up to the end of the match, whitespace inside included

    bool operator==(const KeywordHit &other) const = default;
};

} // namespace Annals
