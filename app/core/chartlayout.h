#pragma once

#include "figuretransform.h"

#include <QString>
#include <QStringList>

namespace Annals {

/*!
 * \brief One chart of the dashboard as the analyst arranged it: which chart, the series it
 * draws and whether it shows absolute values, an index or the change against the previous year.
 *
 * ViewState::charts lists them in the order shown; an empty list is the dataset's default
 * dashboard.
 */
struct ChartLayout
{
    /// The conventional charts of the embedded dataset; anything else is a chart of its own.
    static constexpr const char *spending = "spending";
    static constexpr const char *rdIntensity = "rd";
    static constexpr const char *keywords = "keywords";
    static constexpr const char *custom = "custom";

    /// spending, rd, keywords or custom.
    QString kind = QString::fromLatin1(custom);
    QString title; ///< the analyst's title; empty = the kind's, or the first series' name
    /// Year-table column ids the analyst put on the chart (beyond a conventional chart's own).
    QStringList columnIds;
    FigureTransform::Mode mode = FigureTransform::Mode::Absolute;
    int baseYear = 0; ///< index base year; 0 = the first shown year with a value

    bool isConventional() const { return kind != QLatin1String(custom); }
    bool operator==(const ChartLayout &other) const = default;
};

} // namespace Annals
