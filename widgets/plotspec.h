#pragma once

#include <QColor>
#include <QString>

namespace Annals {

enum class PlotStyle { Bars, Line, Points };
enum class PlotAxis { Primary, Secondary };

/// How a chart draws one model column (found by its YearTableRoles::ColumnId).
struct PlotSpec
{
    QString columnId;
    PlotStyle style = PlotStyle::Line;
    PlotAxis axis = PlotAxis::Primary;
    QColor color;
    QString legend;      ///< legend text; empty = the column's header
    bool dashed = false;
    /// The chart's relative view (index, % change) applies: a figure, not a growth rate.
    bool relative = false;

    bool operator==(const PlotSpec &other) const = default;
};

} // namespace Annals
