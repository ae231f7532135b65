#pragma once

#include "series.h"

#include <QString>

namespace Annals {

/// What a target measures, e.g. GDP growth in %; named in both languages like a Series.
struct TargetIndicator
{
    QString id;
    QString nameEn;
    QString nameZh;
    QString unit; ///< a unit Annals knows, e.g. "%", "million persons"
    SeriesKind kind = SeriesKind::Percent;
    QString description;

    /// "English (中文)", or whichever of the two exists.
    QString displayName() const;

    bool operator==(const TargetIndicator &other) const = default;
};

} // namespace Annals
