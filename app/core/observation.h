#pragma once

#include "vintage.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Annals {

/// One figure for one year, as one source printed it.
struct Observation
{
    int year = 0;
    std::optional<double> value; ///< empty when the source gave only a growth rate
    Vintage vintage = Vintage::Actual;
    QString reportedGrowthPct; ///< growth as printed ("10", ">13", "negative"); may be empty
    QString sourceId;
    QString note;
    QStringList flags; ///< identifiers, see ObservationFlag

    /// False for rows kept for reference only (flag "do-not-chart") and rows without a value.
    bool isChartable() const;
    /// The reported growth as a number when the source printed an exact one.
    std::optional<double> reportedGrowthValue() const;

    bool operator==(const Observation &other) const = default;
};

} // namespace Annals
