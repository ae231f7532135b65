#pragma once

#include <utility>

namespace Annals {

/*!
 * \brief Value-axis ranges that QtCharts can always draw: finite, not empty, and small enough
 * that padding, nice numbers and powers of ten stay finite.
 *
 * QtCharts does not guard itself: a log axis given an infinite range (10^309 from a value of
 * 1.5e308) recursed without end. Readers refuse values above InputLimits::maxValueMagnitude,
 * but values computed from them (growth against a tiny base) can still be large.
 */
class AxisRange
{
public:
    /// The largest magnitude an axis shows; values beyond it are drawn clipped.
    static constexpr double maxMagnitude = 1e300;

    /// A linear range holding zero and [\a low, \a high], padded by 6%; {0, 1} when empty.
    /// Non-finite bounds (NaN, infinities) count as empty or are clamped.
    static std::pair<double, double> linear(double low, double high);
    /// True when QtCharts can be given [\a low, \a high].
    static bool isDrawable(double low, double high);
};

} // namespace Annals
