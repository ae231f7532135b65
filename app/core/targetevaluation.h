#pragma once

#include "targetoutcome.h"

#include <QString>

#include <optional>

namespace Annals {

/// How an outcome compares with its target (TargetEvaluator says exactly how it is decided).
enum class TargetStatus {
    Met,
    Near,    ///< "about" targets only: off, but within the analyst's tolerance
    Missed,
    NoTarget, ///< no numeric target that year
    Pending,  ///< a target, but no outcome yet
};

/// The stable identifier used in files: "met", "near", "missed", "no-target", "pending".
QString targetStatusId(TargetStatus status);
/// A translated, human-readable label.
QString targetStatusLabel(TargetStatus status);

/// A target's bound, outcome or gap as tables and exports write it: up to 12 significant
/// digits, empty for none.
QString targetNumberText(std::optional<double> value);

/// The judgement of one target: its status, the outcome judged and the gap.
struct TargetEvaluation
{
    TargetStatus status = TargetStatus::Pending;
    std::optional<TargetOutcome> outcome; ///< the outcome judged; empty when there is none
    std::optional<double> gap; ///< in the indicator's unit (percentage points for % targets)

    /// The value of the outcome judged, if any.
    std::optional<double> outcomeValue() const
    {
        return outcome ? std::optional<double>(outcome->value) : std::nullopt;
    }

    bool operator==(const TargetEvaluation &other) const = default;
};

} // namespace Annals
