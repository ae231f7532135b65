#pragma once

#include "dataset.h"
#include "result.h"

#include <QString>

namespace Annals {

/*!
 * Rules the extract reader and the project loader (ProjectValidator) apply to a dataset's
 * targets, target indicators and periods, so that a project never holds what an extract may
 * not. Field paths use the extract's names ("entries[3].low", "name.en"), under the prefixes
 * the caller gives.
 */
namespace TargetChecks {

// Each check gives the first problem as an Error with its field and no file.

/// Ids, names and units of target indicators: like series (ObservationChecks), ids unique.
Result<void> checkIndicators(const QList<TargetIndicator> &indicators, const QString &path);
/*!
 * Targets: a known indicator, a year 1900–2100, low and high as the kind needs them (about
 * and point: both, equal; at least: low only; at most: high only; range: low below high;
 * none: neither), finite numbers of at most 10^15 in magnitude, phrases and sources of at most
 * InputLimits::maxPhraseLength characters, one target per indicator and year, at most one
 * outcome per vintage.
 */
Result<void> checkTargets(const QList<Target> &targets, const QList<TargetIndicator> &indicators,
                          const QString &path);
/// Periods: plan numbers 1–9999 and unique, a name, years 1900–2100, first ≤ last, no two
/// periods sharing a year, an R&D-intensity target from 0 to 100 %.
Result<void> checkPeriods(const QList<Period> &periods, const QString &path);

/// The three above, with the extract's section names under \a prefix ("" or "dataset.").
Result<void> checkAll(const Dataset &dataset, const QString &prefix);

} // namespace TargetChecks

} // namespace Annals
