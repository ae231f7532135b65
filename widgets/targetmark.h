#pragma once

#include <QColor>
#include <QString>

#include <optional>

namespace Annals {

/// One year's target and outcome as TargetChart draws them.
struct TargetMark
{
    /// How the target is drawn: what it is.
    enum class Shape {
        None,    ///< no target: only the outcome
        About,   ///< a hollow circle, with whiskers for the tolerance
        Point,   ///< a hollow diamond
        Floor,   ///< "at least": a line with ticks upwards
        Ceiling, ///< "at most": a line with ticks downwards
        Band,    ///< a range: a box from low to high
    };

    int year = 0;
    Shape shape = Shape::None;
    std::optional<double> low;
    std::optional<double> high;
    double tolerance = 0; ///< About: how far off is still "near"
    std::optional<double> outcome;
    QColor outcomeColor; ///< the status's colour
    QString tooltip;     ///< phrase, source, status and gap

    bool operator==(const TargetMark &other) const = default;
};

} // namespace Annals
