#include "targetevaluator.h"

#include <algorithm>
#include <cmath>

namespace Annals {

namespace {

// Figures carry one or two decimals; rounding the difference removes binary noise so that
// "exactly at the floor" and "exactly at the tolerance" are what they look like.
double rounded(double value)
{
    const double result = std::round(value * 1e6) / 1e6;
    return result == 0 ? 0.0 : result; // no "-0"
}

} // namespace

TargetEvaluator::TargetEvaluator(Preference preference, double tolerance)
    : m_preference(preference)
    , m_tolerance(std::max(0.0, tolerance))
{}

TargetEvaluator TargetEvaluator::judgingAs(const ViewState &view)
{
    return TargetEvaluator(view.judgeRevisedOutcomes ? Preference::Revised
                                                     : Preference::FirstRelease,
                           view.targetTolerance);
}

void TargetEvaluator::setTolerance(double tolerance)
{
    m_tolerance = std::isfinite(tolerance) ? std::max(0.0, tolerance) : defaultTolerance;
}

const TargetOutcome *TargetEvaluator::judgedOutcome(const Target &target) const
{
    const OutcomeVintage firstOrder[] = {OutcomeVintage::FirstRelease, OutcomeVintage::Final,
                                         OutcomeVintage::Revised};
    const OutcomeVintage revisedOrder[] = {OutcomeVintage::Revised, OutcomeVintage::Final,
                                           OutcomeVintage::FirstRelease};
    const OutcomeVintage *order = m_preference == Preference::FirstRelease ? firstOrder
                                                                           : revisedOrder;
    for (int i = 0; i < 3; ++i) {
        if (const TargetOutcome *outcome = target.outcome(order[i]))
            return outcome;
    }
    return nullptr;
}

TargetEvaluation TargetEvaluator::evaluate(const Target &target) const
{
    TargetEvaluation evaluation;
    if (const TargetOutcome *outcome = judgedOutcome(target))
        evaluation.outcome = *outcome;
    if (target.kind == TargetKind::None) {
        evaluation.status = TargetStatus::NoTarget;
        return evaluation;
    }
    if (!evaluation.outcome) {
        evaluation.status = TargetStatus::Pending;
        return evaluation;
    }
    const double x = evaluation.outcome->value;
    const double low = target.low.value_or(0);
    const double high = target.high.value_or(0);
    double gap = 0;
    switch (target.kind) {
    case TargetKind::None:
        break;
    case TargetKind::About:
    case TargetKind::Point:
        gap = rounded(x - low);
        break;
    case TargetKind::AtLeast:
        gap = std::min(0.0, rounded(x - low));
        break;
    case TargetKind::AtMost:
        gap = std::max(0.0, rounded(x - high));
        break;
    case TargetKind::Range:
        gap = x < low ? std::min(0.0, rounded(x - low))
                      : std::max(0.0, rounded(x - high));
        break;
    }
    evaluation.gap = gap;
    if (gap == 0)
        evaluation.status = TargetStatus::Met;
    else if (target.kind == TargetKind::About && std::abs(gap) <= m_tolerance + 1e-9)
        evaluation.status = TargetStatus::Near;
    else
        evaluation.status = TargetStatus::Missed;
    return evaluation;
}

} // namespace Annals
