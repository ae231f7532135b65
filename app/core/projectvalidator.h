#pragma once

#include "inputlimits.h"
#include "project.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace Annals {

/*!
 * \brief Checks a loaded project against the rules every reader enforces (ObservationChecks,
 * KeywordChecks) and the limits of InputLimits: years 1900–2100, finite and (for amounts and
 * counts) non-negative values, known units fitting the series kind, no exact duplicate
 * observations, known source ids, unique ids and keywords, keyword counts from 0 to 2^53 for
 * keywords of the vocabulary only, colours as #rrggbb, name, keyword and gloss lengths, ranges
 * whose first year is not after the last.
 *
 * A project file can be well-formed and still hold values no reader would accept (a crafted
 * or hand-edited file); views must never see them, so the rules are exactly the readers'.
 */
class ProjectValidator
{
    Q_DECLARE_TR_FUNCTIONS(Annals::ProjectValidator)

public:
    /// The most keywords a project may hold (each adds three columns to the year table).
    static constexpr qsizetype maxKeywords = InputLimits::maxKeywords;

    /// The first problem, as an Error with its field (e.g. "annotations[0].lastYear") and no
    /// file.
    static Result<void> check(const Project &project);
};

} // namespace Annals
