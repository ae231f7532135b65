#pragma once

#include <QRectF>
#include <QString>

namespace Annals {

/// A label drawn over a chart's plot: a marker's, on its plate, or a series break's.
struct MarkerLabel
{
    QString text; ///< as drawn: the marker's label, its short label, or either elided
    QRectF rect;  ///< in chart coordinates: the plate, or the break label
    QRectF band;  ///< the marker's band as drawn; empty for a break
};

} // namespace Annals
