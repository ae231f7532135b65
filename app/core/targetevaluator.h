#pragma once

#include "target.h"
#include "targetevaluation.h"
#include "viewstate.h"

namespace Annals {

/*!
 * \brief Judges targets against their outcomes.
 *
 * Which outcome: the preferred vintage, else the other releases in a fixed order.
 * FirstRelease judges first_release, else final, else revised; Revised judges revised, else
 * final, else first_release. ("final" is the R&D communiqué: later than a first release, not
 * a GDP revision.) TargetEvaluation::outcome says which one was judged.
 *
 * Status and gap, with outcome x (values compared after rounding the gap to 10^-6, so that
 * 6.9 − 7 is −0.1 and not −0.0999…):
 * - none: `no-target`, no gap (whatever the outcome);
 * - no outcome of any vintage: `pending`, no gap;
 * - about (low = high = t): gap = x − t; `met` when the gap is 0, `near` when |gap| ≤ the
 *   tolerance (default 0.2 points; "about" states none), else `missed` — above or below, the
 *   sign of the gap tells which;
 * - point (low = high = t): gap = x − t; `met` only when the gap is 0, else `missed`: a number
 *   without a qualifier is not read as a floor;
 * - at least (low): gap = min(0, x − low), `met` when x ≥ low (exactly at the floor is met);
 * - at most (high): gap = max(0, x − high), `met` when x ≤ high;
 * - range: gap = x − low below the band, x − high above it, 0 inside (ends included), `met`
 *   inside.
 * So for all but about and point the gap is the distance outside the band, floor or ceiling,
 * signed (negative below), and 0 when met.
 */
class TargetEvaluator
{
public:
    enum class Preference { FirstRelease, Revised };

    static constexpr double defaultTolerance = 0.2;

    explicit TargetEvaluator(Preference preference = Preference::FirstRelease,
                             double tolerance = defaultTolerance);
    /// Judging as a project's Targets view does: its vintage choice and tolerance.
    static TargetEvaluator judgingAs(const ViewState &view);

    Preference preference() const { return m_preference; }
    void setPreference(Preference preference) { m_preference = preference; }
    double tolerance() const { return m_tolerance; }
    /// Negative tolerances count as 0.
    void setTolerance(double tolerance);

    /// The outcome judged for \a target (see the class comment); nullptr when none.
    const TargetOutcome *judgedOutcome(const Target &target) const;
    TargetEvaluation evaluate(const Target &target) const;

private:
    Preference m_preference;
    double m_tolerance;
};

} // namespace Annals
