#include "keywordcontextshtml.h"

#include "yearappendix.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPalette>
#include <QUrlQuery>

namespace Annals {

QUrl KeywordContextsHtml::reportLink(const QString &sha256, qsizetype offset, qsizetype length)
{
    QUrl url;
    url.setScheme(QStringLiteral("annals"));
    url.setPath(QStringLiteral("report"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sha"), sha256);
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    query.addQueryItem(QStringLiteral("length"), QString::number(length));
    url.setQuery(query);
    return url;
}

bool KeywordContextsHtml::parseReportLink(const QUrl &url, QString *sha256, qsizetype *offset,
                                          qsizetype *length)
{
    if (url.scheme() != QLatin1String("annals") || url.path() != QLatin1String("report"))
        return false;
    const QUrlQuery query(url);
    bool offsetOk = false;
    bool lengthOk = false;
    *sha256 = query.queryItemValue(QStringLiteral("sha"));
    *offset = query.queryItemValue(QStringLiteral("offset")).toLongLong(&offsetOk);
    *length = query.queryItemValue(QStringLiteral("length")).toLongLong(&lengthOk);
    return offsetOk && lengthOk && !sha256->isEmpty();
}

QString KeywordContextsHtml::build(const YearAppendix &appendix)
{
    if (!appendix.keywordContexts)
        return {};
    // Colours from the application palette, so the panel reads in light and dark themes.
    const QPalette palette = QGuiApplication::palette();
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    const QString faint = palette.color(QPalette::PlaceholderText).name();
    const QString warning = dark ? QStringLiteral("#f0a050") : QStringLiteral("#9a4a00");
    QString sentenceHtml = QStringLiteral(
        "<p style='margin:3px 0'><b>%1</b> <span style='color:{faint}'>%2</span><br>"
        "<a href=\"%8\" style='color:{text}; text-decoration:none'>%3%4<span "
        "style='background:#ffd24d; color:#000000'>%5</span>%6%7</a> <a href=\"%8\">%9</a></p>");
    sentenceHtml.replace(QStringLiteral("{faint}"), faint)
        .replace(QStringLiteral("{text}"), palette.color(QPalette::Text).name());
    QString html;
    if (appendix.keywordContexts->isEmpty()) {
        // Say why the keyword lines stop here rather than leave the analyst guessing.
        html += QStringLiteral("<p style='color:%1'>%2</p>")
                    .arg(faint, tr("No keyword counts for %1: the corpus holds no Government "
                                   "Work Report of that year. Import its text with File ▸ "
                                   "Import Report Texts to count it.")
                                    .arg(appendix.year)
                                    .toHtmlEscaped());
        return html;
    }
    using State = YearAppendix::ReportContexts::State;
    for (const YearAppendix::ReportContexts &report : *appendix.keywordContexts) {
        html += QStringLiteral("<h4 style='margin-bottom:2px'>%1</h4>")
                    .arg(tr("Keywords in context — %1").arg(report.document.toHtmlEscaped()));
        switch (report.state) {
        case State::TextMissing:
            html += QStringLiteral("<p style='color:%1'>%2</p>")
                        .arg(faint, tr("The text of this report is not loaded. Import it "
                                       "with File ▸ Import Report Texts to read the "
                                       "sentences."));
            continue;
        case State::TextUnreadable:
            html += QStringLiteral("<p style='color:%1'>%2</p>")
                        .arg(warning, report.error.toString().toHtmlEscaped());
            continue;
        case State::NoHits:
            html += QStringLiteral("<p>%1</p>").arg(tr("None of the shown keywords occurs."));
            continue;
        case State::Hits:
            break;
        }
        for (const YearAppendix::ContextLine &line : report.contexts) {
            const KeywordContext &context = line.context;
            const QString before = context.sentence.left(context.hitStart);
            const QString hit = context.sentence.mid(context.hitStart, context.hitLength);
            const QString after = context.sentence.mid(context.hitStart + context.hitLength);
            // The whole sentence is a link, so a click or double-click on it opens the report.
            html += QString(sentenceHtml)
                        .arg(context.keyword.toHtmlEscaped(),
                             tr("line %1, character %2").arg(line.line).arg(context.offset),
                             context.truncated && context.sentenceOffset < context.offset
                                 ? QStringLiteral("…") : QString(),
                             before.toHtmlEscaped(), hit.toHtmlEscaped(),
                             after.toHtmlEscaped(),
                             context.truncated ? QStringLiteral("…") : QString(),
                             reportLink(report.sha256, context.offset, context.length)
                                 .toString(QUrl::FullyEncoded),
                             tr("open report"));
        }
    }
    return html;
}

} // namespace Annals
