#include "axisrange.h"

#include <algorithm>
#include <cmath>

namespace Annals {

namespace {

double clamp(double value)
{
    return std::clamp(value, -AxisRange::maxMagnitude, AxisRange::maxMagnitude);
}

} // namespace

bool AxisRange::isDrawable(double low, double high)
{
    return std::isfinite(low) && std::isfinite(high) && low < high
           && std::abs(low) <= maxMagnitude * 1.1 && std::abs(high) <= maxMagnitude * 1.1;
}

std::pair<double, double> AxisRange::linear(double low, double high)
{
    if (std::isnan(low) || std::isnan(high) || low > high)
        return {0, 1};
    low = std::min(clamp(low), 0.0);
    high = std::max(clamp(high), 0.0);
    if (high == low)
        high = low + 1;
    // Halved before subtracting: high - low of two maxMagnitudes would still be finite, but
    // stay clear of the edge for the nice-number rounding that follows.
    const double pad = (high / 2 - low / 2) * 0.12;
    return {low < 0 ? low - pad : low, high + pad};
}

} // namespace Annals
