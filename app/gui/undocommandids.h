#pragma once

namespace Annals {

/// QUndoCommand ids, so that repeated edits of one kind merge into one undo step.
enum UndoCommandId {
    YearRangeCommandId = 1,
    TargetJudgementCommandId = 2,
};

} // namespace Annals
