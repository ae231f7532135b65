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
    /// Drawn instead of label where that is wider than the band (e.g. "十四五" for
    /// "第14个五年规划"). A marker with one keeps its label inside its band, elided if need
    /// be, so that neighbouring bands' labels never meet; one without may pass its band.
    QString shortLabel;

    bool operator==(const YearMarker &other) const = default;
};

} // namespace Annals
