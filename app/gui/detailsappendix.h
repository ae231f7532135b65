#pragma once

#include "targetevaluator.h"

#include <QCoreApplication>
#include <QString>

namespace Annals {

struct Project;

/// What the details panel shows below the figures of a year.
class DetailsAppendix
{
    Q_DECLARE_TR_FUNCTIONS(Annals::DetailsAppendix)

public:
    /// The plan period of \a year and its targets (judged by \a evaluator), annotations,
    /// keywords in context, then the dataset's notes and caveats.
    static QString html(const Project &project, int year,
                        const TargetEvaluator &evaluator = TargetEvaluator());
    /// The plan period of \a year (named, with its R&D-intensity target) and the year's
    /// targets with outcome, status, gap, verbatim phrase and source; empty when none.
    static QString targetsHtml(const Project &project, int year,
                               const TargetEvaluator &evaluator);
    /// The dataset's description, caveats and keyword counting rule.
    static QString datasetNotes(const Project &project);
};

} // namespace Annals
