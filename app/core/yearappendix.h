#pragma once

#include "annotation.h"
#include "error.h"
#include "keywordcontext.h"
#include "period.h"
#include "plantarget.h"
#include "targetevaluator.h"
#include "targetreport.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Annals {

struct Project;

/*!
 * \brief What the details panel shows of a year beside its figures, as data: the plan period
 * with its R&D-intensity target, the year's targets judged, the annotations covering the
 * year, the shown keywords in context in the year's reports, and the dataset's notes.
 *
 * Built from the project alone; the details panel turns it into HTML (colours and links are
 * its business). Targets are judged by the evaluator given, so that they read as on the
 * Targets view.
 */
class YearAppendix
{
public:
    /// One target set for the year, judged.
    struct TargetLine
    {
        Target target;
        QString indicatorName; ///< Dataset::targetIndicatorName()
        QString unit;          ///< the indicator's; empty when the dataset lacks it
        TargetEvaluation evaluation;
        /// Where the verbatim phrase stands in an imported report; located only when the
        /// target has a phrase.
        std::optional<TargetReport> report;
    };

    /// One keyword hit with the line of the report it is on (1 for the first).
    struct ContextLine
    {
        KeywordContext context;
        int line = 0;
    };

    /// The shown keywords in context in one report counted for the year.
    struct ReportContexts
    {
        enum class State {
            TextMissing,    ///< the project has no text for the counted report
            TextUnreadable, ///< it has one, but it cannot be read (see error)
            NoHits,         ///< none of the shown keywords occurs in it
            Hits,
        };

        QString document; ///< the report's file name, as counted
        QString sha256;   ///< of its text
        State state = State::TextMissing;
        Error error;
        QList<ContextLine> contexts; ///< up to maxPerKeyword per keyword, by offset
    };

    /// What the dataset says about all its figures: the same for every year.
    struct DatasetNotes
    {
        QString description;
        QStringList caveats;
        QString keywordRule; ///< how the keyword counts were made; empty when unstated

        static DatasetNotes of(const Project &project);
    };

    int year = 0;
    std::optional<Period> plan; ///< the planning period holding the year
    /// The plan's R&D-intensity target against the outcome (PlanTarget::find()).
    std::optional<PlanTarget> planTarget;
    QList<TargetLine> targets; ///< in the dataset's order
    QList<Annotation> annotations; ///< those covering the year, in the project's order
    /*!
     * The keywords in context, per report counted for the year, in the counts' order. An
     * empty list: no report of the year was counted. nullopt when no keyword is asked for.
     */
    std::optional<QList<ReportContexts>> keywordContexts;
    DatasetNotes notes;

    /*!
     * The appendix of \a year (nothing but the notes for year 0, "no year"): targets judged
     * by \a evaluator; sentences holding \a keywords, at most \a maxPerKeyword per keyword
     * and report.
     */
    static YearAppendix build(const Project &project, int year,
                              const TargetEvaluator &evaluator, const QStringList &keywords,
                              int maxPerKeyword = 6);
};

} // namespace Annals
