#pragma once

#include "targetevaluator.h"
#include "yearappendix.h"

#include <QCoreApplication>
#include <QString>

namespace Annals {

struct Project;

/// What the details panel shows below the figures of a year: a YearAppendix as HTML.
class DetailsAppendix
{
    Q_DECLARE_TR_FUNCTIONS(Annals::DetailsAppendix)

public:
    /// The plan period of \a year and its targets (judged by \a evaluator), annotations,
    /// the shown keywords in context, then the dataset's notes and caveats.
    static QString html(const Project &project, int year,
                        const TargetEvaluator &evaluator = TargetEvaluator());
    static QString html(const YearAppendix &appendix);
    /// The plan period (named, with its R&D-intensity target) and the year's targets with
    /// outcome, status, gap, verbatim phrase and source; empty when none.
    static QString targetsHtml(const YearAppendix &appendix);
    /// The dataset's description, caveats and keyword counting rule.
    static QString datasetNotes(const Project &project);
    static QString datasetNotes(const YearAppendix::DatasetNotes &notes);
};

} // namespace Annals
