#pragma once

#include <QList>

#include <optional>

namespace Annals {

/*!
 * \brief Relative views of a figure series: an index (base year = 100) or the % change against
 * the previous year, beside the absolute values.
 *
 * Works on one column of yearly values, so charts and exports can apply it to what they plot.
 * Neither view ever compares two years on different sides of a series break (see
 * Series::breaks): such a value is left out, as a gap.
 */
class FigureTransform
{
public:
    enum class Mode {
        Absolute,           ///< the values as they are
        Index,              ///< value / value in the base year × 100
        ChangeFromPrevious, ///< (value − previous year's) / |previous year's| × 100
    };

    /// Values of consecutive years from \a firstYear; a missing year is nullopt.
    using Values = QList<std::optional<double>>;

    /*!
     * \a values in \a mode. Index: empty where the base year has no value, where it is not
     * positive, or across a break from the base year. ChangeFromPrevious: empty where either
     * year has no value, the previous one is 0, or a break starts in the year.
     */
    static Values apply(const Values &values, int firstYear, const QList<int> &breaks, Mode mode,
                        int baseYear = 0);
};

} // namespace Annals
