#pragma once

namespace Annals {

/// QUndoCommand ids, so that repeated edits of one kind merge into one undo step.
enum UndoCommandId {
    YearRangeCommandId = 1,
    TargetJudgementCommandId = 2,
    /// Plus the chart's place: stepping one chart's index base year through the years.
    ChartBaseYearCommandId = 100,
};

} // namespace Annals
