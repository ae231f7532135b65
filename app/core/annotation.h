#pragma once

#include <QString>

namespace Annals {

/// An event the analyst marks on every chart, e.g. "2018 export controls on ZTE".
struct Annotation
{
    int firstYear = 0;
    int lastYear = 0; ///< equal to firstYear for a single year
    QString label;    ///< short, drawn on the charts
    QString note;     ///< longer text, shown in the details panel
    QString color;    ///< "#rrggbb"; empty = default

    bool covers(int year) const { return year >= firstYear && year <= lastYear; }
    bool operator==(const Annotation &other) const = default;
};

} // namespace Annals
