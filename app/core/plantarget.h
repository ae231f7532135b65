#pragma once

#include "dataset.h"
#include "targetevaluator.h"

#include <QCoreApplication>
#include <QString>

#include <climits>
#include <optional>
#include <utility>

namespace Annals {

/*!
 * \brief A Five-Year Plan's R&D-intensity target against the outcome.
 *
 * The target is the dataset's target of the R&D-intensity indicator (indicatorId()) in the
 * plan's last year, judged by the same TargetEvaluator as the Targets view, so both show the
 * same status. A plan whose period carries a target the targets list lacks gets it from the
 * period, without an outcome (pending): the number is never looked up elsewhere.
 */
class PlanTarget
{
    Q_DECLARE_TR_FUNCTIONS(Annals::PlanTarget)

public:
    Period period;
    Target target;
    TargetEvaluation evaluation;
    QString indicatorName; ///< bilingual, from the dataset's target indicator

    /// The target indicator plans are judged on: R&D spending as % of GDP.
    static QString indicatorId() { return QStringLiteral("rd_intensity_pct"); }

    /// The plan's target and its judgement; nullopt when the plan has neither a target row
    /// nor a target in its period.
    static std::optional<PlanTarget> find(const Dataset &dataset, const Period &period,
                                          const TargetEvaluator &evaluator);
    /// The period numbered \a plan; nullptr when none.
    static const Period *plan(const Dataset &dataset, int plan);
    /*!
     * The period whose years, cut to \a known (the first and last years a project has), are
     * exactly \a fromYear–\a toYear (\a fromYear < \a toYear); nullptr when none. A plan
     * that starts before a project's first year is still that plan.
     */
    static const Period *planOfRange(const Dataset &dataset, int fromYear, int toYear,
                                     std::pair<int, int> known = {INT_MIN, INT_MAX});

    /// One sentence: "R&D intensity target 2.5% of GDP by 2020 (“phrase”); outcome 2.4%
    /// (final): missed, 0.1 points below."
    QString sentence() const;
};

} // namespace Annals
