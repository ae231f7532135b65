#include "detailsappendix.h"

#include "keywordcontextshtml.h"
#include "project.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPalette>

namespace Annals {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Annals::DetailsAppendix", text);
}

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

} // namespace

QString DetailsAppendix::html(const Project &project, int year)
{
    return annotationsHtml(project, year)
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
