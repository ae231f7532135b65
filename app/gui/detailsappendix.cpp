#include "detailsappendix.h"

#include "keywordcontextshtml.h"
#include "plantarget.h"
#include "targetreport.h"
#include "project.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPalette>
#include <QUrl>

namespace Annals {

namespace {

QString annotationsHtml(const Project &project, int year)
{
    QString html;
    for (const Annotation &annotation : project.annotations) {
        if (year == 0 || !annotation.covers(year))
            continue;
        html += QStringLiteral("<p style='background:%1'><b>⚑ %2</b>")
                    .arg(QGuiApplication::palette().color(QPalette::AlternateBase).name(),
                         annotation.label.toHtmlEscaped());
        if (annotation.lastYear > annotation.firstYear)
            html += QStringLiteral(" (%1–%2)").arg(annotation.firstYear).arg(annotation.lastYear);
        if (!annotation.note.isEmpty())
            html += QStringLiteral("<br>%1").arg(annotation.note.toHtmlEscaped());
        html += QStringLiteral("</p>");
    }
    return html;
}

QString number(std::optional<double> value)
{
    return value ? QString::number(*value, 'g', 12) : QString();
}

QString targetText(const Target &target, const QString &unit)
{
    switch (target.kind) {
    case TargetKind::None:
        return DetailsAppendix::tr("no target");
    case TargetKind::About:
        return DetailsAppendix::tr("about %1 %2").arg(number(target.low), unit);
    case TargetKind::Point:
        return DetailsAppendix::tr("%1 %2").arg(number(target.low), unit);
    case TargetKind::AtLeast:
        return DetailsAppendix::tr("at least %1 %2").arg(number(target.low), unit);
    case TargetKind::AtMost:
        return DetailsAppendix::tr("at most %1 %2").arg(number(target.high), unit);
    case TargetKind::Range:
        return DetailsAppendix::tr("%1–%2 %3").arg(number(target.low), number(target.high), unit);
    }
    return {};
}

} // namespace

QString DetailsAppendix::targetsHtml(const Project &project, int year,
                                     const TargetEvaluator &evaluator)
{
    if (year == 0)
        return {};
    const Dataset &dataset = project.dataset;
    QString html;
    if (const Period *plan = dataset.periodOf(year)) {
        html += QStringLiteral("<p><b>%1</b> (%2–%3)")
                    .arg(plan->displayName().toHtmlEscaped())
                    .arg(plan->firstYear)
                    .arg(plan->lastYear);
        // Judged like the Targets view: the same target row, vintage and tolerance.
        if (const std::optional<PlanTarget> target = PlanTarget::find(dataset, *plan, evaluator))
            html += QStringLiteral("<br>") + target->sentence().toHtmlEscaped();
        html += QStringLiteral("</p>");
    }
    QString rows;
    for (const Target &target : dataset.targets) {
        if (target.year != year)
            continue;
        const TargetIndicator *indicator = dataset.targetIndicator(target.indicatorId);
        const QString name = indicator ? indicator->displayName() : target.indicatorId;
        const QString unit = indicator ? indicator->unit : QString();
        const TargetEvaluation evaluation = evaluator.evaluate(target);
        QString line = QStringLiteral("<li><b>%1</b>: %2")
                           .arg(name.toHtmlEscaped(), targetText(target, unit).toHtmlEscaped());
        if (evaluation.outcome)
            line += QStringLiteral("; ")
                    + tr("outcome %1 (%2)")
                          .arg(number(evaluation.outcome->value),
                               outcomeVintageId(evaluation.outcome->vintage));
        line += QStringLiteral(" — <b>%1</b>").arg(targetStatusLabel(evaluation.status));
        if (evaluation.gap && *evaluation.gap != 0)
            line += QStringLiteral(" ")
                    + tr("(gap %1)").arg(QString::number(*evaluation.gap, 'g', 12));
        if (!target.phrase.isEmpty())
            line += QStringLiteral("<br>“%1”").arg(target.phrase.toHtmlEscaped());
        if (!target.source.isEmpty())
            line += QStringLiteral(" <i>%1</i>").arg(target.source.toHtmlEscaped());
        if (!target.phrase.isEmpty()) {
            const TargetReport report = TargetReport::locate(project, target);
            if (report.found())
                line += QStringLiteral(" <a href=\"%1\">%2</a>")
                            .arg(TargetReport::link(target).toString(QUrl::FullyEncoded),
                                 tr("open in report"));
            else if (!report.missingFile.isEmpty())
                line += QStringLiteral(" <span style='color:%1'>%2</span>")
                            .arg(QGuiApplication::palette()
                                     .color(QPalette::PlaceholderText)
                                     .name(),
                                 tr("(import %1 to open the phrase in the report)")
                                     .arg(report.missingFile)
                                     .toHtmlEscaped());
        }
        rows += line + QStringLiteral("</li>");
    }
    if (!rows.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p><ul>%2</ul>").arg(tr("Targets"), rows);
    return html;
}

QString DetailsAppendix::html(const Project &project, int year,
                              const TargetEvaluator &evaluator)
{
    return targetsHtml(project, year, evaluator) + annotationsHtml(project, year)
           + KeywordContextsHtml::build(project, year, project.view.shownKeywords)
           + datasetNotes(project);
}

QString DetailsAppendix::datasetNotes(const Project &project)
{
    const DatasetInfo &info = project.dataset.info;
    QString html = QStringLiteral("<hr><p><b>%1</b></p>").arg(tr("About these figures"));
    if (!info.description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(info.description.toHtmlEscaped());
    if (!info.caveats.isEmpty()) {
        html += QStringLiteral("<ul>");
        for (const QString &caveat : info.caveats)
            html += QStringLiteral("<li>%1</li>").arg(caveat.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    const KeywordCounts &keywords = project.dataset.keywords;
    if (!keywords.rule.isEmpty())
        html += QStringLiteral("<p><i>%1</i> %2</p>")
                    .arg(tr("Keyword counting rule:"), keywords.rule.toHtmlEscaped());
    return html;
}

} // namespace Annals
