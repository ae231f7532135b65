#pragma once

#include "inputlimits.h"
#include "project.h"

#include <QString>

#include <optional>

namespace Annals {

/*!
 * \brief Checks a loaded project against the rules every reader enforces: years 1900–2100,
 * finite and (for amounts and counts) non-negative values, known source ids, unique ids and
 * keywords, ranges whose first year is not after the last.
 *
 * A project file can be well-formed and still hold values no reader would accept (a crafted
 * or hand-edited file); views must never see them.
 */
class ProjectValidator
{
public:
    /// The most keywords a project may hold (each adds three columns to the year table).
    static constexpr qsizetype maxKeywords = InputLimits::maxKeywords;

    /// The first problem as "field: message", e.g. "annotations[0].lastYear: …".
    static std::optional<std::pair<QString, QString>> check(const Project &project);
};

} // namespace Annals
