#include "figuretransform.h"

#include <algorithm>
#include <cmath>

namespace Annals {

namespace {

bool breakBetween(const QList<int> &breaks, int a, int b)
{
    const int from = std::min(a, b);
    const int to = std::max(a, b);
    return std::any_of(breaks.cbegin(), breaks.cend(),
                       [&](int year) { return year > from && year <= to; });
}

} // namespace

FigureTransform::Values FigureTransform::apply(const Values &values, int firstYear,
                                               const QList<int> &breaks, Mode mode, int baseYear)
{
    if (mode == Mode::Absolute)
        return values;
    Values result(values.size());
    if (mode == Mode::Index) {
        const qsizetype base = qsizetype(baseYear) - firstYear;
        if (base < 0 || base >= values.size() || !values.at(base) || *values.at(base) <= 0)
            return result;
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (values.at(i) && !breakBetween(breaks, baseYear, firstYear + int(i)))
                result[i] = *values.at(i) / *values.at(base) * 100.0;
        }
        return result;
    }
    for (qsizetype i = 1; i < values.size(); ++i) {
        const std::optional<double> &previous = values.at(i - 1);
        const int year = firstYear + int(i);
        if (values.at(i) && previous && *previous != 0 && !breaks.contains(year))
            result[i] = (*values.at(i) - *previous) / std::abs(*previous) * 100.0;
    }
    return result;
}

} // namespace Annals
