#pragma once

#include <QString>

#include <optional>

namespace Annals {

/// A planning period such as China's 11th Five-Year Plan (2006–2010).
struct Period
{
    int plan = 0; ///< the plan's number, 1 for the first
    QString nameEn;
    QString nameZh;
    int firstYear = 0;
    int lastYear = 0;
    std::optional<double> rdIntensityTargetPct; ///< R&D / GDP by the last year, %
    QString targetSource; ///< URL or document of the R&D-intensity target
    QString note;

    bool contains(int year) const { return year >= firstYear && year <= lastYear; }
    /// "English (中文)", or whichever of the two exists.
    QString displayName() const;
    /// The name in the language of the loaded translation (as Series::localName()), or
    /// whichever of the two exists.
    QString localName() const;

    bool operator==(const Period &other) const = default;
};

} // namespace Annals
