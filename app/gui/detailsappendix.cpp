#include "detailsappendix.h"

#include "keywordcontextshtml.h"
#include "project.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPalette>
#include <QUrl>

namespace Annals {

namespace {

QString annotationsHtml(const QList<Annotation> &annotations)
{
    QString html;
    for (const Annotation &annotation : annotations) {
        html += QStringLiteral("<p style='background:%1'><b>⚑ %2</b>")
                    .arg(QGuiApplication::palette().color(QPalette::AlternateBase).name(),
                         annotation.label.toHtmlEscaped());
        if (annotation.lastYear > annotation.firstYear)
            html += QStringLiteral(" (%1–%2)")
                        .arg(annotation.firstYear)
                        .arg(annotation.lastYear);
        if (!annotation.note.isEmpty())
            html += QStringLiteral("<br>%1").arg(annotation.note.toHtmlEscaped());
        html += QStringLiteral("</p>");
    }
    return html;
}

QString targetLineHtml(const YearAppendix::TargetLine &line)
{
    const Target &target = line.target;
    const TargetEvaluation &evaluation = line.evaluation;
    QString html = QStringLiteral("<li><b>%1</b>: %2")
                       .arg(line.indicatorName.toHtmlEscaped(),
                            target.wording(line.unit).toHtmlEscaped());
    if (evaluation.outcome)
        html += QStringLiteral("; ")
                + DetailsAppendix::tr("outcome %1 (%2)")
                      .arg(targetNumberText(evaluation.outcome->value),
                           outcomeVintageLabel(evaluation.outcome->vintage));
    html += QStringLiteral(" — <b>%1</b>").arg(targetStatusLabel(evaluation.status));
    if (evaluation.gap && *evaluation.gap != 0)
        html += QStringLiteral(" ")
                + DetailsAppendix::tr("(gap %1)").arg(QString::number(*evaluation.gap, 'g', 12));
    if (!target.phrase.isEmpty())
        html += QStringLiteral("<br>“%1”").arg(target.phrase.toHtmlEscaped());
    if (!target.source.isEmpty())
        html += QStringLiteral(" <i>%1</i>").arg(target.source.toHtmlEscaped());
    if (line.report) {
        if (line.report->found())
            html += QStringLiteral(" <a href=\"%1\">%2</a>")
                        .arg(TargetReport::link(target).toString(QUrl::FullyEncoded),
                             DetailsAppendix::tr("open in report"));
        else if (!line.report->missingFile.isEmpty())
            html += QStringLiteral(" <span style='color:%1'>%2</span>")
                        .arg(QGuiApplication::palette().color(QPalette::PlaceholderText).name(),
                             DetailsAppendix::tr("(import %1 to open the phrase in the report)")
                                 .arg(line.report->missingFile)
                                 .toHtmlEscaped());
    }
    return html + QStringLiteral("</li>");
}

} // namespace

QString DetailsAppendix::targetsHtml(const YearAppendix &appendix)
{
    QString html;
    if (appendix.plan) {
        html += QStringLiteral("<p><b>%1</b> (%2–%3)")
                    .arg(appendix.plan->displayName().toHtmlEscaped())
                    .arg(appendix.plan->firstYear)
                    .arg(appendix.plan->lastYear);
        if (appendix.planTarget)
            html += QStringLiteral("<br>") + appendix.planTarget->sentence().toHtmlEscaped();
        html += QStringLiteral("</p>");
    }
    QString rows;
    for (const YearAppendix::TargetLine &line : appendix.targets)
        rows += targetLineHtml(line);
    if (!rows.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p><ul>%2</ul>").arg(tr("Targets"), rows);
    return html;
}

QString DetailsAppendix::html(const YearAppendix &appendix)
{
    return targetsHtml(appendix) + annotationsHtml(appendix.annotations)
           + KeywordContextsHtml::build(appendix) + datasetNotes(appendix.notes);
}

QString DetailsAppendix::html(const Project &project, int year,
                              const TargetEvaluator &evaluator)
{
    return html(YearAppendix::build(project, year, evaluator, project.view.shownKeywords));
}

QString DetailsAppendix::datasetNotes(const Project &project)
{
    return datasetNotes(YearAppendix::DatasetNotes::of(project));
}

QString DetailsAppendix::datasetNotes(const YearAppendix::DatasetNotes &notes)
{
    QString html = QStringLiteral("<hr><p><b>%1</b></p>").arg(tr("About these figures"));
    if (!notes.description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(notes.description.toHtmlEscaped());
    if (!notes.caveats.isEmpty()) {
        html += QStringLiteral("<ul>");
        for (const QString &caveat : notes.caveats)
            html += QStringLiteral("<li>%1</li>").arg(caveat.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (!notes.keywordRule.isEmpty())
        html += QStringLiteral("<p><i>%1</i> %2</p>")
                    .arg(tr("Keyword counting rule:"), notes.keywordRule.toHtmlEscaped());
    return html;
}

} // namespace Annals
