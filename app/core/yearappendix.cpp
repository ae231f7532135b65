#include "yearappendix.h"

#include "project.h"
#include "textlibrary.h"

#include <algorithm>

namespace Annals {

namespace {

int lineOf(const QString &text, qsizetype offset)
{
    return int(QStringView(text).left(offset).count(QLatin1Char('\n'))) + 1;
}

QList<YearAppendix::TargetLine> targetLines(const Project &project, int year,
                                            const TargetEvaluator &evaluator)
{
    const Dataset &dataset = project.dataset;
    QList<YearAppendix::TargetLine> lines;
    for (const Target &target : dataset.targets) {
        if (target.year != year)
            continue;
        YearAppendix::TargetLine line;
        line.target = target;
        line.indicatorName = dataset.targetIndicatorName(target.indicatorId);
        if (const TargetIndicator *indicator = dataset.targetIndicator(target.indicatorId))
            line.unit = indicator->unit;
        line.evaluation = evaluator.evaluate(target);
        if (!target.phrase.isEmpty())
            line.report = TargetReport::locate(project, target);
        lines.append(line);
    }
    return lines;
}

YearAppendix::ReportContexts reportContexts(const Project &project,
                                            const DocumentCounts &document,
                                            const QList<KeywordTerm> &terms, int maxPerKeyword)
{
    YearAppendix::ReportContexts report;
    report.document = document.document;
    report.sha256 = document.sha256;
    const ReportTextRef *ref = TextLibrary::refFor(project, document);
    if (!ref)
        return report; // TextMissing
    const Result<QString> text = TextLibrary::load(*ref);
    if (!text) {
        report.state = YearAppendix::ReportContexts::State::TextUnreadable;
        report.error = text.error();
        return report;
    }
    const Result<QList<KeywordContext>> contexts = KeywordContext::find(text.value(), terms,
                                                                        maxPerKeyword);
    if (!contexts || contexts.value().isEmpty()) {
        report.state = YearAppendix::ReportContexts::State::NoHits;
        return report;
    }
    report.state = YearAppendix::ReportContexts::State::Hits;
    for (const KeywordContext &context : contexts.value())
        report.contexts.append({context, lineOf(text.value(), context.offset)});
    return report;
}

QList<YearAppendix::ReportContexts> contextsOfYear(const Project &project, int year,
                                                const QStringList &keywords,
                                                int maxPerKeyword)
{
    QList<KeywordTerm> terms;
    for (const KeywordTerm &term : project.dataset.keywords.vocabulary) {
        if (keywords.contains(term.term))
            terms.append(term);
    }
    QList<YearAppendix::ReportContexts> reports;
    for (const DocumentCounts &document : project.dataset.keywords.documents) {
        if (document.year == year)
            reports.append(reportContexts(project, document, terms, maxPerKeyword));
    }
    return reports;
}

} // namespace

YearAppendix::DatasetNotes YearAppendix::DatasetNotes::of(const Project &project)
{
    const DatasetInfo &info = project.dataset.info;
    return {info.description, info.caveats, project.dataset.keywords.rule};
}

YearAppendix YearAppendix::build(const Project &project, int year,
                                 const TargetEvaluator &evaluator, const QStringList &keywords,
                                 int maxPerKeyword)
{
    YearAppendix appendix;
    appendix.year = year;
    appendix.notes = DatasetNotes::of(project);
    if (year == 0)
        return appendix;
    const Dataset &dataset = project.dataset;
    if (const Period *plan = dataset.periodOf(year)) {
        appendix.plan = *plan;
        // Judged like the Targets view: the same target row, vintage and tolerance.
        appendix.planTarget = PlanTarget::find(dataset, *plan, evaluator);
    }
    appendix.targets = targetLines(project, year, evaluator);
    std::copy_if(project.annotations.cbegin(), project.annotations.cend(),
                 std::back_inserter(appendix.annotations),
                 [year](const Annotation &annotation) { return annotation.covers(year); });
    if (!keywords.isEmpty())
        appendix.keywordContexts = contextsOfYear(project, year, keywords, maxPerKeyword);
    return appendix;
}

} // namespace Annals
