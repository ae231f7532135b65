#include "observation.h"

#include "observationflag.h"

namespace Annals {

bool Observation::isChartable() const
{
    return value.has_value() && !flags.contains(ObservationFlag::doNotChart());
}

std::optional<double> Observation::reportedGrowthValue() const
{
    bool ok = false;
    const double growth = reportedGrowthPct.trimmed().toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return growth;
}

} // namespace Annals
