#pragma once

#include <QColor>
#include <QString>

namespace Annals {

/// An event drawn across charts: one year or a range of years, with a short label.
struct YearMarker
{
    int firstYear = 0;
    int lastYear = 0;
    QString label;
    QColor color;

    bool operator==(const YearMarker &other) const = default;
};

} // namespace Annals
