#include "keywordcontextshtml.h"

#include "keywordcontext.h"
#include "project.h"
#include "textlibrary.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPalette>
#include <QUrlQuery>

#include <algorithm>

namespace Annals {

namespace {

int lineOf(const QString &text, qsizetype offset)
{
    return int(QStringView(text).left(offset).count(QLatin1Char('\n'))) + 1;
}

} // namespace

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

QString KeywordContextsHtml::build(const Project &project, int year, const QStringList &keywords,
                                   int maxPerKeyword)
{
    if (year == 0 || keywords.isEmpty())
        return {};
    QList<KeywordTerm> terms;
    for (const KeywordTerm &term : project.dataset.keywords.vocabulary) {
        if (keywords.contains(term.term))
            terms.append(term);
    }
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
    const QList<DocumentCounts> &documents = project.dataset.keywords.documents;
    if (std::none_of(documents.cbegin(), documents.cend(),
                     [year](const DocumentCounts &document) { return document.year == year; })) {
        // Say why the keyword lines stop here rather than leave the analyst guessing.
        html += QStringLiteral("<p style='color:%1'>%2</p>")
                    .arg(faint, tr("No keyword counts for %1: the corpus holds no Government "
                                   "Work Report of that year. Import its text with File ▸ "
                                   "Import Report Texts to count it.")
                                    .arg(year)
                                    .toHtmlEscaped());
        return html;
    }
    for (const DocumentCounts &document : documents) {
        if (document.year != year)
            continue;
        const ReportTextRef *ref = TextLibrary::refFor(project, document);
        const Result<QString> text = ref ? TextLibrary::load(*ref) : Result<QString>(Error{});
        html += QStringLiteral("<h4 style='margin-bottom:2px'>%1</h4>")
                    .arg(tr("Keywords in context — %1").arg(document.document.toHtmlEscaped()));
        if (!ref) {
            html += QStringLiteral("<p style='color:%1'>%2</p>")
                        .arg(faint, tr("The text of this report is not loaded. Import it with File ▸ "
                                "Import Report Texts to read the sentences."));
            continue;
        }
        if (!text) {
            html += QStringLiteral("<p style='color:%1'>%2</p>")
                        .arg(warning, text.error().toString().toHtmlEscaped());
            continue;
        }
        const Result<QList<KeywordContext>> contexts = KeywordContext::find(text.value(), terms,
                                                                            maxPerKeyword);
        if (!contexts || contexts.value().isEmpty()) {
            html += QStringLiteral("<p>%1</p>").arg(tr("None of the shown keywords occurs."));
            continue;
        }
        for (const KeywordContext &context : contexts.value()) {
            const QString before = context.sentence.left(context.hitStart);
            const QString hit = context.sentence.mid(context.hitStart, context.hitLength);
            const QString after = context.sentence.mid(context.hitStart + context.hitLength);
            // The whole sentence is a link, so a click or double-click on it opens the report.
            html += QString(sentenceHtml)
                        .arg(context.keyword.toHtmlEscaped(),
                             tr("line %1, character %2")
                                 .arg(lineOf(text.value(), context.offset))
                                 .arg(context.offset),
                             context.truncated && context.sentenceOffset < context.offset
                                 ? QStringLiteral("…") : QString(),
                             before.toHtmlEscaped(), hit.toHtmlEscaped(),
                             after.toHtmlEscaped(),
                             context.truncated ? QStringLiteral("…") : QString(),
                             reportLink(document.sha256, context.offset, context.length)
                                 .toString(QUrl::FullyEncoded),
                             tr("open report"));
        }
    }
    return html;
}

} // namespace Annals
